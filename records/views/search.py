"""The search page, /search/?q=: the best records of every kind for one query in one ranked
list (records.search.results), with each matching passage, then the number of each kind
with a link into its list filtered the same (which ranks the same way). The records written in
the query's or the interface's French or Spanish rank first among near equals
(records.search.query_language).

A query whose words find nothing is answered with the results of its spelling corrected from
the archive's words, unless the visitor asked for the words as typed (`spelling=typed`).
"""

from dataclasses import dataclass

from django.http import QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from ..enums import Stage
from ..lists import BLOGS, INSIGHTS, PARTNERS, PLANS, PublicList
from ..query_parameters import reads
from ..search import parse
from ..search.query_language import ranked_first
from ..search.results import best
from ..search.suggestions import fewer_words, finds_anything, suggest

MAX_LENGTH = 200


@dataclass(frozen=True)
class Kind:
    heading: str
    public_list: PublicList
    preset: tuple = ()


KINDS = (
    Kind(_("learning plans"), PLANS, (("stage", Stage.PLAN),)),
    Kind(_("closing reports"), PLANS, (("stage", Stage.CLOSING),)),
    Kind(_("insights"), INSIGHTS),
    Kind(_("partners"), PARTNERS),
    Kind(_("blogs and publications"), BLOGS),
)


def _count(kind: Kind, q: str) -> dict:
    params = {"q": q, **dict(kind.preset)}
    filterset = kind.public_list.filterset_class(data=params)
    unsorted = filterset.filter_queryset(filterset.queryset.all(), skip=("sort",))
    filters = QueryDict(mutable=True)
    filters.update(params)
    return {
        "heading": kind.heading,
        "count": unsorted.count(),
        # The list of them all: its URL and its filters.
        "list_url": reverse(f"records:{kind.public_list.url_name}"),
        "filters": filters,
    }


@reads("q", "spelling")
@require_safe
def search(request):
    typed = request.GET.get("q", "").strip()[:MAX_LENGTH]
    as_typed = request.GET.get("spelling") == "typed"
    q, corrected = typed, None
    query = parse(q)
    found = bool(query) and finds_anything(query)
    suggestion = suggest(q, found=found) if query else None
    if suggestion and not found and not as_typed:
        # A suggestion finds something.
        q, corrected, suggestion, found = suggestion, suggestion, None, True
        query = parse(q)
    kinds = [_count(kind, q) for kind in KINDS] if found else []
    total = sum(kind["count"] for kind in kinds)
    shorter = fewer_words(q) if query and not total else None
    return render(
        request,
        "records/search.html",
        {
            "q": q,
            "typed": typed,
            "corrected": corrected,
            "hits": best(query, complete=found, language=ranked_first(q)),
            "kinds": kinds,
            "total": total,
            "suggestion": suggestion,
            "shorter": shorter,
        },
    )
