"""Which index entries a visitor may see: those of every record but the few hidden ones
(unpublished plans with their insights, unpublished blogs, the partners of no published plan).

The hidden entries' keys are read once per data version and process (`per_version`), so a
search leaves them out by a short list of keys instead of asking, in each of its queries,
whether each entry's record is published.
"""

from functools import reduce
from operator import or_

from django.db.models import Q, Value

from .. import versioning
from ..enums import SearchKind
from ..models import Blog, Insight, LearningPlan, Partner

# This process's values, by (data version, name): those of the current version only.
_local: dict[tuple[int, str], object] = {}


def per_version(name: str, compute):
    """compute(), once per data version in this process."""
    version = versioning.current()
    if (version, name) not in _local:
        for key in [key for key in _local if key[0] != version]:
            del _local[key]
        _local[version, name] = compute()
    return _local[version, name]


def forget() -> None:
    """Drop this process's values. Versions only grow in production; a test's rolled-back
    writes can repeat one with other data, so each test starts without them."""
    _local.clear()


def hidden_records() -> dict[str, object]:
    """Each kind → the primary keys of its records no visitor sees (a values queryset)."""
    records = {
        SearchKind.PLAN: LearningPlan.objects,
        SearchKind.INSIGHT: Insight.objects,
        SearchKind.PARTNER: Partner.objects,
        SearchKind.BLOG: Blog.objects,
    }
    return {
        str(kind): objects.exclude(pk__in=objects.published().values("pk")).values("pk")
        for kind, objects in records.items()
    }


def _by_kind(keys: dict) -> Q:
    """A Q over index entries: those of `keys`, kind → record ids (a list or a queryset)."""
    found = (Q(kind=kind, record_id__in=ids) for kind, ids in keys.items())
    return reduce(or_, found, Q(pk__in=[]))


def entries_of_hidden_records() -> Q:
    """A Q over index entries (SearchEntry, SearchEntryWords): those of hidden records,
    found by subqueries (no query of its own)."""
    return _by_kind(hidden_records())


def _hidden_keys() -> frozenset[tuple[str, int]]:
    """The keys of `hidden`, in one query."""
    first, *others = (
        keys.order_by().annotate(entry_kind=Value(kind)).values_list("entry_kind", "pk")
        for kind, keys in hidden_records().items()
    )
    return frozenset(first.union(*others, all=True))


def hidden() -> frozenset[tuple[str, int]]:
    """The (kind, record_id) of the entries of the records no visitor sees."""
    return per_version("hidden-entries", _hidden_keys)


def hidden_entries() -> Q:
    """A Q over index entries: those of hidden records, by their keys (`hidden`)."""
    by_kind: dict[str, list[int]] = {}
    for kind, pk in sorted(hidden()):
        by_kind.setdefault(kind, []).append(pk)
    return _by_kind(by_kind)


def any_shown(entries) -> bool:
    """Whether a queryset of index entries holds one a visitor may see."""
    keys = hidden()
    return any(row not in keys for row in entries.values_list("kind", "record_id")[: len(keys) + 1])
