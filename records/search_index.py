"""The search index's tables as models: SearchEntry, one per indexed plan, insight, partner
or blog, and on SQLite SearchText, its words in an FTS5 table. The database owns both
(migration 0003_search_entries creates them; managed = False here); records.search writes,
matches and ranks them. records.models imports them, so that they load with the app's models.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import connection, models
from django.db.models import Q

from .enums import SearchKind


class IndexedRecord(models.ForeignObject):
    """The record a search entry of `kind` indexes: joined on the record's primary key and the
    entry's kind, so that a record's `search_entries` are its own and not those of another
    kind's record with the same id. No column of its own (the entry's record_id holds the
    key), no database constraint, and deleting a record leaves its entry to
    records.search.entries."""

    def __init__(self, to, kind, **kwargs):
        self.kind = kind
        kwargs.update(
            on_delete=models.DO_NOTHING,
            from_fields=["record_id"],
            to_fields=["id"],
            related_name="search_entries",
        )
        super().__init__(to, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        for key in ("on_delete", "from_fields", "to_fields", "related_name"):
            kwargs.pop(key, None)
        return name, path, args, {**kwargs, "kind": self.kind}

    def get_extra_restriction(self, alias, related_alias):
        kind = self.model._meta.get_field("kind")
        return kind.get_lookup("exact")(kind.get_col(related_alias), self.kind)


class SearchEntry(models.Model):
    """The search index's entry of one plan, insight, partner or blog, written by
    records.search.entries and matched and ranked by records.search.engine.

    A table the database owns (created by the migrations, unmanaged here): on PostgreSQL it
    holds each entry's text search configuration and weighted tsvector; on SQLite the words are
    in SearchText, an FTS5 table keyed by the entry's id."""

    kind = models.CharField(max_length=10, choices=SearchKind)
    record_id = models.BigIntegerField(help_text="The primary key of the record indexed.")
    plan = IndexedRecord("records.LearningPlan", SearchKind.PLAN)
    insight = IndexedRecord("records.Insight", SearchKind.INSIGHT)
    partner = IndexedRecord("records.Partner", SearchKind.PARTNER)
    blog = IndexedRecord("records.Blog", SearchKind.BLOG)
    if connection.vendor == "postgresql":
        # The record's language as a regconfig (english...): each has its GIN index. The
        # words are stemmed in Python (records.search.analysis), not by the configuration.
        config = models.CharField(max_length=20)
        # Title weighted A, insights B, body C.
        vector = SearchVectorField()

    class Meta:
        managed = False
        db_table = "records_search"
        verbose_name_plural = "search entries"
        constraints = [
            # Written by record and kind (an upsert); read from a record's side by a join. Not
            # led by the kind: SQLite would then read a kind's entries first and match each
            # one's words apart, where one MATCH finds them all.
            models.UniqueConstraint(fields=["record_id", "kind"], name="search_entry_once"),
            models.CheckConstraint(
                condition=Q(kind__in=SearchKind.values), name="search_entry_kind_valid"
            ),
        ]

    def __str__(self):
        return f"{self.kind} {self.record_id}"

    @staticmethod
    def kind_of(model) -> str:
        """The SearchKind of `model`'s entries."""
        return model._meta.get_field("search_entries").field.kind


class SearchText(models.Model):
    """SQLite: the words of a search entry as records.search.analysis writes them (folded,
    stemmed), in an FTS5 table (unicode61) whose rowid is the entry's id. bm25 weighs the
    title, the insights and the body in that order (records.search.sqlite)."""

    entry = models.OneToOneField(
        SearchEntry,
        primary_key=True,
        on_delete=models.DO_NOTHING,
        db_column="rowid",
        related_name="text",
    )
    title = models.TextField()
    insights = models.TextField()
    body = models.TextField()

    class Meta:
        managed = False
        db_table = "records_search_text"

    def __str__(self):
        return self.title
