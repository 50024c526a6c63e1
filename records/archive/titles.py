"""The `# ` title: where its block ends, the title line as written, and the display title.

``title_line`` is the first ``# `` line as written (entities decoded, whitespace collapsed):
a stable identity. ``title`` is the display title: continuation lines joined, markers and
escapes removed, a ``…`` truncation completed from the answers, an empty one replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..folding import fold, singular
from ..prose import UNFINISHED
from .document import Answer, ParsedDocument
from .enumerations import strip_marker
from .text import collapse, shorten, unescape, unescape_markdown

_MAX_TITLE_LINES = 12
# A completed title longer than this (a whole insight paragraph) ends at its first sentence.
_TITLE_LIMIT = 200
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
# A closing form has no title prompt: its "# " line is the start of the insights answer, and
# that may be the answer's intro ("The key insights generated from this learning challenge
# are listed below:", "…opened our eyes to the following key insights:").
_INTRO_WORDS = re.compile(
    r"\b(?:insights?|learnings?|lessons?|keys?|following|below|idées|leçons|aprendizajes)\b",
    re.IGNORECASE,
)
CLOSING_FORMS = ("close-a", "close-b")
# Titles that name no plan: placeholders and the form's own words.
_PLACEHOLDERS = {
    "missing title", "no title", "untitled", "title", "tbd", "test", "draft", "challenge",
    "plan", "learning plan", "action learning plan", "closing", "closing form", "closing report",
}  # fmt: skip
# A title that is its first insight reworded (see is_sentence_from) has this many words at
# least; a shorter one may be a real title the text happens to start with.
SENTENCE_WORDS = 5
SENTENCE_SHARE = 0.8
# A name answer completes a truncated title of this many words at least, holding them all
# with at most this many more between them (_name_agreeing).
_NAME_WORDS = 4
_EXTRA_NAME_WORDS = 2
# Words a sentence holds and a name does not: subject pronouns and forms of "be", "have" and
# modal verbs ("it is", "there are", "must keep up", "il est"); not "can" nor "might", which
# names asking "How can…", "How might we…" hold.
_CLAUSE_WORDS = {
    "it", "we", "they", "there", "is", "are", "was", "were", "has", "have", "had", "must",
    "should", "will", "would", "il", "ils", "elle", "nous", "est", "sont", "etait", "hay",
}  # fmt: skip
_LETTERS = re.compile(r"[^\W\d_]+")
_WORDS = re.compile(r"[^\W_]+")
_PLAIN_WORDS = re.compile(r"[^\W\d_]+(?:[\s-]+[^\W\d_]+)*")
# A bullet of a Wingdings font pasted as its letter, glued to the number it marked ("ü1000
# farmers" for "✓ 1000 farmers"): no word starts with one of these before a digit.
_GLYPH_BULLET = re.compile(r"^[üØ§Ÿ](?=\d)")
# The number or letter a lab gave the plan in its own list: "2. Empowering rural women…",
# "1- Accelerator Lab can intervene…", "a. The challenge of…", "-The private sector…" ("4-H
# Clubs", "2030 Agenda" and "(Em)Powering Women" keep theirs).
_LIST_NUMBER = re.compile(r"^(?:\(?\d{1,2}\s?[.)\-–]\s+|[a-h][.)]\s+(?=[A-Z])|-(?=[A-Z]))(?=\S)")
# Words in lower case left after the sentence a title answer ends with: "…de la paix et de la
# sécurité.   la sécurité".
_STRAY_TAIL = re.compile(r"(?<=[.!?])\s+[a-zà-ÿ][^.!?]{0,40}$")
_QUOTED = re.compile(r"^[\"“«]([^\"“”«»]+)[\"”»]$")
_SPACES_AND_HYPHENS = re.compile(r"[\s\-‐‑–]+")
_LETTER = re.compile(r"[^\s\-‐‑–]")
_PLURAL_S = re.compile(r"(?<=[^\W\d_]{3})[sS]\b")
# Where a record stood when it was written, put after its title: "Mobility for All (pending)".
_STATUS_MARKER = re.compile(
    r"\s*[(\[](?:pending|draft|ongoing|in progress|on hold|work in progress|wip|to be completed"
    r"|en cours|brouillon|en curso|pendiente|borrador)[)\]]\s*$",
    re.IGNORECASE,
)


def is_title(line: str) -> bool:
    return line == "#" or (line.startswith("#") and line[1:2].isspace())


def title_block(lines: list[str], is_tag: list[bool]) -> tuple[int, int]:
    """(index of the first "# " line, index after its continuation lines); (-1, 0) if none."""
    start = next((i for i, line in enumerate(lines) if is_title(line) and not is_tag[i]), -1)
    if start < 0:
        return -1, 0
    first_tag = next((i for i, t in enumerate(is_tag) if t), -1)
    # The title only continues up to header tags that follow it closely ("# Home" / "Kenya" /
    # "Blog" / "..." in scraped pages); never over structure.
    if not start < first_tag <= start + _MAX_TITLE_LINES:
        return start, start + 1
    if any(
        line.lstrip().startswith(("#", ">", "<", "![")) for line in lines[start + 1 : first_tag]
    ):
        return start, start + 1
    return start, first_tag


def read_title(lines: list[str], start: int, end: int) -> tuple[str, str]:
    """(title line as written, display title) of the title block; ("", "") if none."""
    if start < 0:
        return "", ""
    first = collapse(unescape(lines[start][1:]))
    rest = [collapse(unescape(line)) for line in lines[start + 1 : end]]
    title = collapse(" ".join([first, *rest])).removeprefix("- ").strip()
    return first, unescape_markdown(_GLYPH_BULLET.sub("", title))


def strip_title_marks(doc: ParsedDocument) -> None:
    """A plan's title without the number of a list it was written in ("2. Empowering…") and
    without quotes around the whole of it."""
    if doc.type == "learningplan":
        doc.title = _QUOTED.sub(r"\1", _LIST_NUMBER.sub("", doc.title, count=1))


def curate_title(doc: ParsedDocument) -> None:
    """A plan's title without a status marker after it ("Mobility for All (pending)"), and
    written as the plan's name answer writes it when the "# " line is the same words in
    capitals ("COMMUNITY PARTICIPATION IN TOURISM" for "Community participation in Tourism"):
    a title in capitals that the answer does not write otherwise (an acronym) stays as it is."""
    if doc.type != "learningplan" or not doc.title:
        return
    doc.title = _STATUS_MARKER.sub("", doc.title) or doc.title
    if doc.title != doc.title.upper():
        return
    name = collapse(_STATUS_MARKER.sub("", title_answer(doc)))
    if name != name.upper() and _squeezed(name) == _squeezed(doc.title):
        doc.title = name


def _title_start(title: str) -> str:
    """A title as the start of a text is looked for: without its marker, the "…" it was cut
    at, its case and the spaces and hyphens between its words (see _squeezed)."""
    return _squeezed(strip_marker(title.rstrip(" .…")))


def _squeezed(text: str) -> str:
    """`text` in lower case without spaces and hyphens, nor the "s" that ends a word of four
    letters or more: a title and the text it was cut from may write a compound apart, joined
    or hyphenated ("policymaking", "policy making", "policy-making"), and a word in the
    singular or the plural ("The Future of Small Island: …" cut from "… Small Islands: …")."""
    return _SPACES_AND_HYPHENS.sub("", _PLURAL_S.sub("", text)).casefold()


def complete_title(title: str, candidates: Iterable[str]) -> str | None:
    """The full text a "…"-truncated title was cut from, if an answer starts with it."""
    prefix = _title_start(title)
    if len(prefix) < 8:
        return None
    for candidate in candidates:
        full = collapse(strip_marker(candidate))
        squeezed = _squeezed(full)
        if len(squeezed) > len(prefix) and squeezed.startswith(prefix):
            if len(full) <= _TITLE_LIMIT:
                return full
            # The sentence ends past the title's words, however far apart they are written.
            cut = next(
                m.end()
                for m in _LETTER.finditer(full)
                if len(_squeezed(full[: m.end()])) >= len(prefix)
            )
            end = _SENTENCE_END.search(full, cut)
            if end and end.end() <= _TITLE_LIMIT:
                return full[: end.end()]
            return shorten(full, _TITLE_LIMIT)
    return None


def complete_truncated_title(doc: ParsedDocument) -> None:
    """Replace a title ending in "…" by the insight or answer line it was cut from."""
    if not doc.title.endswith(("…", "...")):
        return
    lines = [*doc.insights, *_answer_lines(doc.answers)]
    full = complete_title(doc.title, lines)
    full = full or _named_in_title_answer(doc.title, title_answer(doc))
    full = full or _name_agreeing(doc.title, title_answer(doc))
    full = full or _name_before_insight(doc.title, lines)
    if full:
        doc.title = _STRAY_TAIL.sub("", full)
        strip_title_marks(doc)
    else:
        # Closing forms take their title from the first insight: "1) Using new data…".
        doc.title = strip_marker(doc.title)
        doc.warnings.append("truncated title: no full text found")


def _name_before_insight(title: str, lines: list[str]) -> str | None:
    """The work's name a closing form wrote before its first insight, when the rest of the
    truncated title is cut from an answer: "Analyse de la mobilité" of "Analyse de la
    mobilité, le processus n'a pu être mener à termes. le Burkina a connu au cours de l'…"."""
    name, comma, rest = title.partition(", ")
    return name if comma and complete_title(rest, lines) else None


def _named_in_title_answer(title: str, name: str) -> str | None:
    """The plan's name answer when it holds the truncated title at a word's start ("Collective
    Intelligence to … in South A…" cut from "Using Collective Intelligence to … in South
    Africa")."""
    prefix = _title_start(title)
    name = collapse(name)
    if len(prefix) < 8 or len(name) > _TITLE_LIMIT or is_placeholder_title(name):
        return None
    starts = (m.start() for m in re.finditer(r"(?<!\w)\w", name))
    return name if any(_squeezed(name[at:]).startswith(prefix) for at in starts) else None


def _name_agreeing(title: str, name: str) -> str | None:
    """The plan's name answer when it writes the truncated title's words in order, with at
    most _EXTRA_NAME_WORDS words more between them ("… and conflict in Benue through …"): a
    word may be in the singular in one and the plural in the other ("business", "businesses"),
    an acronym in capitals may stand for the words it abbreviates ("CO", "Country Office"),
    and the word "…" cut must start one of the name's words."""
    written = _WORDS.findall(strip_marker(title.rstrip(" .…")))
    name = collapse(name)
    if len(written) < _NAME_WORDS or len(name) > _TITLE_LIMIT or name.endswith(("…", "...")):
        return None
    words, named = [fold(word) for word in written], _WORDS.findall(fold(name))
    starts = (i for i, word in enumerate(named) if _same_word(words[0], word))
    return name if any(_follows(written, words, named, at) for at in starts) else None


def _follows(written: list[str], words: list[str], named: list[str], at: int) -> bool:
    """Whether `named` from `at` holds `words` (`written` as the title writes them) in order,
    see _name_agreeing."""
    extra = 0
    for as_written, word in zip(written[:-1], words[:-1], strict=True):
        for skip in range(_EXTRA_NAME_WORDS - extra + 1):
            here = named[at + skip :]
            if here and _same_word(word, here[0]):
                at, extra = at + skip + 1, extra + skip
                break
            if as_written.isupper() and "".join(w[0] for w in here[: len(word)]) == word:
                at, extra = at + skip + len(word), extra + skip
                break
        else:
            return False
    return any(w.startswith(words[-1]) for w in named[at : at + _EXTRA_NAME_WORDS - extra + 1])


def _same_word(one: str, other: str) -> bool:
    """Folded words alike but for their number: "group", "groups"; "business", "businesses"."""
    one, other = singular(one), singular(other)
    return one == other or (len(one) > 3 and (one == other + "e" or other == one + "e"))


def title_answer(doc: ParsedDocument) -> str:
    """The text of the plan's name answer ("Please provide a name…"), or ""."""
    return next((a.text for a in doc.answers if a.key == "title" and a.text), "")


def first_sentence(text: str) -> str:
    """The first sentence of `text` (its first line at most), shortened at a word, its first
    word capitalised when it is in lower case ("the …" but not "mSMEs …")."""
    line = collapse(strip_marker(text.strip().split("\n")[0]))
    end = _SENTENCE_END.search(line)
    sentence = shorten(line[: end.start()] if end else line.rstrip("."))
    first = sentence.split(" ", 1)[0]
    return sentence[:1].upper() + sentence[1:] if first.islower() else sentence


def _answer_lines(answers: list[Answer]) -> Iterator[str]:
    for answer in answers:
        yield from answer.text.split("\n")


def is_intro_line(title: str) -> bool:
    """Whether a title is a line introducing a list of insights, not a title."""
    return title.rstrip().endswith(":") and bool(_INTRO_WORDS.search(title))


def mark_title_from_text(doc: ParsedDocument) -> None:
    """A closing report's title that is an intro line is dropped (fill_empty_title gives it
    one); one that is the start of its insights, as written or reworded, is kept but marked
    `title_from_text`, unless it is reworded and truncated: that one is dropped too. A
    title cut short ("…") that reads as a sentence (_is_clause) is marked as well."""
    if doc.form not in CLOSING_FORMS or not doc.title:
        return
    if is_intro_line(doc.title):
        doc.warnings.append(f"intro line as title: {shorten(doc.title, 60)!r}")
        doc.title = ""
        return
    answer = next((a.text for a in doc.answers if a.key == "insights" and a.text), "")
    texts = (answer, doc.insights[0] if doc.insights else "")
    start = _title_start(doc.title)
    if any(_squeezed(strip_marker(text)).startswith(start) for text in texts):
        doc.title_from_text = True
    elif any(is_sentence_from(doc.title, text) for text in texts):
        # "Willingness of a municipality is not enough for successful partnership, but…" of
        # "1. Willingness of a municipality is not enough for a successful partnership, …".
        doc.title_from_text = True
        doc.warnings.append(f"title is its first insight reworded: {shorten(doc.title, 60)!r}")
        if doc.title.endswith(("…", "...")):
            # Cut from a wording the text no longer holds, so it cannot be completed:
            # fill_empty_title gives the first insight's first sentence instead.
            doc.title = ""
    elif doc.title.endswith(("…", "...")) and _is_clause(doc.title_line):
        # "Firstly it is important for such a project to ensure that we have the right…":
        # the cut opening of a text none of the answers holds now, kept for staff to review.
        doc.title_from_text = True
        doc.warnings.append(f"title is the opening of a text: {shorten(doc.title, 60)!r}")


def _is_clause(title: str) -> bool:
    """Whether a title reads as the start of a sentence, not a name: it is numbered as the
    first item of a list ("1) Using new data sources brought…"), opens in lower case, or
    holds a personal pronoun or a verb a name has no use for ("there are", "il est")."""
    written = _WORDS.findall(title)
    return bool(
        written
        and (
            _LIST_NUMBER.match(title.strip())
            or written[0].islower()
            or _CLAUSE_WORDS.intersection(fold(word) for word in written)
        )
    )


def is_sentence_from(title: str, text: str) -> bool:
    """Whether `title` is the opening sentence of `text` lightly reworded: at least
    SENTENCE_WORDS words, the same first two, and SENTENCE_SHARE of them found in order in
    the text's opening (a word cut by "…" left out)."""
    words = _WORDS.findall(fold(strip_marker(title.strip())))
    if title.rstrip().endswith(("…", "...")):
        words = words[:-1]
    opening = _WORDS.findall(fold(strip_marker(text.strip())))[: 2 * len(words)]
    if len(words) < SENTENCE_WORDS or words[:2] != opening[:2]:
        return False
    found, at = 0, 0
    for word in words:
        if word in opening[at:]:
            at = opening.index(word, at) + 1
            found += 1
    return found >= SENTENCE_SHARE * len(words)


def is_placeholder_title(title: str, name: str = "") -> bool:
    """Whether `title` names no plan: no letters ("1."), a placeholder ("Missing title"), a
    fragment cut mid-sentence ("SMEs are"), a word or two in lower case ("youth"), or one word
    of the plan's `name` answer ("Telemedicine" for "Telemedicine solution for remote areas")."""
    written = _WORDS.findall(title)
    words = [fold(word) for word in written]
    if not _LETTERS.search(title) or " ".join(words) in _PLACEHOLDERS:
        return True
    if written[-1].islower() and words[-1] in UNFINISHED:  # "SMEs are", not "Plan A"
        return True
    if len(words) <= 2 and _PLAIN_WORDS.fullmatch(title.strip()) and title == title.lower():
        return True
    named = [fold(word) for word in _WORDS.findall(name)]
    return len(words) == 1 and len(named) > 1 and words[0] in named


def drop_placeholder_title(doc: ParsedDocument) -> None:
    """A placeholder or fragment title goes, with a warning: fill_empty_title gives one a
    curator would keep, and marks it for staff to review."""
    if (
        doc.type == "learningplan"
        and doc.title
        and is_placeholder_title(doc.title, title_answer(doc))
    ):
        doc.warnings.append(f"placeholder title: {shorten(doc.title, 60)!r}")
        doc.title = ""


def fill_empty_title(doc: ParsedDocument, name: str) -> None:
    """Give a document without a title one, and a warning saying where it came from."""
    if doc.title:
        return
    doc.title_from_text = True
    doc.title, source = title_fallback(doc, name)
    doc.warnings.append(f"empty title: using {source}" if doc.title else "empty title")


def title_fallback(doc: ParsedDocument, name: str) -> tuple[str, str]:
    """(title, where it came from) for a document whose "# " title is empty."""
    if doc.type == "learningplan":
        answer = title_answer(doc)
        if answer and not is_placeholder_title(answer):
            return shorten(answer), "the Title answer"
        challenge = next(
            (a.text for a in doc.answers if a.key == "challenge_statement" and a.text), ""
        )
        if challenge:
            return first_sentence(challenge), "the challenge statement"
        if doc.insights:
            return first_sentence(doc.insights[0]), "the first insight"
    first = next((a.text for a in doc.answers if a.text.strip()), "")
    if first:
        return shorten(first), "the first answer"
    stem = re.split(r"[\\/]", name)[-1].rsplit(".", 1)[0]
    return collapse(stem.replace("_", " ")), "the file name"
