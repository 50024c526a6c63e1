"""Saving one blog or publication: a ParsedDocument mapped onto a Blog and its authors, keyed
by its normalised source URL."""

from __future__ import annotations

from django.utils.translation import gettext_noop

from records import archive, versioning
from records.enums import BlogKind
from records.models import Blog, BlogAuthor, BlogLink
from records.prose import reflow
from records.search import entries
from records.search.language import detect_language

from .columns import MAX_URL_LENGTH, cut_to_column, normalise_url, redact_emails
from .country_offices import office_country
from .lookups import Lookups
from .reasons import Reason
from .sources import ImportFailed, Source, titled_record


def blog_key(doc: archive.ParsedDocument) -> str:
    """What identifies a blog: its normalised `[[source:]]` URL. Raises ImportFailed for a
    document without a usable one."""
    key = normalise_url(doc.source_url)
    if not key:
        raise ImportFailed(
            Reason(gettext_noop("no [[source:]] URL: a blog is identified by its URL"))
        )
    if len(doc.source_url.strip()) > MAX_URL_LENGTH or len(key) > MAX_URL_LENGTH:
        raise ImportFailed(
            Reason(gettext_noop("the [[source:]] URL is longer than 2,000 characters"))
        )
    return key


def blog_country(doc: archive.ParsedDocument, lookups: Lookups, warnings: list[str]) -> str | None:
    """The blog's country: the country office its URL names, else its first `[[country:]]`.

    A tag naming another country (or Null Island, or none) gives way to the office, with a
    warning naming both.
    """
    codes = lookups.country_codes(doc.countries, warnings)
    office = office_country(doc.source_url, lookups.country_keys)
    if office and codes[:1] != [office]:
        tagged = ", ".join(doc.countries) or "no country"
        warnings.append(f"country {office} from the source URL, not the tag's {tagged}")
        return office
    return codes[0] if codes else None


def article_text(body: str, kind: BlogKind) -> str:
    """The body a blog stores, and every page, download, feed and search passage reads: e-mail
    addresses redacted, and a publication's PDF lines joined back into paragraphs."""
    body = redact_emails(body)
    return reflow(body) if kind == BlogKind.PUBLICATION else body


def save_blog(
    blog: Blog | None,
    doc: archive.ParsedDocument,
    kind: BlogKind,
    source: Source,
    lookups: Lookups,
) -> Blog:
    """Write `doc` onto `blog` (a new blog when None), replacing its authors.

    Everything that can add a warning (the authors' names and roles cut to length among them)
    comes first, so the blog is saved once, with all its warnings. A new blog is tied to the
    plans' links already waiting for its URL.
    """
    created = blog is None
    warnings = list(doc.warnings)
    blog = titled_record(Blog, blog, doc.title, source, lookups, warnings)
    blog.kind = kind
    blog.source_url = doc.source_url.strip()
    blog.published_on = doc.published_on
    blog.year = doc.year
    blog.country_id = blog_country(doc, lookups, warnings)
    blog.body = article_text(doc.body, kind)
    authors = [
        BlogAuthor(
            name=cut_to_column(BlogAuthor, "name", author.name, warnings),
            role=cut_to_column(BlogAuthor, "role", author.role, warnings),
            position=position,
        )
        for position, author in enumerate(doc.authors)
    ]
    blog.search_document = blog.build_search_document()
    blog.language = detect_language(blog.search_document)
    source.stamp(blog, warnings)
    if created:
        # No signal: its search entry is written with its batch's (Lookups.entries).
        Blog.objects.bulk_create([blog])
        versioning.bump()
        lookups.entries.add([entries.blog_entry(blog)])
    else:
        blog.save()

    if not created:
        blog.authors.all().delete()
    for author in authors:
        author.blog = blog
    BlogAuthor.objects.bulk_create(authors)
    if created:
        if lookups.waiting_links.may_wait(source.key):
            BlogLink.objects.filter(url=source.key, blog__isnull=True).update(blog=blog)
        lookups.remember_blog(source.key, blog.pk)
    return blog
