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

from functools import lru_cache

from records.models import (
    SDG,
    Blog,
    Country,
    LearningPlan,
    Partner,
)
from records.partner_names import place_words
from records.search import analysis

from .country_offices import country_key
from .facet_tags import FacetTags
from .partner_rows import PartnerRows
from .run_slugs import RunSlugs
from .staged import Staged, StagedList, finder
from .waiting_links import WaitingLinks

# The archive's placeholder for "no country": not worth a warning.
NO_COUNTRY = {"null island"}


@lru_cache(maxsize=1)
def country_spellings(rows) -> tuple[dict[str, str], frozenset[str], dict[str, str]]:
    """What a run reads of the countries `rows` ((code, name, aliases) triples), worked out
    once for the same rows: any spelling, casefolded → ISO code; the words of their names,
    which a partner's name says its country by; every spelling in the form of a URL's country
    office ("north-macedonia") → ISO code. Read, never changed."""
    countries = {
        spelling.casefold(): code
        for code, name, aliases in rows
        for spelling in (code, name, *aliases)
    }
    places = place_words(s for _, name, aliases in rows for s in (name, *aliases))
    keys = {country_key(s): code for s, code in countries.items()}
    return countries, places, keys


class Lookups:
    """Finds (and for tags and partners creates) the rows an import run refers to."""

    def __init__(self):
        rows = Country.objects.values_list("code", "name", "aliases")
        self.countries, self.place_words, self.country_keys = country_spellings(
            tuple((code, name, tuple(aliases)) for code, name, aliases in rows)
        )
        self.sdgs = set(SDG.objects.values_list("number", flat=True))
        self.tags = FacetTags()
        # The source_key index is partial (no key ""): SQLite uses it only for a query that
        # repeats its condition, and would read the whole table for each new record instead.
        keyed_plans, keyed_blogs = (m.objects.exclude(source_key="") for m in (LearningPlan, Blog))
        self.plans = Staged(
            dict(keyed_plans.values_list("source_key", "pk")), finder(keyed_plans, "source_key")
        )
        self.blogs = Staged(
            dict(keyed_blogs.values_list("source_key", "pk")), finder(keyed_blogs, "source_key")
        )
        self.slugs = RunSlugs((LearningPlan, Blog, Partner))
        # The search entries of the current file's new rows, then of its batch's files.
        self.entries = StagedList()
        self.partners = PartnerRows(self.place_words, self.slugs, self.entries)
        self.waiting_links = WaitingLinks()

    def look_up(self, plans: dict, blogs: dict, partners: list, link_urls: list) -> None:
        """Ask the database once, ahead of a batch of files, for the rows it names: plans and
        blogs (key → title), partners by (name, its plan's countries), the plans' links' blogs
        (normalised URLs); with the slugs their titles would take, the links waiting for them."""
        self.plans.look_up(plans)
        self.blogs.look_up([*blogs, *link_urls])
        self.waiting_links.look_up(blogs)
        keys = (
            self.partners.key(name, self.country_codes(countries)) for name, countries in partners
        )
        self.partners.staged.look_up(filter(None, keys))
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

    def let_go(self) -> dict[str, str]:
        """Empty the lookups once the run's files are written, with the words the search index
        stemmed (records.search.analysis.forget): the joins at the run's end, which read the
        texts of the touched focal points, reuse their memory. Returns the country keys the
        end of the run still reads; the lookups serve no file after."""
        country_keys = self.country_keys
        vars(self).clear()
        analysis.forget()
        return country_keys

    def staged(self) -> list:
        return [
            *self.tags.staged.values(),
            self.partners.staged,
            self.plans,
            self.blogs,
            self.entries,
        ]

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

    def partner_ids(
        self, mentions: list[tuple[str, str]], warnings: list[str], countries: list[str] = ()
    ) -> list[int | None]:
        return self.partners.ids(mentions, warnings, countries)

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
