"""A blog's country office from its source URL: undp.org/<country>/…,
undp.org/<language>/<country>/… and the older undp.org/content/<country>/… name the office
that published it.

The archive's `[[country:]]` tag on blogs is often wrong (Null Island, "United States"); the
office in the URL is what the page itself says, so it wins over a tag naming another country.
"""

from __future__ import annotations

import urllib.parse

from ..folding import fold

# Path parts before the office: "content" (old site) and a language code ("es", "fr", "sr").
_SKIPPED = {"content"}


def office_slug(url: str) -> str:
    """The country-office part of an undp.org URL ("north-macedonia"), "" when there is none."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
    except ValueError:
        return ""
    host = (parts.hostname or "").casefold()
    if not (host == "undp.org" or host.endswith(".undp.org")):
        return ""
    segments = [s for s in parts.path.split("/") if s]
    while segments and (segments[0].casefold() in _SKIPPED or len(segments[0]) == 2):
        segments = segments[1:]
    # The office is followed by the page's own path; a bare segment is a page, not an office.
    return segments[0].casefold() if len(segments) > 1 else ""


def country_key(name: str) -> str:
    """A country name or URL slug in one comparable form: letters only, no accents, no "and".

    "Türkiye" and "turkiye", "Viet Nam" and "vietnam", "Bosnia and Herzegovina" and
    "bosnia-herzegovina", "Côte d'Ivoire" and "cote_divoire" share one key.
    """
    words = "".join(ch if ch.isalnum() else " " for ch in fold(name))
    return "".join(w for w in words.split() if w != "and")


def office_country(url: str, codes_by_key: dict[str, str]) -> str | None:
    """The ISO code of the country office named by `url`, None when it names no known one.

    `codes_by_key` maps `country_key` of every country name and alias to its code.
    """
    slug = office_slug(url)
    return codes_by_key.get(country_key(slug)) if slug else None
