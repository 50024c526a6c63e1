"""HTML pasted into the form's answers, taken out: the text stays, the markup goes.

The form's rich-text boxes left `<div><br></div>`, Word's `<span style=…>` and `<p class=…>`
in answers, sometimes escaped (`&lt;div&gt;`) and, in links, escaped over and over
(`&amp;amp;amp;lt;br&amp;amp;amp;gt;`). A reader sees none of it: block tags become line
breaks, inline tags go, and a link whose text and target are the same pasted markup becomes
its text, so the URLs in it stay links of their own. The form's script also left what it
wrote of an object it meant to read (`[object HTMLDivElement]`, `[object Object]`): that goes
too. An HTML link becomes the URL it shows (or a Markdown link when its text is other words),
and what the form left of one it cut (`…pdf" target="_blank">https://…`) goes before its URL.
"""

from __future__ import annotations

import re

from .text import unescape

# "&amp;amp;…" before an entity: an escape of an escape, however many times over.
_REPEATED_ESCAPE = re.compile(r"&(?:amp;)+(?=(?:amp|lt|gt|quot|nbsp|#\d{1,7});)")
_BLOCK = "div|p|br|li|ul|ol|table|tbody|thead|tr|td|th|h[1-6]|blockquote"
_INLINE = "span|font|b|i|u|strong|em|o:p|small|sup|sub"
# Attributes start "name=": "<b and c>" in a sentence is no tag.
_TAG = re.compile(rf"</?(?:({_BLOCK})|{_INLINE})(?:\s+[\w:-]+=[^<>]*)?\s*/?>", re.IGNORECASE)
# "[text](target)" whose text is its target: the archive's form of a pasted link.
_SAME_LINK = re.compile(r"\[([^\[\]]+)\]\(\1\)")
# An HTML link: `<a href="URL" …>text</a>`.
_ANCHOR = re.compile(r'<a\s[^<>]*?\bhref="(https?://[^"<>\s]+)"[^<>]*>([^<>]*)</a>', re.IGNORECASE)
# What is left of an HTML link cut at its start, before the URL it shows: the end of its
# address and its other attributes ('…/file.pdf" target="_blank">'), or its address whole
# after a stray "www." ('www. href="http://x.org/" target="_blank">').
_ANCHOR_REMAINS = re.compile(
    r'(?<!\S)(?:www\.\s+)?(?:href=")?([^\s"<>]+)"(?:\s+[\w:-]+="[^"<>]*")+\s*>'
    r'(?=(https?://[^\s<>"]+))'
)
# A script object written as text: JavaScript's "[object " + its class name + "]".
_SCRIPT_OBJECT = re.compile(r"\[object [A-Z][A-Za-z]*\]")


def strip_markup(text: str) -> str:
    """`text` (already decoded once) without the HTML pasted into it."""
    if "[object " in text:
        text = _SCRIPT_OBJECT.sub("", text).strip()
    if "<" not in text and "&" not in text and '">' not in text:
        return text
    text = _REPEATED_ESCAPE.sub("&", text)
    text = unescape(text)  # the escapes left after the file's own decoding
    text = _ANCHOR_REMAINS.sub(lambda m: "" if m[2].endswith(m[1]) else m[0], text)
    if "<" not in text:
        return text
    text = _ANCHOR.sub(_anchor_text, text)
    text = _SAME_LINK.sub(lambda m: m[1] if _TAG.search(m[1]) else m[0], text)
    text = _TAG.sub(lambda m: "\n" if m[1] else "", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _anchor_text(anchor: re.Match) -> str:
    """An HTML link as the archive writes links: its URL, or "[text](URL)"."""
    url, label = anchor[1], anchor[2].strip()
    return url if label in ("", url) else f"[{label}]({url})"
