"""The query parameters each public page reads, and the canonical form of a request's query.

Every view of the public site declares what it reads with `@reads(...)`; a route given a
`public_list` (records/lists.py) reads that list's filters too, as does a view that names the
list it filters with `filters_of`. The page cache (records/page_cache.py) answers a request
that carries any other parameter with a redirect to the same URL without it, and keys the pages
it keeps by `canonical_query`: so no made-up parameter, order or repetition makes the site
render a page it already keeps. Of a list's filters, its facets take several values.
"""

from django.http import QueryDict
from django.utils.http import urlencode


def reads(*names, filters_of=None):
    """Declare the query parameters a view reads: `names`, and the filters of `filters_of`
    (a PublicList)."""

    def declare(view):
        view.query_parameters = (frozenset(names), filters_of)
        return view

    return declare


def recognised(match) -> tuple[frozenset[str], frozenset[str]]:
    """The parameters the view of `match` (a ResolverMatch) reads (none when it declares
    none), and those of them that take several values."""
    names, filters_of = getattr(match.func, "query_parameters", (frozenset(), None))
    public_list = match.kwargs.get("public_list", filters_of)
    if public_list is None:
        return names, frozenset()
    filterset_class = public_list.filterset_class
    facets = frozenset(facet.name for facet in filterset_class.facets)
    return names | filterset_class.base_filters.keys(), facets


def unknown(query: QueryDict, names) -> bool:
    return any(name not in names for name in query)


def without_unknown(request, names) -> str:
    """The request's URL (path and query) with only the parameters in `names`, in their
    order."""
    query = urlencode([(k, v) for k, vs in request.GET.lists() if k in names for v in vs])
    return f"{request.path}?{query}" if query else request.path


def canonical_query(query: QueryDict, multiple) -> tuple:
    """What a page's response depends on in `query`: its parameters in name order, those in
    `multiple` with their distinct values in order, the others with their last value (the
    one a view reads)."""
    return tuple(
        (name, tuple(sorted(set(query.getlist(name)))) if name in multiple else query[name])
        for name in sorted(query)
    )
