"""What the public pages, downloads and the API fetch of each kind of record, each in a fixed
number of queries whatever the number of rows; the lists, pages and exports that show the same
thing share these builders.

Every builder takes a queryset that already holds only public records (`published()`, or a
FilterSet's `.qs`) and adds what its output shows; none reads a model's `INTERNAL_FIELDS`.
"""

from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Subquery,
)
from django.db.models.functions import Coalesce, Substr

from .enums import AnswerKey
from .models import (
    Blog,
    BlogLink,
    Country,
    Insight,
    LearningPlan,
    Partnership,
    PlanAnswer,
    TaggedDataSource,
    TaggedMethod,
    TaggedThematicArea,
)

RELATED_PLANS = 5

# "Latest" on the home page: by the record's own year (within it, a blog's date), the latest
# first, then the latest imported; records without a year come last.
LATEST_CLOSING_REPORTS = (
    F("year").desc(nulls_last=True),
    F("imported_at").desc(nulls_last=True),
    "-pk",
)
LATEST_BLOGS = (
    F("year").desc(nulls_last=True),
    F("published_on").desc(nulls_last=True),
    F("imported_at").desc(nulls_last=True),
    "-pk",
)
# Characters of a blog's body its card reads from the database (bodies run to 50 kB).
BLOG_EXCERPT = 400


# -- cards -------------------------------------------------------------------------------------


def first_answer(key):
    """The text of a plan's first non-empty answer with this key, for an annotation."""
    answers = PlanAnswer.objects.filter(plan=OuterRef("pk"), key=key).exclude(text="")
    return Subquery(answers.order_by("position").values("text")[:1])


def first_insight():
    insights = Insight.objects.filter(plan=OuterRef("pk")).exclude(text="")
    return Subquery(insights.order_by("position").values("text")[:1])


# What a plan's card quotes: its challenge statement, else (a closing report) its first
# insight, else its tweet summary; null when it has none of them. Built once, not per
# request: a queryset copies it when it takes it.
CARD_SUMMARY = Coalesce(
    first_answer(AnswerKey.CHALLENGE_STATEMENT),
    first_insight(),
    first_answer(AnswerKey.TWEET_SUMMARY),
)


def card_countries(path="countries"):
    """The countries a card names, as the list `card_countries` of the plan at `path`: no
    related manager and queryset made per plan, and no map outline (a few kB a country)
    read."""
    countries = Country.objects.only("code", "name")
    return Prefetch(path, queryset=countries, to_attr="card_countries")


def plan_cards(plans):
    """Plans with what a card shows (the plan_cards template tag): title, stage, year, countries
    (`card_countries`) and the text it quotes (`card_summary`)."""
    return (
        plans.only("title", "slug", "stage", "year", "language")
        .annotate(card_summary=CARD_SUMMARY)
        .prefetch_related(card_countries())
    )


def insight_cards(insights):
    """Insights with what a card shows: their plan and its countries (`card_countries`)."""
    return insights.select_related("plan").prefetch_related(card_countries("plan__countries"))


def partner_cards(partners, matched=None):
    """Partners as their cards show them: their countries (Partner.plan_countries), those
    `matched` by the list's filters marked (see plan_countries); the partner list already
    counts their plans."""
    return partners.prefetch_related(plan_countries(matched))


def blog_cards(blogs):
    return (
        # The country's map outline is a few kB the card never shows.
        blogs.defer("body", "country__map_shape", *Blog.INTERNAL_FIELDS)
        .annotate(excerpt=Substr("body", 1, BLOG_EXCERPT))
        .select_related("country")
        .prefetch_related("authors")
    )


def related_plans(plan, limit=RELATED_PLANS):
    """Published plans sharing the most SDGs, themes and countries with `plan`: one query.

    Each share is counted in its own subquery so that the three do not multiply each other.
    """
    shared = []
    for through, plan_column, value_column, related in (
        (LearningPlan.sdgs.through, "learningplan", "sdg", plan.sdgs),
        (TaggedThematicArea, "content_object", "tag", plan.thematic_areas),
        (LearningPlan.countries.through, "learningplan", "country", plan.countries),
    ):
        values = [value.pk for value in related.all()]  # prefetched with the plan
        if not values:
            continue
        count = (
            through.objects.filter(**{plan_column: OuterRef("pk"), f"{value_column}__in": values})
            .order_by()
            .values(plan_column)
            .annotate(n=Count("pk"))
            .values("n")
        )
        shared.append(Coalesce(Subquery(count, output_field=IntegerField()), 0))
    if not shared:
        return LearningPlan.objects.none()
    related = (
        LearningPlan.objects.published()
        .exclude(pk=plan.pk)
        .annotate(score=sum(shared[1:], shared[0]))
        .filter(score__gt=0)
        .order_by("-score", "-year", "title")
    )
    return plan_cards(first_rows(related, limit))


def first_rows(queryset, limit):
    """The first `limit` rows of an ordered queryset, still in its order, picked by key in a
    subquery: what is annotated on them afterwards (a card's quote) is then computed for those
    rows alone, where SQLite would compute it for every row it sorts before the cut."""
    return queryset.filter(pk__in=queryset.values("pk")[:limit])


def plan_countries(matched=None):
    """The countries of a partner's published plans, as `country_rows`: a row per
    partnership and country of its plan, naming the country (`country_code`,
    `country_name`), which Partner.plan_countries reads. One query, and no plan or country
    made of each row: a partner in 250 plans costs 250 short rows. With `matched`, a
    condition on a row (its plan, `country_code`), each row says whether it meets it
    (`matched`)."""
    rows = (
        Partnership.objects.published()
        .annotate(country_code=F("plan__countries__code"), country_name=F("plan__countries__name"))
        .filter(country_code__isnull=False)
        .only("partner")
        .order_by()
    )
    if matched is not None:
        rows = rows.annotate(matched=ExpressionWrapper(matched, output_field=BooleanField()))
    return Prefetch("partnerships", queryset=rows, to_attr="country_rows")


# -- detail pages ------------------------------------------------------------------------------


def public_blog_links():
    """A plan's blog links as every public output shows them: the public ones, in order."""
    return BlogLink.objects.public().select_related("blog").order_by("position")


# What a closing report's page shows of the plan it closes.
CYCLE_ANSWER_KEYS = (AnswerKey.CHALLENGE_STATEMENT, AnswerKey.LEARNING_QUESTION)


def plan_pages(plans):
    """Plans with what their page shows: every answer, insight, facet, partner and public
    blog link; `has_blog_links` says whether the plan links to any blog, public or not. Its
    learning cycle: the plan a closing report closes (`closes`, with its challenge and
    learning questions as `closes.cycle_answers`, and its SDGs and themes) and a plan's
    published closing reports
    with their insights (`public_closing_reports`)."""
    return (
        plans.defer(
            *LearningPlan.INTERNAL_FIELDS,
            *(f"closes__{name}" for name in LearningPlan.INTERNAL_FIELDS),
        )
        .select_related("closes")
        .annotate(has_blog_links=Exists(BlogLink.objects.filter(plan=OuterRef("pk"))))
        .prefetch_related(
            Prefetch(
                "closes__answers",
                queryset=PlanAnswer.objects.filter(key__in=CYCLE_ANSWER_KEYS).exclude(text=""),
                to_attr="cycle_answers",
            ),
            # The cycle's SDGs and themes, under which the report is listed too.
            "closes__sdgs",
            "closes__thematic_areas",
            Prefetch(
                "closing_reports",
                queryset=LearningPlan.objects.published()
                .defer(*LearningPlan.INTERNAL_FIELDS)
                .prefetch_related("insights")
                .order_by("year", "title"),
                to_attr="public_closing_reports",
            ),
            "answers",
            "insights",
            "countries__region",
            "sdgs",
            "thematic_areas",
            "methods",
            "data_sources",
            Prefetch(
                "partnerships",
                queryset=Partnership.objects.select_related("partner").order_by("position"),
            ),
            Prefetch("blog_links", queryset=public_blog_links()),
        )
    )


def partner_plans(partner):
    """The partnerships of `partner` with a published plan, with what the partner page shows
    of each plan, latest first (then by title, and in the order they were filed, so a page
    of them is always the same)."""
    return (
        partner.partnerships.published()
        .select_related("plan")
        .defer(*(f"plan__{name}" for name in LearningPlan.INTERNAL_FIELDS))
        .prefetch_related("plan__countries")
        .order_by("-plan__year", "plan__title", "pk")
    )


def blog_pages(blogs):
    return blogs.select_related("country").defer(*Blog.INTERNAL_FIELDS).prefetch_related("authors")


def plans_linking_to(blog):
    return plan_cards(
        LearningPlan.objects.published().filter(blog_links__blog=blog).order_by("-year", "title")
    )


# -- downloads and the API ---------------------------------------------------------------------


def for_export(queryset, *, select_related=(), prefetch_related=(), defer=()):
    # A list's queryset may prefetch what its page shows; an export fetches what it shows.
    return (
        queryset.select_related(*select_related)
        .defer(*defer)
        .prefetch_related(None)
        .prefetch_related(*prefetch_related)
    )


# The answers a plan's download and API record give as its evidence, item by item.
EVIDENCE_KEYS = [
    AnswerKey.QUANTITATIVE_EVIDENCE,
    AnswerKey.QUALITATIVE_EVIDENCE,
    AnswerKey.EVIDENCE_UPLOADS,
]


def exported_plans(plans):
    """Plans with everything their download row or API record shows."""
    return for_export(
        plans,
        defer=LearningPlan.INTERNAL_FIELDS,
        prefetch_related=(
            "countries",
            "sdgs",
            # The tags through their rows: taggit's own prefetch builds a queryset per plan
            # and facet.
            Prefetch(
                "taggedthematicarea_set", queryset=TaggedThematicArea.objects.select_related("tag")
            ),
            Prefetch("taggedmethod_set", queryset=TaggedMethod.objects.select_related("tag")),
            Prefetch(
                "taggeddatasource_set", queryset=TaggedDataSource.objects.select_related("tag")
            ),
            Prefetch(
                "answers",
                queryset=PlanAnswer.objects.filter(
                    key__in=[
                        AnswerKey.CHALLENGE_STATEMENT,
                        AnswerKey.LEARNING_QUESTION,
                        AnswerKey.BLOG_LINKS,
                    ]
                    + EVIDENCE_KEYS
                ),
            ),
            "insights",
            Prefetch("partnerships", queryset=Partnership.objects.select_related("partner")),
            Prefetch(
                "blog_links",
                queryset=public_blog_links().only("plan", "url", "position", "blog__source_url"),
            ),
        ),
    )


def exported_insights(insights):
    return for_export(
        insights,
        select_related=("plan",),
        prefetch_related=("plan__countries",),
        defer=tuple(f"plan__{name}" for name in LearningPlan.INTERNAL_FIELDS),
    )


def exported_partners(partners):
    """Partners with the slugs (`public_partnerships`) and countries of their published
    plans."""
    published = Partnership.objects.published().select_related("plan").only("partner", "plan__slug")
    return for_export(
        partners,
        prefetch_related=(
            Prefetch("partnerships", queryset=published, to_attr="public_partnerships"),
            plan_countries(),
        ),
    )


def exported_blogs(blogs):
    return for_export(blogs, prefetch_related=("authors",), defer=("body", *Blog.INTERNAL_FIELDS))
