"""The tags of a plan's facets during an import run: matched on their spelling family's key
(`tag_key`), a new name made a tag, a new spelling of a known tag kept among its aliases."""

from __future__ import annotations

from records.models import LearningPlan

from .columns import cut_to_column
from .staged import Staged, find_none
from .tag_spelling import tag_key

# The plan's tag facets; each has its own tag model, so "press" the data source and "press"
# the theme stay two tags.
TAG_FACETS = ("thematic_areas", "methods", "data_sources")


def tag_model(facet: str):
    return LearningPlan._meta.get_field(facet).remote_field.model


def tag_ids_by_key(model) -> tuple[dict[str, int], set[str]]:
    """`tag_key` of every slug and alias → tag id; and the slugs and aliases themselves."""
    ids: dict[str, int] = {}
    spellings: set[str] = set()
    for pk, slug, aliases in model.objects.values_list("pk", "slug", "aliases"):
        for spelling in [slug, *aliases]:
            ids.setdefault(tag_key(spelling), pk)
            spellings.add(spelling)
    return ids, spellings


class FacetTags:
    """Each facet's tags by key, read once per run; new ones staged until their file is written."""

    def __init__(self):
        self.staged: dict[str, Staged] = {}
        self.spellings: dict[str, set[str]] = {}  # slugs and aliases known, per facet
        for facet in TAG_FACETS:
            ids, self.spellings[facet] = tag_ids_by_key(tag_model(facet))
            # A key this run has not seen is looked for by slug in `ids` (another run's).
            self.staged[facet] = Staged(ids, find_none)

    def ids(self, facet: str, names: list[str]) -> list[int]:
        """The ids of the facet's tags of these names, once each, matched on `tag_key` (case,
        hyphens, accents and plurals aside: "In-depth interview" and "in depth interviews" are
        one); a new name becomes a tag, a new spelling of a known tag one of its aliases.
        Costs a query for the slugs of the names this run has not seen, and one insert of the
        new tags."""
        model = tag_model(facet)
        spelled = []  # (name, key, slug) of each name that makes a tag
        for name in names:
            name = cut_to_column(model, "name", name, [])
            key, slug = tag_key(name), model().slugify(name)[:100]
            if key and slug:
                spelled.append((name, key, slug))
        tags = self.staged[facet].get_many(key for _, key, _ in spelled)  # key → id or new tag
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
            self.spellings[facet].add(slug)
        if new:
            model.objects.bulk_create(new)
        ids = {key: tag if isinstance(tag, int) else tag.pk for key, tag in tags.items()}
        for key in unseen_keys:
            self.staged[facet].stage(key, ids[key])
        return list(dict.fromkeys(ids[key] for _, key, _ in spelled))

    def _add_spelling(self, facet: str, tag, spelling: str) -> None:
        """Record a spelling of `tag` (an id, or a tag not yet written) it has not had among its
        aliases (staff see them)."""
        spellings = self.spellings[facet]
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
