"""How many published plans (learning plans and closing reports) there are by country, region,
regional bureau, SDG, theme, year, method and data source: the index pages, the map and the
statistics page read them. Hidden plans count nowhere. A closing report counts under the SDGs
and themes of the published plan it closes as well as its own, as the plan list filters it
(PlanFilter's facets).

The statistics' functions take `plans`, the published plans to count (the plan list's
FilterSet's `.qs`); None counts them all.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q

from .enums import Bureau, Stage
from .filters import PlanFilter
from .filters.by_plan import counts_by_plan
from .models import SDG, Country, DataSource, LearningPlan, Method, Region, ThematicArea

# By key: the plans' own rows (wide, with their texts) are not read for the flag, the keys of
# the published ones come from an index (plan_published_list).
PUBLISHED_PLANS = Q(plans__in=LearningPlan.objects.published())
PUBLISHED_TAGGED = Q(tagged__content_object__is_published=True)


def counted(plans=None):
    """The plans to count: every published one, or those of `plans` in a subquery (its
    order and any ranking dropped)."""
    if plans is None:
        return LearningPlan.objects.published()
    return LearningPlan.objects.filter(pk__in=plan_keys(plans))


def plan_keys(plans):
    return plans.order_by().values("pk")


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


def bureaus(plans=None):
    """[(Bureau, plan count, [countries with plans])] in the Bureau order, a plan counted once
    per bureau however many of its countries are in it; bureaus without plans left out."""
    rows = (
        counted(plans)
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


def in_cycles(name: str, plans=None) -> list[tuple]:
    """The (value, label, plan count) of each value of the plan list's facet `name` among
    the plans to count (`counted`), a closing report under its cycle's values too: one
    query."""
    facet = next(facet for facet in PlanFilter.facets if facet.name == name)
    ((rows,),) = counts_by_plan([([facet], counted(plans))])
    return rows


def sdgs(plans=None):
    """Every SDG, by number, with `plan_count` (see in_cycles)."""
    counts = {value: count for value, _, count in in_cycles("sdg", plans)}
    found = list(SDG.objects.order_by("number"))
    for sdg in found:
        sdg.plan_count = counts.get(str(sdg.number), 0)
    return found


def tags(model, limit=None, plans=None):
    """The tags of `model` on at least one published plan (of `plans`), with `plan_count`, most
    used first."""
    among = PUBLISHED_TAGGED if plans is None else Q(tagged__content_object__in=plan_keys(plans))
    rows = (
        model.objects.annotate(plan_count=Count("tagged", filter=among))
        .filter(plan_count__gt=0)
        .order_by("-plan_count", "name")
    )
    return rows[:limit] if limit else rows


def themes():
    """The themes of at least one published plan, A to Z, with `plan_count` (see in_cycles);
    unsaved, with the slug and name a link shows and the other spellings (`aliases`) the
    themes index finds them by."""
    counts = in_cycles("theme")
    aliases = dict(
        ThematicArea.objects.filter(slug__in=[slug for slug, _, _ in counts]).values_list(
            "slug", "aliases"
        )
    )
    found = []
    for slug, name, count in counts:
        theme = ThematicArea(slug=slug, name=name, aliases=aliases.get(slug, []))
        theme.plan_count = count
        found.append(theme)
    return sorted(found, key=lambda theme: (theme.name.casefold(), theme.slug))


def methods(limit, plans=None):
    return tags(Method, limit, plans)


def data_sources(limit, plans=None):
    return tags(DataSource, limit, plans)


def per_year(plans=None):
    """[(year, plans, closing reports)] oldest first; plans without a year left out."""
    rows = (
        counted(plans)
        .exclude(year=None)
        .values("year")
        .annotate(
            plans=Count("pk", filter=Q(stage=Stage.PLAN)),
            closing=Count("pk", filter=Q(stage=Stage.CLOSING)),
        )
        .order_by("year")
    )
    return [(row["year"], row["plans"], row["closing"]) for row in rows]


@dataclass
class CountryYears:
    """One country's plans: `total`, and by year (`per_year`, None for plans without one)."""

    code: str
    name: str
    total: int = 0
    per_year: dict = field(default_factory=dict)


def per_country_and_year(plans=None, countries=()):
    """([CountryYears], [years]): the plans of each country, most first, then by name, and
    the years they have, oldest first. A plan counts once in each of its countries; only
    `countries` (codes) are listed when some are given. One query: a plan has one year, so a
    country's total is the sum of its years."""
    rows = counted(plans).filter(countries__isnull=False)
    if countries:
        rows = rows.filter(countries__code__in=countries)
    rows = (
        rows.values("countries__code", "countries__name", "year")
        .annotate(n=Count("pk", distinct=True))
        .order_by()
    )
    by_code, years = {}, set()
    for row in rows:
        code = row["countries__code"]
        entry = by_code.setdefault(code, CountryYears(code, row["countries__name"]))
        entry.per_year[row["year"]] = row["n"]
        entry.total += row["n"]
        if row["year"] is not None:
            years.add(row["year"])
    ordered = sorted(by_code.values(), key=lambda c: (-c.total, c.name))
    return ordered, sorted(years)
