"""Partners that are probably one organisation, offered to staff as merges.

The rules are records.partner_names; this module reads the partners for them (three queries,
whatever their number) and joins the pairs they find into groups, each with its reasons.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count
from django.utils.translation import gettext

from .models import Country, Partner, Partnership
from .partner_names import ACRONYM, CLOSE_SPELLING, SAME_NAME, Pair, find_pairs, place_words


@dataclass
class Suggestion:
    partners: list[Partner]  # most plans first: the one to keep, unless staff choose another
    reasons: list[str]

    @property
    def plan_count(self) -> int:
        return sum(p.plan_count for p in self.partners)


def reason(pair: Pair, a: Partner, b: Partner) -> str:
    names = {"a": a, "b": b}
    if pair.rule == SAME_NAME:
        return (
            gettext(
                "“%(a)s” and “%(b)s” differ only in case, accents, punctuation, “the” or plurals."
            )
            % names
        )
    if pair.rule == ACRONYM:
        return gettext("“%(a)s” is the acronym of “%(b)s”.") % names
    if pair.rule == CLOSE_SPELLING:
        first, second = pair.detail.split("/")
        return gettext(
            "“%(a)s” and “%(b)s” differ by one misspelt word (%(first)s / %(second)s)."
        ) % {**names, "first": first, "second": second}
    return gettext(
        "“%(a)s” and “%(b)s” are the same name once the acronym %(acronym)s is set aside."
    ) % {**names, "acronym": pair.detail}


def groups(pairs: list[Pair]) -> list[tuple[list[int], list[Pair]]]:
    """The ids `pairs` join, each group sorted, with the pairs that joined it: one fewer than
    its members, the strongest rules first (union-find over `pairs` in their order)."""
    parent: dict[int, int] = {}

    def root(i):
        while parent.setdefault(i, i) != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    joining = []
    for pair in pairs:
        a, b = root(pair.a), root(pair.b)
        if a != b:
            parent[a] = b
            joining.append(pair)
    members, joined_by = defaultdict(list), defaultdict(list)
    for i in list(parent):
        members[root(i)].append(i)
    for pair in joining:
        joined_by[root(pair.a)].append(pair)
    return [(sorted(ids), joined_by[group]) for group, ids in members.items()]


def merge_suggestions() -> list[Suggestion]:
    """Every group of partners that probably name one organisation, those most plans name
    first."""
    partners = Partner.objects.annotate(plan_count=Count("partnerships")).order_by("pk")
    partners = {p.pk: p for p in partners}  # in id order: the same pairs on every database
    countries = defaultdict(set)
    for partner_id, country in Partnership.objects.values_list("partner_id", "plan__countries"):
        if country:
            countries[partner_id].add(country)
    places = place_words(Country.objects.values_list("name", flat=True))
    pairs = find_pairs(
        ((p.pk, p.name, frozenset(countries[p.pk])) for p in partners.values()), places
    )
    suggestions = []
    for ids, joining in groups(pairs):
        members = sorted((partners[i] for i in ids), key=lambda p: (-p.plan_count, p.name, p.pk))
        reasons = [reason(pair, partners[pair.a], partners[pair.b]) for pair in joining]
        suggestions.append(Suggestion(members, reasons))
    suggestions.sort(key=lambda s: (-s.plan_count, s.partners[0].name))
    return suggestions
