"""The query language of `q`, parsed into a small tree both databases compile.

    women STEM          every word, in any order (the last one also as a prefix: pay → payments)
    "circular economy"  the words together, in this order
    plastic -ocean      without the word (or -"a phrase")
    honey OR beekeeping either side of OR (or, in any case, as PostgreSQL's websearch reads it)

Text is folded before it is indexed and before it is searched (`fold`): typographic apostrophes
become ', accents go and case goes, so economia finds economía and women's finds women’s.
Words are runs of letters and digits, as SQLite's unicode61 tokenizer cuts them.
"""

import re
from dataclasses import dataclass

from .. import folding

APOSTROPHES = ("\u2019", "\u2018", "\u02bc", "\u00b4")
# Spacing modifier letters (ʻ ʹ ʽ ˈ, and the ʼ of ŉ once decomposed): apostrophes and marks
# written between letters (Oʻzbekiston), read as an apostrophe.
MODIFIERS = re.compile("[\u02b0-\u02ff]")
WORD = re.compile(r"[^\W_]+")
ITEM = re.compile(r'-?"[^"]*"?|\S+')


def fold_apostrophes(text: str) -> str:
    """`text` with its typographic apostrophes made straight (str.replace scans in C; a
    translate table looks each character up in a dict)."""
    for apostrophe in APOSTROPHES:
        text = text.replace(apostrophe, "'")
    return text


def fold(text: str) -> str:
    """`text` without accents, in lower case, with typographic apostrophes and modifier
    letters made straight apostrophes."""
    return MODIFIERS.sub("'", folding.fold(fold_apostrophes(text)))


def words(text: str) -> list[str]:
    """The folded words of `text`, as the index cuts them."""
    return WORD.findall(fold(text))


@dataclass(frozen=True)
class Term:
    """Words that must follow each other: a quoted phrase, or one typed word the tokenizer
    cuts in several (women's → women s). `prefix`: the last typed word, also matched as the
    start of a longer word."""

    words: tuple[str, ...]
    phrase: bool = False
    prefix: bool = False


@dataclass(frozen=True)
class Query:
    """All of `groups` (each: any one of its terms) and none of `excluded`."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()

    def __bool__(self):
        return bool(self.groups)

    @property
    def terms(self) -> list[Term]:
        return [term for group in self.groups for term in group]

    def text(self) -> str:
        """The query written back in its language (a suggestion is shown this way)."""
        parts = [" OR ".join(map(_written, group)) for group in self.groups]
        parts += [f"-{_written(term)}" for term in self.excluded]
        return " ".join(parts)


def _written(term: Term) -> str:
    text = " ".join(term.words)
    return f'"{text}"' if term.phrase else text


def parse(text: str) -> Query:
    """The query `text` means. Never fails: a stray quote closes at the end, an OR with
    nothing on one side is a plain word, and a query of exclusions alone matches nothing."""
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    for item in ITEM.findall(text or ""):
        if item.upper() == "OR" and groups:
            join_next = True
            continue
        negative = item.startswith("-") and len(item) > 1
        body = item[1:] if negative else item
        phrase = body.startswith('"')
        found = tuple(words(body))
        if not found:
            continue
        term = Term(found, phrase=phrase)
        if negative:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    groups = _with_last_prefix(groups)
    return Query(tuple(tuple(group) for group in groups), tuple(excluded))


def _with_last_prefix(groups: list[list[Term]]) -> list[list[Term]]:
    """The last typed word, when it is a plain single word, also matches as a prefix."""
    if groups:
        last = groups[-1][-1]
        if not last.phrase and len(last.words) == 1:
            groups[-1][-1] = Term(last.words, prefix=True)
    return groups
