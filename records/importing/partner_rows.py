"""The partners of an import run: found under all their names (`PartnerAlias` keys), a new
name made a partner, and a partner this run created renamed to the better spelling a later plan
gives it. New partners are staged as records.importing.lookups describes."""

from __future__ import annotations

from collections import defaultdict

from records.enums import Sector
from records.models import Partner, PartnerAlias
from records.partner_names import partner_key_in

from ..search import entries
from .columns import cut_to_column
from .run_slugs import RunSlugs
from .staged import Staged, StagedList, finder

SECTORS = frozenset(Sector.values)  # read once: Sector.values builds a new list on each call


def better_spelled(name: str, than: str) -> bool:
    """Whether `name` is a better spelling of a partner's name than `than` (both of one
    partner key): more of its words capitalised, as an organisation's name is ("Samoa Bureau
    of Statistics", not "Samoa Bureau of statistics"); a name all in capitals counts none."""
    return _capitalised(name) > _capitalised(than)


def _capitalised(name: str) -> int:
    words = name.split()
    if len(words) > 1 and name.isupper():  # "SAMOA BUREAU OF STATISTICS"
        return 0
    return sum(1 for word in words if word[:1].isupper())


class PartnerRows:
    """The partners by key of one import run; `place_words`: the words of countries' names."""

    def __init__(self, place_words: frozenset[str], slugs: RunSlugs, search: StagedList):
        self.staged = Staged(
            dict(PartnerAlias.objects.values_list("key", "partner_id")),
            finder(PartnerAlias.objects.all(), "key", "partner_id"),
        )
        self.place_words = place_words
        self.slugs = slugs
        self.entries = search  # the search entries of the run's new rows
        self.created: dict[int, str] = {}  # id → name of the partners this run wrote

    def key(self, name: str, countries: list[str]) -> str:
        """The key a partner's name is matched on in a plan of these countries (ISO codes)."""
        return partner_key_in(name, countries, self.place_words)

    def ids(
        self, mentions: list[tuple[str, str]], warnings: list[str], countries: list[str] = ()
    ) -> list[int | None]:
        """The partners these (name, sector) pairs of a plan of `countries` (ISO codes) name,
        in order; None for a name with no letters or digits. A new name becomes a partner; a
        partner of unknown sector takes the first sector the pairs give it (a sector staff
        chose stays). Costs a query for the names this run has not seen, and the writes of
        the new partners."""
        keys = [self.key(name, countries) for name, _ in mentions]
        names: dict[str, str] = {}  # key → the best spelled name written so (better_spelled)
        sectors: dict[str, str] = {}  # key → the first known sector given it
        for key, (name, sector) in zip(keys, mentions, strict=True):
            if key:
                if key not in names or better_spelled(name, names[key]):
                    names[key] = name
                if sector in SECTORS and sector != Sector.UNKNOWN:
                    sectors.setdefault(key, sector)
        ids = self.staged.get_many(names)
        new = [key for key in names if key not in ids]
        self._respell({ids[key]: names[key] for key in names if key in ids})
        ids.update(self._create({key: names[key] for key in new}, sectors, warnings))
        updates = defaultdict(list)  # sector → the known partners it may fill in
        for key, sector in sectors.items():
            if key not in new:
                updates[sector].append(ids[key])
        for sector, pks in updates.items():
            Partner.objects.filter(pk__in=pks, sector=Sector.UNKNOWN).update(sector=sector)
        return [ids[key] if key else None for key in keys]

    def _respell(self, names: dict[int, str]) -> None:
        """Rename the partners of these ids this run created to the name a later plan spells
        better ("Samoa Bureau of Statistics" for "Samoa Bureau of statistics"); a partner of
        an earlier run keeps the name staff know."""
        renamed = [
            Partner(pk=pk, name=name)
            for pk, name in names.items()
            if pk in self.created and better_spelled(name, self.created[pk])
        ]
        Partner.objects.bulk_update(renamed, ["name"])
        self.created.update((partner.pk, partner.name) for partner in renamed)
        self.entries.add([entries.partner_entry(p) for p in renamed])

    def _create(
        self, names: dict[str, str], sectors: dict[str, str], warnings: list[str]
    ) -> dict[str, int]:
        """Write a partner, its alias and its search entry for each key → name; returns
        key → id."""
        if not names:
            return {}
        titles = [cut_to_column(Partner, "name", name, warnings) for name in names.values()]
        slugs = self.slugs.for_titles(Partner, titles)
        partners = [
            Partner(name=title, slug=slug, sector=sectors.get(key, Sector.UNKNOWN))
            for key, title, slug in zip(names, titles, slugs, strict=True)
        ]
        Partner.objects.bulk_create(partners)
        PartnerAlias.objects.bulk_create(
            PartnerAlias(partner=partner, key=cut_to_column(PartnerAlias, "key", key, []))
            for key, partner in zip(names, partners, strict=True)
        )
        self.entries.add([entries.partner_entry(p) for p in partners])
        for key, partner in zip(names, partners, strict=True):
            self.staged.stage(key, partner.pk)
            self.created[partner.pk] = partner.name
        return {key: partner.pk for key, partner in zip(names, partners, strict=True)}
