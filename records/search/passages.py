"""The passage of a record's text that a query matched, with the matching words marked.

The passage is cut from the text around the first matching word and built from escaped
pieces: archive text never reaches the page unescaped, only the <mark> tags added here.
Words match as the index matches them (records.search.expression): folded, by their stem in
any of the languages, the last word typed also as the start of a longer one.
"""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .analysis import stems
from .expression import Phrase, expand
from .query import WORD, Query, fold, fold_apostrophes

WIDTH = 240
# The passage is looked for in the start of the text: a long body's first match is nearly
# always there, and reading a whole long body for it costs more than the search.
SCOPE = 20_000
SPACES = re.compile(r"\s+")


def _phrases(expression):
    if isinstance(expression, Phrase):
        yield expression
        return
    parts = expression.parts if hasattr(expression, "parts") else (expression.kept,)
    for part in parts:
        yield from _phrases(part)


def _matcher(query: Query):
    expression = expand(query, every=False)
    phrases = list(_phrases(expression)) if expression else []
    exact = {word for phrase in phrases for word in phrase.words}
    prefixes = tuple(phrase.words[-1] for phrase in phrases if phrase.prefix)

    seen: dict[str, bool] = {}  # a text's words repeat: each is stemmed once

    def matches(token: str) -> bool:
        found = seen.get(token)
        if found is None:
            forms = stems(token)
            found = not forms.isdisjoint(exact) or any(f.startswith(prefixes) for f in forms)
            seen[token] = found
        return found

    return matches


def _folded(token: str) -> str:
    # Most words are ASCII, whose folding is lower case: ten times cheaper on a long body.
    return token.lower() if token.isascii() else fold(token)


def passage(text: str, query: Query, width: int = WIDTH) -> SafeString:
    """About `width` characters of `text` around its first matching word (in its first SCOPE
    characters), escaped, each matching word in <mark>; the start of the text when no word
    matches."""
    text = SPACES.sub(" ", fold_apostrophes(text[:SCOPE])).strip()
    matches = _matcher(query)
    first = next((m for m in WORD.finditer(text) if matches(_folded(m.group()))), None)
    start = max(0, first.start() - width // 3) if first else 0
    if start:
        start = text.find(" ", start) + 1 or start  # from a word's start
    end = min(len(text), start + width)
    if end < len(text) and text.rfind(" ", start, end) > start:
        end = text.rfind(" ", start, end)
    pieces = ["…"] if start else []
    cursor = start
    for match in WORD.finditer(text, start, end):
        if matches(_folded(match.group())):
            pieces += [
                escape(text[cursor : match.start()]),
                f"<mark>{escape(match.group())}</mark>",
            ]
            cursor = match.end()
    pieces.append(escape(text[cursor:end]))
    if end < len(text):
        pieces.append("…")
    return mark_safe("".join(pieces))  # every piece of archive text went through escape()
