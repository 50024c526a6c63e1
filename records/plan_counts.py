"""How many published plans (learning plans and closing reports) there are by country, region,
regional bureau, SDG, theme, year, method and data source: the index pages, the map and the
statistics page read them. Hidden plans count nowhere.
"""

from django.db.models import Count, Q

from .enums import Bureau, Stage
from .models import SDG, Country, DataSource, LearningPlan, Method, Region, ThematicArea

# By key: the plans' own rows (wide, with their texts) are not read for the flag, the keys of
# the published ones come from an index (plan_published_list).
PUBLISHED_PLANS = Q(plans__in=LearningPlan.objects.published())
PUBLISHED_TAGGED = Q(tagged__content_object__is_published=True)


def countries(with_shape=False):
    """Every country with `plan_count`, by name; `map_shape` is only read `with_shape`."""
    # An aggregating query drops Meta.ordering: the order is said here.
    rows = (
        Country.objects.select_related("region")
        .annotate(plan_count=Count("plans", filter=PUBLISHED_PLANS))
        .order_by("name")
    )
    return rows if with_shape else rows.defer("map_shape")


def countries_with_plans():
    return countries().filter(plan_count__gt=0)


def regions():
    """The M49 regions with at least one published plan, with `plan_count` (distinct plans)."""
    return (
        Region.objects.annotate(
            plan_count=Count(
                "countries__plans",
                filter=Q(countries__plans__is_published=True),
                distinct=True,
            )
        )
        .filter(plan_count__gt=0)
        .order_by("continent", "name")
    )


def bureaus():
    """[(Bureau, plan count, [countries with plans])] in the Bureau order, a plan counted once
    per bureau however many of its countries are in it; bureaus without plans left out."""
    rows = (
        LearningPlan.objects.published()
        .filter(countries__isnull=False)
        .exclude(countries__bureau="")
        .values("countries__bureau")
        .annotate(n=Count("pk", distinct=True))
        .order_by()
    )
    per_bureau = {row["countries__bureau"]: row["n"] for row in rows}
    members = {}
    for country in countries_with_plans():
        members.setdefault(country.bureau, []).append(country)
    return [
        (bureau, per_bureau[bureau], members.get(bureau, []))
        for bureau in Bureau
        if per_bureau.get(bureau)
    ]


def sdgs():
    return SDG.objects.annotate(plan_count=Count("plans", filter=PUBLISHED_PLANS)).order_by(
        "number"
    )


def tags(model, limit=None):
    """The tags of `model` on at least one published plan, with `plan_count`, most used first."""
    rows = (
        model.objects.annotate(plan_count=Count("tagged", filter=PUBLISHED_TAGGED))
        .filter(plan_count__gt=0)
        .order_by("-plan_count", "name")
    )
    return rows[:limit] if limit else rows


def themes():
    return tags(ThematicArea).order_by("name")


def methods(limit):
    return tags(Method, limit)


def data_sources(limit):
    return tags(DataSource, limit)


def per_year():
    """[(year, plans, closing reports)] oldest first; plans without a year left out."""
    rows = (
        LearningPlan.objects.published()
        .exclude(year=None)
        .values("year")
        .annotate(
            plans=Count("pk", filter=Q(stage=Stage.PLAN)),
            closing=Count("pk", filter=Q(stage=Stage.CLOSING)),
        )
        .order_by("year")
    )
    return [(row["year"], row["plans"], row["closing"]) for row in rows]
