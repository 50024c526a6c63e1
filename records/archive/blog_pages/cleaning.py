"""An article's paragraphs cleaned of what the scraper kept from the page around the words.

* "(link is external)", the label undp.org pages put after every outside link, goes;
* a photo caption ending in its credit ("Women at the market. Photo: UNDP Kenya") goes, and
  when the paragraph after it was glued on ("Photo: Sid Lee/ArtistsOur world is…") only the
  caption goes; a credit closing a longer paragraph goes alone;
* contact lines ("Email: …", "Twitter: @…", "Tel: …", "Contact:") and lines opening on an
  e-mail address go;
* literal markdown is read: "> " opening a line and "*…*" or "**…**" around words are dropped,
  a line holding only ">" (a PDF's bullet) goes;
* a sentence run into the next one ("practices.For instance") gets its space back.

Every pattern is anchored or bounded, so a paragraph costs no more than its length.
"""

from __future__ import annotations

import re

EXTERNAL_RE = re.compile(r"\s*\(link is external\)(\w?)", re.IGNORECASE)
# The label of a credit: "Photo:", "Photo credit:", "Photos:", "Image 3:", "Foto:",
# "Crédits photo :", "Cover image:"; "Credit:" alone only opening a paragraph.
_CREDIT = (
    r"(?:(?:cover |main |header )?(?:photo(?:graph)?s?|images?|pictures?|fotos?|photography)"
    r"(?: \d+)?(?: credits?)?|crédits? photos?)\s?:"
)
CREDIT_RE = re.compile(rf"^(?i:credits?\s?:)|(?:^|(?<=[\s.,;(]))(?i:{_CREDIT})")
# Where the next paragraph was glued to a credit: a capital right after a lower-case letter,
# a stop or a bracket, opening words of which one of the next few is in lower case ("…/Nation
# of ArtistsTo mark…", "Schunter)The UNDP Pacific Office in…"); "©AccLab AO/UNDP AO" is none.
GLUED_SENTENCE_RE = re.compile(r"(?<=[a-z.)])(?=[A-Z][^\s/]*(?:\s+[^\s/]+){0,3}\s+[a-z]{2,})")
# The end of a credit followed by a sentence: "Photo: UNDP Peru. The team…".
CREDIT_END_RE = re.compile(r"(?<=[\w)])\.\s+(?=[A-Z])")
# The most a credit runs to, and the longest caption a credit may close.
MAX_CREDIT = 100
MAX_CAPTION = 300
# The most credits taken out of one paragraph (a gallery's captions glued together).
MAX_CREDITS = 8
CONTACT_RE = re.compile(
    r"(?i:e-?mail|twitter|contacts?|contact us|tel|telephone|phone|fax|website|linkedin"
    r"|facebook|instagram|facebook & twitter|whatsapp)\s?:"
)
# A line opening on an address: "j.doe@undp.org – Head of Solutions Mapping".
ADDRESS_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
QUOTE_RE = re.compile(r"^>\s*")
EMPHASIS_RE = re.compile(r"(?<![\w*])(\*{1,2})([^*\s](?:[^*\n]{0,300}?[^*\s])?)\1(?![\w*])")
RUN_ON_RE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]+ )")
# Where RUN_ON_RE may match, found without its look-behind at every character.
RUN_ON_HINT = re.compile(r"[.!?][A-Z]")


def clean_body(body: str) -> str:
    """The article `body` (paragraphs separated by blank lines) cleaned as described above."""
    cleaned = (clean_paragraph(p) for p in body.split("\n\n"))
    return "\n\n".join(p for p in cleaned if p)


def clean_paragraph(s: str) -> str:
    """One paragraph cleaned; "" when nothing of the article is left."""
    if "(link is external)" in s.lower():
        s = EXTERNAL_RE.sub(lambda m: f" {m[1]}" if m[1] else "", s)
    s = s.strip()
    if s.startswith(">"):
        s = QUOTE_RE.sub("", s)
    if not s or _is_contact(s):
        return ""
    if "*" in s:
        s = EMPHASIS_RE.sub(r"\2", s)
    for _ in range(MAX_CREDITS):
        cut = _without_credit(s)
        if cut == s:
            break
        s = cut
    if RUN_ON_HINT.search(s):
        s = RUN_ON_RE.sub(" ", s)
    return s.strip()


def _is_contact(s: str) -> bool:
    return len(s) <= MAX_CAPTION and bool(CONTACT_RE.match(s) or ADDRESS_RE.match(s))


def _without_credit(s: str) -> str:
    """The paragraph without its photo caption and credit (see the module docstring)."""
    m = ":" in s and CREDIT_RE.search(s)  # every credit label ends in a colon
    if not m:
        return s
    before, rest = s[: m.start()].rstrip(" ("), s[m.end() :]
    caption = len(before) <= MAX_CAPTION
    glued = GLUED_SENTENCE_RE.search(rest, 0, MAX_CREDIT)
    if glued:  # the next paragraph glued to the credit
        after = rest[glued.start() :]
        return after if caption else f"{before} {after}"
    if len(rest) <= MAX_CREDIT or (not before and len(s) <= MAX_CAPTION):
        return "" if caption else before
    end = CREDIT_END_RE.search(rest, 0, MAX_CREDIT)
    if end:  # "Photo: UNDP Peru. The team…": the credit alone goes
        return f"{before} {rest[end.end() :]}".strip()
    return s  # "Image: …" opening a long paragraph is prose, not a credit
