"""Bylines on one line: "By A, Role and B, Role", "by A – Role", "Written by: A", "Por A", "Par A",
"Co-authored by A and B", "Author: A"; and a date in the page text ("4 min read·May 18, 2020").
"""

from __future__ import annotations

import datetime
import re

from ..document import Author
from .authors import inline_authors, is_organisation, make_author
from .vocabulary import is_upper

# The credit word and its colon. "By"/"Por"/"Par" without a colon must be followed by a
# capital ("Por qué…", "by the end" are sentences).
_PREFIX_RE = re.compile(
    r"[*_ ]*(?:(?P<loose>by|por|par)|(?:a blog |co-?authored |written |authored |escrito |écrit )by"
    r"|(?:lead |co-?)?authors?|autor(?:es|as?)?|auteur(?:e?s?)?)[*_ ]*(?P<colon>:?)[*_ ]*",
    re.IGNORECASE,
)
# A dash or slash between a name and its role: "Nontobeko Mlangeni – Head of…", "Itana- Head
# of…", "Lillian Njoro/ Head of…".
_DASH_RE = re.compile(r"\s*[–—]\s*|\s+-\s*|(?<=[a-z])-\s+|\s*/\s+|\s+/\s*")
# Roles before names: "Head of Exploration – A, Head of Solutions Mapping – B and …".
_ROLE_FIRST_RE = re.compile(r"(?:Head|Chief|Director|Coordinator|Team Lead)\b")
_ROLE_NAME_RE = re.compile(
    r"((?:Head|Chief|Director|Coordinator|Team Lead)\b[^–—,;]{0,80}?)\s+[–—-]\s+"
    r"([^–—,;]{3,60}?)(?=,| and |$)"
)
_NOISE_RE = re.compile(r"\s*\(link is external\)|\*+|\s*@\w+", re.IGNORECASE)
# A gloss after a name: "Kasia Weina (Evergreen Labs)".
_GLOSS_RE = re.compile(r" \((?:[^()]{1,40})\)(?=,| and | y | et |$)")
# The longest byline, or head of a line a byline opens.
MAX_BYLINE = 400
# Another person's name after a stop in a role ("…, Bangladesh.Sangita Paul, Research…"): a
# long byline read so would fold the others into the first author's role.
_NEXT_PERSON_RE = re.compile(r"[.;]\s*[A-Z][a-z]+ [A-Z]")
_TEAM_RE = re.compile(r"[^()]{3,80}\((.{10,})\)?")
_ACRONYMS = {"undp", "pnud", "un"}
_DATE_RE = re.compile(
    r"\d+ min read\s*·\s*(?P<month>[A-Z][a-z]{2,8})\.? (?P<day>\d{1,2}), (?P<year>(?:19|20)\d\d)"
)
_MONTH_NUMBERS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}  # fmt: skip


def byline_authors(line: str) -> tuple[list[Author], str] | None:
    """(authors, text glued after them) of a byline line; None when the line is not one.

    A line that is a byline naming no person but an organisation ("Written by UNDP Kenya",
    "By Accelerator Lab, UNDP Bangladesh") gives that organisation as its one author. A line
    longer than MAX_BYLINE is one only when the article was glued to its first MAX_BYLINE
    characters ("Por: Ana LuchaHead of ExplorationEl compromiso…").
    """
    found = _byline_authors(line[:MAX_BYLINE])
    if found is None or len(line) <= MAX_BYLINE:
        return found
    authors, glued = found
    if not glued or any(_NEXT_PERSON_RE.search(a.role) for a in authors):
        return None
    return authors, glued + line[MAX_BYLINE:]


def _byline_authors(line: str) -> tuple[list[Author], str] | None:
    m = _PREFIX_RE.match(line)
    rest = line[m.end() :].strip() if m else ""
    if not m or not rest[:1].isupper() or (m["loose"] and m["colon"] == "" and m.end() < 3):
        return None
    if not m["colon"] and not line[m.end() - 1 : m.end()].isspace():
        return None  # "Byron …", "Parallel …": the credit word is only the start of a word
    rest = _NOISE_RE.sub("", rest)
    if _ROLE_FIRST_RE.match(rest):
        pairs = _ROLE_NAME_RE.findall(rest)
        if pairs:
            return [make_author(name, role) for role, name in pairs], ""
    rest = _DASH_RE.sub(", ", rest).strip(" .")
    rest = _GLOSS_RE.sub("", rest)
    team = _TEAM_RE.fullmatch(rest)
    # "By UNDP Cameroon Accelerator Lab Team | Jean-Paul Mvogo, Head of …" and
    # "By: UNDP Lab Team (Tuzlyn Bayoh, Head of Experimentation; …)": the people in it.
    for text in (rest, rest.partition(" | ")[2], team[1] if team else ""):
        authors, glued = inline_authors(text) if text else ([], "")
        if authors:
            return authors, glued
    if len(rest) <= 80 and is_organisation(rest):
        words = rest.split()
        if is_upper(rest):  # "UNDP KENYA" → "UNDP Kenya"
            words = [w if w.casefold() in _ACRONYMS else w.capitalize() for w in words]
        return [Author(name=" ".join(words))], ""
    return None


def page_date(lines: list[str]) -> datetime.date | None:
    """The date a Medium page gives under its headline ("4 min read·May 18, 2020"), else None.

    Looked for in the first 60 lines only (joined: the parts may sit on lines of their own).
    """
    text = " ".join(s[:2000] for s in lines[:60])
    for m in _DATE_RE.finditer(text):
        month = _MONTH_NUMBERS.get(m["month"].casefold())
        if month:
            try:
                return datetime.date(int(m["year"]), month, int(m["day"]))
            except ValueError:
                return None
    return None


__all__ = ["byline_authors", "page_date"]
