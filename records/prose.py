"""Long archive text read as prose: PDF lines joined into paragraphs, and cut into pages.

A publication's body is the text of a PDF: each printed line is a paragraph, words are
hyphenated across lines, and a big report runs to megabytes. `reflow` joins the lines back
into paragraphs and mends the hyphenation; `opening` and `text_pages` cut it for pages of a bounded
weight. A form's answer pasted from a hard-wrapped document is mended more gently
(`join_wrapped_lines`). Pure functions on strings.
"""

import re
from collections.abc import Callable
from functools import cache, partial

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A line that starts an item of a list keeps its own line.
LIST_ITEM = re.compile(r"^(?:[•▪●◦→*–-]\s|\d{1,3}[.)]\s)")
# A word cut at the end of a line: "develop-" + "ment". Searched in the paragraph's last
# WORD_MAX characters; a word starts where no word character precedes it, so a long run of
# word characters is scanned once, not once per start.
CUT_WORD = re.compile(r"(?<!\w)(\w++)-$")
WORD_MAX = 100
NEXT_WORD = re.compile(r"^([^\W\d_]\w*)")
CUT_ACROSS_LINES = re.compile(r"(?<!\w)\w++-\n\s*\w+")
# A word, hyphenated compounds whole: the text's own vocabulary decides the cut words.
WORD = re.compile(r"\w+(?:-\w+)*")
# A short line ending in a question mark or colon is a heading ("why?", "Methods:").
SHORT_HEADING = 40
SENTENCE_END = (".", "!", "?", ":", ";", "”", '"', ")")
# A line this long is a full printed line: the sentence it leaves open goes on the next line.
FULL_LINE = 50
# Printed lines are at most this long, and the lines of a block this share of its longest.
WRAP_WIDTH = 120
WRAP_SHARE = 0.8


# Words no sentence or title ends on, in the archive's languages: a line ending on one was
# cut ("…Methodology for the" / "Gaza Emergency", a title "SMEs are").
UNFINISHED = {
    "a", "an", "the", "of", "and", "or", "to", "in", "for", "with", "on", "by", "from", "at",
    "is", "are", "was", "were", "that", "which", "our", "their", "its",
    "de", "la", "le", "les", "des", "du", "au", "aux", "et", "pour", "sur", "un", "une",
    "el", "los", "las", "del", "y", "con", "por", "para", "en",
}  # fmt: skip
# Unless it joins the last item of a list to the others ("…mechanisms, and" / "Utilize …").
CONJUNCTIONS = {"and", "or", "et", "ou", "y", "o"}
# An answer line that is no prose: a heading, an image, a link (or one ending in an address).
NOT_PROSE_START = re.compile(r"^(?:#|!\[|\[|<|https?://)")
# A list item starting in lower case: "a) …", "iv. …", or the "o" of a pasted sub-bullet.
LETTERED_ITEM = re.compile(r"^(?:\(?[a-z]{1,4}[.)]\s|o\s+(?=[A-Z]))")
# An item numbered or lettered in parentheses: "(2) Policy makers…", "(3 )village…", "(b).To
# move…", "(A) the small…", "(iv) …".
NUMBERED_ITEM = re.compile(r"^\((?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})\s?\)")
# Closers after a sentence's end: '…funding.)' ends a sentence, '(Government)' does not.
CLOSERS = ")]\"'”’»"


def join_wrapped_lines(text: str) -> str:
    """`text` with each line a hard wrap cut mid-sentence joined to the line above it (by a
    space, whatever blank lines were between): a line that starts in lower case, or follows
    a word no sentence ends on ("the", not "and": see _unfinished), after one that ends with
    no sentence punctuation and is a full line (SHORT_HEADING characters at least) or ends
    with a comma. Items of lists (marked, or short lines), headings, images and links keep
    their lines. Linear in the text: a line is joined as a piece."""
    lines: list[list[str]] = []  # each line as its pieces; [] for a blank one
    last = -1  # the last line with text
    for raw in text.split("\n"):
        line = raw.strip()
        if last >= 0 and line and _wraps(lines[last], line, last == len(lines) - 1):
            lines[last].append(f" {line}")
            del lines[last + 1 :]
        else:
            lines.append([raw.rstrip()] if line else [])
            last = len(lines) - 1 if line else last
    return "\n".join("".join(pieces) for pieces in lines)


def _wraps(above: list[str], line: str, next_to: bool) -> bool:
    """Whether `line` goes on the line `above` it, given as its pieces, `next_to` it when no
    blank line is between (see join_wrapped_lines)."""
    if any(item.match(line) for item in (LIST_ITEM, LETTERED_ITEM, NUMBERED_ITEM)):
        return False
    if NOT_PROSE_START.match(line) or NOT_PROSE_START.match(above[0].lstrip()):
        return False
    end = above[-1]
    last_word = end.rsplit(None, 1)[-1]
    if last_word.startswith(("http://", "https://")):
        return False
    if _unfinished(last_word) or (next_to and _cut_before_capital(above, last_word, line)):
        return True
    if not _goes_on(line) or end.rstrip(CLOSERS).endswith((".", "!", "?", ":", ";", "…")):
        return False
    return len(above) > 1 or len(end) >= SHORT_HEADING or end.endswith(",")


def _cut_before_capital(above: list[str], last_word: str, line: str) -> bool:
    """Whether the line `above`, the last of a printed block (three lines or more joined, of
    about one width up to WRAP_WIDTH: a PDF's lines), ending on a word in lower case with no
    punctuation, goes on the next line although that starts with a capital ("…with no
    proper" / "SWM system."). Lines typed in a form are paragraphs of any length."""
    widths = [len(piece.strip()) for piece in above[-3:]]
    return (
        len(widths) == 3
        and min(widths) >= FULL_LINE
        and max(widths) <= WRAP_WIDTH
        and min(widths) >= WRAP_SHARE * max(widths)
        and len(line) <= WRAP_WIDTH
        and last_word.isalpha()
        and last_word.islower()
        and line[:1].isupper()
    )


def _goes_on(line: str) -> bool:
    """Whether `line` starts as the rest of a sentence: in lower case, or with a parenthesis
    ("(including plastics).", "(Bigene, Bula, …)"; "(2) Policy makers" is an item, see
    _wraps)."""
    return line[:1].islower() or line[:1] == "("


def _unfinished(word: str) -> bool:
    """A word no sentence ends on, and no conjunction before a list's last item."""
    folded = word.casefold()
    return folded in UNFINISHED and folded not in CONJUNCTIONS


class Paragraph:
    """A paragraph joined line by line, as pieces of text, with what `ends_paragraph` and
    `join_cut_word` read of it kept up to date: joining a line costs the line's length, not
    the paragraph's, so a text of one endless paragraph reflows in linear time."""

    def __init__(self, line: str):
        self.pieces: list[str] = []
        self.length = 0
        self.has_letters = False
        self.all_upper = True
        self.add(line)

    def add(self, text: str) -> None:
        if self.all_upper and text.isascii():  # every letter cased: compared in C
            upper = text.upper()
            self.has_letters = self.has_letters or upper != text.lower()
            self.all_upper = upper == text
        elif self.all_upper:  # once a letter is not a capital, no later one matters
            letters = [c for c in text if c.isalpha()]
            self.has_letters = self.has_letters or bool(letters)
            self.all_upper = all(c.isupper() for c in letters)
        self.pieces.append(text)
        self.length += len(text)

    def tail(self) -> str:
        """The paragraph's last WORD_MAX characters (fewer when it is shorter)."""
        tail = []
        size = 0
        for piece in reversed(self.pieces):
            tail.append(piece)
            size += len(piece)
            if size >= WORD_MAX:
                break
        return "".join(reversed(tail))[-WORD_MAX:]

    def drop_hyphen(self) -> None:
        """Drop the hyphen the paragraph ends with (a word cut at the end of its last line)."""
        self.pieces[-1] = self.pieces[-1][:-1]
        self.length -= 1

    def text(self) -> str:
        return "".join(self.pieces)


def ends_paragraph(paragraph: Paragraph, following: str) -> bool:
    """Whether a paragraph ends before the line `following`: before a list item or a line
    starting with a capital after one that ends a sentence, after a heading in capitals or a
    short line ending in "?" or ":". A line that starts lower-case, or follows a full printed
    line that ends mid-sentence, goes on the paragraph."""
    if LIST_ITEM.match(following):
        return True
    if paragraph.has_letters and paragraph.all_upper:
        return True
    end = paragraph.pieces[-1]
    if paragraph.length < SHORT_HEADING and end.endswith(("?", ":")):
        return True
    if end.endswith(SENTENCE_END):
        return not following[:1].islower()
    return not (following[:1].islower() or paragraph.length >= FULL_LINE)


def join_cut_word(paragraph: Paragraph, following: str, text_words: Callable[[], set]) -> bool:
    """Joins `following` to the paragraph when a word is cut between them, and says whether it
    did. The hyphen goes when the whole word occurs elsewhere in the text ("develop-" "ment");
    it stays when the hyphenated form does, or else when both halves are words of the text
    ("peer-" "reviewed") or the second one has a capital ("Peer-" "Support"). `text_words`
    gives the text's vocabulary (text_vocabulary), asked only when a word is cut."""
    if not paragraph.pieces[-1].endswith("-"):
        return False
    cut, rest = CUT_WORD.search(paragraph.tail()), NEXT_WORD.match(following)
    if not (cut and rest):
        return False
    head, tail = cut[1], rest[1]
    vocabulary = text_words()
    if f"{head}{tail}".casefold() in vocabulary:
        joiner = ""
    elif f"{head}-{tail}".casefold() in vocabulary:
        joiner = "-"
    else:
        compound = tail[0].isupper() or {head.casefold(), tail.casefold()} <= vocabulary
        joiner = "-" if compound else ""
    paragraph.drop_hyphen()
    paragraph.add(joiner + following)
    return True


def text_vocabulary(text: str) -> set:
    """The words of `text`, casefolded, compounds whole and by part, leaving out the halves of
    words cut at a line end."""
    words = set(WORD.findall(_without_cut_words(text).casefold()))
    return words.union(*(word.split("-") for word in words if "-" in word))


def _without_cut_words(text: str) -> str:
    """`text` with each word cut at a line end (CUT_ACROSS_LINES) made a space, as
    `CUT_ACROSS_LINES.sub(" ", text)` makes it: the pattern is searched from the start of
    the line of each "-\n", not at every character of the text."""
    pieces = []
    end = 0  # of the last cut word replaced
    at = text.find("-\n")
    while at != -1:
        cut = CUT_ACROSS_LINES.search(text, max(end, text.rfind("\n", end, at) + 1))
        if not cut:
            break
        pieces += (text[end : cut.start()], " ")
        end = cut.end()
        at = text.find("-\n", end)
    pieces.append(text[end:])
    return "".join(pieces)


def reflow(text: str) -> str:
    """`text` with its lines (the archive keeps a PDF line per paragraph) joined back into
    paragraphs, separated by blank lines; cut words mended. See ends_paragraph."""
    text = text.replace("\r\n", "\n").replace("\u00ad", "")
    # The vocabulary is read the first time a word is cut: most texts cut none.
    vocabulary = cache(partial(text_vocabulary, text))
    paragraphs: list[Paragraph] = []
    for line in (line.strip() for line in text.split("\n")):
        if not line:
            continue
        if paragraphs and join_cut_word(paragraphs[-1], line, vocabulary):
            continue
        if paragraphs and not ends_paragraph(paragraphs[-1], line):
            paragraphs[-1].add(f" {line}")
        else:
            paragraphs.append(Paragraph(line))
    return "\n\n".join(paragraph.text() for paragraph in paragraphs)


# A line that opens an item of a list, bulleted or numbered ("- ", "• ", "2. ", "b) ", "C) "),
# and one that opens a bulleted item.
ITEM_LINE = re.compile(r"^\s*(?:[•▪●◦→*·–-]|\d{1,3}[.)]|[A-Za-z][.)])\s+")
BULLET_LINE = re.compile(r"^\s*[•▪●◦→*·–-]\s+")


def list_items(text: str, marker: re.Pattern = ITEM_LINE) -> list[str]:
    """The items of `text` when every line of it that is not blank, two at least, opens with
    `marker`: the lines without it; else []."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or not all(marker.match(line) for line in lines):
        return []
    return [marker.sub("", line, count=1).strip() for line in lines]


def text_pages(text: str, limit: int) -> list[str]:
    """`text` cut between paragraphs into pages of at most `limit` characters each (a single
    longer paragraph is a page of its own, cut at `limit`). A page's paragraphs are gathered in
    a list and joined once, so the time is linear in the text's length."""
    pages: list[str] = []
    current: list[str] = []
    size = 0  # of the current page, "\n\n" between its paragraphs included

    def end_page():
        nonlocal size
        if current:
            pages.append("\n\n".join(current))
            current.clear()
            size = 0

    for paragraph in PARAGRAPH_BREAK.split(text.strip()):
        if not paragraph:  # a text of blanks
            continue
        if len(paragraph) > limit:
            end_page()
            pages += (paragraph[start : start + limit] for start in range(0, len(paragraph), limit))
            paragraph = pages.pop()
        if current and size + 2 + len(paragraph) > limit:
            end_page()
        size += len(paragraph) + 2 * bool(current)
        current.append(paragraph)
    end_page()
    return pages
