"""parse(text) -> ParsedDocument: the steps of reading one archive file, in order.

Whole-file cleaning, tags anywhere, embedded pictures out, the `# ` title block; then either
the scraped page of a blog or publication (`blog_pages`) or the form's answers and what is
derived from them (insights, partners, blog links, a completed title).
"""

from __future__ import annotations

from .answers import parse_answers
from .blog_pages import extract_article, page_date
from .blog_pages.vocabulary import ORIGINAL_LINK
from .document import BLOG_TYPES, ParsedDocument
from .insights import insights
from .links import blog_urls
from .partners import partners
from .tags import apply_tags, read_tags
from .text import clean_text, remove_data_images, unescape
from .titles import (
    complete_truncated_title,
    drop_placeholder_title,
    fill_empty_title,
    mark_title_from_text,
    read_title,
    strip_title_marks,
    title_block,
)


def parse(text: str, name: str = "") -> ParsedDocument:
    """Parse one archive file's text; `name` (the file name) is only a last-resort title."""
    doc = ParsedDocument()
    try:
        _parse(doc, text, name)
    except Exception as exc:  # noqa: BLE001 - the contract: a warning, never an exception
        doc.warnings.append(f"internal error: {type(exc).__name__}: {exc}")
    return doc


def _parse(doc: ParsedDocument, text: str, name: str) -> None:
    lines = clean_text(text).split("\n")
    pairs, is_tag = read_tags(lines, doc.warnings)
    apply_tags(doc, pairs)
    images = remove_data_images(lines, is_tag)
    if images:
        doc.warnings.append(f"removed {images} embedded data:image picture(s)")
    start, end = title_block(lines, is_tag)
    skip = list(is_tag)  # lines that are header, not content: tags and the title block
    if start >= 0:
        skip[start:end] = [True] * (end - start)
    doc.title_line, doc.title = read_title(lines, start, end)
    if doc.type in BLOG_TYPES:
        _read_article(doc, lines, skip, end)
    else:
        _read_form(doc, lines, skip)
    fill_empty_title(doc, name)


def _read_article(doc: ParsedDocument, lines: list[str], skip: list[bool], title_end: int) -> None:
    """A blog or publication: the page's lines after its header go to `extract_article`.

    The one place that feeds `blog_pages`; its tests go through `parse` to see these lines.
    """
    start = title_end
    while start < len(lines) and (skip[start] or _is_header(lines[start])):
        start += 1
    page = [unescape(lines[i]) for i in range(start, len(lines)) if not skip[i]]
    doc.title, doc.body, doc.authors = extract_article(page, doc.title)
    if doc.published_on is None:
        # "4 min read·May 18, 2020" under a Medium headline.
        doc.published_on = page_date(page)
        if doc.published_on and doc.year is None:
            doc.year = doc.published_on.year


def _is_header(line: str) -> bool:
    return not line.strip() or line.startswith(ORIGINAL_LINK)


def _read_form(doc: ParsedDocument, lines: list[str], skip: list[bool]) -> None:
    """A form (plans and the other element types): answers and what they give."""
    parse_answers(doc, lines, skip)
    doc.insights_intro, doc.insights, doc.insights_after = insights(doc.answers)
    doc.partners = partners(doc.answers, doc.warnings, (*doc.methods, *doc.data_sources))
    doc.blog_urls = blog_urls(doc.answers)
    strip_title_marks(doc)
    complete_truncated_title(doc)
    mark_title_from_text(doc)
    drop_placeholder_title(doc)
