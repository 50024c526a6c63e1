"""Scraped blog and publication pages: pull the article out of the page text.

Contract
--------
``extract_article(lines, title) -> (title, body, authors)``

* ``lines``: the page's text lines after the header tags, already cleaned by the caller
  (entities decoded, NBSP turned into spaces, no CR). Blank lines are ignored. The parser
  (``records.archive.parser``) is the one caller; the tests go through it too.
* ``title``: the document's ``# `` title as given. It is returned unchanged unless it is
  boilerplate ("Skip to main content", "Home", "Write", "Pasar al contenido principal",
  "Aller au contenu principal" and their kin, a "Home  Country  Blogs" breadcrumb, empty,
  or ending with "..."); then the real title is looked up in the page: the mixed-case line
  repeating the upper-case breadcrumb, else that breadcrumb, else the line before the date;
  the Medium headline. When none is found the given title is returned unchanged.
* ``body``: the article alone, one page line per paragraph, paragraphs joined with "\\n\\n".
  Navigation, breadcrumb, repeated title, date line, author block, related-post teasers,
  footer, Medium chrome and ``--- … ---`` markers are dropped, and the paragraphs cleaned of
  link labels, photo credits, contact lines and literal markdown (``cleaning``). Index pages
  and empty pages give whatever text is left (possibly "").
* ``authors``: ``Author`` items read from the "Author(s)" block (names in upper case are
  turned into title case), or from a Medium byline; otherwise ``[]``.

Pure Python, standard library only, no Django. The function never raises: on an internal
error it falls back to the non-blank lines joined, the given title and no authors. Every
scan is linear in the number of lines and no regular expression can backtrack badly, so a
page of very long lines costs no more than its length.

``undp`` reads undp.org-style pages (and any page not from Medium), ``medium`` Medium pages,
``authors`` author blocks and bylines; ``vocabulary`` holds the word lists.
"""

from __future__ import annotations

import re
from typing import Any

from ..document import Author
from . import medium, undp
from .cleaning import clean_body
from .vocabulary import ORIGINAL_LINK, fold

_ZERO_WIDTH = "\u200b\u200e\u200f\ufeff\u2060\u00ad"
_TAG_RE = re.compile(r"\[\[[A-Za-z_]+:[^\n]*\]\]")


def extract_article(lines: list[str], title: str) -> tuple[str, str, list[Author]]:
    """Return (title, body, authors) of a scraped blog or publication page (see above)."""
    if not isinstance(title, str):
        title = "" if title is None else str(title)
    try:
        prepared = _prepare(lines)
    except Exception:  # noqa: BLE001 - the contract is to never raise
        return title, "", []
    try:
        title, body, authors = _extract(_skip_header(prepared), title)
    except Exception:  # noqa: BLE001
        return title, "\n\n".join(prepared), []
    return title, clean_body(body), authors


def _prepare(lines: Any) -> list[str]:
    """Non-blank lines, stripped, zero-width characters removed, tabs made spaces."""
    if isinstance(lines, str):
        lines = [lines]
    # filter(None, …): the odd None item must not raise.
    text = "\n".join(map(str, filter(None, lines or ()))).replace("\t", " ").replace("\r", "")
    for ch in _ZERO_WIDTH:
        text = text.replace(ch, "")
    return [s for s in map(str.strip, text.split("\n")) if s]


def _skip_header(lines: list[str]) -> list[str]:
    """Drop header lines handed over by mistake: tags and the "Original article" link."""
    header = (
        i for i, s in enumerate(lines[:60]) if s.startswith(ORIGINAL_LINK) or _TAG_RE.fullmatch(s)
    )
    return lines[max(header, default=-1) + 1 :]


def _extract(lines: list[str], title: str) -> tuple[str, str, list[Author]]:
    if not lines or (
        len(lines) == 1
        and lines[0].strip("*_ ").casefold().startswith("no article content available")
    ):
        return title, "", []
    if fold(lines[0]) == "write":
        return medium.extract(lines, title)
    if medium.is_flat(lines[0]):
        return medium.extract_flat(lines, title)
    return undp.extract(lines, title)
