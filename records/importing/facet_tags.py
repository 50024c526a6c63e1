"""The tags of a plan's facets during an import run: matched on their spelling family's key
(`tag_key`), then by the rules of records.tag_names (hyphens and spaces, translations,
misspellings); a new name made a tag, a new spelling of a known tag kept among its aliases."""

from __future__ import annotations

from records.models import LearningPlan

from ..tag_names import Vocabulary, tag_key, unknown_words
from .columns import cut_to_column
from .staged import Staged, find_none

# The plan's tag facets; each has its own tag model, so "press" the data source and "press"
# the theme stay two tags.
TAG_FACETS = ("thematic_areas", "methods", "data_sources")


def tag_model(facet: str):
    return LearningPlan._meta.get_field(facet).remote_field.model


def tag_ids_by_key(model) -> tuple[dict[str, int], set[str], Vocabulary]:
    """`tag_key` of every slug and alias → tag id; the slugs and aliases themselves; and the
    vocabulary of them all."""
    ids: dict[str, int] = {}
    spellings: set[str] = set()
    vocabulary = Vocabulary()
    for pk, slug, aliases in model.objects.values_list("pk", "slug", "aliases"):
        for spelling in [slug, *aliases]:
            ids.setdefault(tag_key(spelling), pk)
            spellings.add(spelling)
            vocabulary.add(spelling, pk)
    return ids, spellings, vocabulary


class FacetTags:
    """Each facet's tags by key, read once per run; new ones staged until their file is written."""

    def __init__(self):
        self.staged: dict[str, Staged] = {}
        self.spellings: dict[str, set[str]] = {}  # slugs and aliases known, per facet
        self.vocabularies: dict[str, Vocabulary] = {}
        self.spellings_of: dict[tuple[str, str], tuple[str, str, str]] = {}  # see _spelled
        # The tags this run inserted, by id: they take a better spelling met later.
        self.created: dict[str, dict[int, object]] = {facet: {} for facet in TAG_FACETS}
        for facet in TAG_FACETS:
            ids, self.spellings[facet], self.vocabularies[facet] = tag_ids_by_key(tag_model(facet))
            # A key this run has not seen is looked for by slug in `ids` (another run's).
            self.staged[facet] = Staged(ids, find_none)

    def ids(self, facet: str, names: list[str]) -> list[int]:
        """The ids of the facet's tags of these names, once each, matched on `tag_key` (case,
        hyphens, accents and plurals aside: "In-depth interview" and "in depth interviews" are
        one), then by the vocabulary's rules ("fintech" / "fin-tech", "agua" / "water",
        "enviroment" / "environment"); a new name becomes a tag, a new spelling of a known tag
        one of its aliases. Costs a query for the slugs of the names this run has not seen,
        and one insert of the new tags."""
        model = tag_model(facet)
        spelled = []  # (name, key, slug) of each name that makes a tag
        for name, key, slug in (self._spelled(facet, name) for name in names):
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
        vocabulary = self.vocabularies[facet]
        for name, key, slug in spelled:
            if key in tags:
                self._add_spelling(facet, tags[key], slug)
                continue
            if slug not in by_slug and (known := self._variant_of(facet, name, tags)):
                tags[key] = known
                self._add_spelling(facet, self._better_name(facet, known, name, slug), slug)
            else:
                if slug not in by_slug:
                    by_slug[slug] = model(name=name, slug=slug)
                    new.append(by_slug[slug])
                tags[key] = by_slug[slug]
                self.spellings[facet].add(slug)
            vocabulary.add(name, None)
        if new:
            model.objects.bulk_create(new)
            self.created[facet].update((tag.pk, tag) for tag in new)
        ids = {key: tag if isinstance(tag, int) else tag.pk for key, tag in tags.items()}
        for key in unseen_keys:
            self.staged[facet].stage(key, ids[key])
        return list(dict.fromkeys(ids[key] for _, key, _ in spelled))

    def _spelled(self, facet: str, name: str) -> tuple[str, str, str]:
        """(name cut to its column, its `tag_key`, its slug): worked out once per run for a name
        that comes back (the tags of most plans do)."""
        found = self.spellings_of.get((facet, name))
        if found is None:
            model = tag_model(facet)
            cut = cut_to_column(model, "name", name, [])
            found = (cut, tag_key(cut), model().slugify(cut)[:100])
            self.spellings_of[facet, name] = found
        return found

    def _variant_of(self, facet: str, name: str, tags: dict):
        """The tag (an id, or a tag not yet written) `name` is a spelling of by the
        vocabulary's rules, or None; a tag of a file that was not written is none."""
        match = self.vocabularies[facet].match(name)
        if match is None:
            return None
        return tags.get(match.key) or self.staged[facet].get(match.key)

    def _better_name(self, facet: str, tag, name: str, slug: str):
        """`tag`, renamed `name` (and its address `slug`, the old one kept among its aliases)
        when this run created it and `name` is the better spelling (`unknown_words`): "water"
        for a tag this run named "agua". A tag of an earlier run keeps the name staff know."""
        if isinstance(tag, int) and tag not in self.created[facet]:
            return tag
        tag = self._tag(facet, tag)
        if unknown_words(name) >= unknown_words(tag.name):
            return tag
        model = tag_model(facet)
        if tag.pk is not None and model.objects.filter(slug=slug).exists():
            return tag  # another run's tag has that address
        tag.aliases = [a for a in dict.fromkeys([*tag.aliases, tag.slug]) if a != slug]
        tag.name, tag.slug = name, slug
        self.spellings[facet].add(slug)
        if tag.pk is not None:
            tag.save(update_fields=["name", "slug", "aliases"])
        return tag

    def _add_spelling(self, facet: str, tag, spelling: str) -> None:
        """Record a spelling of `tag` (an id, or a tag not yet written) it has not had among its
        aliases (staff see them)."""
        spellings = self.spellings[facet]
        if not spelling or spelling in spellings:
            return
        spellings.add(spelling)
        tag = self._tag(facet, tag)
        if spelling != tag.slug and spelling not in tag.aliases:
            tag.aliases = [*tag.aliases, spelling]
            if tag.pk is not None:
                tag.save(update_fields=["aliases"])

    def _tag(self, facet: str, tag):
        """The tag of an id: the one this run created (one copy, however often it changes),
        else read; a tag not yet written is itself."""
        if not isinstance(tag, int):
            return tag
        return self.created[facet].get(tag) or tag_model(facet).objects.get(pk=tag)
