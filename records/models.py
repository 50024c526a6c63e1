"""The knowledge base: learning plans with their answers, insights and partners, and blogs.

Every record that comes from the archive keeps its source (SourceRecord): the natural key the
importer matches on, the sha256 of the text it was built from, when, and whether staff edited
it since. Visibility is one QuerySet method, `published()`.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import ItemBase, TagBase

from .enums import BlogKind, Bureau, CycleSource, Sector, Stage

# Re-exported from modules of their own: rows no page shows (import uploads, the search index
# and its words), what imported plans and blogs share, the QuerySets, partners' matching key.
from .import_uploads import ImportJob as ImportJob
from .import_uploads import ImportUpload as ImportUpload
from .import_uploads import ImportUploadFile as ImportUploadFile
from .imported_records import MAX_SEARCH_DOCUMENT as MAX_SEARCH_DOCUMENT
from .imported_records import (
    SourceRecord,
    imported_record_constraints,
    language_field,
    search_document,
)
from .partner_names import partner_key as partner_key
from .place_names import area_name, country_name, sdg_name
from .search_index import SearchEntry as SearchEntry
from .search_index import SearchText as SearchText
from .search_vocabulary import SearchEntryWords as SearchEntryWords
from .search_vocabulary import SearchWord as SearchWord
from .visibility import (
    BlogLinkQuerySet,
    PartnerQuerySet,
    PartnershipQuerySet,
    PublishedQuerySet,
    ThroughPlanQuerySet,
)


class Region(models.Model):
    """A UN M49 sub-region, such as Central Asia."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    continent = models.CharField(_("continent"), max_length=50)

    class Meta:
        ordering = ["name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return area_name(self.name)

    def get_absolute_url(self):
        return reverse("records:region", args=[self.slug])


class Country(models.Model):
    code = models.CharField(
        _("ISO code"), max_length=3, primary_key=True, help_text=_("ISO 3166-1 alpha-3, e.g. AZE.")
    )
    name = models.CharField(_("name"), max_length=100)
    region = models.ForeignKey(
        Region, models.PROTECT, related_name="countries", verbose_name=_("region")
    )
    aliases = models.JSONField(
        _("other spellings"),
        default=list,
        blank=True,
        help_text=_(
            "Other spellings the archive uses for this country; the importer matches them."
        ),
    )
    bureau = models.CharField(
        _("UNDP regional bureau"),
        max_length=30,
        help_text=_("The region as visitors name it; empty where no bureau serves the country."),
        choices=Bureau,
        blank=True,
    )
    map_shape = models.TextField(
        _("map outline"),
        blank=True,
        editable=False,
        help_text=_("The country's outline on the site's world map."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        constraints = [
            models.CheckConstraint(
                condition=Q(bureau__in=["", *Bureau.values]), name="country_bureau_valid"
            )
        ]

    def __str__(self):
        return country_name(self.code, self.name)

    def get_absolute_url(self):
        return reverse("records:country", args=[self.code.lower()])


class SDG(models.Model):
    number = models.PositiveSmallIntegerField(_("number"), primary_key=True)
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        ordering = ["number"]
        verbose_name = _("SDG")
        verbose_name_plural = _("SDGs")
        constraints = [
            models.CheckConstraint(
                condition=Q(number__gte=1, number__lte=17), name="sdg_number_1_to_17"
            )
        ]

    def __str__(self):
        return f"{self.number}. {sdg_name(self.number, self.name)}"

    def get_absolute_url(self):
        return reverse("records:sdg", args=[self.number])


class FacetTag(TagBase):
    aliases = models.JSONField(
        _("other spellings"),
        default=list,
        blank=True,
        help_text=_("Slugs of spellings merged into this tag; the importer maps them to it."),
    )

    class Meta:
        abstract = True
        ordering = ["name"]


# One tag model per facet, so "press" the data source and "press" a theme never mix.
class ThematicArea(FacetTag):
    class Meta(FacetTag.Meta):
        verbose_name = _("thematic area")
        verbose_name_plural = _("thematic areas")


class Method(FacetTag):
    class Meta(FacetTag.Meta):
        verbose_name = _("method")
        verbose_name_plural = _("methods")


class DataSource(FacetTag):
    class Meta(FacetTag.Meta):
        verbose_name = _("data source")
        verbose_name_plural = _("data sources")


class LearningPlan(SourceRecord):
    title = models.CharField(_("title"), max_length=500)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    stage = models.CharField(_("stage"), max_length=10, choices=Stage, default=Stage.PLAN)
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        help_text=_("The year the plan was written on the platform."),
    )
    countries = models.ManyToManyField(
        Country, related_name="plans", blank=True, verbose_name=_("countries")
    )
    sdgs = models.ManyToManyField(SDG, related_name="plans", blank=True, verbose_name=_("SDGs"))
    thematic_areas = TaggableManager(
        _("themes"), through="TaggedThematicArea", related_name="plans", blank=True
    )
    methods = TaggableManager(
        _("methods"), through="TaggedMethod", related_name="plans", blank=True
    )
    data_sources = TaggableManager(
        _("data sources"), through="TaggedDataSource", related_name="plans", blank=True
    )
    focal_point = models.CharField(
        _("focal point"),
        max_length=254,
        blank=True,
        help_text=_("Staff e-mail of the lab's focal point. Never shown on public pages."),
    )
    is_published = models.BooleanField(
        _("published"), default=True, help_text=_("Unpublished plans appear nowhere public.")
    )
    search_document = models.TextField(
        _("search text"),
        blank=True,
        editable=False,
        help_text=_("Title, answers and insights, for text search."),
    )
    language = language_field()
    title_from_text = models.BooleanField(
        _("title made by the import"),
        default=False,
        editable=False,
        help_text=_(
            "The file had no real title (none, an intro line, or the start of its "
            "insights); a closing report joined to its plan is then named after the plan."
        ),
    )
    closes = models.ForeignKey(
        "self",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="closing_reports",
        verbose_name=_("closes"),
        help_text=_("For a closing report: the action learning plan whose cycle it closes."),
    )
    closes_source = models.CharField(
        _("join set by"),
        max_length=10,
        choices=CycleSource,
        blank=True,
        help_text=_(
            "Matched by the importer (redone after each import), or set by staff (kept "
            "by every import, also when staff chose no plan)."
        ),
    )
    closes_evidence = models.CharField(
        _("join evidence"),
        max_length=300,
        blank=True,
        editable=False,
        help_text=_("For an importer match: its score and the distinctive words both texts share."),
    )

    objects = PublishedQuerySet.as_manager()

    # Staff-only, or only for search and the admin: public querysets defer them.
    INTERNAL_FIELDS = ("focal_point", "search_document", "parse_warnings", "closes_evidence")

    class Meta:
        ordering = ["-year", "title"]
        verbose_name = _("learning plan")
        verbose_name_plural = _("learning plans")
        constraints = [
            *imported_record_constraints("plan"),
            models.CheckConstraint(condition=Q(stage__in=Stage.values), name="plan_stage_valid"),
            models.CheckConstraint(
                condition=Q(closes_source__in=["", *CycleSource.values]),
                name="plan_closes_source_valid",
            ),
        ]
        indexes = [
            # The public list: published plans, newest year first. Partial, on the flag as
            # the ORM writes it (`WHERE "is_published"`), which SQLite matches only to an
            # index of the same condition, not to one whose first column is the flag. The
            # flag is a column too, or SQLite reads each row to test it: with it (and the
            # stage) the index holds all that the published plans' keys and totals need.
            models.Index(
                fields=["-year", "title", "stage", "is_published"],
                condition=Q(is_published=True),
                name="plan_published_list",
            ),
            # The stage and year facets count these columns of every listed plan: read from
            # this narrow index, not from the wide rows.
            models.Index(fields=["stage", "year"], name="plan_facet_stage_year"),
            # The few hidden plans, which every public partnership, partner and partner facet
            # excludes (PartnershipQuerySet.published): their keys from this index, not from
            # a scan of every plan's wide row.
            models.Index(fields=["id"], condition=Q(is_published=False), name="plan_hidden"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("records:plan_detail", args=[self.slug])

    def clean(self):
        if self.pk is not None and self.closes_id == self.pk:
            raise ValidationError({"closes": _("A closing report cannot close itself.")})

    def answer(self, key):
        """The text of the first answer with this well-known key, or ""."""
        for answer in self.answers.all():
            if answer.key == key and answer.text:
                return answer.text
        return ""

    def build_search_document(self):
        """Title, every answer and every insight as one text, for the full-text index."""
        return search_document(
            self.title,
            *(a.text for a in self.answers.all()),
            *(i.text for i in self.insights.all()),
        )


class TaggedPlan(ItemBase):
    """A plan carrying a tag of one facet (taggit's through model, one per facet)."""

    content_object = models.ForeignKey(LearningPlan, models.CASCADE, verbose_name=_("plan"))

    class Meta:
        abstract = True
        constraints = [
            models.UniqueConstraint(
                fields=["content_object", "tag"], name="%(class)s_once_per_plan"
            )
        ]


class TaggedThematicArea(TaggedPlan):
    tag = models.ForeignKey(
        ThematicArea, models.CASCADE, related_name="tagged", verbose_name=_("tag")
    )


class TaggedMethod(TaggedPlan):
    tag = models.ForeignKey(Method, models.CASCADE, related_name="tagged", verbose_name=_("tag"))


class TaggedDataSource(TaggedPlan):
    tag = models.ForeignKey(
        DataSource, models.CASCADE, related_name="tagged", verbose_name=_("tag")
    )


class PlanAnswer(models.Model):
    """One prompt of a plan's form and its answer, in the order the plan shows them."""

    plan = models.ForeignKey(
        LearningPlan, models.CASCADE, related_name="answers", verbose_name=_("plan")
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    section = models.CharField(_("section"), max_length=200, blank=True)
    prompt = models.TextField(_("prompt"), blank=True)
    key = models.CharField(
        _("key"),
        max_length=50,
        blank=True,
        help_text=_("Stable name of a well-known prompt, e.g. challenge_statement."),
    )
    label = models.CharField(
        _("label"), max_length=100, blank=True, help_text=_("The item's label, if any.")
    )
    text = models.TextField(_("answer"), blank=True)

    class Meta:
        ordering = ["plan", "position"]
        verbose_name = _("plan answer")
        verbose_name_plural = _("plan answers")

    def __str__(self):
        return self.prompt[:80] or self.section or f"Answer {self.position}"


class Insight(models.Model):
    plan = models.ForeignKey(
        LearningPlan, models.CASCADE, related_name="insights", verbose_name=_("plan")
    )
    text = models.TextField(_("text"))
    position = models.PositiveIntegerField(_("position"), default=0)

    objects = ThroughPlanQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "position"]
        verbose_name = _("insight")
        verbose_name_plural = _("insights")

    def __str__(self):
        return self.text[:80]

    def get_absolute_url(self):
        return f"{self.plan.get_absolute_url()}#insight-{self.pk}"


class Partner(models.Model):
    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector, default=Sector.UNKNOWN)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = PartnerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        constraints = [
            models.CheckConstraint(
                condition=Q(sector__in=Sector.values),
                name="partner_sector_valid",
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("records:partner_detail", args=[self.slug])

    @property
    def plan_countries(self) -> list[Country]:
        """The countries of its published plans, each once, A to Z: read from
        `country_rows`, as records.queries.plan_countries prefetches them."""
        names = {row.country_code: row.country_name for row in self.country_rows}
        return [
            Country(code=code, name=name)
            for code, name in sorted(names.items(), key=lambda item: item[1])
        ]


class PartnerAlias(models.Model):
    """A name under which the importer recognises a partner; a merge moves them."""

    partner = models.ForeignKey(
        Partner, models.CASCADE, related_name="aliases", verbose_name=_("partner")
    )
    key = models.CharField(_("name as matched"), max_length=255, unique=True)

    class Meta:
        verbose_name = _("partner alias")
        verbose_name_plural = _("partner aliases")

    def __str__(self):
        return self.key


class PartnerRedirect(models.Model):
    """The address of a partner merged into another: its page redirects to the kept one."""

    slug = models.SlugField(
        _("old address"),
        max_length=100,
        help_text=_("The merged partner's address, /partners/<slug>/."),
    )
    partner = models.ForeignKey(
        Partner, models.CASCADE, related_name="redirects", verbose_name=_("partner")
    )

    class Meta:
        verbose_name = _("old address")
        verbose_name_plural = _("old addresses")
        constraints = [models.UniqueConstraint(fields=["slug"], name="partner_redirect_once")]

    def __str__(self):
        return self.slug


class Partnership(models.Model):
    """A partner as one plan names it, with the plan's own description of the collaboration."""

    plan = models.ForeignKey(
        LearningPlan, models.CASCADE, related_name="partnerships", verbose_name=_("plan")
    )
    partner = models.ForeignKey(
        Partner, models.CASCADE, related_name="partnerships", verbose_name=_("partner")
    )
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)

    objects = PartnershipQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "position"]
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        constraints = [
            models.UniqueConstraint(fields=["plan", "partner"], name="partner_once_per_plan")
        ]

    def __str__(self):
        return f"{self.partner} in {self.plan}"


class Blog(SourceRecord):
    title = models.CharField(_("title"), max_length=500)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=BlogKind, default=BlogKind.BLOG)
    source_url = models.URLField(_("original URL"), max_length=2000, unique=True)
    published_on = models.DateField(_("published on"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    country = models.ForeignKey(
        Country,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="blogs",
        verbose_name=_("country"),
        help_text=_("Empty for posts about no single country."),
    )
    body = models.TextField(
        _("article"),
        blank=True,
        help_text=_("The article alone, paragraphs separated by blank lines."),
    )
    is_published = models.BooleanField(_("published"), default=True)
    search_document = models.TextField(_("search text"), blank=True, editable=False)
    language = language_field()

    objects = PublishedQuerySet.as_manager()

    # Only for search and the admin: public querysets defer them.
    INTERNAL_FIELDS = ("search_document", "parse_warnings")

    class Meta:
        ordering = ["-published_on", "-year", "title"]
        verbose_name = _("blog")
        verbose_name_plural = _("blogs")
        constraints = [
            *imported_record_constraints("blog"),
            models.CheckConstraint(condition=Q(kind__in=BlogKind.values), name="blog_kind_valid"),
        ]
        indexes = [
            # The public list, the feed and the home page: published posts, newest first
            # (partial, as plan_published_list).
            models.Index(
                fields=["-published_on", "-year", "title", "is_published"],
                condition=Q(is_published=True),
                name="blog_published_list",
            ),
            # The facets and the count of the list read these columns of every listed blog:
            # from this narrow index, not from rows where they sit after the whole article.
            models.Index(fields=["is_published", "kind", "year", "country"], name="blog_facets"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("records:blog_detail", args=[self.slug])

    def build_search_document(self):
        return search_document(self.title, self.body)


class BlogAuthor(models.Model):
    blog = models.ForeignKey(Blog, models.CASCADE, related_name="authors", verbose_name=_("blog"))
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=300, blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["blog", "position"]
        verbose_name = _("blog author")
        verbose_name_plural = _("blog authors")

    def __str__(self):
        return self.name


class BlogLink(models.Model):
    """A blog URL a plan points to; `blog` is filled in once a blog with that URL exists."""

    plan = models.ForeignKey(
        LearningPlan, models.CASCADE, related_name="blog_links", verbose_name=_("plan")
    )
    url = models.URLField(
        _("URL"), max_length=2000, help_text=_("Normalised URL, as blogs are keyed.")
    )
    blog = models.ForeignKey(
        Blog,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="plan_links",
        verbose_name=_("blog"),
    )
    position = models.PositiveIntegerField(_("position"), default=0)

    objects = BlogLinkQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "position"]
        verbose_name = _("blog link")
        verbose_name_plural = _("blog links")
        constraints = [models.UniqueConstraint(fields=["plan", "url"], name="blog_link_once")]
        indexes = [
            # Importing a blog links the plans that already point to its URL.
            models.Index(fields=["url"], name="blog_link_url"),
        ]

    def __str__(self):
        return self.url


class DataVersion(models.Model):
    """The one row holding the data version (see records.versioning): every write bumps it,
    and cached pages and facet counts are keyed by it."""

    number = models.BigIntegerField(_("number"))

    def __str__(self):
        return str(self.number)
