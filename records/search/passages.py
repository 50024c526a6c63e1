"""The passage of a record's text that a query matched, with the matching words marked.

The passage is cut from the text around the first matching word and built from escaped
pieces: archive text never reaches the page unescaped, only the <mark> tags added here.
Words match as the index matches them (records.search.sqlite): folded, a word of four letters
or more also as the start of a longer one, from its singular.
"""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .query import WORD, Query, fold, fold_apostrophes

WIDTH = 240
SPACES = re.compile(r"\s+")


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _matcher(query: Query):
    exact = set()
    prefixes = []
    for term in query.terms:
        for word in term.words:
            if len(word) >= 4 or term.prefix:
                prefixes.append(_stem(word))
            else:
                exact.add(word)
    prefixes = tuple(prefixes)
    return lambda token: token in exact or token.startswith(prefixes)


def passage(text: str, query: Query, width: int = WIDTH) -> SafeString:
    """About `width` characters of `text` around its first matching word, escaped, each
    matching word in <mark>; the start of the text when no word matches."""
    text = SPACES.sub(" ", fold_apostrophes(text)).strip()
    matches = _matcher(query)
    found = [m for m in WORD.finditer(text) if matches(fold(m.group()))]
    start = max(0, found[0].start() - width // 3) if found else 0
    if start:
        start = text.find(" ", start) + 1 or start  # from a word's start
    end = min(len(text), start + width)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    pieces = ["…"] if start else []
    cursor = start
    for match in found:
        if match.start() < start or match.end() > end:
            continue
        pieces += [escape(text[cursor : match.start()]), f"<mark>{escape(match.group())}</mark>"]
        cursor = match.end()
    pieces.append(escape(text[cursor:end]))
    if end < len(text):
        pieces.append("…")
    return mark_safe("".join(pieces))  # every piece of archive text went through escape()
