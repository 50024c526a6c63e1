"""The search index's entries (records.models.SearchEntry): one per plan, insight, partner and
blog, found by its kind and its record's id, kept in step with every write.

- post_save and post_delete of the four models write or remove their entries (connected in
  RecordsConfig.ready). A plan's entry holds its insights: the importer, which writes them in
  bulk (no signal), writes the `plan_entries` of the plan and of the insights it holds once
  they are written; the admin saves the plan after its inline rows
  (records.admin.edits.mark_edited).
- `rebuild()` (manage.py rebuild_search_index) writes every entry afresh.
- The words of every entry written are counted for spelling suggestions
  (records.search.word_counts).

What each entry holds, prepared here for both databases: title, insights and body (weighted
in that order) with typographic apostrophes made straight, and the language whose stemming
applies. A plan: its title, its insights, and its search_document (title, answers,
insights); an insight: its text, in its plan's language; a partner: its name; a blog: its
title and its body.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from django.db import connections
from django.db.models.signals import post_delete, post_save

from ..enums import TextLanguage
from ..models import Blog, Insight, LearningPlan, Partner
from ..search_index import SearchEntry
from . import analysis, postgres, sqlite, word_counts
from .query import fold_apostrophes

INDEXED = (LearningPlan, Insight, Partner, Blog)
BATCH = 500


@dataclass(frozen=True)
class Entry:
    """An entry as the backends write it."""

    kind: str
    record_id: int
    language: str
    title: str
    insights: str
    body: str


def backend(using="default"):
    return postgres if connections[using].vendor == "postgresql" else sqlite


def _entry(model, pk, language, title="", insights="", body="") -> Entry:
    texts = (fold_apostrophes(text) for text in (title, insights, body))
    return Entry(SearchEntry.kind_of(model), pk, language, *texts)


def plan_entries(plan, insights) -> list[Entry]:
    texts = [insight.text for insight in insights]
    entries = [
        _entry(
            LearningPlan, plan.pk, plan.language, plan.title, "\n".join(texts), plan.search_document
        )
    ]
    entries += [_entry(Insight, i.pk, plan.language, insights=i.text) for i in insights]
    return entries


def blog_entry(blog) -> Entry:
    return _entry(Blog, blog.pk, blog.language, blog.title, body=blog.body)


def partner_entry(partner) -> Entry:
    return _entry(Partner, partner.pk, TextLanguage.OTHER, partner.name)


def write(entries: list[Entry], using="default") -> None:
    """Write `entries` in place of those of the same records, and count their words; of two
    entries of one record (a partner renamed after its entry was made), the later."""
    entries = list({(entry.kind, entry.record_id): entry for entry in entries}.values())
    spellings: dict[tuple[str, int], set[str]] = {}

    def cut() -> Iterator[tuple[analysis.Cut, analysis.Cut, analysis.Cut]]:
        """Each entry's title, insights and body cut into their words, once for the index
        and the vocabulary: the backend writes their words, one entry at a time, and their
        spellings are kept for the counts."""
        for entry in entries:
            texts = tuple(map(analysis.cut, (entry.title, entry.insights, entry.body)))
            spellings[entry.kind, entry.record_id] = word_counts.spellings(texts)
            yield texts

    backend(using).write(entries, cut(), using)
    word_counts.count(spellings, using)


def settle(using="default") -> None:
    """Make the entries written so far as quick to search as the rest (after an import or a
    rebuild, which write many; records.search.postgres.settle)."""
    backend(using).settle(using)


def index_plan(plan, using="default") -> None:
    """Write the entries of `plan` and of its insights."""
    insights = list(plan.insights.using(using).order_by("position", "pk"))
    write(plan_entries(plan, insights), using)


def _on_save(sender, instance, using="default", raw=False, **kwargs):
    if raw:  # loading fixtures: rebuild_search_index indexes them
        return
    if sender is LearningPlan:
        index_plan(instance, using)
    elif sender is Insight:
        plan = instance.plan
        write([_entry(Insight, instance.pk, plan.language, insights=instance.text)], using)
    elif sender is Blog:
        write([blog_entry(instance)], using)
    else:
        write([partner_entry(instance)], using)


def _on_delete(sender, instance, using="default", **kwargs):
    kind = SearchEntry.kind_of(sender)
    backend(using).delete(kind, [instance.pk], using)
    word_counts.uncount(kind, [instance.pk], using)


def connect() -> None:
    """Keep the index in step with saves and deletes (RecordsConfig.ready calls this)."""
    for model in INDEXED:
        uid = f"search:{model._meta.label}"
        post_save.connect(_on_save, sender=model, dispatch_uid=uid)
        post_delete.connect(_on_delete, sender=model, dispatch_uid=uid)


def _batches(queryset):
    """`queryset` in batches of BATCH rows, by primary key."""
    last = 0
    while batch := list(queryset.filter(pk__gt=last).order_by("pk")[:BATCH]):
        yield batch
        last = batch[-1].pk


def rebuild(using="default") -> int:
    """Empty the index and write every entry again; returns the number of entries."""
    backend(using).clear(using)
    word_counts.clear(using)
    count = 0
    plans = LearningPlan.objects.using(using).prefetch_related("insights")
    for batch in _batches(plans):
        entries = [e for plan in batch for e in plan_entries(plan, list(plan.insights.all()))]
        write(entries, using)
        count += len(entries)
    for queryset, entry in ((Blog.objects, blog_entry), (Partner.objects, partner_entry)):
        for batch in _batches(queryset.using(using)):
            write([entry(record) for record in batch], using)
            count += len(batch)
    settle(using)
    return count
