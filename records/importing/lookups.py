"""The ids an import run writes its rows against, each read from the database once per run:
countries, SDGs, the tags of each facet (`FacetTags`), partners under all their names, the
slugs taken, and the plans and blogs already keyed.

A row created while importing a file is staged, and joins the lookups only once that file's
savepoint is released (`commit()`); a file that fails is `discard()`ed, so no later file
points at a row that was rolled back (a batch that cannot commit ends the run).

The search entries of the rows a file writes wait in the same way, and are written once per
batch (Importer.import_batch), so the index and its word counts are written once a batch rather than
once a record.

Another run may write at the same time: ahead of each batch of files, the database is asked
once more which of the records, partners and slugs the batch names it has now (`look_up`), and
before a row the look-up did not cover is created, whether it has that one
(`Staged.get_many`, `RunSlugs.for_titles`); so two runs at once share their new tags,
partners, records and slugs instead of failing on a unique constraint.
"""

from __future__ import annotations

from collections import defaultdict

from records.enums import Sector
from records.models import (
    SDG,
    Blog,
    Country,
    LearningPlan,
    Partner,
    PartnerAlias,
    partner_key,
)
from records.partner_names import per_country, place_words, read_name

from ..search import entries
from .columns import cut_to_column
from .country_offices import country_key
from .facet_tags import FacetTags
from .run_slugs import RunSlugs
from .staged import Staged, StagedList, finder
from .waiting_links import WaitingLinks

# The archive's placeholder for "no country": not worth a warning.
NO_COUNTRY = {"null island"}
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


class Lookups:
    """Finds (and for tags and partners creates) the rows an import run refers to."""

    def __init__(self):
        self.countries: dict[str, str] = {}  # any spelling, casefolded → ISO code
        places = []
        for code, name, aliases in Country.objects.values_list("code", "name", "aliases"):
            places += [name, *aliases]
            for spelling in [code, name, *aliases]:
                self.countries[spelling.casefold()] = code
        # The words of the countries' names, which a partner's name says its country by.
        self.place_words = place_words(places)
        # Every name and alias in the form of a URL's country office ("north-macedonia").
        self.country_keys = {country_key(s): code for s, code in self.countries.items()}
        self.sdgs = set(SDG.objects.values_list("number", flat=True))
        self.tags = FacetTags()
        self.partners = Staged(
            dict(PartnerAlias.objects.values_list("key", "partner_id")),
            finder(PartnerAlias.objects.all(), "key", "partner_id"),
        )
        # The source_key index is partial (no key ""): SQLite uses it only for a query that
        # repeats its condition, and would read the whole table for each new record instead.
        keyed_plans, keyed_blogs = (m.objects.exclude(source_key="") for m in (LearningPlan, Blog))
        self.plans = Staged(
            dict(keyed_plans.values_list("source_key", "pk")), finder(keyed_plans, "source_key")
        )
        self.blogs = Staged(
            dict(keyed_blogs.values_list("source_key", "pk")), finder(keyed_blogs, "source_key")
        )
        self.created_partners: dict[int, str] = {}  # id → name of the partners this run wrote
        self.slugs = RunSlugs((LearningPlan, Blog, Partner))
        # The search entries of the current file's new rows, then of its batch's files.
        self.entries = StagedList()
        self.waiting_links = WaitingLinks()

    def look_up(self, plans: dict, blogs: dict, partners: list, link_urls: list) -> None:
        """Ask the database once, ahead of a batch of files, for the rows it names: plans and
        blogs (key → title), partners by (name, country names of the plan naming it) and the
        blogs of the plans' links (normalised URLs); with the slugs their titles would take,
        and the links waiting for its blogs."""
        self.plans.look_up(plans)
        self.blogs.look_up([*blogs, *link_urls])
        self.waiting_links.look_up(blogs)
        keys = (
            self.partner_key(name, self.country_codes(countries)) for name, countries in partners
        )
        self.partners.look_up(filter(None, keys))
        for model, field, titles in (
            (LearningPlan, "title", plans.values()),
            (Blog, "title", blogs.values()),
            (Partner, "name", [name for name, _ in partners]),
        ):
            self.slugs.look_up(model, field, titles)

    def commit(self) -> None:
        """The current file's savepoint was released: its new rows become known to later files,
        and its search entries join the batch's."""
        for staged in self.staged():
            staged.commit()

    def discard(self) -> None:
        """The current file wrote nothing: forget the rows it staged and its search entries."""
        for staged in self.staged():
            staged.discard()

    def staged(self) -> list:
        return [*self.tags.staged.values(), self.partners, self.plans, self.blogs, self.entries]

    # -- reference data -----------------------------------------------------------------

    def country_codes(self, names: list[str], warnings: list[str] | None = None) -> list[str]:
        """The ISO codes of these country names, once each, in order; an unknown name is a
        warning added to `warnings`."""
        codes = []
        for name in names:
            code = self.countries.get(name.casefold())
            if code:
                codes.append(code)
            elif name.casefold() not in NO_COUNTRY and warnings is not None:
                warnings.append(f"unknown country {name!r}")
        return list(dict.fromkeys(codes))

    def sdg_numbers(self, numbers: list[int]) -> list[int]:
        """Those of these numbers that name an SDG."""
        return [n for n in numbers if n in self.sdgs]

    def partner_key(self, name: str, countries: list[str]) -> str:
        """The key a partner's name is matched on in a plan of these countries (ISO codes):
        `partner_key`, and for a name every country has, its words not saying which country's
        ("Ministry of Health", "UNDP CO"), the countries too, so that the plans of two
        countries never share one such partner."""
        key = partner_key(name)
        if key and countries and per_country(read_name(0, name).base, self.place_words):
            return f"{key} @{' '.join(countries).lower()}"
        return key

    def partner_ids(
        self, mentions: list[tuple[str, str]], warnings: list[str], countries: list[str] = ()
    ) -> list[int | None]:
        """The partners these (name, sector) pairs of a plan of `countries` (ISO codes) name,
        in order; None for a name with no letters or digits. A new name becomes a partner; a
        partner of unknown sector takes the first sector the pairs give it (a sector staff
        chose stays). Costs a query for the names this run has not seen, and the writes of
        the new partners."""
        keys = [self.partner_key(name, countries) for name, _ in mentions]
        names: dict[str, str] = {}  # key → the best spelled name written so (better_spelled)
        sectors: dict[str, str] = {}  # key → the first known sector given it
        for key, (name, sector) in zip(keys, mentions, strict=True):
            if key:
                if key not in names or better_spelled(name, names[key]):
                    names[key] = name
                if sector in SECTORS and sector != Sector.UNKNOWN:
                    sectors.setdefault(key, sector)
        ids = self.partners.get_many(names)
        new = [key for key in names if key not in ids]
        self._respell_partners({ids[key]: names[key] for key in names if key in ids})
        ids.update(self._create_partners({key: names[key] for key in new}, sectors, warnings))
        updates = defaultdict(list)  # sector → the known partners it may fill in
        for key, sector in sectors.items():
            if key not in new:
                updates[sector].append(ids[key])
        for sector, pks in updates.items():
            Partner.objects.filter(pk__in=pks, sector=Sector.UNKNOWN).update(sector=sector)
        return [ids[key] if key else None for key in keys]

    def _respell_partners(self, names: dict[int, str]) -> None:
        """Rename the partners of these ids this run created to the name a later plan spells
        better ("Samoa Bureau of Statistics" for "Samoa Bureau of statistics"); a partner of
        an earlier run keeps the name staff know."""
        renamed = [
            Partner(pk=pk, name=name)
            for pk, name in names.items()
            if pk in self.created_partners and better_spelled(name, self.created_partners[pk])
        ]
        for partner in renamed:
            Partner.objects.filter(pk=partner.pk).update(name=partner.name)
            self.created_partners[partner.pk] = partner.name
        self.entries.add([entries.partner_entry(p) for p in renamed])

    def _create_partners(
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
            self.partners.stage(key, partner.pk)
            self.created_partners[partner.pk] = partner.name
        return {key: partner.pk for key, partner in zip(names, partners, strict=True)}

    def slug_for(self, model, title: str) -> str:
        """A slug for a new `model` row that no row has nor any row of this run took."""
        return self.slugs.for_titles(model, [title])[0]

    # -- records already imported -------------------------------------------------------

    def plan_id(self, key: str) -> int | None:
        return self.plans.get(key)

    def blog_id(self, key: str) -> int | None:
        return self.blogs.get(key)

    def blog_ids(self, keys: list[str]) -> dict[str, int]:
        """key → id of the blogs of these keys already imported."""
        return self.blogs.get_many(keys)

    def remember_plan(self, key: str, pk: int) -> None:
        self.plans.stage(key, pk)

    def remember_blog(self, key: str, pk: int) -> None:
        self.blogs.stage(key, pk)
