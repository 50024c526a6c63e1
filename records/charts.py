"""Horizontal bar charts drawn as SVG on the server: the geometry is computed here, the
template only writes it out. Each bar may stack several series (plans and closing reports).
"""

from dataclasses import dataclass, field

WIDTH = 400  # viewBox units: the SVG scales to its column, at most 32rem (site.css)
LABEL_HEIGHT = 18
BAR_HEIGHT = 14
ROW_GAP = 10
NUMBER_SPACE = 48  # room right of the longest bar for its number


@dataclass
class Segment:
    series: int
    x: float
    width: float


@dataclass
class Row:
    label: str
    values: list
    total: int
    url: str = ""
    y: float = 0
    segments: list = field(default_factory=list)
    number_x: float = 0


@dataclass
class BarChart:
    slug: str
    title: str
    series: list  # the names of the stacked series, in order
    rows: list
    height: float = 0
    width: int = WIDTH


def bar_chart(slug, title, series, rows):
    """A chart of `rows`, each (label, [one value per series], url or ""), bars scaled to the
    largest total."""
    chart = BarChart(slug, title, list(series), [])
    largest = max((sum(values) for _, values, _ in rows), default=0) or 1
    scale = (WIDTH - NUMBER_SPACE) / largest
    y = 0
    for label, values, url in rows:
        row = Row(label, list(values), sum(values), url, y)
        x = 0
        for index, value in enumerate(values):
            if value:
                row.segments.append(Segment(index, x, value * scale))
                x += value * scale
        row.number_x = x + 4
        chart.rows.append(row)
        y += LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP
    chart.height = y
    return chart
