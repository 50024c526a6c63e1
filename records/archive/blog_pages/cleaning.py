"""An article's paragraphs cleaned of what the scraper kept from the page around the words.

* "(link is external)", the label undp.org pages put after every outside link, goes;
* a photo caption ending in its credit ("Women at the market. Photo: UNDP Kenya", "The team.
  © AccLabAO") goes, and when the paragraph after it was glued on ("Photo: Sid Lee/ArtistsOur
  world is…") only the caption goes; a credit closing a longer paragraph goes alone; a short
  paragraph opening on a credit without a colon ("Photo by Joshua Sortino on Unsplash") goes;
* a credit line of its own naming the organisation and the photographer ("PNUD Guatemala/
  Paola Constantino") goes;
* contact lines ("Email: …", "Twitter: @…", "Tel: …", "Contact:") and lines opening on an
  e-mail address go;
* literal markdown is read: "> " opening a line and "*…*" or "**…**" around words are dropped,
  a line holding only ">" (a PDF's bullet) goes;
* a sentence run into the next one ("practices.For instance", "circulaire.Cérémonie") gets its
  space back; a line run into the next one without a stop ("Proposed experimentThe proposed
  policy…", "practicesAs we", "GovernanceIn another") is parted where a sentence's usual first
  word starts, glued to a word of three lower-case letters or more (a name spelt in camel case,
  "LinkedIn", stays);
  a heading in title case run into the paragraph under it ("Powered by Mis-DisinformationPublic
  institutions are…") is parted too;
* a caption given twice ("Le produit Speed GelLe produit Speed Gel") is kept once.

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
# A credit without a colon opens its paragraph: "Photo by Jonathan Hodder", "Photos courtesy
# of UNDP"; "©" is a credit's label wherever it stands after a space or a stop.
CREDIT_RE = re.compile(
    rf"^(?i:credits?\s?:)|^(?i:(?:photo(?:graph)?s?|fotos?|images?|pictures?)"
    rf" (?:by|courtesy of|de|por|par) )(?=[A-Z@])|(?:^|(?<=[\s.,;(]))(?:(?i:{_CREDIT})|©)"
)
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
CREDIT_LINE_RE = re.compile(
    r"(?=[^.!?:]{5,80}$)(?=.*\b(?:UNDP|PNUD)\b)"
    r"[^/]+/ ?[A-Z][a-z\u00e0-\u00ff]+(?: [A-Z][\w.-]*){1,3}"
)
QUOTE_RE = re.compile(r"^>\s*")
EMPHASIS_RE = re.compile(r"(?<![\w*])(\*{1,2})([^*\s](?:[^*\n]{0,300}?[^*\s])?)\1(?![\w*])")
RUN_ON_RE = re.compile(r"(?<=[a-zß-ÿ]{2}[.!?])(?=[A-ZÀ-Þ][a-zß-ÿ]+ )")
# Where RUN_ON_RE, and LINE_RUN_ON_RE or GLUED_SENTENCE_START_RE, may match: found without
# their look-behinds at every character, so most paragraphs are spared them.
RUN_ON_HINT = re.compile(r"[.!?][A-ZÀ-Þ]")
GLUED_HINT = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")
# Either hint, found in one scan: most paragraphs hold neither.
CAPITAL_HINT = re.compile(r"[.!?a-zß-ÿ][A-ZÀ-Þ]")
# A sentence glued to the line above it, and the longest such line read as a heading.
GLUED_SENTENCE_START_RE = re.compile(r"(?<=[a-zß-ÿ]{3})(?=[A-ZÀ-Þ][a-zß-ÿ]{2,}(?: [a-zß-ÿ]+){2})")
MAX_HEADING = 120
LONG_WORD_RE = re.compile(r"[^\W\d_][\w-]{3,}")
# A caption given twice is 4 to MAX_DOUBLED characters of one line, then again, after a space
# or not.
MAX_DOUBLED = 200
LINE_RUN_ON_RE = re.compile(
    r"(?<=[a-zß-ÿ]{3})(?=(?:The|This|These|Those|Our|We|It|Its|As|For|With|When|What|How|Why|A|An"
    r"|(?<!Linked)In"
    r"|While|Since|However|Today|El|La|Los|Las|Le|Les|Nous|Este|Esta|Ce|Cette) [a-zß-ÿ])"
)


def clean_body(body: str) -> str:
    """The article `body` (paragraphs separated by blank lines) cleaned as described above."""
    cleaned = (clean_paragraph(p) for p in body.split("\n\n"))
    return "\n\n".join(p for p in cleaned if p)


def clean_paragraph(s: str) -> str:
    """One paragraph cleaned; "" when nothing of the article is left."""
    # Each pattern is tried only on a paragraph holding what it needs: "(", ">", "/".
    if "(" in s and "(link is external)" in s.lower():
        s = EXTERNAL_RE.sub(lambda m: f" {m[1]}" if m[1] else "", s)
    s = s.strip()
    if s.startswith(">"):
        s = QUOTE_RE.sub("", s)
    if not s or _is_contact(s) or ("/" in s and CREDIT_LINE_RE.fullmatch(s)):
        return ""
    if "*" in s:
        s = EMPHASIS_RE.sub(r"\2", s)
    for _ in range(MAX_CREDITS):
        cut = _without_credit(s)
        if cut == s:
            break
        s = cut
    s = _once(s)
    if not CAPITAL_HINT.search(s):
        return s.strip()
    if RUN_ON_HINT.search(s):
        s = RUN_ON_RE.sub(" ", s)
    if not GLUED_HINT.search(s):
        return s.strip()
    return _part_heading(LINE_RUN_ON_RE.sub("\n\n", s).strip())


def _part_heading(s: str) -> str:
    """The paragraph with a title-case heading glued to its head parted from it."""
    m = GLUED_SENTENCE_START_RE.search(s, 0, MAX_HEADING)
    if not m:
        return s
    words = LONG_WORD_RE.findall(s[: m.start()])
    if len(words) >= 3 and all(w[0].isupper() for w in words):
        return f"{s[: m.start()]}\n\n{s[m.start() :]}"
    return s


def _once(s: str) -> str:
    """The paragraph's text once when it is the same text twice (see MAX_DOUBLED): its halves
    compared, where a pattern with a back reference would try every length."""
    half = len(s) // 2
    if not 4 <= half <= MAX_DOUBLED or s[:half] != s[-half:] or "\n" in s[:half]:
        return s
    return s[:half] if len(s) % 2 == 0 or s[half] == " " else s


def _is_contact(s: str) -> bool:
    """Whether the paragraph is a contact line: at most MAX_CAPTION characters opening on a
    label and its colon or on an address (the patterns are tried only when a ":" or an "@"
    is there)."""
    if len(s) > MAX_CAPTION:
        return False
    return bool((":" in s and CONTACT_RE.match(s)) or ("@" in s and ADDRESS_RE.match(s)))


def _without_credit(s: str) -> str:
    """The paragraph without its photo caption and credit (see the module docstring)."""
    if not _may_hold_credit(s):
        return s
    # Past the paragraph's start, only a label with a colon or a "©" is a credit.
    m = CREDIT_RE.search(s) if ":" in s or "©" in s else CREDIT_RE.match(s)
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


def _may_hold_credit(s: str) -> bool:
    """Whether the paragraph holds what every credit CREDIT_RE finds holds: a "©" or, in
    lower case, "phot", "fot", "mage", "ctur", "cred" or "créd" (no other letter matches
    these without case). A paragraph holding none is spared the pattern, which is tried at
    every character; the words are tested one by one, the cheapest way."""
    lowered = s.lower()
    return (
        "phot" in lowered
        or "fot" in lowered
        or "mage" in lowered
        or "ctur" in lowered
        or "cred" in lowered
        or "créd" in lowered
        or "©" in s
    )
