"""Long archive text read as prose: PDF lines joined into paragraphs, and cut into pages.

A publication's body is the text of a PDF: each printed line is a paragraph, words are
hyphenated across lines, and a big report runs to megabytes. `reflow` joins the lines back
into paragraphs and mends the hyphenation; `opening` and `text_pages` cut it for pages of a bounded
weight. Pure functions on strings.
"""

import re

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A line that starts an item of a list keeps its own line.
LIST_ITEM = re.compile(r"^(?:[•▪●◦→*–-]\s|\d{1,3}[.)]\s)")
# A word cut at the end of a line: "develop-" + "ment".
CUT_WORD = re.compile(r"(\w+)-$")
NEXT_WORD = re.compile(r"^([^\W\d_]\w*)")
CUT_ACROSS_LINES = re.compile(r"\w+-\n\s*\w+")
# A word, hyphenated compounds whole: the text's own vocabulary decides the cut words.
WORD = re.compile(r"\w+(?:-\w+)*")
# A short line ending in a question mark or colon is a heading ("why?", "Methods:").
SHORT_HEADING = 40
SENTENCE_END = (".", "!", "?", ":", ";", "”", '"', ")")
# A line this long is a full printed line: the sentence it leaves open goes on the next line.
FULL_LINE = 50


def ends_paragraph(line: str, following: str) -> bool:
    """Whether a paragraph ends between two lines: before a list item or a line starting with
    a capital after one that ends a sentence, after a heading in capitals or a short line
    ending in "?" or ":". A line that starts lower-case, or follows a full printed line that
    ends mid-sentence, goes on the paragraph."""
    if LIST_ITEM.match(following):
        return True
    # `line` is the paragraph so far, which may be long: stop at its first lower-case letter.
    if any(c.isalpha() for c in line) and not any(c.isalpha() and not c.isupper() for c in line):
        return True
    if len(line) < SHORT_HEADING and line.endswith(("?", ":")):
        return True
    if line.endswith(SENTENCE_END):
        return not following[:1].islower()
    return not (following[:1].islower() or len(line) >= FULL_LINE)


def join_cut_word(line: str, following: str, vocabulary: set) -> str | None:
    """`line` and `following` joined when a word is cut between them, else None. The hyphen
    goes when the whole word occurs elsewhere in the text ("develop-" "ment"); it stays when the
    hyphenated form does, or else when both halves are words of the text ("peer-" "reviewed")
    or the second one has a capital ("Peer-" "Support")."""
    if not line.endswith("-"):
        return None
    cut, rest = CUT_WORD.search(line), NEXT_WORD.match(following)
    if not (cut and rest):
        return None
    head, tail = cut[1], rest[1]
    if f"{head}{tail}".casefold() in vocabulary:
        joiner = ""
    elif f"{head}-{tail}".casefold() in vocabulary:
        joiner = "-"
    else:
        compound = tail[0].isupper() or {head.casefold(), tail.casefold()} <= vocabulary
        joiner = "-" if compound else ""
    return line[: cut.start()] + head + joiner + following


def text_vocabulary(text: str) -> set:
    """The words of `text`, casefolded, compounds whole and by part, leaving out the halves of
    words cut at a line end."""
    words = WORD.findall(CUT_ACROSS_LINES.sub(" ", text).casefold())
    return {*words, *(part for word in words if "-" in word for part in word.split("-"))}


def reflow(text: str) -> str:
    """`text` with its lines (the archive keeps a PDF line per paragraph) joined back into
    paragraphs, separated by blank lines; cut words mended. See ends_paragraph."""
    text = text.replace("\r\n", "\n").replace("\u00ad", "")
    vocabulary = text_vocabulary(text)
    paragraphs = []
    for line in (line.strip() for line in text.split("\n")):
        if not line:
            continue
        mended = paragraphs and join_cut_word(paragraphs[-1], line, vocabulary)
        if mended:
            paragraphs[-1] = mended
        elif paragraphs and not ends_paragraph(paragraphs[-1], line):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


def text_pages(text: str, limit: int) -> list[str]:
    """`text` cut between paragraphs into pages of at most `limit` characters each (a single
    longer paragraph is a page of its own, cut at `limit`)."""
    pages, current = [], ""
    for paragraph in PARAGRAPH_BREAK.split(text.strip()):
        while len(paragraph) > limit:
            if current:
                pages.append(current)
                current = ""
            pages.append(paragraph[:limit])
            paragraph = paragraph[limit:]
        if current and len(current) + 2 + len(paragraph) > limit:
            pages.append(current)
            current = ""
        current = f"{current}\n\n{paragraph}" if current else paragraph
    if current:
        pages.append(current)
    return pages
