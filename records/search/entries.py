"""The search index's entries: one per plan, insight, partner and blog, keyed by its model
and primary key, kept in step with every write.

- post_save and post_delete of the four models write or remove their entries (connected in
  RecordsConfig.ready). A plan's entry holds its insights: the importer, which writes them in
  bulk (no signal), calls `index_plan` once they are written; the admin saves the plan after
  its inline rows (records.admin.edits.mark_edited).
- `rebuild()` (manage.py rebuild_search_index) writes every entry afresh.
- The words of every entry written are counted for spelling suggestions
  (records.search.word_counts).

What each entry holds: title, insights and body (weighted in that order) and the language
whose stemming applies. A plan: its title, its insights, and its search_document (title,
answers, insights); an insight: its text, in its plan's language; a partner: its name; a
blog: its title and its body.
"""

from django.db import connections
from django.db.models.signals import post_delete, post_save

from ..enums import TextLanguage
from ..models import Blog, Insight, LearningPlan, Partner
from . import postgres, sqlite, word_counts
from .query import fold_apostrophes

# key = pk * KINDS + the model's number: one key space for the four models.
KINDS = 8
KIND = {LearningPlan: 1, Insight: 2, Partner: 3, Blog: 4}
# The index's table on either database (migration 0011).
TABLE = "records_search"
BATCH = 500


def backend(using="default"):
    return postgres if connections[using].vendor == "postgresql" else sqlite


def key(model, pk: int) -> int:
    return pk * KINDS + KIND[model]


def _row(model, pk, language, title="", insights="", body=""):
    texts = (fold_apostrophes(text) for text in (title, insights, body))
    return (key(model, pk), language, *texts)


def plan_rows(plan, insights) -> list[tuple]:
    texts = [insight.text for insight in insights]
    rows = [
        _row(
            LearningPlan, plan.pk, plan.language, plan.title, "\n".join(texts), plan.search_document
        )
    ]
    rows += [_row(Insight, i.pk, plan.language, insights=i.text) for i in insights]
    return rows


def blog_row(blog) -> tuple:
    return _row(Blog, blog.pk, blog.language, blog.title, body=blog.body)


def partner_row(partner) -> tuple:
    return _row(Partner, partner.pk, TextLanguage.OTHER, partner.name)


def _write(rows, using="default") -> None:
    with connections[using].cursor() as cursor:
        backend(using).write(cursor, rows)
    word_counts.count(rows, using)


def index_plan(plan, using="default") -> None:
    """Write the entries of `plan` and of its insights."""
    _write(plan_rows(plan, list(plan.insights.using(using).order_by("position", "pk"))), using)


def _on_save(sender, instance, using="default", raw=False, **kwargs):
    if raw:  # loading fixtures: rebuild_search_index indexes them
        return
    if sender is LearningPlan:
        index_plan(instance, using)
    elif sender is Insight:
        plan = instance.plan
        _write([_row(Insight, instance.pk, plan.language, insights=instance.text)], using)
    elif sender is Blog:
        _write([blog_row(instance)], using)
    else:
        _write([partner_row(instance)], using)


def _on_delete(sender, instance, using="default", **kwargs):
    with connections[using].cursor() as cursor:
        backend(using).delete(cursor, [key(sender, instance.pk)])
    word_counts.uncount([key(sender, instance.pk)], using)


def connect() -> None:
    """Keep the index in step with saves and deletes (RecordsConfig.ready calls this)."""
    for model in KIND:
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
    with connections[using].cursor() as cursor:
        backend(using).clear(cursor)
    word_counts.clear(using)
    count = 0
    plans = LearningPlan.objects.using(using).prefetch_related("insights")
    for batch in _batches(plans):
        rows = [row for plan in batch for row in plan_rows(plan, list(plan.insights.all()))]
        _write(rows, using)
        count += len(rows)
    for queryset, row in ((Blog.objects, blog_row), (Partner.objects, partner_row)):
        for batch in _batches(queryset.using(using)):
            _write([row(record) for record in batch], using)
            count += len(batch)
    return count
