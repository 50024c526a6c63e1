"""The plans a blog page leads to: those that link to it, and those of its country and theme.

A blog has no themes of its own. Its themes are those of the plans that link to it; a blog no
plan links to takes, of the themes of its country's published plans, those its title or
article names (words compared folded, as `records.folding` folds them). The plans of the
blog's country that share one of those themes are offered beside it, most themes in common
first. Three queries: the linking plans' themes, the country's plans with their themes, and
the cards of the plans offered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .folding import fold
from .models import LearningPlan, TaggedThematicArea
from .queries import plan_cards

# How many plans of the blog's country and theme its page offers.
RELATED_PLANS = 5
_NOT_WORD_RE = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Theme:
    name: str
    slug: str


def words_of(text: str) -> str:
    """`text` folded, its words separated by single spaces and padded by one on each side."""
    return f" {_NOT_WORD_RE.sub(' ', fold(text)).strip()} "


def named_themes(text: str, themes: list[Theme]) -> list[Theme]:
    """The themes whose name `text` holds as whole words."""
    words = words_of(text)
    return [t for t in themes if words_of(t.name).strip() and words_of(t.name) in words]


def _country_plan_themes(blog) -> dict[int, list[Theme]]:
    """Published plan id → its themes, for the plans of the blog's country."""
    rows = TaggedThematicArea.objects.filter(
        content_object__countries=blog.country_id,
        content_object__is_published=True,
    ).values_list("content_object_id", "tag__name", "tag__slug")
    themes: dict[int, list[Theme]] = {}
    for plan, name, slug in rows:
        themes.setdefault(plan, []).append(Theme(name, slug))
    return themes


def linking_themes(linking: list) -> list[Theme]:
    """The themes of the plans that link to a blog (no query when none does)."""
    if not linking:
        return []
    rows = TaggedThematicArea.objects.filter(content_object__in=linking)
    pairs = rows.values_list("tag__name", "tag__slug").distinct().order_by("tag__name")
    return [Theme(name, slug) for name, slug in pairs]


def related_plans(blog, linking: list) -> tuple[list[Theme], list]:
    """(the blog's themes, up to RELATED_PLANS plan cards of its country sharing them)."""
    themes = linking_themes(linking)
    if not blog.country_id:
        return themes, []
    by_plan = _country_plan_themes(blog)
    if not themes:
        known = {t for plan_themes in by_plan.values() for t in plan_themes}
        themes = named_themes(f"{blog.title}\n{blog.body}", sorted(known, key=lambda t: t.name))
    wanted = set(themes)
    linked = {plan.pk for plan in linking}
    shared = {
        plan: len(wanted.intersection(plan_themes))
        for plan, plan_themes in by_plan.items()
        if plan not in linked and wanted.intersection(plan_themes)
    }
    chosen = sorted(shared, key=lambda plan: (-shared[plan], -plan))[:RELATED_PLANS]
    cards = plan_cards(LearningPlan.objects.filter(pk__in=chosen)).order_by("-year", "title")
    return themes, sorted(cards, key=lambda plan: -shared[plan.pk])
