"""The search page's one ranked list: the best records of every kind for a query, ranked
together by the index (title, insights and body weighted), with the record's kind and its
recency as gentle tie-breakers.

Records that match every word come first; when they are fewer than a page, records that match
some of the words follow them, marked so.
"""

from dataclasses import dataclass

from django.utils.translation import gettext

from ..enums import SearchKind
from ..models import Blog, Insight, LearningPlan, Partner
from .engine import ranked_entries
from .passages import passage
from .visibility import hidden_entries

TOP = 10
# Entries read to rank the TOP among: kind and recency reorder them.
CANDIDATES = 30
# A kind's weight: a plan or closing report first among equals, a partner (a name alone) last.
KIND_WEIGHTS = {
    SearchKind.PLAN: 1.0,
    SearchKind.BLOG: 0.95,
    SearchKind.INSIGHT: 0.9,
    SearchKind.PARTNER: 0.6,
}
# Each year since FIRST_YEAR adds this share to a record's rank.
FIRST_YEAR = 2019
PER_YEAR = 0.01


@dataclass(frozen=True)
class Hit:
    kind: str
    title: str
    url: str
    passage: str
    every_word: bool
    language: str = ""  # the record's TextLanguage; "" for a partner


def _records(keys) -> dict:
    """The records of `keys`, (kind, record_id) pairs, by key: one query per kind."""
    by_kind: dict[str, list[int]] = {}
    for kind, record_id in keys:
        by_kind.setdefault(kind, []).append(record_id)
    querysets = {
        SearchKind.PLAN: LearningPlan.objects.only(
            "slug", "title", "year", "stage", "language", "search_document"
        ),
        SearchKind.INSIGHT: Insight.objects.select_related("plan").only(
            "text", "plan__slug", "plan__title", "plan__year", "plan__language"
        ),
        SearchKind.PARTNER: Partner.objects.only("slug", "name"),
        SearchKind.BLOG: Blog.objects.only("slug", "title", "year", "kind", "language", "body"),
    }
    found = {}
    for kind, ids in by_kind.items():
        for pk, record in querysets[kind].in_bulk(ids).items():
            found[kind, pk] = record
    return found


def _year(record) -> int:
    year = record.plan.year if isinstance(record, Insight) else getattr(record, "year", None)
    return year or FIRST_YEAR


def _hit(kind: str, record, query, every_word: bool) -> Hit:
    if isinstance(record, Insight):
        title, text = gettext("From %(title)s") % {"title": record.plan.title}, record.text
    elif isinstance(record, Partner):
        title, text = record.name, record.name
    elif isinstance(record, Blog):
        title, text = record.title, record.body
    else:
        title, text = record.title, record.search_document
    if isinstance(record, LearningPlan):
        label = record.get_stage_display()
    elif isinstance(record, Blog):
        label = record.get_kind_display()
    else:
        label = SearchKind(kind).label
    language = (
        record.plan.language if isinstance(record, Insight) else getattr(record, "language", "")
    )
    url = record.get_absolute_url()
    return Hit(str(label), title, url, passage(text, query), every_word, language)


def best(query, complete: bool = True, language: str | None = None) -> list[Hit]:
    """The TOP records for `query` (a parsed Query) across kinds, best first, those written in
    `language` (records.search.query_language) LANGUAGE_BOOST times higher. Costs one query
    for the entries matching every word (unless none does: not `complete`), one for those
    matching some when they are fewer than TOP, and one per kind of record shown; none when
    the query has no word to find."""
    if not query:
        return []
    shown = ~hidden_entries()
    rows = []
    for every in (True, False) if complete else (False,):
        if len(rows) >= TOP:
            break
        entries = ranked_entries(query, shown, every, language=language)
        entries = entries.order_by("-search_rank")
        seen = {(kind, pk) for kind, pk, _, _ in rows}
        found = entries.values_list("kind", "record_id", "search_rank")[:CANDIDATES]
        rows += [(kind, pk, rank, every) for kind, pk, rank in found if (kind, pk) not in seen]
    records = _records((kind, pk) for kind, pk, _, _ in rows)

    def score(row) -> tuple:
        kind, pk, rank, every = row
        gentle = KIND_WEIGHTS[kind] * (1 + PER_YEAR * (_year(records[kind, pk]) - FIRST_YEAR))
        return (every, rank * gentle)

    # An insight whose closing report is in the list is found through it.
    rows = [
        row
        for row in rows
        if row[:2] in records and (SearchKind.PLAN, _plan_id(records[row[:2]])) not in records
    ]
    rows = sorted(rows, key=score, reverse=True)[:TOP]
    return [_hit(kind, records[kind, pk], query, every) for kind, pk, _, every in rows]


def _plan_id(record) -> int | None:
    return record.plan_id if isinstance(record, Insight) else None
