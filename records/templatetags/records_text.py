"""Archive text on a page: escaped, in paragraphs, with only http(s) URLs made links.

Django's `urlize` also links `www.` names and e-mail addresses; archive text is untrusted and
mentions staff addresses, so here a link is made of an explicit http:// or https:// URL alone,
bare or in the Markdown link syntax the archive keeps. A plan's answers (`answer_paragraphs`)
show their uploaded pictures, from the archive's image hosts (settings.ARCHIVE_IMAGE_HOSTS,
which the Content-Security-Policy allows), loaded lazily in a box of fixed proportions; any
other picture is a link to it.
"""

import re
from itertools import count
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from records.archive.prompts import prompt_label
from records.http_urls import has_host, http_url
from records.prose import BULLET_LINE, list_items

register = template.Library()

# An apostrophe belongs to a URL when a letter or digit follows it ("…text=Edson's%20…"): a
# quote that closes a quoted URL is followed by a space or punctuation. A double quote never
# does, so no URL can leave the attribute it is written in (it is escaped there too).
URL_CHARS = r"(?:[^\s<>\"'`]|'(?=\w))"
URL_RE = re.compile(rf"(?<![\w/.@-])https?://{URL_CHARS}+", re.IGNORECASE)
# A Markdown link or image the archive kept as text: [label](url), ![alt](url).
MARKDOWN_LINK_RE = re.compile(
    r"(?P<image>!?)\[(?P<label>[^\]\n]{0,500})\]"
    r"\((?P<url>https?://(?:[^\s()<>\"'`]|'(?=\w))+"
    r"(?:\([^\s()<>\"'`]*\)(?:[^\s()<>\"'`]|'(?=\w))*)*)\)",
    re.IGNORECASE,
)
# The archive's placeholder for an image without a description.
NO_ALT_TEXT = "missing alt text"
# Punctuation that ends a sentence rather than the URL before it.
TRAILING = ".,;:!?*'\")]}"
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def url_end(text: str, start: int, end: int) -> int:
    """Where the URL found at text[start:end] really ends: trailing punctuation is left out,
    and a closing bracket only belongs to the URL when it closes one opened inside it."""
    while end > start and text[end - 1] in TRAILING:
        url = text[start:end]
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        end -= 1
    return end


def link(url: str, label: str) -> SafeString:
    return format_html('<a href="{}" rel="nofollow ugc noopener">{}</a>', url, label)


def link_urls(text: str) -> SafeString:
    """`text` escaped, with each bare http(s) URL in it a link."""
    parts, pos = [], 0
    for match in URL_RE.finditer(text):
        end = url_end(text, match.start(), match.end())
        url = text[match.start() : end]
        if not has_host(url):
            continue
        parts += [escape(text[pos : match.start()]), link(url, url)]
        pos = end
    parts.append(escape(text[pos:]))
    return mark_safe("".join(parts))


def image_label(url: str, alt: str, number: int) -> str:
    """What a link to an image says: its description, else which attached image of the text
    it is and its file type (the archive's file names are hashes that tell a reader nothing)."""
    if alt and alt.lower() != NO_ALT_TEXT:
        return gettext("Image: %(description)s") % {"description": alt}
    extension = urlsplit(url).path.rpartition(".")[2]
    kind = f" ({extension.upper()})" if 0 < len(extension) <= 4 and extension.isalnum() else ""
    return gettext("Attached image %(number)d%(kind)s") % {"number": number, "kind": kind}


def picture(url: str, alt: str) -> SafeString:
    """An archive picture shown where it was uploaded, linking to the full-size file."""
    return format_html(
        '<a class="answer-image" href="{}" rel="nofollow ugc noopener">'
        '<img src="{}" alt="{}" loading="lazy" decoding="async" width="640" height="480"></a>',
        url,
        url,
        alt,
    )


def shown_picture(url: str) -> bool:
    return urlsplit(url).hostname in settings.ARCHIVE_IMAGE_HOSTS


def linkify(text: str, images=None, pictures: str | None = None) -> SafeString:
    """`text` escaped, with its Markdown links and bare URLs made links, http(s) ones only.
    An image becomes a link to it, or with `pictures` (the label of the answer it is in, maybe
    "") the picture itself when it is on an archive image host. `images` numbers the images
    (an itertools.count shared by the lines of one text)."""
    parts, pos = [], 0
    images = images or count(1)
    for match in MARKDOWN_LINK_RE.finditer(text):
        url, label = match["url"], match["label"].strip()
        if not has_host(url):
            continue
        if match["image"]:
            label = image_label(url, label, next(images))
            if pictures is not None and shown_picture(url):
                alt = f"{pictures}: {label}" if pictures else label
                parts += [link_urls(text[pos : match.start()]), picture(url, alt)]
                pos = match.end()
                continue
        parts += [link_urls(text[pos : match.start()]), link(url, label or url)]
        pos = match.end()
    parts.append(link_urls(text[pos:]))
    return mark_safe("".join(parts))


@register.filter(is_safe=True)
def paragraphs(text, pictures: str | None = None) -> SafeString:
    """Blank lines separate paragraphs, single line breaks become <br>, and a paragraph of
    bulleted lines ("- Sense", "- Explore") a list; see linkify."""
    text = str(text or "").replace("\r\n", "\n").strip()
    parts, images = [], count(1)
    for paragraph in PARAGRAPH_BREAK.split(text):
        if items := list_items(paragraph, BULLET_LINE):
            rows = (format_html("<li>{}</li>", linkify(item, images, pictures)) for item in items)
            parts.append(format_html("<ul>{}</ul>", mark_safe("".join(rows))))
            continue
        lines = [linkify(line.strip(), images, pictures) for line in paragraph.strip().split("\n")]
        if any(lines):
            parts.append(format_html("<p>{}</p>", mark_safe("<br>".join(lines))))
    return mark_safe("\n".join(parts))


@register.filter(is_safe=True)
def answer_paragraphs(answer) -> SafeString:
    """A PlanAnswer's text in paragraphs, its uploaded pictures shown (see linkify) and
    described by its label, else the label its question opens with."""
    return paragraphs(answer.text, answer.label or prompt_label(answer.prompt))


# `url` when it is an http(s) URL with a host, else "": only those become links.
register.filter("http_url", http_url)
