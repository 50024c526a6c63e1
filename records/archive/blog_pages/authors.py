"""Authors of a scraped page: author blocks, bylines, and telling names from job titles."""

from __future__ import annotations

import re

from ..document import Author
from .vocabulary import (
    AUTHOR_HEADS,
    NAME_PARTICLES,
    NAME_PREFIXES,
    NAME_STOPWORDS,
    ROLE_WORDS,
    fold,
    is_caption,
    is_date,
    is_read_more,
    is_upper,
)

# Where two texts were glued without a space: a lower-case letter, then an upper-case one.
GLUED_RE = re.compile(r"(?<=[a-z\u00e0-\u00ff])(?=[A-Z])")
# A role given per language: "en: Head of Solutions Mapping" / "tr: Çözüm Haritalama …".
_LANGS = r"(?:en|es|fr|pt|ar|ru|uk|tr|sr|ku|ka|hy|az|kk|ky|uz|tg|mn|sq|mk|bs|hr|ro|id|vi|th):"
_LANG_PREFIX_RE = re.compile(rf"{_LANGS} ?\S", re.IGNORECASE)
# The language labels of such a role, which is kept as its versions joined by " / ".
_LANG_LABEL_RE = re.compile(rf"(?:^|\s){_LANGS} ?(?=\S)", re.IGNORECASE)
_BYLINE_SEP_RE = re.compile(r"( and | y | et | e | & | ?\| ?|; and |; )")
# A role after a name without a comma, or glued to it: "Nguyen Tuan Luong Head of Solutions
# Mapping", "Gabriela González LuchaHead of Exploration".
ROLE_AFTER_NAME_RE = re.compile(
    r"(?<=[a-z\u00e0-\u00ff])(?<!\band)(?<!\bet)(?<!\b[ye])(?<!\bof)\s*"
    r"(?=(?:Head of|Chief|Senior|Team Lead|Economist|Director|Coordinator)\b)"
)
# An affiliation glued to the role before it: "Head of ExplorationLaboratorio de Aceleración".
_GLUED_AFFILIATION_RE = re.compile(
    r"(?<=[a-z\u00e0-\u00ff]{3})(?=(?:Laboratorio|Laboratório|Laboratoire|Accelerator|UNDP|PNUD"
    r"|AccLab|Lab)\b)"
)
# A credit word inside a byline, glued to the role before it or after an organisation:
# "A, Head of ExplorationCo-Author: B, Deputy…", "Accelerator Lab Zimbabwe AUTHORS: A, B".
_INNER_CREDIT_RE = re.compile(r"(?:(?<=[a-z.)])|\s+)(?:co-?authors?|authors?)\s?:\s*", re.I)
# Words of an organisation's name: a byline may credit one ("By Accelerator Lab, UNDP Kenya").
ORG_WORDS = {"undp", "pnud", "lab", "labs", "acclab", "laboratorio", "team", "equipo"}
_LETTERS_RE = re.compile(r"[^\W\d_]+")
# Lower-cased inside an upper-case name; a lone "I", "E" or "Y" there is more often an initial.
_LOWER_PARTICLES = NAME_PARTICLES - {"i", "e", "y"}


def make_author(name: str, role: str = "") -> Author:
    role = _GLUED_AFFILIATION_RE.sub(", ", role)
    if _LANG_PREFIX_RE.match(role):
        role = " / ".join(p.strip(" ,;") for p in _LANG_LABEL_RE.split(role) if p.strip(" ,;"))
    return Author(name=_title_case(name), role=" ".join(role.split()).strip(" ,;"))


def _title_case(name: str) -> str:
    """Upper-case name to title case: "JENNY KYZY (ENSI TSZIE)" → "Jenny Kyzy (Ensi Tszie)"."""
    name = " ".join(name.split()).strip(" ,;")
    if not is_upper(name):
        return name
    first, *rest = name.split(" ")
    words = [w.lower() if w.casefold() in _LOWER_PARTICLES else _capitalise(w) for w in rest]
    return " ".join([_capitalise(first), *words])


def _capitalise(word: str) -> str:
    return _LETTERS_RE.sub(lambda m: m[0][:1].upper() + m[0][1:].lower(), word)


def is_author_head(s: str) -> bool:
    return len(s) <= 20 and fold(s).rstrip(" :") in AUTHOR_HEADS


def _has_stopword(words: list[str]) -> bool:
    return any(w.casefold().strip("().,") in NAME_STOPWORDS for w in words)


def has_role_word(s: str) -> bool:
    words = s.replace(",", " ").replace("/", " ").replace("-", " ").split()
    return any(w.casefold().strip("().:;") in ROLE_WORDS for w in words)


def name_like(s: str) -> bool:
    """A short line shaped like a person's name in mixed case ("Ana Djú", "Isa da Costa")."""
    name = s.rstrip(",")
    words = name.split()
    if not (3 <= len(s) <= 60 and 1 <= len(words) <= 7) or "," in name or _has_stopword(words):
        return False
    if any(ch.isdigit() or ch in ':/@|“”"?!;#' for ch in s):
        return False
    if s.endswith(".") and len(words[-1]) > 3 and words[-1].casefold() not in NAME_PREFIXES:
        return False
    heads = [w.lstrip("(“\"'‘") for w in words]
    if not all(heads):
        return False
    # Lower-case words: a particle after the first word ("Isa da Costa"), or a prefix ("dr.").
    lower = [(i, h.casefold()) for i, h in enumerate(heads) if not h[0].isupper()]
    if any(h not in NAME_PREFIXES and not (i > 0 and h in NAME_PARTICLES) for i, h in lower):
        return False
    return len(lower) < len(heads) and (len(words) > 1 or len(s) >= 4)


def _upper_name_like(s: str) -> bool:
    return (
        3 <= len(s) <= 80
        and is_upper(s)
        and 1 <= len(s.split()) <= 8
        and not any(ch.isdigit() or ch in ":/@|?!;#" for ch in s)
        and not _has_stopword(s.split())
    )


def role_like(s: str) -> bool:
    """A line that can follow a name as its job title."""
    return (
        len(s) <= (400 if _LANG_PREFIX_RE.match(s) else 160)
        and len(s.split()) <= 25
        and not (len(s) > 100 and s.endswith((".", "!", "?", ":")))
        and not (is_date(s) or is_caption(s) or is_read_more(s))
    )


def _is_name(s: str, upper: bool) -> bool:
    return (_upper_name_like(s) if upper else name_like(s)) and not has_role_word(s)


def _is_role(s: str, upper: bool) -> bool:
    if not role_like(s):
        return False
    return not _upper_name_like(s) if upper else has_role_word(s) or not name_like(s)


def _split_glued_role(role: str) -> tuple[str, str]:
    """Split a role glued to the next paragraph.

    "Head of X, UNDP LabCitizen science is…" → ("Head of X, UNDP Lab", "Citizen science is…").
    """
    if len(role) >= 40:
        affiliations = {m.start() for m in _GLUED_AFFILIATION_RE.finditer(role)}
        for m in GLUED_RE.finditer(role, 16):
            rest = role[m.start() :]
            words = rest.split()
            if (
                m.start() not in affiliations
                and len(rest) >= 30
                and len(words) >= 5
                and words[1][:1].islower()
            ):
                return role[: m.start()], rest
    return role, ""


def parse_author_block(lines: list[str], k: int) -> tuple[list[Author], int, str]:
    """Read name/role pairs from lines[k:].

    Returns (authors, index after the block, article text glued to the last role line).
    """
    authors: list[Author] = []
    if k == len(lines):
        return authors, k, ""
    upper = _upper_name_like(lines[k])
    if not _is_name(lines[k], upper):
        # "Hanane Kaouane, Head of Experimentation, Accelerator Lab UNDP Algeria."
        while k < len(lines) and ", " in lines[k] and len(lines[k]) <= 250:
            found = parse_byline(lines[k])
            if not found:
                break
            authors += found
            k += 1
        return authors, k, ""
    had_role = True
    leftover = ""
    while k < len(lines) and not leftover and _is_name(lines[k], upper):
        name = lines[k]
        below = lines[k + 1] if k + 1 < len(lines) else ""
        # After a name with a role, the next name needs a role or another name below it (or,
        # in upper case, the article: a last name without a role).
        if (
            authors
            and had_role
            and not (below and (_is_role(below, upper) or _is_name(below, upper)))
            and not (upper and len(name.split()) <= 5 and len(below) > 160)
        ):
            break
        k += 1
        role = ""
        if k < len(lines) and _is_role(lines[k], upper):
            role, leftover = _split_glued_role(lines[k])
            k += 1
            if _LANG_PREFIX_RE.match(role) and not leftover:
                while k < len(lines) and len(lines[k]) <= 400 and _LANG_PREFIX_RE.match(lines[k]):
                    role += " " + lines[k]
                    k += 1
        # "Head of Solutions Mapping," / "Laboratorio de Aceleración" / "PNUD Guatemala"
        while role and not leftover and k < len(lines) and _is_affiliation(lines[k]):
            role = f"{role.rstrip(' ,')}, {lines[k]}"
            k += 1
        had_role = bool(role)
        authors.append(make_author(name.rstrip(","), role))
    return authors, k, leftover


def _is_affiliation(s: str) -> bool:
    """A short line naming the organisation a role above it belongs to ("PNUD Guatemala")."""
    return (
        len(s) <= 60
        and is_organisation(s)
        and not is_upper(s)
        and not any(ch in s for ch in ".!?:/")
    )


def parse_byline(text: str) -> list[Author]:
    """Authors of a byline: "A Name, B Name and C Name" or "A Name, Head of X"; an
    organisation credited before the people is left out."""
    text = text.strip().strip(":").strip()
    if not text or len(text) > 300:
        return []
    parts = _BYLINE_SEP_RE.split(text)
    authors: list[Author] = []
    # Each chunk with the separator before it.
    for chunk, sep in zip(parts[::2], ["", *parts[1::2]], strict=True):
        chunk = chunk.strip(" ,;")
        if not chunk:
            continue
        pieces = [p.strip() for p in chunk.split(",") if p.strip()]
        first = pieces[0]
        is_name = _is_name(first, is_upper(first))
        if not (authors or is_name) and is_organisation(chunk):
            continue  # "Accelerator Lab Zimbabwe; A, B", "Lab Team & A": the people after it
        if not (is_name and (len(first.split()) >= 2 or not authors)):
            if not authors or len(chunk) > 100 or ":" in chunk:
                break
            # "…, Learning and Community Manager": the role went on after " and ".
            last = authors[-1]
            joiner = ", " if sep.strip() in {"|", ";"} else sep
            last.role = f"{last.role}{joiner}{chunk}" if last.role else chunk
        elif all(_is_name(p, is_upper(p)) and len(p.split()) >= 2 for p in pieces):
            authors += [make_author(p) for p in pieces]
        else:
            authors.append(make_author(first, ", ".join(pieces[1:])))
    for author in authors:
        author.role = author.role.rstrip(" .")
    return authors


def is_organisation(text: str) -> bool:
    words = text.replace(",", " ").split()
    return 1 < len(words) <= 10 and any(w.casefold().strip("'’s") in ORG_WORDS for w in words)


def inline_authors(text: str) -> tuple[list[Author], str]:
    """Authors after "Author:" on one line, and the article text glued after them.

    Every person is an author of their own, with their own role: a credit word inside the
    byline parts two authors ("A, Head of ExplorationCo-Author: B, …")."""
    text = "; ".join(p for p in _INNER_CREDIT_RE.split(text) if p.strip())
    byline, glued = _split_glued_role(ROLE_AFTER_NAME_RE.sub(", ", text))
    authors = parse_byline(byline)
    if authors:
        return authors, glued
    # "Author: Tayo AkinyemiVendors at Nakasero Market…" (a caption glued on)
    m = GLUED_RE.search(text, 0, 80)
    if m and _is_name(text[: m.start()], False):
        return [make_author(text[: m.start()])], text[m.start() :]
    return [], ""


# A signature closing an article: "Ana Lima, Judite da Silva e Alberto K. Hungulo - Laboratório
# de Aceleração do PNUD em Angola".
_SIGNATURE_RE = re.compile(r"(?P<names>[^-–—]{5,200}?)\s+[-–—]\s+(?P<team>[^-–—]{5,120})")


def signature_authors(line: str) -> tuple[list[Author], str] | None:
    """(authors, "") of a closing signature: people named whole and their team; else None."""
    m = _SIGNATURE_RE.fullmatch(line.strip(" ."))
    if not m or not (is_organisation(m["team"]) or has_role_word(m["team"])):
        return None
    names = [
        p.strip(" ,")
        for chunk in _BYLINE_SEP_RE.split(m["names"])[::2]
        for p in chunk.split(",")
        if p.strip(" ,")
    ]
    if names and all(name_like(n) and len(n.split()) >= 2 for n in names):
        return [make_author(n, m["team"]) for n in names], ""
    return None


def meta_authors(lines: list[str]) -> list[Author]:
    """Names from a publication's metadata "AUTHORS" line, glued together: "Ana DjúYrika Maritz"."""
    at = next(
        (i for i, s in enumerate(lines[:-1]) if is_upper(s) and fold(s) in AUTHOR_HEADS), None
    )
    if at is None or len(lines[at + 1]) > 300:
        return []
    names = [p.strip() for n in GLUED_RE.split(lines[at + 1]) for p in n.split(",") if p.strip()]
    if names and all(name_like(n) and len(n.split()) >= 2 for n in names):
        return [make_author(n) for n in names]
    return []
