"""The upload page's kept files and import jobs, spelling suggestions' vocabulary, and plan
answers' labels (this replaces 0004_import_uploads_and_search_words and
0005_answer_labels_and_import_jobs: a database migrated with them takes this as applied); then
the verbose names of the models and fields before them, now translated, which change no table.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [
        ("records", "0004_import_uploads_and_search_words"),
        ("records", "0005_answer_labels_and_import_jobs"),
    ]

    dependencies = [
        ("records", "0003_search_entries"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ImportUpload",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "token",
                    models.CharField(
                        help_text="The random token the import page sends.", max_length=22
                    ),
                ),
                (
                    "session_key",
                    models.CharField(
                        help_text="The staff member's session: only it may import the files.",
                        max_length=40,
                    ),
                ),
                ("expires_at", models.DateTimeField()),
            ],
            options={
                "indexes": [models.Index(fields=["expires_at"], name="import_upload_expiry")],
                "constraints": [
                    models.UniqueConstraint(fields=("token",), name="import_upload_token")
                ],
            },
        ),
        migrations.CreateModel(
            name="SearchEntryWords",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("plan", "Learning plan"),
                            ("insight", "Insight"),
                            ("partner", "Partner"),
                            ("blog", "Blog"),
                        ],
                        max_length=10,
                    ),
                ),
                (
                    "record_id",
                    models.BigIntegerField(help_text="The primary key of the record indexed."),
                ),
                ("spellings", models.JSONField(default=list)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("kind", "record_id"), name="search_entry_words_once"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("spelling", models.TextField(help_text="The word as written, in lower case.")),
                (
                    "word",
                    models.TextField(
                        help_text="The spelling folded as search folds it (no accents)."
                    ),
                ),
                (
                    "entries",
                    models.IntegerField(help_text="Entries of the search index holding it."),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("spelling",), name="search_word_once")
                ],
            },
        ),
        migrations.CreateModel(
            name="ImportUploadFile",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("position", models.PositiveIntegerField()),
                ("name", models.TextField()),
                ("data", models.BinaryField()),
                (
                    "upload",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="files",
                        to="records.importupload",
                    ),
                ),
            ],
            options={
                "ordering": ["upload", "position"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("upload", "position"), name="import_upload_file_once"
                    )
                ],
            },
        ),
        migrations.AddField(
            model_name="plananswer",
            name="label",
            field=models.CharField(
                blank=True,
                help_text="The item's label, if any.",
                max_length=100,
                verbose_name="label",
            ),
        ),
        migrations.CreateModel(
            name="ImportJob",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("dry_run", models.BooleanField()),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("queued", "waiting for the worker"),
                            ("waiting", "waiting for another import to finish"),
                            ("running", "running"),
                            ("done", "done"),
                            ("failed", "stopped"),
                        ],
                        default="queued",
                        max_length=8,
                    ),
                ),
                ("files_total", models.PositiveIntegerField(default=0)),
                ("files_done", models.PositiveIntegerField(default=0)),
                (
                    "report",
                    models.JSONField(
                        default=dict,
                        help_text="Counts per outcome, the files needing a look, the changes.",
                    ),
                ),
                (
                    "error",
                    models.TextField(blank=True, help_text="Why the job stopped, when it failed."),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("finished_at", models.DateTimeField(blank=True, null=True)),
                (
                    "started_by",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, to=settings.AUTH_USER_MODEL
                    ),
                ),
                (
                    "upload",
                    models.ForeignKey(
                        blank=True,
                        help_text="The files it imports; let go once a real import is done.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="jobs",
                        to="records.importupload",
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            ("status__in", ["queued", "waiting", "running", "done", "failed"])
                        ),
                        name="import_job_status",
                    ),
                    models.UniqueConstraint(
                        condition=models.Q(("dry_run", False)),
                        fields=("upload",),
                        name="import_job_imports_an_upload_once",
                    ),
                ],
            },
        ),
        # Verbose names (state only: no SQL).
        migrations.AlterModelOptions(
            name="blog",
            options={
                "ordering": ["-published_on", "-year", "title"],
                "verbose_name": "blog",
                "verbose_name_plural": "blogs",
            },
        ),
        migrations.AlterModelOptions(
            name="blogauthor",
            options={
                "ordering": ["blog", "position"],
                "verbose_name": "blog author",
                "verbose_name_plural": "blog authors",
            },
        ),
        migrations.AlterModelOptions(
            name="bloglink",
            options={
                "ordering": ["plan", "position"],
                "verbose_name": "blog link",
                "verbose_name_plural": "blog links",
            },
        ),
        migrations.AlterModelOptions(
            name="country",
            options={
                "ordering": ["name"],
                "verbose_name": "country",
                "verbose_name_plural": "countries",
            },
        ),
        migrations.AlterModelOptions(
            name="datasource",
            options={
                "ordering": ["name"],
                "verbose_name": "data source",
                "verbose_name_plural": "data sources",
            },
        ),
        migrations.AlterModelOptions(
            name="insight",
            options={
                "ordering": ["plan", "position"],
                "verbose_name": "insight",
                "verbose_name_plural": "insights",
            },
        ),
        migrations.AlterModelOptions(
            name="learningplan",
            options={
                "ordering": ["-year", "title"],
                "verbose_name": "learning plan",
                "verbose_name_plural": "learning plans",
            },
        ),
        migrations.AlterModelOptions(
            name="method",
            options={
                "ordering": ["name"],
                "verbose_name": "method",
                "verbose_name_plural": "methods",
            },
        ),
        migrations.AlterModelOptions(
            name="partner",
            options={
                "ordering": ["name"],
                "verbose_name": "partner",
                "verbose_name_plural": "partners",
            },
        ),
        migrations.AlterModelOptions(
            name="partneralias",
            options={"verbose_name": "partner alias", "verbose_name_plural": "partner aliases"},
        ),
        migrations.AlterModelOptions(
            name="partnership",
            options={
                "ordering": ["plan", "position"],
                "verbose_name": "partnership",
                "verbose_name_plural": "partnerships",
            },
        ),
        migrations.AlterModelOptions(
            name="plananswer",
            options={
                "ordering": ["plan", "position"],
                "verbose_name": "plan answer",
                "verbose_name_plural": "plan answers",
            },
        ),
        migrations.AlterModelOptions(
            name="region",
            options={
                "ordering": ["name"],
                "verbose_name": "region",
                "verbose_name_plural": "regions",
            },
        ),
        migrations.AlterModelOptions(
            name="thematicarea",
            options={
                "ordering": ["name"],
                "verbose_name": "thematic area",
                "verbose_name_plural": "thematic areas",
            },
        ),
        migrations.AlterField(
            model_name="blog",
            name="body",
            field=models.TextField(
                blank=True,
                help_text="The article alone, paragraphs separated by blank lines.",
                verbose_name="article",
            ),
        ),
        migrations.AlterField(
            model_name="blog",
            name="country",
            field=models.ForeignKey(
                blank=True,
                help_text="Empty for posts about no single country.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="blogs",
                to="records.country",
                verbose_name="country",
            ),
        ),
        migrations.AlterField(
            model_name="blog",
            name="created_at",
            field=models.DateTimeField(auto_now_add=True, verbose_name="created at"),
        ),
        migrations.AlterField(
            model_name="blog",
            name="edited_since_import",
            field=models.BooleanField(
                default=False,
                help_text="Set when staff save the record; the importer then reports a conflict instead of overwriting it.",
                verbose_name="edited since import",
            ),
        ),
        migrations.AlterField(
            model_name="blog",
            name="imported_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="imported at"
            ),
        ),
        migrations.AlterField(
            model_name="blog",
            name="kind",
            field=models.CharField(
                choices=[("blog", "Blog"), ("publication", "Publication")],
                default="blog",
                max_length=12,
                verbose_name="kind",
            ),
        ),
        migrations.AlterField(
            model_name="blog",
            name="language",
            field=models.CharField(
                choices=[
                    ("en", "English"),
                    ("fr", "French"),
                    ("es", "Spanish"),
                    ("other", "Other"),
                ],
                default="en",
                help_text="Detected at import; search stems the words by this language's rules.",
                max_length=5,
                verbose_name="language",
            ),
        ),
        migrations.AlterField(
            model_name="blog",
            name="parse_warnings",
            field=models.JSONField(
                blank=True, default=list, editable=False, verbose_name="parser warnings"
            ),
        ),
        migrations.AlterField(
            model_name="blog",
            name="published_on",
            field=models.DateField(blank=True, null=True, verbose_name="published on"),
        ),
        migrations.AlterField(
            model_name="blog",
            name="search_document",
            field=models.TextField(blank=True, editable=False, verbose_name="search text"),
        ),
        migrations.AlterField(
            model_name="blog",
            name="slug",
            field=models.SlugField(max_length=100, unique=True, verbose_name="slug"),
        ),
        migrations.AlterField(
            model_name="blog",
            name="source_file",
            field=models.CharField(
                blank=True, editable=False, max_length=255, verbose_name="source file"
            ),
        ),
        migrations.AlterField(
            model_name="blog",
            name="source_key",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="Natural key the importer matches this record on.",
                max_length=2000,
                verbose_name="source key",
            ),
        ),
        migrations.AlterField(
            model_name="blog",
            name="title",
            field=models.CharField(max_length=500, verbose_name="title"),
        ),
        migrations.AlterField(
            model_name="blog",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, verbose_name="updated at"),
        ),
        migrations.AlterField(
            model_name="blog",
            name="year",
            field=models.PositiveSmallIntegerField(blank=True, null=True, verbose_name="year"),
        ),
        migrations.AlterField(
            model_name="blogauthor",
            name="blog",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="authors",
                to="records.blog",
                verbose_name="blog",
            ),
        ),
        migrations.AlterField(
            model_name="blogauthor",
            name="name",
            field=models.CharField(max_length=200, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="blogauthor",
            name="position",
            field=models.PositiveIntegerField(default=0, verbose_name="position"),
        ),
        migrations.AlterField(
            model_name="blogauthor",
            name="role",
            field=models.CharField(blank=True, max_length=300, verbose_name="role"),
        ),
        migrations.AlterField(
            model_name="bloglink",
            name="blog",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="plan_links",
                to="records.blog",
                verbose_name="blog",
            ),
        ),
        migrations.AlterField(
            model_name="bloglink",
            name="plan",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="blog_links",
                to="records.learningplan",
                verbose_name="plan",
            ),
        ),
        migrations.AlterField(
            model_name="bloglink",
            name="position",
            field=models.PositiveIntegerField(default=0, verbose_name="position"),
        ),
        migrations.AlterField(
            model_name="bloglink",
            name="url",
            field=models.URLField(
                help_text="Normalised URL, as blogs are keyed.", max_length=2000, verbose_name="URL"
            ),
        ),
        migrations.AlterField(
            model_name="country",
            name="aliases",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="Other spellings the archive uses for this country; the importer matches them.",
                verbose_name="other spellings",
            ),
        ),
        migrations.AlterField(
            model_name="country",
            name="map_shape",
            field=models.TextField(
                blank=True,
                editable=False,
                help_text="The country's outline on the site's world map.",
                verbose_name="map outline",
            ),
        ),
        migrations.AlterField(
            model_name="country",
            name="name",
            field=models.CharField(max_length=100, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="country",
            name="region",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="countries",
                to="records.region",
                verbose_name="region",
            ),
        ),
        migrations.AlterField(
            model_name="datasource",
            name="aliases",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="Slugs of spellings merged into this tag; the importer maps them to it.",
                verbose_name="other spellings",
            ),
        ),
        migrations.AlterField(
            model_name="dataversion",
            name="number",
            field=models.BigIntegerField(verbose_name="number"),
        ),
        migrations.AlterField(
            model_name="insight",
            name="plan",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="insights",
                to="records.learningplan",
                verbose_name="plan",
            ),
        ),
        migrations.AlterField(
            model_name="insight",
            name="position",
            field=models.PositiveIntegerField(default=0, verbose_name="position"),
        ),
        migrations.AlterField(
            model_name="insight",
            name="text",
            field=models.TextField(verbose_name="text"),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="closes",
            field=models.ForeignKey(
                blank=True,
                help_text="For a closing report: the action learning plan whose cycle it closes.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="closing_reports",
                to="records.learningplan",
                verbose_name="closes",
            ),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="closes_evidence",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="For an importer match: its score and the distinctive words both texts share.",
                max_length=300,
                verbose_name="join evidence",
            ),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="countries",
            field=models.ManyToManyField(
                blank=True, related_name="plans", to="records.country", verbose_name="countries"
            ),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="created_at",
            field=models.DateTimeField(auto_now_add=True, verbose_name="created at"),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="edited_since_import",
            field=models.BooleanField(
                default=False,
                help_text="Set when staff save the record; the importer then reports a conflict instead of overwriting it.",
                verbose_name="edited since import",
            ),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="focal_point",
            field=models.CharField(
                blank=True,
                help_text="Staff e-mail of the lab's focal point. Never shown on public pages.",
                max_length=254,
                verbose_name="focal point",
            ),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="imported_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="imported at"
            ),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="language",
            field=models.CharField(
                choices=[
                    ("en", "English"),
                    ("fr", "French"),
                    ("es", "Spanish"),
                    ("other", "Other"),
                ],
                default="en",
                help_text="Detected at import; search stems the words by this language's rules.",
                max_length=5,
                verbose_name="language",
            ),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="parse_warnings",
            field=models.JSONField(
                blank=True, default=list, editable=False, verbose_name="parser warnings"
            ),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="search_document",
            field=models.TextField(
                blank=True,
                editable=False,
                help_text="Title, answers and insights, for text search.",
                verbose_name="search text",
            ),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="slug",
            field=models.SlugField(max_length=100, unique=True, verbose_name="slug"),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="source_file",
            field=models.CharField(
                blank=True, editable=False, max_length=255, verbose_name="source file"
            ),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="source_key",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="Natural key the importer matches this record on.",
                max_length=2000,
                verbose_name="source key",
            ),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="stage",
            field=models.CharField(
                choices=[("plan", "Action learning plan"), ("closing", "Closing report")],
                default="plan",
                max_length=10,
                verbose_name="stage",
            ),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="title",
            field=models.CharField(max_length=500, verbose_name="title"),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="title_from_text",
            field=models.BooleanField(
                default=False,
                editable=False,
                help_text="The file had no real title (none, an intro line, or the start of its insights); a closing report joined to its plan is then named after the plan.",
                verbose_name="title made by the import",
            ),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, verbose_name="updated at"),
        ),
        migrations.AlterField(
            model_name="learningplan",
            name="year",
            field=models.PositiveSmallIntegerField(
                blank=True,
                help_text="The year the plan was written on the platform.",
                null=True,
                verbose_name="year",
            ),
        ),
        migrations.AlterField(
            model_name="method",
            name="aliases",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="Slugs of spellings merged into this tag; the importer maps them to it.",
                verbose_name="other spellings",
            ),
        ),
        migrations.AlterField(
            model_name="partner",
            name="created_at",
            field=models.DateTimeField(auto_now_add=True, verbose_name="created at"),
        ),
        migrations.AlterField(
            model_name="partner",
            name="name",
            field=models.CharField(max_length=255, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="partner",
            name="sector",
            field=models.CharField(
                choices=[
                    ("civil_society", "Civil society"),
                    ("academia", "Academia"),
                    ("private_sector", "Private sector"),
                    ("government", "Government"),
                    ("un", "UN"),
                    ("other", "Other"),
                    ("unknown", "Unknown"),
                ],
                default="unknown",
                max_length=20,
                verbose_name="sector",
            ),
        ),
        migrations.AlterField(
            model_name="partner",
            name="slug",
            field=models.SlugField(max_length=100, unique=True, verbose_name="slug"),
        ),
        migrations.AlterField(
            model_name="partneralias",
            name="key",
            field=models.CharField(max_length=255, unique=True, verbose_name="name as matched"),
        ),
        migrations.AlterField(
            model_name="partneralias",
            name="partner",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="aliases",
                to="records.partner",
                verbose_name="partner",
            ),
        ),
        migrations.AlterField(
            model_name="partnerredirect",
            name="partner",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="redirects",
                to="records.partner",
                verbose_name="partner",
            ),
        ),
        migrations.AlterField(
            model_name="partnerredirect",
            name="slug",
            field=models.SlugField(
                help_text="The merged partner's address, /partners/<slug>/.",
                max_length=100,
                verbose_name="old address",
            ),
        ),
        migrations.AlterField(
            model_name="partnership",
            name="description",
            field=models.TextField(blank=True, verbose_name="description"),
        ),
        migrations.AlterField(
            model_name="partnership",
            name="partner",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="partnerships",
                to="records.partner",
                verbose_name="partner",
            ),
        ),
        migrations.AlterField(
            model_name="partnership",
            name="plan",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="partnerships",
                to="records.learningplan",
                verbose_name="plan",
            ),
        ),
        migrations.AlterField(
            model_name="partnership",
            name="position",
            field=models.PositiveIntegerField(default=0, verbose_name="position"),
        ),
        migrations.AlterField(
            model_name="plananswer",
            name="key",
            field=models.CharField(
                blank=True,
                help_text="Stable name of a well-known prompt, e.g. challenge_statement.",
                max_length=50,
                verbose_name="key",
            ),
        ),
        migrations.AlterField(
            model_name="plananswer",
            name="plan",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="answers",
                to="records.learningplan",
                verbose_name="plan",
            ),
        ),
        migrations.AlterField(
            model_name="plananswer",
            name="position",
            field=models.PositiveIntegerField(default=0, verbose_name="position"),
        ),
        migrations.AlterField(
            model_name="plananswer",
            name="prompt",
            field=models.TextField(blank=True, verbose_name="prompt"),
        ),
        migrations.AlterField(
            model_name="plananswer",
            name="section",
            field=models.CharField(blank=True, max_length=200, verbose_name="section"),
        ),
        migrations.AlterField(
            model_name="plananswer",
            name="text",
            field=models.TextField(blank=True, verbose_name="answer"),
        ),
        migrations.AlterField(
            model_name="region",
            name="continent",
            field=models.CharField(max_length=50, verbose_name="continent"),
        ),
        migrations.AlterField(
            model_name="region",
            name="name",
            field=models.CharField(max_length=100, unique=True, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="region",
            name="slug",
            field=models.SlugField(max_length=100, unique=True, verbose_name="slug"),
        ),
        migrations.AlterField(
            model_name="sdg",
            name="name",
            field=models.CharField(max_length=100, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="sdg",
            name="number",
            field=models.PositiveSmallIntegerField(
                primary_key=True, serialize=False, verbose_name="number"
            ),
        ),
        migrations.AlterField(
            model_name="taggeddatasource",
            name="content_object",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                to="records.learningplan",
                verbose_name="plan",
            ),
        ),
        migrations.AlterField(
            model_name="taggeddatasource",
            name="tag",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="tagged",
                to="records.datasource",
                verbose_name="tag",
            ),
        ),
        migrations.AlterField(
            model_name="taggedmethod",
            name="content_object",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                to="records.learningplan",
                verbose_name="plan",
            ),
        ),
        migrations.AlterField(
            model_name="taggedmethod",
            name="tag",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="tagged",
                to="records.method",
                verbose_name="tag",
            ),
        ),
        migrations.AlterField(
            model_name="taggedthematicarea",
            name="content_object",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                to="records.learningplan",
                verbose_name="plan",
            ),
        ),
        migrations.AlterField(
            model_name="taggedthematicarea",
            name="tag",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="tagged",
                to="records.thematicarea",
                verbose_name="tag",
            ),
        ),
        migrations.AlterField(
            model_name="thematicarea",
            name="aliases",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="Slugs of spellings merged into this tag; the importer maps them to it.",
                verbose_name="other spellings",
            ),
        ),
    ]
