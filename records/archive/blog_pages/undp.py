"""undp.org-style pages (any page not from Medium): navigation, title, article, authors, footer."""

from __future__ import annotations

import re
from functools import cache
from itertools import chain

from ..document import Author
from .authors import (
    inline_authors,
    is_author_head,
    meta_authors,
    parse_author_block,
    signature_authors,
)
from .bylines import byline_authors
from .vocabulary import (
    AUTHOR_HEADS,
    DOC_META_LABELS,
    DOC_META_STRONG,
    DOWNLOAD,
    DOWNLOAD_CHROME,
    FOOTER_MENU_NEXT,
    FOOTER_ONE_LINE,
    FOOTER_PAIRS,
    NAV,
    RELATED_HEADS,
    SKIP_LINKS,
    TEASER_LABELS,
    VIEW_MORE,
    WIDGETS,
    fold,
    is_boilerplate_title,
    is_caption,
    is_date,
    is_read_more,
    is_upper,
    key,
)

_MARKER_RE = re.compile(r"-{3} ?[A-Za-z][A-Za-z ]{0,40}? ?-{3}")
# A credit word glued to the photo caption before it: "…Startup Challenge 2020Auteur : A, …".
_GLUED_HEAD_RE = re.compile(
    r"(?<=[a-z\u00e0-\u00ff\d.)])(?=(?:Authors?|Auteur(?:e?s)?|Autor(?:es|as?)?|Por|Par|By) ?:)"
)
# The shortest line a closing author block takes for the article's (a gallery's captions
# above the block are shorter).
MIN_PROSE = 40


def extract(lines: list[str], title: str) -> tuple[str, str, list[Author]]:
    """(title, body, authors) of an undp.org-style page (see `article.extract_article`)."""
    boiler = is_boilerplate_title(title)
    given_key = "" if boiler else key(title)
    start, found_title = _article_start(lines, given_key, title)

    # Publication page: "English / PDF (1MB) / DOWNLOAD / Title / date": the article follows.
    download = next(
        (i for i in range(start, min(len(lines), start + 6)) if fold(lines[i]) in DOWNLOAD), None
    )
    if download is not None:
        repeated = key(found_title) or given_key
        start = download + 1
        while repeated and start < min(len(lines), download + 4) and key(lines[start]) == repeated:
            start += 1

    # Footer, teasers and metadata at the end.
    end = _teaser_start(lines, start, _footer_start(lines, start))
    meta = _doc_meta_start(lines, start, end)
    body = lines[start:meta]

    body, date_title = _cut_head(body, given_key or key(found_title))
    found_title = found_title or date_title
    body, authors, block_title = _cut_authors(body, boiler and not found_title)
    authors = authors or meta_authors(lines[meta:end])

    out = [s for s in map(_strip_marker, body) if s and not (len(s) <= 12 and fold(s) in WIDGETS)]
    found_title = found_title or block_title
    if boiler and found_title and key(found_title) != key(title):
        title = found_title
    return title, "\n\n".join(out), authors


def _cut_head(body: list[str], title_key: str) -> tuple[list[str], str]:
    """Drop the date lines, download chrome and title copy from the head of the article.

    Also returns the line above the first date: the title when the page has no other.
    """
    head: list[str] = []
    date_title = ""
    for i, s in enumerate(body[:12]):
        if is_date(s):
            if not date_title:
                date_title = next(
                    (p for p in reversed(head) if len(p) <= 250 and not is_caption(p)), ""
                )
            continue
        if _is_download_chrome(s):
            continue
        if i == 0 and title_key:
            rest = _drop_title(s, title_key)
            if rest != s:
                s = _strip_leading_date(rest)  # the standfirst glued to the title
        if s:
            head.append(s)
    return head + body[12:], date_title


def _cut_authors(body: list[str], no_title: bool) -> tuple[list[str], list[Author], str]:
    """Take the author block, or an "Author: …" line, out of the article.

    Returns the article, the authors and, when `no_title`, the title found above the block.
    """
    # Searched near the top and near the end only: PDF text may have "Author" lines.
    n = len(body)
    near_ends = chain(range(min(n, 60)), range(max(60, n - 40), n))
    at = next((i for i in near_ends if is_author_head(body[i])), -1)
    if at >= 0:
        authors, after, leftover = parse_author_block(body, at + 1)
        before = body[:at]
        if at > n // 2:  # the captions of a gallery closing the article
            while before and len(before[-1]) < MIN_PROSE and before[-1][-1] not in '.:!?”"':
                before.pop()
        title = ""
        # "Country / Title / Author…": the line above the block is the title.
        if (
            no_title
            and 0 < at <= 3
            and all(len(x) <= 150 for x in before)
            and not is_caption(before[-1])
        ):
            title, before = before[-1], []
        return before + ([leftover] if leftover else []) + body[after:], authors, title
    # "Author: Gina Lucarelli, UNDP Accelerator Lab Team Leader", "By A, Role and B, Role"
    # near the top, or a byline closing the article.
    for i in chain(range(min(n, 8)), range(max(8, n - 5), n)):
        caption, line = _cut_glued_head(body[i])
        found = _line_authors(line) or (signature_authors(line) if i == n - 1 else None)
        if found:
            authors, glued = found
            kept = [x for x in (caption, glued) if x]
            return body[:i] + kept + body[i + 1 :], authors, ""
    return body, [], ""


def _cut_glued_head(s: str) -> tuple[str, str]:
    """(photo caption, byline) of a line where a byline was glued to a caption, else ("", s)."""
    m = _GLUED_HEAD_RE.search(s, 0, 300)
    return (s[: m.start()], s[m.start() :]) if m else ("", s)


def _line_authors(s: str) -> tuple[list[Author], str] | None:
    """(authors, glued text) of a one-line byline, in any language's "Author:" or a "By" form."""
    label, colon, rest = s.partition(":")
    if colon and len(label) < 20 and label.casefold().strip() in AUTHOR_HEADS:
        authors, glued = inline_authors(rest.strip())
        if authors:
            return authors, glued
    return byline_authors(s)


def _article_start(lines: list[str], given_key: str, given_title: str) -> tuple[int, str]:
    """Index where the article starts, and the real title line found ("" when none)."""
    nav_end, upper_title = _skip_navigation(lines)
    # The title lines after it: the mixed-case copy of the breadcrumb title, the given title,
    # or (no breadcrumb) a line repeated at once ("Title" / "Title" or "Title …").
    keys = [k for k in (key(upper_title), given_key) if len(k) >= 4]
    pairs_ok = not keys
    if not given_key and len(key(given_title)) >= 12:
        keys.append(key(given_title))  # "# Home  Syria  Blogs" repeated as the first line
    last, last_prefix, title_line = _title_lines(lines[nav_end : nav_end + 15], keys, pairs_ok)
    if last < 0:
        return nav_end, upper_title
    # A title line that runs on into the standfirst is kept: the caller cuts the title off.
    return nav_end + last + (0 if last_prefix else 1), title_line or upper_title


def _skip_navigation(lines: list[str]) -> tuple[int, str]:
    """Index after the skip link, site name, menu and breadcrumb; the upper-case title in it."""
    i = 0
    site_key = ""
    if fold(lines[0]) in SKIP_LINKS:
        i = 1
        site = lines[1] if len(lines) > 1 else ""
        if site and len(site) <= 60 and not is_upper(site) and fold(site) not in NAV:
            site_key = key(site)
            i = 2
    upper_title = ""
    seen_nav = i > 0
    while i < min(len(lines), 40):
        s = lines[i]
        f = fold(s)
        if f in NAV or f in SKIP_LINKS:
            seen_nav = True
        elif seen_nav and i < 25 and len(s) <= 300 and is_upper(s):
            if len(key(s)) >= 4 and key(s) != site_key:
                upper_title = s
        else:
            break
        i += 1
    return i, upper_title


def _title_lines(window: list[str], keys: list[str], pairs_ok: bool) -> tuple[int, bool, str]:
    """Where the title lines at the top of `window` end.

    Returns the index of the last title line (-1 when none), whether it only starts with the
    title (it runs on into the standfirst), and the mixed-case title line found ("" if none).
    `pairs_ok`: with no title to look for, a line repeated at once is taken as the title.
    """
    key_at = cache(lambda j: key(window[j][:1000]))
    last = -1
    last_prefix = False
    title_line = ""
    for j, s in enumerate(window[:12]):
        if len(s) > 3000:
            break
        k = key_at(j)
        exact = k in keys
        prefix = not exact and any(len(t) >= 8 and k.startswith(t) for t in keys)
        if (
            not (exact or prefix)
            and pairs_ok
            and len(k) >= 8
            and len(s) <= 400
            and not is_read_more(s)
            and any(key_at(x).startswith(k) for x in range(j + 1, min(len(window), j + 4)))
        ):
            keys.append(k)
            exact = True
        if exact or prefix:
            last = j
            last_prefix = prefix and len(k) > max(map(len, keys)) + 3
            if exact and not is_upper(s):
                title_line = s
        elif (last >= 0 and j - last > 3) or is_date(s) or (last < 0 and len(s) > 400):
            break
    return last, last_prefix, title_line


def _after_title(line: str, title_key: str) -> str | None:
    """The rest of `line` when it starts with the title (letters compared), else None."""
    matched = 0
    for pos, ch in enumerate(line):
        if matched == len(title_key):
            return line[pos:].strip(" .:!?–—-")
        if ch.isalnum():
            folded = key(ch)
            if not title_key.startswith(folded, matched):
                return None
            matched += len(folded)
    return "" if matched == len(title_key) else None


def _drop_title(line: str, title_key: str) -> str:
    """The line without the title opening it, up to three times: "Title Title standfirst…"."""
    for _ in range(3):
        rest = _after_title(line, title_key)
        if rest is None:
            break
        line = rest
    return line


def _strip_leading_date(s: str) -> str:
    """Drop a date opening the line: "February 24, 2025 This…" → "This…"."""
    words = s.split(" ", 5)
    for n in (4, 3, 2):
        if len(words) > n and is_date(" ".join(words[:n])):
            return " ".join(words[n:]).strip()
    return s


def _is_download_chrome(s: str) -> bool:
    f = fold(s)
    return f in DOWNLOAD_CHROME or (len(s) <= 20 and f.startswith(("pdf (", "pdf(", "pdf ")))


def _footer_start(lines: list[str], lo: int) -> int:
    for i in range(lo, len(lines) - 1):
        if len(lines[i]) > 60:
            continue
        f = fold(lines[i])
        if f in FOOTER_PAIRS and fold(lines[i + 1]).startswith(FOOTER_PAIRS[f]):
            return i
        if f in FOOTER_ONE_LINE and fold(lines[i + 1]) in FOOTER_MENU_NEXT:
            return i
    return len(lines)


def _teaser_start(lines: list[str], lo: int, hi: int) -> int:
    """Walk back from `hi` over teaser blocks and related-content headings."""
    pos = hi
    while pos > lo:
        s = lines[pos - 1]
        f = fold(s)
        if is_read_more(s):
            # label / title / optional summary / READ MORE
            above = range(pos - 2, max(lo, pos - 5) - 1, -1)
            labels = [x for strict in (True, False) for x in above if _is_label(lines[x], strict)]
            if labels:
                pos = labels[0]
            elif pos - 2 >= lo and len(lines[pos - 2]) <= 200:
                pos -= 2
            else:
                pos -= 1
        elif (
            (len(s) <= 20 and f.rstrip(" .›>»→") in VIEW_MORE)
            or f in RELATED_HEADS
            or f in WIDGETS
            or (f.startswith("related ") and len(s) < 40)
        ):
            pos -= 1
        else:
            break
    return pos


def _is_label(s: str, strict: bool) -> bool:
    """A teaser's label: a known word, or (not strict) any short upper-case line."""
    if len(s) > 40:
        return False
    if fold(s) in TEASER_LABELS:
        return True
    return not strict and len(s) <= 30 and is_upper(s) and not is_read_more(s)


def _doc_meta_start(lines: list[str], lo: int, hi: int) -> int:
    """Start of a publication page's metadata block ("DOCUMENT TYPE", "TOPICS", …), else `hi`.

    The block is made of short label/value lines and runs to the end of the article.
    """
    start = hi
    strong = False
    for i in range(hi - 1, max(lo, hi - 16) - 1, -1):
        s = lines[i]
        # A label's value may run long: "Objetivo 1 | Fin de la pobrezaObjetivo 10 | …".
        if len(s) > 300 and not (i > lo and fold(lines[i - 1]) in DOC_META_LABELS):
            break
        f = fold(s)
        if f in DOC_META_LABELS and i + 1 < hi:
            start = i
            strong = strong or is_upper(s) or f in DOC_META_STRONG
        elif f in AUTHOR_HEADS and is_upper(s) and start < hi:
            start = i
    return start if strong else hi


def _strip_marker(s: str) -> str:
    """Remove "--- Image caption ---" style markers from a line; "" when nothing is left."""
    if "---" not in s:
        return s
    return _MARKER_RE.sub(lambda m: " " if m.start() > 0 and m.end() < len(s) else "", s).strip()
