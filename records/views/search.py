"""The search page, /search/?q=: every kind of record for one query, with counts, the best
hits of each kind with their matching passage, and links into each list filtered the same.

Each kind costs, whatever the number of hits, its count and its best keys (one query on
PostgreSQL, two on SQLite: records.search.engine.first_keys) and their rows.
"""

from dataclasses import dataclass

from django.http import QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from ..enums import Stage
from ..lists import BLOGS, INSIGHTS, PARTNERS, PLANS, PublicList
from ..models import Insight
from ..query_parameters import reads
from ..search import parse
from ..search.engine import first_keys
from ..search.passages import passage
from ..search.suggestions import fewer_words, suggest

HITS = 3
MAX_LENGTH = 200


@dataclass(frozen=True)
class Kind:
    heading: str
    public_list: PublicList
    # The text a hit's passage is cut from, and the fields its link and title need.
    text: str
    fields: tuple[str, ...]
    preset: tuple = ()


KINDS = (
    Kind("Learning plans", PLANS, "search_document", ("slug", "title"), (("stage", Stage.PLAN),)),
    Kind(
        "Closing reports",
        PLANS,
        "search_document",
        ("slug", "title"),
        (("stage", Stage.CLOSING),),
    ),
    Kind("Insights", INSIGHTS, "text", ("plan__slug", "plan__title")),
    Kind("Partners", PARTNERS, "name", ("slug",)),
    Kind("Blogs and publications", BLOGS, "body", ("slug", "title")),
)


def _hits(kind: Kind, q: str, query) -> dict:
    params = {"q": q, **dict(kind.preset)}
    filterset = kind.public_list.filterset_class(data=params)
    matches = filterset.qs
    unsorted = filterset.filter_queryset(filterset.queryset.all(), skip=("sort",))
    keys, count = first_keys(matches, unsorted, HITS)
    model = matches.model
    rows = model.objects.select_related(*{f.split("__")[0] for f in kind.fields if "__" in f})
    rows = rows.only(kind.text, *kind.fields).in_bulk(keys)
    filters = QueryDict(mutable=True)
    filters.update(params)
    return {
        "heading": kind.heading,
        "count": count,
        # The list of them all: its URL and its filters.
        "list_url": reverse(f"records:{kind.public_list.url_name}"),
        "filters": filters,
        "hits": [
            {
                "title": _title(rows[key]),
                "url": rows[key].get_absolute_url(),
                "passage": passage(getattr(rows[key], kind.text), query),
            }
            for key in keys
            if key in rows
        ],
    }


def _title(record) -> str:
    # An insight has no title of its own: it is known by its learning cycle.
    return f"From {record.plan.title}" if isinstance(record, Insight) else str(record)


@reads("q")
@require_safe
def search(request):
    q = request.GET.get("q", "").strip()[:MAX_LENGTH]
    query = parse(q)
    kinds = [_hits(kind, q, query) for kind in KINDS] if query else []
    total = sum(kind["count"] for kind in kinds)
    suggestion = suggest(q, found=bool(total)) if query else None
    shorter = fewer_words(q) if query and not total else None
    return render(
        request,
        "records/search.html",
        {
            "q": q,
            "kinds": kinds,
            "total": total,
            "suggestion": suggestion,
            "shorter": shorter,
        },
    )
