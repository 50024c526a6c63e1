"""The index pages: countries (with the map), regions, SDGs and themes, each entry with its
count of published plans and a link to the plans it counts."""

from django.http import QueryDict
from django.shortcuts import render
from django.views.decorators.http import require_safe

from .. import plan_counts
from ..folding import fold
from ..lists import PLANS
from ..query_parameters import reads
from ..world_map import world_map


@require_safe
def countries_index(request):
    return render(
        request,
        "records/countries_index.html",
        {
            "section": PLANS.section,
            "countries": plan_counts.countries_with_plans(),
            "map": world_map(),
        },
    )


def country_filter(countries) -> QueryDict:
    filters = QueryDict(mutable=True)
    filters.setlist("country", [country.code for country in countries])
    return filters


@require_safe
def regions_index(request):
    bureaus = [
        {
            "bureau": bureau,
            "count": count,
            "countries": members,
            # The plan list takes several countries at once: the bureau is their union.
            "filters": country_filter(members),
        }
        for bureau, count, members in plan_counts.bureaus()
    ]
    return render(
        request,
        "records/regions_index.html",
        {"section": PLANS.section, "bureaus": bureaus, "regions": plan_counts.regions()},
    )


@require_safe
def sdgs_index(request):
    return render(
        request, "records/sdgs_index.html", {"section": PLANS.section, "sdgs": plan_counts.sdgs()}
    )


# The themes the index shows first: the most used, as long as more than one plan uses them.
BIG_THEMES = 30
MAX_THEME_QUERY = 100


def theme_words(theme) -> str:
    """What the theme filter looks in: the theme's name and its other spellings, folded."""
    return fold(" ".join([theme.name, *(alias.replace("-", " ") for alias in theme.aliases)]))


@reads("q")
@require_safe
def themes_index(request):
    """Every theme A to Z (case and accents aside), the big ones first; `q` keeps those whose
    name or another spelling of it contains it, as the page's script does while one types."""
    themes = sorted(plan_counts.themes(), key=lambda theme: (fold(theme.name), theme.pk))
    for theme in themes:
        theme.words = theme_words(theme)
    query = " ".join(request.GET.get("q", "").split())[:MAX_THEME_QUERY]
    wanted = fold(query)
    shown = [theme for theme in themes if wanted in theme.words] if wanted else themes
    by_use = sorted(themes, key=lambda theme: -theme.plan_count)  # stable: A to Z within
    big = [theme for theme in by_use[:BIG_THEMES] if theme.plan_count > 1]
    return render(
        request,
        "records/themes_index.html",
        {
            "section": PLANS.section,
            "themes": themes,
            "shown": shown,
            "big": [] if wanted else big,
            "query": query,
        },
    )
