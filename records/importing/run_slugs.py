"""The slugs of an import run, per model: those the database and the run have taken, and those
the last look-up of a batch found free, given without asking again."""

from __future__ import annotations

from ..slugs import slug_base, unique_slug
from .columns import cut_to_column


class RunSlugs:
    def __init__(self, models):
        self.taken = {model: set(model.objects.values_list("slug", flat=True)) for model in models}
        self.free: dict = {model: set() for model in models}

    def look_up(self, model, field: str, titles) -> None:
        """Ask once which of the slugs these titles (of `model`'s `field`) would take another
        run has taken: the others are free until the next look-up."""
        bases = {slug_base(model, cut_to_column(model, field, title, [])) for title in titles}
        bases -= self.taken[model]
        taken = set(in_database(model, bases))
        self.taken[model] |= taken
        self.free[model] = bases - taken

    def for_titles(self, model, titles: list[str]) -> list[str]:
        """A slug for a new `model` row of each title, that no row has nor any row of this run
        took, all different: a query for those the look-up did not find free, none for the
        others, and again while another run took one meanwhile."""
        slugs = [unique_slug(model, title, self.taken[model]) for title in titles]
        while taken := set(in_database(model, set(slugs) - self.free[model])):
            # unique_slug added them to the slugs this run knows: it gives the next one.
            slugs = [
                unique_slug(model, title, self.taken[model]) if slug in taken else slug
                for slug, title in zip(slugs, titles, strict=True)
            ]
        return slugs


def in_database(model, slugs: set[str]):
    """Those of `slugs` a `model` row has: one query, none for no slugs."""
    if not slugs:
        return []
    return model.objects.filter(slug__in=slugs).order_by().values_list("slug", flat=True)
