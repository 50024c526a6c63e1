"""Text cleaning: bytes to text, line ends, invisible characters, entities, embedded images.

Bytes become text only when they are text: UTF-8 (with or without a byte-order mark) or UTF-16
with one; other bytes are read as the Windows code page charset-normalizer finds least chaotic
(Windows-1252, of which Latin-1 is a subset, on a tie), and anything else is refused with
NotText, so mojibake and binary files never become records.

All cleaned text has LF line ends, no control characters (other than LF and tab), no
zero-width/soft hyphens, NBSP turned into spaces, HTML entities decoded exactly once.
"""

from __future__ import annotations

import codecs
import html
import re

from charset_normalizer import from_bytes

# VT/FF and the Unicode separators are used as soft line breaks in pasted Word text.
BREAKS = re.compile("\r\n?|[\x0b\x0c\u2028\u2029]")
BREAK_CHARACTERS = ("\r", "\x0b", "\x0c", "\u2028", "\u2029")
INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b\ufeff]")
# Only entities closed by ";": a bare "&copy" inside a URL query must survive.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DATA_IMAGE = re.compile(
    r"!\[[^\]\n]{0,300}\]\(\s*data:image/[^)]*\)?|data:image/[\w.+-]+;base64,[A-Za-z0-9+/=]+"
)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# Two blank lines or more, kept as one (clean_block).
_BLANK_LINES = re.compile(r"\n{3,}")


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The code pages a file saved by an older editor comes in, the Western one first: it wins a tie.
LEGACY_ENCODINGS = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257")
# How much less chaotic than Windows-1252 another code page must read to be chosen instead.
_CHAOS_MARGIN = 0.01
# Control characters a text editor does not write (tab, line ends, VT and FF are text).
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Pasted text carries a few stray control characters (0.4% at most in the archive); a binary
# file is full of them.
MAX_CONTROL_SHARE = 0.01


class NotText(ValueError):
    """Bytes that are not the text of an archive file; the message says why."""


def decode(data: bytes) -> str:
    """The text of a file (see `read_text`); raises NotText."""
    return read_text(data)[0]


def read_text(data: bytes) -> tuple[str, str]:
    """(text, the encoding it was read in) of a file's bytes; raises NotText when they are
    not text or their encoding cannot be told."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _text_only(data.decode(encoding)), encoding
            except UnicodeDecodeError:
                raise NotText(
                    f"not a text file: a {encoding} byte-order mark on invalid {encoding}"
                ) from None
    if b"\x00" in data:
        raise NotText(_nul_reason(data))
    try:
        return _text_only(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = legacy_encoding(data)
    if encoding is None:
        raise NotText("not a text file: neither UTF-8 nor an encoding that could be recognised")
    return _text_only(data.decode(encoding)), encoding


def legacy_encoding(data: bytes) -> str | None:
    """The code page of LEGACY_ENCODINGS that reads `data` with the least chaos, or None."""
    matches = list(from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)))
    if not matches:
        return None
    least = min(match.chaos for match in matches)
    close = [m.encoding for m in matches if m.chaos <= least + _CHAOS_MARGIN]
    return "cp1252" if "cp1252" in close else close[0]


def _nul_reason(data: bytes) -> str:
    """Why bytes holding NULs are refused: UTF-16 without its byte-order mark says so."""
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # ASCII text in UTF-16 has a NUL in every other byte, and none in the bytes between.
    if max(even, odd) > len(sample) * 0.2 and min(even, odd) < len(sample) * 0.01:
        return "UTF-16 without a byte-order mark: save it as UTF-8 (or UTF-16 with its mark)"
    return "not a text file: it holds NUL bytes"


def _text_only(text: str) -> str:
    controls = len(CONTROL.findall(text))
    if "\x00" in text or controls > len(text) * MAX_CONTROL_SHARE:
        raise NotText("not a text file: it holds NUL bytes or control characters")
    return text


def clean_text(text: str) -> str:
    """Whole-file normalisation of line ends, invisible characters and NBSPs."""
    # Each character looked for on its own, far faster than the pattern at every character:
    # nearly every file has none of them.
    if any(map(text.__contains__, BREAK_CHARACTERS)):
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


# A bullet alone on its line: an empty checklist item ("- "), or the marker of a pasted list
# item whose text went to the next line ("·" and a run of NBSP).
_LONE_BULLETS = ("-", "·", "•", "▪", "●", "◦")


def clean_block(lines: list[str]) -> str:
    """Answer text: entities decoded, trailing spaces and lone bullets dropped."""
    out = []
    for line in lines:
        line = unescape(line).rstrip()
        if line.strip() not in _LONE_BULLETS:
            out.append(line)
    text = "\n".join(out).strip("\n")
    return _BLANK_LINES.sub("\n\n", text) if "\n\n\n" in text else text


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


# Where one sentence of a paragraph ends and the next starts.
_NEXT_SENTENCE = re.compile(r"(?<=[a-z)]\.)\s+(?=[A-Z])")


def sentences_naming(name: str, text: str) -> str:
    """The sentences of `text` that name `name`, when its first does not: "There may be an
    academic publication generated by the University of Panama." of a paragraph on the
    National Movement of Recyclers; else `text`."""
    sentences = _NEXT_SENTENCE.split(text)
    folded = name.casefold()
    if len(sentences) < 2 or folded in sentences[0].casefold():
        return text
    naming = [sentence for sentence in sentences if folded in sentence.casefold()]
    return " ".join(naming) or text
