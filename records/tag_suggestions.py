"""Tags of one facet (themes, methods or data sources) that are probably one, offered to staff
as merges.

The rules are records.tag_names, the same the importer folds new spellings by; this module
reads the tags for them (one query, whatever their number) and joins the pairs they find into
groups, each with its reasons. Merging keeps every spelling as an alias (records.merging).
"""

from dataclasses import dataclass

from django.db.models import Count

from .merge_suggestions import groups
from .tag_names import find_pairs, unknown_words


@dataclass
class TagSuggestion:
    tags: list  # the better spelling first (`unknown_words`), then the most used
    reasons: list[str]

    @property
    def plan_count(self) -> int:
        return sum(t.plan_count for t in self.tags)


def better_first(tag):
    return (unknown_words(tag.name), -tag.plan_count, tag.name.casefold(), tag.pk)


def tag_merge_suggestions(model) -> list[TagSuggestion]:
    """Every group of `model`'s tags that probably name one, those most plans use first."""
    rows = model.objects.annotate(plan_count=Count("tagged")).order_by("-plan_count", "pk")
    tags = {t.pk: t for t in rows}  # the most used first: a variant pairs with a bigger tag
    pairs = find_pairs((t.pk, [t.name, t.slug, *t.aliases]) for t in tags.values())
    suggestions = []
    for ids, joining in groups(pairs):
        members = sorted((tags[i] for i in ids), key=better_first)
        reasons = [f"“{tags[p.a]}” and “{tags[p.b]}”: {p.reason}." for p in joining]
        suggestions.append(TagSuggestion(members, reasons))
    suggestions.sort(key=lambda s: (-s.plan_count, s.tags[0].name.casefold()))
    return suggestions
