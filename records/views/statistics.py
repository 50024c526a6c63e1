"""The statistics page: published plans and closing reports per year, country, region and SDG,
a country × year table, and the most used methods and data sources, as bar charts with their
numbers in tables. It takes the plan list's filters (through its FilterSet) and counts the
plans they match; every number links to the list of the plans it counts."""

from django.db.models.constants import LOOKUP_SEP
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from .. import plan_counts
from ..charts import bar_chart
from ..exports.downloads import is_whole_list
from ..lists import PLANS
from ..models import LearningPlan
from ..place_names import country_name
from ..query_parameters import reads
from .lists import filter_data

TOP_TAGS = 10
TOP_COUNTRIES = 15
# The charts of the most used tags: slug, what they are, the list's parameter, their counts.
TAG_CHARTS = (
    ("methods", gettext_lazy("methods"), "method", plan_counts.methods),
    ("data-sources", gettext_lazy("data sources"), "data_source", plan_counts.data_sources),
)


def plan_list(filters, **chosen):
    """The plan list's URL under `filters` (a QueryDict), each parameter of `chosen` set to
    its value (or list of values) instead."""
    params = filters.copy()
    for name, value in chosen.items():
        params.setlist(name, value if isinstance(value, list) else [value])
    return f"{reverse('records:plan_list')}?{params.urlencode()}"


def charts(filters, plans, by_country):
    """The page's charts, in the order it shows them, counting `plans` (None: all; of some
    plans, the goals none of them has are left out)."""
    both = (_("Learning plans"), _("Closing reports"))
    one = (_("Plans and closing reports"),)
    return [
        bar_chart(
            "years",
            _("Per year"),
            both,
            [
                (str(y), [p, c], plan_list(filters, year=y))
                for y, p, c in plan_counts.per_year(plans)
            ],
        ),
        bar_chart(
            "countries",
            _("The %(count)d countries with the most plans") % {"count": TOP_COUNTRIES}
            if len(by_country) > TOP_COUNTRIES
            else _("Per country"),
            one,
            [
                (country_name(c.code, c.name), [c.total], plan_list(filters, country=c.code))
                for c in by_country[:TOP_COUNTRIES]
            ],
        ),
        bar_chart(
            "regions",
            _("Per region (UNDP regional bureau)"),
            one,
            [
                (bureau.label, [n], plan_list(filters, country=[c.code for c in members]))
                for bureau, n, members in plan_counts.bureaus(plans)
            ],
        ),
        bar_chart(
            "sdgs",
            _("Per Sustainable Development Goal"),
            one,
            [
                (str(sdg), [sdg.plan_count], plan_list(filters, sdg=sdg.number))
                for sdg in plan_counts.sdgs(plans)
                if sdg.plan_count or plans is None
            ],
        ),
        *(
            bar_chart(
                slug,
                _("The %(count)d most used %(things)s") % {"count": TOP_TAGS, "things": noun},
                one,
                [
                    (t.name, [t.plan_count], plan_list(filters, **{param: t.slug}))
                    for t in counts(TOP_TAGS, plans)
                ],
            )
            for slug, noun, param, counts in TAG_CHARTS
        ),
    ]


def country_year_table(filters, by_country, years):
    """The country × year table: a row per country, its count in each year (None where it
    has none) and its total, each with the URL of the plans it counts."""
    return [
        {
            "name": country_name(country.code, country.name),
            "total": (country.total, plan_list(filters, country=country.code)),
            "years": [
                (n, plan_list(filters, country=country.code, year=year))
                if (n := country.per_year.get(year))
                else None
                for year in years
            ],
        }
        for country in by_country
    ]


def value_labels(facet, values) -> list[str]:
    """The display names of a facet's `values`, in their order: a vocabulary's labels, or
    the names its `label` path leads to (one query), or the values themselves (years)."""
    if not facet.label:
        choices = dict(getattr(facet.field(), "choices", ()))
        return [str(choices.get(value, value)) for value in values]
    model = LearningPlan
    *relations, value_field = facet.path.split(LOOKUP_SEP)
    for name in relations:
        model = model._meta.get_field(name).related_model
    label_field = facet.label.rpartition(LOOKUP_SEP)[2]
    names = dict(
        model.objects.filter(**{f"{value_field}__in": values}).values_list(value_field, label_field)
    )
    return [str(names.get(value, value)) for value in values]


def active_filters(filterset):
    """(facet title, [value labels]) of each facet the filters narrow, in the plan list's
    order; the text query first."""
    query = filterset.value("q")
    return [(_("Search"), [query])] * bool(query) + [
        (facet.title, value_labels(facet, filterset.value(facet.name)))
        for facet in filterset.facets
        if filterset.value(facet.name)
    ]


@reads(filters_of=PLANS)
@require_safe
def statistics(request):
    filters = filter_data(request)
    filterset = PLANS.filterset_class(filters, request=request)
    context = {"section": PLANS.section, "filters": filters, "errors": filterset.errors}
    if filterset.errors:
        return render(request, "records/statistics.html", context, status=400)
    filtered = not is_whole_list(filterset)
    # Unsorted: a search's ranking, which the sort adds, cannot be read in a subquery.
    plans = filterset.filter_queryset(filterset.queryset, skip=("sort",)) if filtered else None
    by_country, years = plan_counts.per_country_and_year(plans, filterset.value("country"))
    return render(
        request,
        "records/statistics.html",
        {
            **context,
            "filtered": filtered,
            "active_filters": active_filters(filterset),
            "plan_count": plans.count() if filtered else None,
            "list_url": plan_list(filters),
            "charts": charts(filters, plans, by_country),
            "years": years,
            "country_years": country_year_table(filters, by_country, years),
        },
    )
