"""The world map of where the work is: each country's outline shaded by its published plans.

The outlines are stored on Country.map_shape (fixtures/map_shapes.py draws them from a
maintained package at build time); VIEWBOX is the coordinate space they are drawn in.
"""

from dataclasses import dataclass
from functools import lru_cache

from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import plan_counts

# The outlines' space (fixtures/map_shapes.py) cut above Antarctica, which is left out: no
# lab works there, and the inhabited world gets its room.
VIEWBOX = "-15 30 1377 600"
LEFT_OUT = ("ATA",)
# (lowest count, label) of each shade, darkest last; shade 0 is "no plan".
SHADES = ((1, "1"), (2, "2–4"), (5, "5–9"), (10, "10–19"), (20, _("20 or more")))


def shade(count: int) -> int:
    """The shade (0 to len(SHADES)) of a country with `count` plans."""
    return sum(count >= lowest for lowest, _ in SHADES)


@dataclass
class MapCountry:
    country: object
    count: int


@lru_cache(maxsize=1024)
def outline(code: str, name: str, shape: str, count: int, language: str) -> str:
    """A country's outline, shaded; with plans, a link to them that names the count, in
    `language` (the active one, which the address and the words depend on).

    Kept per process for the same arguments: a page after a write redraws only the countries
    whose count changed, rather than escaping every outline and reversing a URL a country
    each time."""
    if not count:
        return format_html('<path class="shade-0" d="{}" aria-hidden="true"/>', shape)
    return format_html(
        '<a href="{}" aria-label="{}"><path class="shade-{}" d="{}">'
        "<title>{}: {}</title></path></a>",
        reverse("records:country", args=[code.lower()]),
        ngettext("%(name)s: %(counter)d plan", "%(name)s: %(counter)d plans", count)
        % {"name": name, "counter": count},
        shade(count),
        shape,
        name,
        count,
    )


def world_map():
    """{"viewbox", "outlines": the SVG of every country, those with plans last (drawn on
    top), "ranked": [MapCountry] the countries with plans, most first, "legend":
    [(shade, label)], "total": how many}."""
    rows = [
        MapCountry(country, country.plan_count)
        for country in plan_counts.countries(with_shape=True)
        .exclude(map_shape="")
        .exclude(code__in=LEFT_OUT)
    ]
    rows.sort(key=lambda row: row.count > 0)
    language = translation.get_language()
    outlines = (
        outline(r.country.code, str(r.country), r.country.map_shape, r.count, language)
        for r in rows
    )
    return {
        "viewbox": VIEWBOX,
        "outlines": mark_safe("\n".join(outlines)),
        "ranked": sorted((r for r in rows if r.count), key=lambda r: (-r.count, r.country.name)),
        "legend": [(number, label) for number, (_, label) in enumerate(SHADES, 1)],
        "total": sum(row.count > 0 for row in rows),
    }
