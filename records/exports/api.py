"""The read-only JSON API: each public list, filtered as its page is, a page at a time."""

from django.core.paginator import EmptyPage, Paginator
from django.http import JsonResponse
from django.views.decorators.http import require_safe

from ..page_numbers import BadPageNumber, positive_int
from ..query_parameters import reads
from .responses import cacheable, error, invalid_filters

MAX_PAGE_SIZE = 100


def _page_url(request, number):
    params = request.GET.copy()
    params["page"] = number
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


@reads("page", "page_size")
@require_safe
def api_list(request, public_list):
    """A filtered list (a PublicList of records/lists.py) as {"count", "next", "previous",
    "results"}.

    `page` (from 1) and `page_size` (default the list's page size, at most MAX_PAGE_SIZE) page
    it; the other parameters are the list's filters. A malformed parameter is a 400 with a
    `detail` (and `errors` by parameter for filters), a page past the end a 404.
    """
    try:
        number = positive_int(request.GET, "page", 1)
        size = min(positive_int(request.GET, "page_size", public_list.page_size), MAX_PAGE_SIZE)
    except BadPageNumber as exc:
        return error(400, str(exc))
    filterset = public_list.filterset_class(data=request.GET, queryset=None, request=request)
    if filterset.errors:
        return invalid_filters(filterset)
    shape = public_list.shape
    paginator = Paginator(shape.rows(filterset.qs), size)
    try:
        page = paginator.page(number)
    except EmptyPage:
        return error(404, f"Page {number} does not exist: there are {paginator.num_pages}.")
    absolute_url = request.build_absolute_uri
    response = JsonResponse(
        {
            "count": paginator.count,
            "next": _page_url(request, number + 1) if page.has_next() else None,
            "previous": _page_url(request, number - 1) if page.has_previous() else None,
            "results": [shape.serialise(row, absolute_url) for row in page.object_list],
        },
        json_dumps_params={"ensure_ascii": False},
    )
    return cacheable(response)
