"""The words of the search index, counted (records.search.word_counts); re-exported by
records.models."""

from django.db import models

from .enums import SearchKind


class SearchWord(models.Model):
    """A word of the search index and how many of its entries hold it: the vocabulary that
    spelling suggestions come from, kept in step with the index (records.search.word_counts)."""

    spelling = models.TextField(help_text="The word as written, in lower case.")
    word = models.TextField(help_text="The spelling folded as search folds it (no accents).")
    entries = models.IntegerField(help_text="Entries of the search index holding it.")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["spelling"], name="search_word_once")]

    def __str__(self):
        return self.spelling


class SearchEntryWords(models.Model):
    """The words one entry of the search index holds, so that writing the entry again or
    deleting it changes the counts of SearchWord by what it gained or lost."""

    kind = models.CharField(max_length=10, choices=SearchKind)
    record_id = models.BigIntegerField(help_text="The primary key of the record indexed.")
    spellings = models.JSONField(default=list)

    class Meta:
        constraints = [
            # Written by an upsert on the entry's record.
            models.UniqueConstraint(fields=["kind", "record_id"], name="search_entry_words_once")
        ]

    def __str__(self):
        return f"{self.kind} {self.record_id}"
