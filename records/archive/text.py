"""Text cleaning: bytes to text, line ends, invisible characters, entities, embedded images.

All cleaned text has LF line ends, no control characters (other than LF and tab), no
zero-width/soft hyphens, NBSP turned into spaces, HTML entities decoded exactly once.
"""

from __future__ import annotations

import html
import re

# VT/FF and the Unicode separators are used as soft line breaks in pasted Word text.
BREAKS = re.compile("\r\n?|[\x0b\x0c\u2028\u2029]")
INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b\ufeff]")
# Only entities closed by ";": a bare "&copy" inside a URL query must survive.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DATA_IMAGE = re.compile(
    r"!\[[^\]\n]{0,300}\]\(\s*data:image/[^)]*\)?|data:image/[\w.+-]+;base64,[A-Za-z0-9+/=]+"
)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def decode(data: bytes) -> str:
    """The text of a file: UTF-8, undecodable bytes replaced (never raises)."""
    return data.decode("utf-8", errors="replace")


def clean_text(text: str) -> str:
    """Whole-file normalisation of line ends, invisible characters and NBSPs."""
    text = BREAKS.sub("\n", text)
    text = INVISIBLE.sub("", text)
    return text.replace("\xa0", " ").replace("\u202f", " ")


def unescape(s: str) -> str:
    """Decode HTML entities once; the decoded text is cleaned like the rest of the file."""
    if "&" not in s:
        return s
    return clean_text(_ENTITY.sub(lambda m: html.unescape(m.group()), s))


def unescape_markdown(s: str) -> str:
    r"""Drop Markdown backslash escapes: "Explorer\-Ghana" is "Explorer-Ghana"."""
    return _ESCAPE.sub(r"\1", s)


def collapse(s: str) -> str:
    return " ".join(s.split())


def shorten(s: str, limit: int = 120) -> str:
    """`s` collapsed, cut at a word boundary with "…" when longer than `limit`."""
    s = collapse(s)
    if len(s) <= limit:
        return s
    cut = s[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-") + "…"


def clean_block(lines: list[str]) -> str:
    """Answer text: entities decoded, trailing spaces and empty checklist bullets dropped."""
    out = []
    for line in lines:
        line = unescape(line).rstrip()
        if line.strip() != "-":
            out.append(line)
    text = "\n".join(out).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text)


def remove_data_images(lines: list[str], keep: list[bool]) -> int:
    """Remove base64 pictures from the lines not flagged in `keep`; returns how many went.

    They can be megabytes long and say nothing a reader of the text needs.
    """
    removed = 0
    for i, line in enumerate(lines):
        if "data:image/" in line and not keep[i]:
            lines[i], count = _DATA_IMAGE.subn("", line)
            removed += count
    return removed
