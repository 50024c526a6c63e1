"""The public lists' indexes of plans and blogs made partial on the published flag.

The ORM writes `is_published=True` as a bare `WHERE "is_published"`, which SQLite does not
match to an index whose first column is the flag: it sorted every blog for the five newest on
the home page. It matches a partial index of that same condition; the flag is a column of
the index too, or SQLite reads each row to test it.
"""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('records', '0014_partner_redirects'),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='blog',
            name='blog_public_list',
        ),
        migrations.RemoveIndex(
            model_name='learningplan',
            name='plan_public_list',
        ),
        migrations.AddIndex(
            model_name='blog',
            index=models.Index(condition=models.Q(('is_published', True)), fields=['-published_on', '-year', 'title', 'is_published'], name='blog_published_list'),
        ),
        migrations.AddIndex(
            model_name='learningplan',
            index=models.Index(condition=models.Q(('is_published', True)), fields=['-year', 'title', 'stage', 'is_published'], name='plan_published_list'),
        ),
    ]
