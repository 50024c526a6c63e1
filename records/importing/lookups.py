"""The ids an import run writes its rows against, each read from the database once per run:
countries, SDGs, the tags of each facet, partners under all their names, the slugs taken, and
the plans and blogs already keyed.

A row created while importing a file is staged, and joins the lookups only once that file's
transaction committed (`commit()`); a file that fails is `discard()`ed, so no later file
points at a row that was rolled back.

Another run may write at the same time: before a row is created, the database is asked once
more whether it has it now (`Staged.find`, `slug_for`), so two runs at once share their new
tags, partners, records and slugs instead of failing on a unique constraint.
"""

from __future__ import annotations

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

from ..slugs import unique_slug
from .columns import fit
from .country_offices import country_key
from .tag_spelling import tag_key

# The plan's tag facets; each has its own tag model, so "press" the data source and "press"
# the theme stay two tags.
TAG_FACETS = ("thematic_areas", "methods", "data_sources")
# The archive's placeholder for "no country": not worth a warning.
NO_COUNTRY = {"null island"}
SECTORS = frozenset(Sector.values)  # read once: Sector.values builds a new list on each call


def tag_model(facet: str):
    return LearningPlan._meta.get_field(facet).remote_field.model


class Staged:
    """A key → id mapping whose new entries wait for their file to commit; a key it does not
    know is looked for with `find` (key → id or None), in case another run wrote it since."""

    def __init__(self, known: dict, find):
        self.known = known
        self.find = find
        self.pending: dict = {}

    def get(self, key):
        found = self.pending.get(key) or self.known.get(key)
        if found is None:
            found = self.find(key)
            if found is not None:
                self.known[key] = found
        return found

    def stage(self, key, value) -> None:
        self.pending[key] = value

    def commit(self) -> None:
        self.known.update(self.pending)
        self.pending.clear()

    def discard(self) -> None:
        self.pending.clear()


def finder(rows, field: str, value: str = "pk"):
    """key → `value` of the row of the queryset `rows` whose `field` is the key, or None: one
    query, by the field's unique index."""

    def find(key):
        return rows.filter(**{field: key}).values_list(value, flat=True).first()

    return find


def tag_ids_by_key(model) -> tuple[dict[str, int], set[str]]:
    """`tag_key` of every slug and alias → tag id; and the slugs and aliases themselves."""
    ids: dict[str, int] = {}
    spellings: set[str] = set()
    for pk, slug, aliases in model.objects.values_list("pk", "slug", "aliases"):
        for spelling in [slug, *aliases]:
            ids.setdefault(tag_key(spelling), pk)
            spellings.add(spelling)
    return ids, spellings


class Lookups:
    """Finds (and for tags and partners creates) the rows an import run refers to."""

    def __init__(self):
        self.countries: dict[str, str] = {}  # any spelling, casefolded → ISO code
        for code, name, aliases in Country.objects.values_list("code", "name", "aliases"):
            for spelling in [code, name, *aliases]:
                self.countries[spelling.casefold()] = code
        # Every name and alias in the form of a URL's country office ("north-macedonia").
        self.country_keys = {country_key(s): code for s, code in self.countries.items()}
        self.sdgs = set(SDG.objects.values_list("number", flat=True))
        self.tags: dict[str, Staged] = {}
        self.tag_spellings: dict[str, set[str]] = {}  # slugs and aliases known, per facet
        for facet in TAG_FACETS:
            ids, self.tag_spellings[facet] = tag_ids_by_key(tag_model(facet))
            # A key this run has not seen is looked for by slug in `tag_ids` (another run's).
            self.tags[facet] = Staged(ids, lambda key: None)
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
        self.slugs = {
            model: set(model.objects.values_list("slug", flat=True))
            for model in (LearningPlan, Blog, Partner)
        }

    def commit(self) -> None:
        """The current file's transaction committed: its new rows become known to later files."""
        for staged in self.staged():
            staged.commit()

    def discard(self) -> None:
        """The current file wrote nothing: forget the rows it staged."""
        for staged in self.staged():
            staged.discard()

    def staged(self) -> list[Staged]:
        return [*self.tags.values(), self.partners, self.plans, self.blogs]

    # -- reference data -----------------------------------------------------------------

    def country_codes(self, names: list[str], warnings: list[str]) -> list[str]:
        """The ISO codes of these country names, once each, in order; an unknown name is a
        warning."""
        codes = []
        for name in names:
            code = self.countries.get(name.casefold())
            if code:
                codes.append(code)
            elif name.casefold() not in NO_COUNTRY:
                warnings.append(f"unknown country {name!r}")
        return list(dict.fromkeys(codes))

    def sdg_numbers(self, numbers: list[int]) -> list[int]:
        """Those of these numbers that name an SDG."""
        return [n for n in numbers if n in self.sdgs]

    def tag_ids(self, facet: str, names: list[str]) -> list[int]:
        """The ids of the facet's tags of these names, once each, matched on `tag_key` (case,
        hyphens, accents and plurals aside: "In-depth interview" and "in depth interviews" are
        one); a new name becomes a tag, a new spelling of a known tag one of its aliases."""
        model = tag_model(facet)
        ids = []
        for name in names:
            name = fit(model, "name", name, [])
            key, slug = tag_key(name), model().slugify(name)[:100]
            if not (key and slug):
                continue
            pk = self.tags[facet].get(key)
            if pk is not None:
                self._add_spelling(facet, pk, slug)
            else:
                found = model.objects.filter(slug=slug).values_list("pk", flat=True).first()
                pk = found or model.objects.create(name=name, slug=slug).pk
                self.tags[facet].stage(key, pk)
                self.tag_spellings[facet].add(slug)
            ids.append(pk)
        return list(dict.fromkeys(ids))

    def _add_spelling(self, facet: str, pk: int, spelling: str) -> None:
        """Record a spelling of tag `pk` it has not had among its aliases (staff see them)."""
        spellings = self.tag_spellings[facet]
        if not spelling or spelling in spellings:
            return
        spellings.add(spelling)
        tag = tag_model(facet).objects.get(pk=pk)
        if spelling != tag.slug and spelling not in tag.aliases:
            tag.aliases = [*tag.aliases, spelling]
            tag.save(update_fields=["aliases"])

    def partner_id(self, name: str, sector: str, warnings: list[str]) -> int | None:
        """The partner a plan names, None for a name with no letters or digits. A new name
        becomes a partner; a known partner of unknown sector takes the plan's sector for it
        (a sector staff chose stays)."""
        key = partner_key(name)
        if not key:
            return None
        sector = sector if sector in SECTORS else Sector.UNKNOWN
        partner_id = self.partners.get(key)
        if partner_id is None:
            name = fit(Partner, "name", name, warnings)
            partner = Partner.objects.create(
                name=name, slug=self.slug_for(Partner, name), sector=sector
            )
            PartnerAlias.objects.create(partner=partner, key=fit(PartnerAlias, "key", key, []))
            partner_id = partner.pk
            self.partners.stage(key, partner_id)
        elif sector != Sector.UNKNOWN:
            Partner.objects.filter(pk=partner_id, sector=Sector.UNKNOWN).update(sector=sector)
        return partner_id

    def slug_for(self, model, title: str) -> str:
        """A slug for a new `model` row that no row has nor any row of this run took."""
        while True:
            slug = unique_slug(model, title, self.slugs[model])
            # unique_slug added it to the slugs this run knows: the loop tries the next one.
            if not model.objects.filter(slug=slug).exists():
                return slug

    # -- records already imported -------------------------------------------------------

    def plan_id(self, key: str) -> int | None:
        return self.plans.get(key)

    def blog_id(self, key: str) -> int | None:
        return self.blogs.get(key)

    def remember_plan(self, key: str, pk: int) -> None:
        self.plans.stage(key, pk)

    def remember_blog(self, key: str, pk: int) -> None:
        self.blogs.stage(key, pk)
