"""The statistics page: published plans and closing reports per year, region and SDG, and the
most used methods and data sources, as bar charts with their numbers in tables."""

from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from .. import plan_counts
from ..charts import bar_chart
from ..lists import PLANS

TOP_TAGS = 10


def plan_list(**params):
    return f"{reverse('records:plan_list')}?{urlencode(params, doseq=True)}"


def charts():
    """The page's charts, in the order it shows them."""
    both = ("Learning plans", "Closing reports")
    one = ("Plans and closing reports",)
    return [
        bar_chart(
            "years",
            "Per year",
            both,
            [(str(y), [p, c], plan_list(year=y)) for y, p, c in plan_counts.per_year()],
        ),
        bar_chart(
            "regions",
            "Per region (UNDP regional bureau)",
            one,
            [
                (bureau.label, [n], plan_list(country=[c.code for c in members]))
                for bureau, n, members in plan_counts.bureaus()
            ],
        ),
        bar_chart(
            "sdgs",
            "Per Sustainable Development Goal",
            one,
            [(str(sdg), [sdg.plan_count], sdg.get_absolute_url()) for sdg in plan_counts.sdgs()],
        ),
        bar_chart(
            "methods",
            f"The {TOP_TAGS} most used methods",
            one,
            [
                (t.name, [t.plan_count], plan_list(method=t.slug))
                for t in plan_counts.methods(TOP_TAGS)
            ],
        ),
        bar_chart(
            "data-sources",
            f"The {TOP_TAGS} most used data sources",
            one,
            [
                (t.name, [t.plan_count], plan_list(data_source=t.slug))
                for t in plan_counts.data_sources(TOP_TAGS)
            ],
        ),
    ]


@require_safe
def statistics(request):
    return render(
        request, "records/statistics.html", {"section": PLANS.section, "charts": charts()}
    )
