"""An index of the hidden plans' keys: the published partnerships are those of no hidden plan,
and since plan_published_list became partial on the published flag (0015), nothing else gave
those keys without reading every plan's row."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('records', '0015_published_list_indexes'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='learningplan',
            index=models.Index(condition=models.Q(('is_published', False)), fields=['id'], name='plan_hidden'),
        ),
    ]
