"""The schema of the knowledge base's models: plans with their answers, insights, partners
and tags, blogs, the reference tables (regions, countries, SDGs) and the data version.

It replaces the history's search migrations too: on a database migrated with them,
0003_search_entries puts its own tables in place of theirs."""

import django.db.models.deletion
import taggit.managers
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    replaces = [
        ("records", "0001_initial"),
        ("records", "0003_search_indexes"),
        ("records", "0005_tag_aliases"),
        ("records", "0006_insights_stored_once"),
        ("records", "0007_tag_links_once_per_plan"),
        ("records", "0008_data_version"),
        ("records", "0010_facet_indexes"),
        ("records", "0011_search_index"),
        ("records", "0012_cycles"),
        ("records", "0013_search_index_per_language"),
        ("records", "0015_published_list_indexes"),
        ("records", "0016_plan_hidden_index"),
    ]

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Blog",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "source_key",
                    models.CharField(
                        blank=True,
                        editable=False,
                        help_text="Natural key the importer matches this record on.",
                        max_length=2000,
                    ),
                ),
                ("source_file", models.CharField(blank=True, editable=False, max_length=255)),
                (
                    "source_sha256",
                    models.CharField(
                        blank=True, editable=False, max_length=64, verbose_name="source sha256"
                    ),
                ),
                ("imported_at", models.DateTimeField(blank=True, editable=False, null=True)),
                (
                    "edited_since_import",
                    models.BooleanField(
                        default=False,
                        help_text="Set when staff save the record; the importer then reports a conflict instead of overwriting it.",
                    ),
                ),
                ("parse_warnings", models.JSONField(blank=True, default=list, editable=False)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                ("title", models.CharField(max_length=500)),
                ("slug", models.SlugField(max_length=100, unique=True)),
                (
                    "kind",
                    models.CharField(
                        choices=[("blog", "Blog"), ("publication", "Publication")],
                        default="blog",
                        max_length=12,
                    ),
                ),
                (
                    "source_url",
                    models.URLField(max_length=2000, unique=True, verbose_name="original URL"),
                ),
                ("published_on", models.DateField(blank=True, null=True)),
                ("year", models.PositiveSmallIntegerField(blank=True, null=True)),
                (
                    "body",
                    models.TextField(
                        blank=True,
                        help_text="The article alone, paragraphs separated by blank lines.",
                    ),
                ),
                ("is_published", models.BooleanField(default=True, verbose_name="published")),
                ("search_document", models.TextField(blank=True, editable=False)),
            ],
            options={
                "ordering": ["-published_on", "-year", "title"],
            },
        ),
        migrations.CreateModel(
            name="Country",
            fields=[
                (
                    "code",
                    models.CharField(
                        help_text="ISO 3166-1 alpha-3, e.g. AZE.",
                        max_length=3,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ISO code",
                    ),
                ),
                ("name", models.CharField(max_length=100)),
                (
                    "aliases",
                    models.JSONField(
                        blank=True,
                        default=list,
                        help_text="Other spellings the archive uses for this country; the importer matches them.",
                    ),
                ),
            ],
            options={
                "verbose_name_plural": "countries",
                "ordering": ["name"],
            },
        ),
        migrations.CreateModel(
            name="DataSource",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=100, unique=True, verbose_name="name")),
                (
                    "slug",
                    models.SlugField(
                        allow_unicode=True, max_length=100, unique=True, verbose_name="slug"
                    ),
                ),
                (
                    "aliases",
                    models.JSONField(
                        blank=True,
                        default=list,
                        help_text="Slugs of spellings merged into this tag; the importer maps them to it.",
                    ),
                ),
            ],
            options={
                "ordering": ["name"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="DataVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("number", models.BigIntegerField()),
            ],
        ),
        migrations.CreateModel(
            name="Method",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=100, unique=True, verbose_name="name")),
                (
                    "slug",
                    models.SlugField(
                        allow_unicode=True, max_length=100, unique=True, verbose_name="slug"
                    ),
                ),
                (
                    "aliases",
                    models.JSONField(
                        blank=True,
                        default=list,
                        help_text="Slugs of spellings merged into this tag; the importer maps them to it.",
                    ),
                ),
            ],
            options={
                "ordering": ["name"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="Region",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=100, unique=True)),
                ("slug", models.SlugField(max_length=100, unique=True)),
                ("continent", models.CharField(max_length=50)),
            ],
            options={
                "ordering": ["name"],
            },
        ),
        migrations.CreateModel(
            name="ThematicArea",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=100, unique=True, verbose_name="name")),
                (
                    "slug",
                    models.SlugField(
                        allow_unicode=True, max_length=100, unique=True, verbose_name="slug"
                    ),
                ),
                (
                    "aliases",
                    models.JSONField(
                        blank=True,
                        default=list,
                        help_text="Slugs of spellings merged into this tag; the importer maps them to it.",
                    ),
                ),
            ],
            options={
                "verbose_name": "thematic area",
                "ordering": ["name"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="BlogAuthor",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=200)),
                ("role", models.CharField(blank=True, max_length=300)),
                ("position", models.PositiveIntegerField(default=0)),
                (
                    "blog",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="authors",
                        to="records.blog",
                    ),
                ),
            ],
            options={
                "ordering": ["blog", "position"],
            },
        ),
        migrations.AddField(
            model_name="blog",
            name="country",
            field=models.ForeignKey(
                blank=True,
                help_text="Empty for posts about no single country.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="blogs",
                to="records.country",
            ),
        ),
        migrations.AddField(
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
            ),
        ),
        migrations.CreateModel(
            name="LearningPlan",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "source_key",
                    models.CharField(
                        blank=True,
                        editable=False,
                        help_text="Natural key the importer matches this record on.",
                        max_length=2000,
                    ),
                ),
                ("source_file", models.CharField(blank=True, editable=False, max_length=255)),
                (
                    "source_sha256",
                    models.CharField(
                        blank=True, editable=False, max_length=64, verbose_name="source sha256"
                    ),
                ),
                ("imported_at", models.DateTimeField(blank=True, editable=False, null=True)),
                (
                    "edited_since_import",
                    models.BooleanField(
                        default=False,
                        help_text="Set when staff save the record; the importer then reports a conflict instead of overwriting it.",
                    ),
                ),
                ("parse_warnings", models.JSONField(blank=True, default=list, editable=False)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                ("title", models.CharField(max_length=500)),
                ("slug", models.SlugField(max_length=100, unique=True)),
                (
                    "stage",
                    models.CharField(
                        choices=[("plan", "Action learning plan"), ("closing", "Closing report")],
                        default="plan",
                        max_length=10,
                    ),
                ),
                (
                    "year",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        help_text="The year the plan was written on the platform.",
                        null=True,
                    ),
                ),
                (
                    "focal_point",
                    models.CharField(
                        blank=True,
                        help_text="Staff e-mail of the lab's focal point. Never shown on public pages.",
                        max_length=254,
                    ),
                ),
                (
                    "is_published",
                    models.BooleanField(
                        default=True,
                        help_text="Unpublished plans appear nowhere public.",
                        verbose_name="published",
                    ),
                ),
                (
                    "search_document",
                    models.TextField(
                        blank=True,
                        editable=False,
                        help_text="Title, answers and insights, for text search.",
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        choices=[
                            ("en", "English"),
                            ("fr", "French"),
                            ("es", "Spanish"),
                            ("other", "Other"),
                        ],
                        default="en",
                        help_text="Detected at import; search stems the words by this language's rules.",
                        max_length=5,
                    ),
                ),
                (
                    "countries",
                    models.ManyToManyField(blank=True, related_name="plans", to="records.country"),
                ),
            ],
            options={
                "ordering": ["-year", "title"],
            },
        ),
        migrations.AddField(
            model_name="learningplan",
            name="closes",
            field=models.ForeignKey(
                blank=True,
                help_text="For a closing report: the action learning plan whose cycle it closes.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="closing_reports",
                to="records.learningplan",
            ),
        ),
        migrations.AddField(
            model_name="learningplan",
            name="closes_evidence",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="For an importer match: its score and the distinctive words both texts share.",
                max_length=300,
            ),
        ),
        migrations.AddField(
            model_name="learningplan",
            name="closes_source",
            field=models.CharField(
                blank=True,
                choices=[("matched", "Matched by the importer"), ("staff", "Set by staff")],
                help_text="Matched by the importer (redone after each import), or set by staff (kept by every import, also when staff chose no plan).",
                max_length=10,
                verbose_name="join set by",
            ),
        ),
        migrations.AddField(
            model_name="learningplan",
            name="title_from_text",
            field=models.BooleanField(
                default=False,
                editable=False,
                help_text="The file had no real title (none, an intro line, or the start of its insights); a closing report joined to its plan is then named after the plan.",
            ),
        ),
        migrations.CreateModel(
            name="Insight",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("text", models.TextField()),
                ("position", models.PositiveIntegerField(default=0)),
                (
                    "plan",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="insights",
                        to="records.learningplan",
                    ),
                ),
            ],
            options={
                "ordering": ["plan", "position"],
            },
        ),
        migrations.CreateModel(
            name="BlogLink",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "url",
                    models.URLField(
                        help_text="Normalised URL, as blogs are keyed.", max_length=2000
                    ),
                ),
                ("position", models.PositiveIntegerField(default=0)),
                (
                    "blog",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="plan_links",
                        to="records.blog",
                    ),
                ),
                (
                    "plan",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="blog_links",
                        to="records.learningplan",
                    ),
                ),
            ],
            options={
                "ordering": ["plan", "position"],
            },
        ),
        migrations.CreateModel(
            name="Partner",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=255)),
                ("slug", models.SlugField(max_length=100, unique=True)),
                (
                    "sector",
                    models.CharField(
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
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
            options={
                "ordering": ["name"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "sector__in",
                                [
                                    "civil_society",
                                    "academia",
                                    "private_sector",
                                    "government",
                                    "un",
                                    "other",
                                    "unknown",
                                ],
                            )
                        ),
                        name="partner_sector_valid",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="PartnerAlias",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("key", models.CharField(max_length=255, unique=True)),
                (
                    "partner",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="aliases",
                        to="records.partner",
                    ),
                ),
            ],
            options={
                "verbose_name_plural": "partner aliases",
            },
        ),
        migrations.CreateModel(
            name="PartnerRedirect",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "slug",
                    models.SlugField(
                        help_text="The merged partner's address, /partners/<slug>/.", max_length=100
                    ),
                ),
                (
                    "partner",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="redirects",
                        to="records.partner",
                    ),
                ),
            ],
            options={
                "verbose_name": "old address",
                "verbose_name_plural": "old addresses",
            },
        ),
        migrations.CreateModel(
            name="Partnership",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("description", models.TextField(blank=True)),
                ("position", models.PositiveIntegerField(default=0)),
                (
                    "partner",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="partnerships",
                        to="records.partner",
                    ),
                ),
                (
                    "plan",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="partnerships",
                        to="records.learningplan",
                    ),
                ),
            ],
            options={
                "ordering": ["plan", "position"],
            },
        ),
        migrations.CreateModel(
            name="PlanAnswer",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("position", models.PositiveIntegerField(default=0)),
                ("section", models.CharField(blank=True, max_length=200)),
                ("prompt", models.TextField(blank=True)),
                (
                    "key",
                    models.CharField(
                        blank=True,
                        help_text="Stable name of a well-known prompt, e.g. challenge_statement.",
                        max_length=50,
                    ),
                ),
                ("text", models.TextField(blank=True)),
                (
                    "plan",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="answers",
                        to="records.learningplan",
                    ),
                ),
            ],
            options={
                "ordering": ["plan", "position"],
            },
        ),
        migrations.AddField(
            model_name="country",
            name="region",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="countries",
                to="records.region",
            ),
        ),
        migrations.AddField(
            model_name="country",
            name="bureau",
            field=models.CharField(
                blank=True,
                choices=[
                    ("africa", "Africa"),
                    ("arab-states", "Arab States"),
                    ("asia-pacific", "Asia-Pacific"),
                    ("europe-central-asia", "Europe and Central Asia"),
                    ("latin-america-caribbean", "Latin America and the Caribbean"),
                ],
                help_text="The region as visitors name it; empty where no bureau serves the country.",
                max_length=30,
                verbose_name="UNDP regional bureau",
            ),
        ),
        migrations.AddField(
            model_name="country",
            name="map_shape",
            field=models.TextField(
                blank=True,
                editable=False,
                help_text="The country's outline on the site's world map.",
            ),
        ),
        migrations.CreateModel(
            name="SDG",
            fields=[
                ("number", models.PositiveSmallIntegerField(primary_key=True, serialize=False)),
                ("name", models.CharField(max_length=100)),
            ],
            options={
                "verbose_name": "SDG",
                "verbose_name_plural": "SDGs",
                "ordering": ["number"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("number__gte", 1), ("number__lte", 17)),
                        name="sdg_number_1_to_17",
                    )
                ],
            },
        ),
        migrations.AddField(
            model_name="learningplan",
            name="sdgs",
            field=models.ManyToManyField(
                blank=True, related_name="plans", to="records.sdg", verbose_name="SDGs"
            ),
        ),
        migrations.CreateModel(
            name="TaggedDataSource",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "content_object",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, to="records.learningplan"
                    ),
                ),
                (
                    "tag",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="tagged",
                        to="records.datasource",
                    ),
                ),
            ],
            options={
                "abstract": False,
            },
        ),
        migrations.AddField(
            model_name="learningplan",
            name="data_sources",
            field=taggit.managers.TaggableManager(
                blank=True,
                help_text="A comma-separated list of tags.",
                through="records.TaggedDataSource",
                to="records.DataSource",
                verbose_name="data sources",
            ),
        ),
        migrations.CreateModel(
            name="TaggedMethod",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "content_object",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, to="records.learningplan"
                    ),
                ),
                (
                    "tag",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="tagged",
                        to="records.method",
                    ),
                ),
            ],
            options={
                "abstract": False,
            },
        ),
        migrations.AddField(
            model_name="learningplan",
            name="methods",
            field=taggit.managers.TaggableManager(
                blank=True,
                help_text="A comma-separated list of tags.",
                through="records.TaggedMethod",
                to="records.Method",
                verbose_name="methods",
            ),
        ),
        migrations.CreateModel(
            name="TaggedThematicArea",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "content_object",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, to="records.learningplan"
                    ),
                ),
                (
                    "tag",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="tagged",
                        to="records.thematicarea",
                    ),
                ),
            ],
            options={
                "abstract": False,
            },
        ),
        migrations.AddField(
            model_name="learningplan",
            name="thematic_areas",
            field=taggit.managers.TaggableManager(
                blank=True,
                help_text="A comma-separated list of tags.",
                through="records.TaggedThematicArea",
                to="records.ThematicArea",
                verbose_name="themes",
            ),
        ),
        migrations.AddIndex(
            model_name="blog",
            index=models.Index(
                condition=models.Q(("is_published", True)),
                fields=["-published_on", "-year", "title", "is_published"],
                name="blog_published_list",
            ),
        ),
        migrations.AddIndex(
            model_name="blog",
            index=models.Index(
                fields=["is_published", "kind", "year", "country"], name="blog_facets"
            ),
        ),
        migrations.AddConstraint(
            model_name="blog",
            constraint=models.UniqueConstraint(
                condition=models.Q(("source_key", ""), _negated=True),
                fields=("source_key",),
                name="blog_unique_source_key",
            ),
        ),
        migrations.AddConstraint(
            model_name="blog",
            constraint=models.CheckConstraint(
                condition=models.Q(("kind__in", ["blog", "publication"])), name="blog_kind_valid"
            ),
        ),
        migrations.AddConstraint(
            model_name="blog",
            constraint=models.CheckConstraint(
                condition=models.Q(("language__in", ["en", "fr", "es", "other"])),
                name="blog_language_valid",
            ),
        ),
        migrations.AddIndex(
            model_name="bloglink",
            index=models.Index(fields=["url"], name="blog_link_url"),
        ),
        migrations.AddConstraint(
            model_name="bloglink",
            constraint=models.UniqueConstraint(fields=("plan", "url"), name="blog_link_once"),
        ),
        migrations.AddConstraint(
            model_name="partnerredirect",
            constraint=models.UniqueConstraint(fields=("slug",), name="partner_redirect_once"),
        ),
        migrations.AddConstraint(
            model_name="partnership",
            constraint=models.UniqueConstraint(
                fields=("plan", "partner"), name="partner_once_per_plan"
            ),
        ),
        migrations.AddConstraint(
            model_name="country",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "bureau__in",
                        [
                            "",
                            "africa",
                            "arab-states",
                            "asia-pacific",
                            "europe-central-asia",
                            "latin-america-caribbean",
                        ],
                    )
                ),
                name="country_bureau_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="taggeddatasource",
            constraint=models.UniqueConstraint(
                fields=("content_object", "tag"), name="taggeddatasource_once_per_plan"
            ),
        ),
        migrations.AddConstraint(
            model_name="taggedmethod",
            constraint=models.UniqueConstraint(
                fields=("content_object", "tag"), name="taggedmethod_once_per_plan"
            ),
        ),
        migrations.AddConstraint(
            model_name="taggedthematicarea",
            constraint=models.UniqueConstraint(
                fields=("content_object", "tag"), name="taggedthematicarea_once_per_plan"
            ),
        ),
        migrations.AddIndex(
            model_name="learningplan",
            index=models.Index(
                condition=models.Q(("is_published", True)),
                fields=["-year", "title", "stage", "is_published"],
                name="plan_published_list",
            ),
        ),
        migrations.AddIndex(
            model_name="learningplan",
            index=models.Index(fields=["stage", "year"], name="plan_facet_stage_year"),
        ),
        migrations.AddIndex(
            model_name="learningplan",
            index=models.Index(
                condition=models.Q(("is_published", False)), fields=["id"], name="plan_hidden"
            ),
        ),
        migrations.AddConstraint(
            model_name="learningplan",
            constraint=models.UniqueConstraint(
                condition=models.Q(("source_key", ""), _negated=True),
                fields=("source_key",),
                name="plan_unique_source_key",
            ),
        ),
        migrations.AddConstraint(
            model_name="learningplan",
            constraint=models.CheckConstraint(
                condition=models.Q(("stage__in", ["plan", "closing"])), name="plan_stage_valid"
            ),
        ),
        migrations.AddConstraint(
            model_name="learningplan",
            constraint=models.CheckConstraint(
                condition=models.Q(("language__in", ["en", "fr", "es", "other"])),
                name="plan_language_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="learningplan",
            constraint=models.CheckConstraint(
                condition=models.Q(("closes_source__in", ["", "matched", "staff"])),
                name="plan_closes_source_valid",
            ),
        ),
    ]
