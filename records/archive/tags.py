"""Tag lines (`[[key:value]]`): the type sniff, reading them anywhere, and the header fields.

A tag may span lines (an AI summary); an unterminated one is text plus a warning. Facet values
("In-depth interviews", "in depth interviews,") are deduplicated on a folded form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from .dates import parse_date, parse_year
from .document import ParsedDocument
from .text import INVISIBLE, clean_text, collapse, shorten, unescape

T = TypeVar("T")

_TAG = re.compile(r"\[\[([A-Za-z_]+):(.*)\]\]\s*$", re.S)
_TAG_OPEN = re.compile(r"\[\[(?!type:)[A-Za-z_]+:")  # a type is one line: sniff_type reads lines
# A "[[type:" at a line start (invisible characters, which parse() drops, may precede it).
_TYPE_LINE = re.compile("(?:^|(?<=[\r\n\x0b\x0c\u2028\u2029]))" + INVISIBLE.pattern + r"*\[\[type:")
_LINE_BREAK = re.compile("[\r\n\x0b\x0c\u2028\u2029]")
_MAX_TAG_LINES = 60  # an unterminated "[[key:" must not swallow the document


def sniff_type(text: str) -> str:
    """The first [[type:]] value, without a full parse (same rules as parse())."""
    for m in _TYPE_LINE.finditer(text):
        end = _LINE_BREAK.search(text, m.end())
        tag = _TAG.match(clean_text(text[m.start() : end.start() if end else len(text)]))
        if tag and tag.group(1) == "type" and (value := _tag_value(tag.group(2))):
            return value  # an empty [[type:]] names no type, as in apply_tags
    return ""


def _tag_value(raw: str) -> str:
    return unescape(raw).strip()


def read_tags(lines: list[str], warnings: list[str]) -> tuple[list[tuple[str, str]], list[bool]]:
    """All tag lines anywhere: (key, value) pairs in order and a per-line "is a tag" flag."""
    tags: list[tuple[str, str]] = []
    is_tag = [False] * len(lines)
    unterminated: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith("[["):
            i += 1
            continue
        m = _TAG.match(line)
        if m:
            tags.append((m.group(1), _tag_value(m.group(2))))
            is_tag[i] = True
        elif _TAG_OPEN.match(line) and "]]" not in line:
            end = tag_end(lines, i)
            if end is None:
                unterminated.append(line)
            else:
                m = _TAG.match("\n".join(lines[i : end + 1]))
                if m:
                    tags.append((m.group(1), _tag_value(m.group(2))))
                    is_tag[i : end + 1] = [True] * (end + 1 - i)
                    i = end
        i += 1
    if unterminated:
        more = f" and {len(unterminated) - 1} more" if len(unterminated) > 1 else ""
        warnings.append(f"unterminated tag {shorten(unterminated[0], 40)!r}{more}")
    return tags, is_tag


def tag_end(lines: list[str], start: int) -> int | None:
    """Index of the line closing a multi-line tag, None when it is not a tag after all."""
    for j in range(start + 1, min(len(lines), start + _MAX_TAG_LINES)):
        line = lines[j]
        if _TAG.match(line):
            return None  # a complete tag: the opener was text
        if "]]" in line:
            return j if line.rstrip().endswith("]]") else None
    return None


def dedupe(values: Iterable[T], key: Callable[[T], Hashable] = lambda v: v) -> list[T]:
    """`values` in order, each `key` kept once (the first)."""
    seen: set = set()
    out = []
    for v in values:
        k = key(v)
        if k not in seen:
            seen.add(k)
            out.append(v)
    return out


def facet_key(value: str) -> str:
    """ "In-depth interviews" and "in depth interviews," are one value."""
    return collapse(re.sub(r"[^\w\s]|_", "", value.lower().replace("-", " ")))


# A hyphen with a space on one side only: "co -creation", "eco- housing".
_GLUED_HYPHEN = re.compile(r"(?<=\w) -(?=\w)|(?<=\w)- (?=\w)")


# A value saying there is none: "n/a", "None".
_NONE = re.compile(r"(?i)n\s*/\s*a|n\.?\s?a|none|nil|not applicable")
# The longest tag name (the tag tables' name column): a longer value is no name but prose.
TAG_NAME_MAX = 100
# A value listing names apart by commas: this many at least, each of two words or more
# ("linkedin data, national labor market surveys, real-time job market analytics"). A name
# written with commas has parts of one word ("micro, small, medium enterprises", "free, prior
# and informed consent"), and two names may be one ("publications - journals, academic papers").
_LISTED_NAMES = 3
# An item of a run written as "name: what it is", items apart by a run of spaces.
_ITEM_GAP = re.compile(r"\s{2,}")
_LABELLED_ITEM = re.compile(r"([^\W\d_][\w -]{0,40}?):\s+\S")


def facet(values: list[str], warnings: list[str]) -> list[str]:
    """A facet's values cleaned: no stray backslash, "co -creation" and "eco- housing" joined,
    duplicates (by `facet_key`), values saying there is none ("n/a") and values cut mid-word
    dropped (see `_is_cut`); a value too long to be a name gives the names it lists, or none
    (see `_names_in`)."""
    names = [name for value in values for name in _names_in(value, warnings)]
    cleaned = [_GLUED_HYPHEN.sub("-", collapse(v.replace("\\", " "))).rstrip(",;. ") for v in names]
    kept = dedupe((v for v in cleaned if facet_key(v) and not _NONE.fullmatch(v)), facet_key)
    return [v for i, v in enumerate(kept) if not _is_cut(v, kept[i - 1] if i else "")]


def _names_in(value: str, warnings: list[str]) -> list[str]:
    """The tag names a facet value gives: itself, if it is short enough to be one, or the
    names it lists apart by commas (see _LISTED_NAMES). A longer
    one is a paragraph typed into the form's "other" field: a run of items each written
    "name: what it is" gives their names ("future analysis: identify emerging … skills.
    scenario planning: develop …"), other prose no tag, with a warning. Either way its text is
    no name, and a tag cut short would read as one."""
    if len(collapse(value)) <= TAG_NAME_MAX:
        items = [item.strip() for item in value.split(",")]
        listed = len(items) >= _LISTED_NAMES and all(len(item.split()) > 1 for item in items)
        return items if listed else [value]
    items = _ITEM_GAP.split(value.strip())
    names = [m.group(1) for item in items if (m := _LABELLED_ITEM.match(item))]
    if len(items) >= 2 and len(names) == len(items):
        return names
    warnings.append(f"prose as a tag, not kept: {shorten(value, 60)!r}")
    return []


def _is_cut(value: str, before: str) -> bool:
    """A value cut mid-word: a cut copy of the value before it ("water scarcity", "water sca";
    "entrepreneurship", "entre"), or a lone letter after a hyphen ("co-d"). "wind" right after
    "windpower" has the same shape and goes too: the value before it keeps the meaning.
    """
    low, before = value.casefold(), before.casefold()
    if re.search(r"\w-\w$", low):
        return True
    return len(before) > len(low) and before.startswith(low) and before[len(low)].isalpha()


def apply_tags(doc: ParsedDocument, pairs: list[tuple[str, str]]) -> None:
    """Fill the document's header fields from its tags, in file order."""
    for key, value in pairs:
        if value:
            doc.tags.setdefault(key, []).append(value)
    doc.tags = {k: dedupe(v) for k, v in doc.tags.items()}
    doc.types = doc.tags.get("type", [])
    doc.type = doc.types[0] if doc.types else ""
    if not doc.type:
        doc.warnings.append("no [[type:]] tag")
    doc.focal_point = doc.tags.get("focal_point", [""])[0]
    doc.source_url = doc.tags.get("source", [""])[0]
    doc.countries = doc.tags.get("country", [])
    doc.locations = locations(pairs)
    doc.thematic_areas = facet(doc.tags.get("thematic_areas", []), doc.warnings)
    doc.methods = facet(doc.tags.get("methods", []), doc.warnings)
    doc.data_sources = facet(doc.tags.get("datasources", []), doc.warnings)
    doc.sdgs = sdgs(doc.tags.get("sdgs", []), doc.warnings)
    if "year" in doc.tags:
        doc.year = parse_year(doc.tags["year"][0], doc.warnings)
    if "date" in doc.tags:
        doc.published_on = parse_date(doc.tags["date"][0], doc.warnings)


def locations(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """country/latlng tags come as ordered pairs, one per map pin."""
    out: list[tuple[str, str]] = []
    country = None
    for key, value in pairs:
        if key == "country":
            if country is not None:
                out.append((country, ""))
            country = value
        elif key == "latlng":
            out.append((country or "", value))
            country = None
    if country is not None:
        out.append((country, ""))
    return dedupe(loc for loc in out if any(loc))


def sdgs(values: list[str], warnings: list[str]) -> list[int]:
    """Goal numbers 1 to 17 read from "5. Gender equality"-like values, sorted, once each."""
    numbers = set()
    for value in values:
        m = re.match(r"\s*(\d{1,2})(?!\d)", value)
        if m and 1 <= int(m.group(1)) <= 17:
            numbers.add(int(m.group(1)))
        else:
            warnings.append(f"unreadable sdg {value!r}")
    return sorted(numbers)
