"""The world map of where the work is: each country's outline shaded by its published plans.

The outlines are stored on Country.map_shape (fixtures/map_shapes.py draws them from a
maintained package at build time); VIEWBOX is the coordinate space they are drawn in.
"""

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from . import counts

# The outlines' space (fixtures/map_shapes.py) cut above Antarctica, which is left out: no
# lab works there, and the inhabited world gets its room.
VIEWBOX = "-15 30 1377 600"
LEFT_OUT = ("ATA",)
# (lowest count, label) of each shade, darkest last; shade 0 is "no plan".
SHADES = ((1, "1"), (2, "2–4"), (5, "5–9"), (10, "10–19"), (20, "20 or more"))


def shade(count: int) -> int:
    """The shade (0 to len(SHADES)) of a country with `count` plans."""
    return sum(count >= lowest for lowest, _ in SHADES)


@dataclass
class MapCountry:
    country: object
    count: int
    shade: int


def outline(row: MapCountry) -> str:
    """A country's outline, shaded; with plans, a link to them that names the count."""
    country, count = row.country, row.count
    if not count:
        return format_html('<path class="shade-0" d="{}" aria-hidden="true"/>', country.map_shape)
    return format_html(
        '<a href="{}" aria-label="{}: {} plan{}"><path class="shade-{}" d="{}">'
        "<title>{}: {}</title></path></a>",
        country.get_absolute_url(),
        country.name,
        count,
        "" if count == 1 else "s",
        row.shade,
        country.map_shape,
        country.name,
        count,
    )


def world_map():
    """{"viewbox", "countries": [MapCountry] those with plans last (drawn on top),
    "outlines": their SVG, "ranked": the countries with plans, most first,
    "legend": [(shade, label)], "total": how many}.

    The outlines are written here rather than in a template loop: some 230 countries, each
    with a dozen lookups, cost the template engine more than the rest of the home page."""
    rows = [
        MapCountry(country, country.plan_count, shade(country.plan_count))
        for country in counts.countries(with_shape=True)
        .exclude(map_shape="")
        .exclude(code__in=LEFT_OUT)
    ]
    rows.sort(key=lambda row: row.count > 0)
    return {
        "viewbox": VIEWBOX,
        "countries": rows,
        "outlines": mark_safe("\n".join(outline(row) for row in rows)),
        "ranked": sorted((r for r in rows if r.count), key=lambda r: (-r.count, r.country.name)),
        "legend": [(number, label) for number, (_, label) in enumerate(SHADES, 1)],
        "total": sum(row.count > 0 for row in rows),
    }
