"""The public lists' pages: filters with facet counts, active-filter chips, sort, pagination
and the downloads of the same filtered list; and the plan list under its own URL for a
country, region, SDG or theme.

A page fetches what it shows in a fixed number of queries, whatever the number of rows.
"""

from django.http import Http404, HttpResponseBadRequest, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django_filters.views import FilterView

from ..exports import FORMATS, download
from ..lists import PLANS
from ..models import SDG, Country, LearningPlan, Region, ThematicArea
from ..page_numbers import BadPageNumber, positive_int
from ..place_names import area_name, sdg_name
from ..query_parameters import reads
from ..throttling import budget

# Parameters of a list's URL that are not filters.
NOT_FILTERS = ("page", "format")


def filter_data(request, preset=None) -> QueryDict:
    """The filters of a list's request: its parameters but NOT_FILTERS, and the `preset`
    (parameter, value) its URL fixes, if any."""
    data = request.GET.copy()
    for name in NOT_FILTERS:
        data.pop(name, None)
    if preset:
        data.setlist(preset[0], [preset[1]])
    return data


def is_download(request) -> bool:
    return request.GET.get("format") in FORMATS


@reads(*NOT_FILTERS)
@budget("downloads", applies=is_download)
@require_safe
def list_page(request, public_list, preset=None, heading="", intro=""):
    """A public list (records/lists.py): its download with `format=csv|json|xlsx`, else its page
    (FacetedListView). An unknown format, or a page that is not a page number, is a 400 as
    in the API; a page past the end a 404."""
    requested_format = request.GET.get("format")
    if is_download(request):
        filterset = public_list.filterset_class(filter_data(request, preset), request=request)
        return download(public_list, filterset)
    if requested_format:
        return HttpResponseBadRequest(
            _("Unknown format: use format=csv, format=json or format=xlsx.")
        )
    try:
        positive_int(request.GET, "page", 1)
    except BadPageNumber as exc:
        return HttpResponseBadRequest(str(exc))
    view = FacetedListView.as_view(
        public_list=public_list, preset=preset, heading=heading, intro=intro
    )
    return view(request)


class FacetedListView(FilterView):
    """The page of a public list, `public_list` (records/lists.py): its filters with facet
    counts, active-filter chips, sort and pagination; 400 with no results when a filter
    value is malformed.

    `preset` = (parameter, value) fixes one filter from the URL (/countries/aze/ is
    /plans/?country=AZE); the other parameters still apply. `heading` and `intro`, when
    given, replace the list's own.
    """

    public_list = None
    preset = None
    heading = ""
    intro = ""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.filterset_class = self.public_list.filterset_class
        self.template_name = self.public_list.template_name
        self.paginate_by = self.public_list.page_size
        self.filters = filter_data(request, self.preset)

    def get_filterset_kwargs(self, filterset_class):
        # No queryset: the FilterSet starts from every public record of its list.
        return {"data": self.filters, "request": self.request}

    def paginate_queryset(self, queryset, page_size):
        """Pages by key: the sorted, filtered keys of one page first, then those rows with
        what their cards show. Sorting whole rows would read every row's large columns."""
        paginator, page, keys, is_paginated = super().paginate_queryset(
            queryset.values_list("pk", flat=True), page_size
        )
        keys = list(keys)
        rows = self.filterset.card_rows(self.public_list.cards).in_bulk(keys)
        page.object_list = [rows[key] for key in keys if key in rows]
        return paginator, page, page.object_list, is_paginated

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if context["is_paginated"]:
            context["page_range"] = context["paginator"].get_elided_page_range(
                context["page_obj"].number, on_each_side=2, on_ends=1
            )
        filterset = self.filterset
        facets = filterset.facet_counts()
        query = filterset.value("q")
        return {
            **context,
            "section": self.public_list.section,
            "heading": self.heading or self.public_list.heading,
            "intro": self.intro or self.public_list.intro,
            "list_url": reverse(f"records:{self.public_list.url_name}"),
            # The list's filters, which its downloads and each facet's "show all" page take.
            "filters": self.filters,
            "facets": facets,
            "facet_url_name": f"records:{self.public_list.facet_url_name}",
            "query": query,
            "sort": filterset.value("sort"),
            "current_sort": filterset.sort_key(),
            "sort_choices": filterset.filters["sort"].choices,
            "default_order": filterset.filters["sort"].explained,
            # The sort form goes to this same URL, which carries a preset filter itself.
            "hidden_params": [
                (name, value)
                for name, values in self.request.GET.lists()
                if name not in ("sort", *NOT_FILTERS)
                for value in values
            ],
            "chips": active_filters(self.filters, facets, query),
            # A filter on a learning-cycle facet (Facet.through_cycle), which the page explains.
            "through_cycle": any(
                filterset.value(facet.name) for facet in filterset.facets if facet.closed_plan_path
            ),
            "errors": filterset.errors,
        }

    def render_to_response(self, context, **response_kwargs):
        if self.filterset.errors:
            response_kwargs["status"] = 400
        return super().render_to_response(context, **response_kwargs)


def active_filters(data, facets, query) -> list[dict]:
    """One chip per active filter value: its `label`, and the filters without it (`filters`)."""

    def without(name, value):
        remaining = data.copy()
        kept = [v for v in data.getlist(name) if v.strip().casefold() != value.casefold()]
        if kept:
            remaining.setlist(name, kept)
        else:
            del remaining[name]
        return remaining

    chips = []
    if query:
        chips.append(
            {"label": _("Search: %(query)s") % {"query": query}, "filters": without("q", query)}
        )
    for facet in facets:
        for option in facet.selected:
            label = _("%(facet)s: %(value)s") % {"facet": facet.title, "value": option.label}
            chips.append({"label": label, "filters": without(facet.name, option.value)})
    return chips


# -- the plan list under its own URL -----------------------------------------------------------


def preset_plan_list(request, param, value, heading, intro=""):
    return list_page(request, PLANS, preset=(param, value), heading=heading, intro=intro)


@reads(*NOT_FILTERS, filters_of=PLANS)
@budget("downloads", applies=is_download)
@require_safe
def country(request, code):
    # The country's map outline (a few kB) is not on its list page.
    countries = Country.objects.select_related("region").defer("map_shape")
    country = get_object_or_404(countries, code=code.upper())
    names = {"place": country, "region": country.region}
    intro = _("Plans of the labs in %(place)s, in %(region)s.") % names
    heading = _("Plans in %(place)s") % names
    return preset_plan_list(request, "country", country.code, heading, intro)


@reads(*NOT_FILTERS, filters_of=PLANS)
@budget("downloads", applies=is_download)
@require_safe
def region(request, slug):
    region = get_object_or_404(Region, slug=slug)
    names = {"place": region, "continent": area_name(region.continent)}
    intro = _("Plans of the labs in the countries of %(place)s (%(continent)s).") % names
    heading = _("Plans in %(place)s") % names
    return preset_plan_list(request, "region", region.slug, heading, intro)


@reads(*NOT_FILTERS, filters_of=PLANS)
@budget("downloads", applies=is_download)
@require_safe
def sdg(request, number):
    goal = get_object_or_404(SDG, number=number)
    heading = _("Plans on SDG %(number)s: %(name)s") % {
        "number": goal.number,
        "name": sdg_name(goal.number, goal.name),
    }
    return preset_plan_list(request, "sdg", str(goal.number), heading)


@reads(*NOT_FILTERS, filters_of=PLANS)
@budget("downloads", applies=is_download)
@require_safe
def theme(request, slug):
    """A theme's plans; the address of another spelling of it (an alias: a spelling the
    importer folded into it, or a theme merged into it) redirects to its own."""
    # Like a partner's page: a theme only unpublished plans use is not public.
    used = ThematicArea.objects.filter(plans__in=LearningPlan.objects.published()).distinct()
    tag = used.filter(slug=slug).first()
    if tag is None:
        # On a miss only: the themes with other spellings, read as JSON is stored on each
        # database (a non-ASCII slug escaped on SQLite).
        spelled = ThematicArea.objects.exclude(aliases=[]).order_by("pk").only("slug", "aliases")
        kept = next((t for t in spelled if slug in t.aliases), None)
        if kept is None:
            raise Http404("No theme has this address.")
        return redirect("records:theme", kept.slug, permanent=True)
    return preset_plan_list(request, "theme", tag.slug, _("Plans on %(theme)s") % {"theme": tag})
