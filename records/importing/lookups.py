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

from collections import defaultdict

from django.db import connection

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

from ..search import entries
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
    """A key → id mapping whose new entries wait for their file to commit; keys it does not
    know are looked for with `find` (keys → {key: id}), in case another run wrote them since."""

    def __init__(self, known: dict, find):
        self.known = known
        self.find = find
        self.pending: dict = {}

    def get(self, key):
        return self.get_many([key]).get(key)

    def get_many(self, keys) -> dict:
        """key → id of those of `keys` known, staged, or found by one `find` of the others."""
        found, unseen = {}, []
        for key in keys:
            value = self.pending.get(key) or self.known.get(key)
            if value is None:
                unseen.append(key)
            else:
                found[key] = value
        if unseen:
            written = self.find(unseen)
            self.known.update(written)
            found.update(written)
        return found

    def stage(self, key, value) -> None:
        self.pending[key] = value

    def commit(self) -> None:
        self.known.update(self.pending)
        self.pending.clear()

    def discard(self) -> None:
        self.pending.clear()


def finder(rows, field: str, value: str = "pk"):
    """keys → {key: `value`} of the rows of the queryset `rows` whose `field` is one of the
    keys: one query, by the field's unique index."""

    def find(keys):
        return dict(rows.filter(**{f"{field}__in": keys}).order_by().values_list(field, value))

    return find


def find_none(keys) -> dict:
    return {}


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
            self.tags[facet] = Staged(ids, find_none)
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
        one); a new name becomes a tag, a new spelling of a known tag one of its aliases.
        Costs a query for the slugs of the names this run has not seen, and one insert of the
        new tags."""
        model = tag_model(facet)
        spelled = []  # (name, key, slug) of each name that makes a tag
        for name in names:
            name = fit(model, "name", name, [])
            key, slug = tag_key(name), model().slugify(name)[:100]
            if key and slug:
                spelled.append((name, key, slug))
        tags = self.tags[facet].get_many(key for _, key, _ in spelled)  # key → id or new tag
        unseen_keys = {key: slug for _, key, slug in spelled if key not in tags}
        unseen = list(unseen_keys.values())
        by_slug = {}  # slug → id or new tag
        if unseen:
            by_slug = dict(
                model.objects.filter(slug__in=unseen).order_by().values_list("slug", "pk")
            )
        new = []
        for name, key, slug in spelled:
            if key in tags:
                self._add_spelling(facet, tags[key], slug)
                continue
            if slug not in by_slug:
                by_slug[slug] = model(name=name, slug=slug)
                new.append(by_slug[slug])
            tags[key] = by_slug[slug]
            self.tag_spellings[facet].add(slug)
        if new:
            model.objects.bulk_create(new)
        ids = {key: tag if isinstance(tag, int) else tag.pk for key, tag in tags.items()}
        for key in unseen_keys:
            self.tags[facet].stage(key, ids[key])
        return list(dict.fromkeys(ids[key] for _, key, _ in spelled))

    def _add_spelling(self, facet: str, tag, spelling: str) -> None:
        """Record a spelling of `tag` (an id, or a tag not yet written) it has not had among its
        aliases (staff see them)."""
        spellings = self.tag_spellings[facet]
        if not spelling or spelling in spellings:
            return
        spellings.add(spelling)
        written = isinstance(tag, int)
        if written:
            tag = tag_model(facet).objects.get(pk=tag)
        if spelling != tag.slug and spelling not in tag.aliases:
            tag.aliases = [*tag.aliases, spelling]
            if written:
                tag.save(update_fields=["aliases"])

    def partner_ids(self, mentions: list[tuple[str, str]], warnings: list[str]) -> list[int | None]:
        """The partners these (name, sector) pairs name, in order; None for a name with no
        letters or digits. A new name becomes a partner; a partner of unknown sector takes the
        first sector the pairs give it (a sector staff chose stays). Costs a query for the
        names this run has not seen, and the writes of the new partners."""
        keys = [partner_key(name) for name, _ in mentions]
        names: dict[str, str] = {}  # key → the first name written so
        sectors: dict[str, str] = {}  # key → the first known sector given it
        for key, (name, sector) in zip(keys, mentions, strict=True):
            if key:
                names.setdefault(key, name)
                if sector in SECTORS and sector != Sector.UNKNOWN:
                    sectors.setdefault(key, sector)
        ids = self.partners.get_many(names)
        new = [key for key in names if key not in ids]
        ids.update(self._create_partners({key: names[key] for key in new}, sectors, warnings))
        updates = defaultdict(list)  # sector → the known partners it may fill in
        for key, sector in sectors.items():
            if key not in new:
                updates[sector].append(ids[key])
        for sector, pks in updates.items():
            Partner.objects.filter(pk__in=pks, sector=Sector.UNKNOWN).update(sector=sector)
        return [ids[key] if key else None for key in keys]

    def _create_partners(
        self, names: dict[str, str], sectors: dict[str, str], warnings: list[str]
    ) -> dict[str, int]:
        """Write a partner, its alias and its search entry for each key → name; returns
        key → id."""
        if not names:
            return {}
        titles = [fit(Partner, "name", name, warnings) for name in names.values()]
        partners = [
            Partner(name=title, slug=slug, sector=sectors.get(key, Sector.UNKNOWN))
            for key, title, slug in zip(names, titles, self.slugs_for(Partner, titles), strict=True)
        ]
        Partner.objects.bulk_create(partners)
        PartnerAlias.objects.bulk_create(
            PartnerAlias(partner=partner, key=fit(PartnerAlias, "key", key, []))
            for key, partner in zip(names, partners, strict=True)
        )
        with connection.cursor() as cursor:
            entries.backend().write(cursor, [entries.partner_row(p) for p in partners])
        for key, partner in zip(names, partners, strict=True):
            self.partners.stage(key, partner.pk)
        return {key: partner.pk for key, partner in zip(names, partners, strict=True)}

    def slug_for(self, model, title: str) -> str:
        """A slug for a new `model` row that no row has nor any row of this run took."""
        return self.slugs_for(model, [title])[0]

    def slugs_for(self, model, titles: list[str]) -> list[str]:
        """`slug_for` of each title, the slugs all different: one query, unless another run
        took one meanwhile."""
        slugs = [unique_slug(model, title, self.slugs[model]) for title in titles]
        while taken := set(
            model.objects.filter(slug__in=slugs).order_by().values_list("slug", flat=True)
        ):
            # unique_slug added them to the slugs this run knows: it gives the next one.
            slugs = [
                unique_slug(model, title, self.slugs[model]) if slug in taken else slug
                for slug, title in zip(slugs, titles, strict=True)
            ]
        return slugs

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
