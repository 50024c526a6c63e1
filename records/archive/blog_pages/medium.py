"""Medium pages, scraped line by line ("Write / Sign up / …") or flattened into one line."""

from __future__ import annotations

import re

from ..document import Author
from .authors import GLUED_RE, has_role_word, make_author, name_like, parse_byline, role_like
from .bylines import byline_authors
from .vocabulary import (
    MEDIUM_CHROME,
    MEDIUM_END_STARTS,
    MEDIUM_TOP,
    MONTHS,
    fold,
    is_boilerplate_title,
    key,
)

_MIN_READ_RE = re.compile(r"\d+ min read")
_DATE_IN_TEXT_RE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}")
_CLAPS_RE = re.compile(r"[\d.,]+[KkMm]?")


def is_flat(line: str) -> bool:
    """A whole Medium page on one line: "TitlePubFollow7 min read·Date--ListenShare…"."""
    head = line[:600]
    m = _MIN_READ_RE.search(head)
    return bool(m) and "·" in head[m.end() : m.end() + 3] and "Share" in head


def extract(lines: list[str], title: str) -> tuple[str, str, list[Author]]:
    """A Medium page scraped line by line, its first line "Write"."""
    boiler = is_boilerplate_title(title)
    n = len(lines)
    i = 0
    while i < n and fold(lines[i]) in MEDIUM_TOP:
        i += 1
    if i < n and fold(lines[i]) == "member-only story":
        i += 1
    # Headline lines up to the publication name, which sits just before "·" / "Follow".
    follow = next(
        (j for j in range(i, min(n, i + 12)) if fold(lines[j]) in {"follow", "following"}), -1
    )
    if follow >= 0:
        k = follow - 1
        if k >= i and lines[k] == "·":
            k -= 1
        headline = lines[i:k]  # lines[k] is the publication or author name
        i = follow + 1
    else:
        headline = lines[i : i + 1]
        i += 1
    # Reading time, date, clap counts, Listen / Share.
    while i < n and _is_top_chrome(lines[i]):
        i += 1
    end = _end(lines, i)
    # The author box after the article: "Written by UNDP Kenya".
    box = next((s for s in lines[end : end + 40] if fold(s).startswith("written by")), "")
    if end < n and lines[end].casefold().startswith(("written by", "more from ")):
        # Clap counts, and up to 8 tags above them, between the article and "Written by".
        while end > i and _CLAPS_RE.fullmatch(lines[end - 1]):
            end -= 1
        tags_top = max(i, end - 8)
        while end > tags_top and _looks_like_tag(lines[end - 1]):
            end -= 1
    authors, byline = _byline(lines[i:end])
    if not authors and box:
        authors = (byline_authors(box) or ([], ""))[0]

    out: list[str] = []
    for s in lines[i + byline : end]:
        if fold(s) in MEDIUM_CHROME:
            continue
        # A drop cap split off its word: "T" + "he Covid-19 pandemic…"
        if out and len(out[-1]) == 1 and out[-1].isalpha() and s[:1].islower():
            out[-1] += s
        else:
            out.append(s)
    if headline and (boiler or key(headline[0]) == key(title)):
        out = headline[1:] + out
        if boiler:
            title = headline[0]
    return title, "\n\n".join(out), authors


def _is_top_chrome(s: str) -> bool:
    f = fold(s)
    return bool(
        f in MEDIUM_CHROME or _MIN_READ_RE.fullmatch(f) or _CLAPS_RE.fullmatch(s) or _is_date(s)
    )


def _is_date(s: str) -> bool:
    """The date under a Medium headline: "Apr 6, 2021", "Dec 29"."""
    tokens = s.replace(",", " ").split()
    return (
        len(s) <= 20
        and 2 <= len(tokens) <= 3
        and tokens[0].casefold().strip(".") in MONTHS
        and all(t.isdigit() for t in tokens[1:])
    )


def _looks_like_tag(s: str) -> bool:
    return (
        len(s) <= 40
        and not s.endswith((".", "!", "?", ":", ","))
        and 1 <= len(s.split()) <= 4
        and not any(ch.isdigit() for ch in s)
    )


def _end(lines: list[str], lo: int) -> int:
    """Index of the first line after the article (author box, recommendations…)."""
    return next(
        (j for j in range(lo, len(lines)) if lines[j].casefold().startswith(MEDIUM_END_STARTS)),
        len(lines),
    )


def _byline(body: list[str]) -> tuple[list[Author], int]:
    """Authors named at the top of the article, and how many lines name them."""
    if not body:
        return [], 0
    first = body[0]
    found = byline_authors(first)
    if found and not found[1]:
        return found[0], 1
    if name_like(first.rstrip(",")) and not has_role_word(first):
        # "Ana Djú," / "Head of Exploration"
        if first.endswith(",") and len(body) > 1 and role_like(body[1]):
            return [make_author(first.rstrip(","), body[1])], 2
        return [make_author(first.rstrip(","))], 1
    return [], 0


def extract_flat(lines: list[str], title: str) -> tuple[str, str, list[Author]]:
    """A Medium page flattened into its first line (see `is_flat`)."""
    text = lines[0]
    m = _MIN_READ_RE.search(text[:600])
    headline, publication = _split_publication(
        text[: m.start()].rstrip(" ·").removesuffix("Follow").rstrip(" ·")
    )
    if is_boilerplate_title(title) and headline.strip():
        title = headline.strip()
    post = text[m.end() :]
    # The article after "ListenShare" (or after the date when it is missing).
    for marker in ("ListenShare", "Share", "Listen"):
        p = post.find(marker, 0, 200)
        if p >= 0:
            post = post[p + len(marker) :]
            break
    post = post.replace("Press enter or click to view image in full size", "")
    # Related posts glued after the article: "…this piece.UNDP Accelerator LabsWhat we…"
    p = post.find(publication, 1) if publication else -1
    while p >= 0:
        window = post[p : p + 400]
        if post[p - 1] != " " and ("A response icon" in window or _DATE_IN_TEXT_RE.search(window)):
            post = post[:p]
            break
        p = post.find(publication, p + 1)
    authors: list[Author] = []
    if post.startswith("By "):
        # The byline runs into the first sentence: "…Partnerships AdvisorInformal workers…"
        glued = GLUED_RE.search(post, 3, 300)
        if glued:
            authors = parse_byline(post[3 : glued.start()])
            if authors:
                post = post[glued.start() :]
    body = [post.strip(), *lines[1:]]
    body = [s for s in body[: _end(body, 0)] if s and fold(s) not in MEDIUM_CHROME]
    return title, "\n\n".join(body), authors


def _split_publication(head: str) -> tuple[str, str]:
    """Headline and publication name glued: "Agile minds…COVID-19UNDP Accelerator Labs"."""
    for marker in ("UNDP", "UN "):
        p = head.rfind(marker)
        if p > 0 and head[p - 1] != " " and len(head) - p <= 50:
            return head[:p], head[p:]
    for m in GLUED_RE.finditer(head):
        if len(head) - m.start() <= 50 and " " in head[m.start() :]:
            return head[: m.start()], head[m.start() :]
    return head, ""
