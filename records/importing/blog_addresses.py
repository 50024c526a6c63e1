"""Plans' links to blogs found by the blog's other addresses, once a run's files are in.

A plan links to a blog by the address it had when the plan was written: the old site's
`ke.undp.org/content/kenya/en/home/blog/2021/a-title.html`, a country subsite, a language
prefix, or the new `undp.org/kenya/blog/title` the archive keys the blog by. A link whose
normalised URL names no blog (see plans.link_blogs) is looked up by its address words: the
words of the last part of its path, folded, without the small words the site's addresses
leave out ("a", "the", "of", …), against those of every blog's source URL and title. A word
key naming several blogs is settled by the country office the link's URL names; one still
naming several is left unresolved. Linear: one index of the blogs by key, one look-up per
link. Links of a plan staff edited are left as staff left them.
"""

from __future__ import annotations

import re
import urllib.parse
from collections import defaultdict

from records import versioning
from records.folding import fold, without_plural_s
from records.models import Blog, BlogLink

from .country_offices import office_country

# Words the site's addresses drop from a title, and the endings of old pages.
SMALL_WORDS = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "it")
    + ("its", "of", "on", "or", "the", "to", "via", "with")
)
PAGE_ENDINGS = (".html", ".htm", ".aspx", ".php")
WORD_RE = re.compile(r"[^\W_]+")
# Fewer address words than this name no page in particular ("home", "blog", "2021").
MIN_WORDS = 2


def address_key(text: str) -> str:
    """The words of a title or of a path's last part, folded, without plural "s", small words
    and lone letters, run together: "What is 10 kg of citrus waste worth?" and
    "What-is-10kg-of-citrus-waste-worth.html" give "what10kgcitruswasteworth", "Uganda's" and
    "ugandas" give "uganda"; "" when fewer than MIN_WORDS words remain."""
    words = [
        without_plural_s(w)
        for w in WORD_RE.findall(fold(text))
        if len(w) > 1 and w not in SMALL_WORDS
    ]
    if len(words) < MIN_WORDS or all(w.isdigit() for w in words):
        return ""
    return "".join(words)


def url_key(url: str) -> str:
    """`address_key` of the last part of a URL's path ("" when it has none)."""
    try:
        path = urllib.parse.unquote(urllib.parse.urlsplit(url.strip()).path)
    except ValueError:
        return ""
    last = path.rstrip("/").rpartition("/")[2]
    for ending in PAGE_ENDINGS:
        last = last.removesuffix(ending)
    return address_key(last)


def blog_index(blogs) -> dict[str, list[tuple[int, str | None]]]:
    """Address key → [(blog id, country code)], of (id, source URL, title, country) rows."""
    index = defaultdict(list)
    for pk, source_url, title, country in blogs:
        for key in {url_key(source_url), address_key(title)} - {""}:
            index[key].append((pk, country))
    return index


def find_blog(url: str, index, country_keys: dict[str, str]) -> int | None:
    """The one blog the link `url` names by its address words, else None."""
    found = {pk: country for pk, country in index.get(url_key(url), ())}
    if len(found) > 1:
        office = office_country(url, country_keys)
        found = {pk: country for pk, country in found.items() if country == office}
    return next(iter(found)) if len(found) == 1 else None


def resolve_links(country_keys: dict[str, str]) -> int:
    """Tie the unresolved links of plans staff did not edit to the blogs their addresses name;
    returns how many were tied. One query when no link waits."""
    waiting = list(
        BlogLink.objects.filter(blog=None, plan__edited_since_import=False).values_list("pk", "url")
    )
    if not waiting:
        return 0
    index = blog_index(Blog.objects.values_list("pk", "source_url", "title", "country_id"))
    tied = [
        BlogLink(pk=pk, blog_id=blog)
        for pk, url in waiting
        if (blog := find_blog(url, index, country_keys)) is not None
    ]
    if tied:
        BlogLink.objects.bulk_update(tied, ["blog"], batch_size=500)
        versioning.bump()
    return len(tied)
