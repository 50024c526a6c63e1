"""The index pages: countries (with the map), regions, SDGs and themes, each entry with its
count of published plans and a link to the plans it counts."""

from django.http import QueryDict
from django.shortcuts import render
from django.views.decorators.http import require_safe

from .. import plan_counts
from ..lists import PLANS
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


@require_safe
def themes_index(request):
    return render(
        request,
        "records/themes_index.html",
        {"section": PLANS.section, "themes": plan_counts.themes()},
    )
