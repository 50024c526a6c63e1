"""Public pages and facet counts, cached under the data version (records.versioning).

`PageCacheMiddleware` serves anonymous GET and HEAD requests for the public site's pages
from the cache: the key is the data version, the scheme, host and path, the canonical form of
the query (records/query_parameters.py: the parameters the page reads, whatever their order
or repetition), and whether the client takes gzip. A request carrying a parameter its page
does not read is redirected (301) to the URL without it, so that no made-up parameter renders
afresh a page the cache keeps. A request for a page with a budget draws on it, and is answered
429 past it, before anything else is done (records/throttling.py). A write changes
the version, so the next request on any server renders afresh; entries of older versions are
never read again and expire.
Revisits are answered 304 from the version alone, without rendering: each cached page carries
an ETag made of the version and the key.

What is never cached: requests carrying a session (logged-in staff) or pending messages;
the admin and anything outside the records URLconf; robots.txt (cheaper to render than to
fetch); and any response that is not a plain 200 HTML, JSON or XML page, or that sets a
cookie, varies on anything but Accept-Encoding, or is private (a CSRF token or messages on a
page make it vary on Cookie, so they never reach another visitor). Streaming downloads
(?format=csv|json|xlsx) pass through untouched.

`cached(key_parts, compute)` keeps any other computed value under the version, e.g. facet
counts (`cached_facets`).
"""

import hashlib
import io
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified, HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import cc_delim_re, patch_cache_control
from django.utils.http import parse_etags

from . import query_parameters, throttling, versioning

# Entries of an old version are unreachable; this only bounds how long they occupy memory.
TIMEOUT = 24 * 60 * 60
NAMESPACE = "records"
NOT_CACHED = {"robots_txt"}
CACHED_TYPES = ("text/html", "application/json", "application/xml", "application/atom+xml")
_gzip = re.compile(r"\bgzip\b")  # as GZipMiddleware decides


def _digest(*parts) -> str:
    """The key of a value computed from `parts` in the active language (labels in it are
    translated, so each language keeps its own)."""
    return hashlib.sha256(repr((translation.get_language(), parts)).encode()).hexdigest()[:32]


def cached(key_parts, compute, timeout=TIMEOUT):
    """compute(), kept until the next write: `key_parts` (a tuple of plain values) name what
    is computed; the data version is added to them."""
    key = f"value:{_digest(versioning.current(), *key_parts)}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value


def cached_stream(key_parts, chunks, limit):
    """The text chunks of a streamed response, kept until the next write: the first request
    streams `chunks` as they are made and keeps what it sent (when it ends, and is at most
    `limit` characters); the next ones stream that text from the cache, without a query."""
    key = f"stream:{_digest(versioning.current(), *key_parts)}"
    stored = cache.get(key)
    if stored is not None:
        yield stored
        return
    sent, size = [], 0
    for chunk in chunks:
        yield chunk
        size += len(chunk)
        if size <= limit:
            sent.append(chunk)
    # A client that stops reading closes the generator before here: nothing partial is kept.
    if size <= limit:
        cache.set(key, "".join(sent), TIMEOUT)


def cached_file(key_parts, make_file, limit):
    """A binary file (at its start), kept until the next write: the first request makes it,
    `make_file()`, and keeps its bytes when they are at most `limit`; the next ones read
    them from the cache, without a query."""
    key = f"file:{_digest(versioning.current(), *key_parts)}"
    stored = cache.get(key)
    if stored is not None:
        return io.BytesIO(stored)
    file = make_file()
    if file.seek(0, io.SEEK_END) <= limit:
        file.seek(0)
        cache.set(key, file.read(), TIMEOUT)
    file.seek(0)
    return file


def cached_facets(filterset, names, compute):
    """A FacetedFilterSet's facet counts, kept until the next write.

    Counts depend on the list and its filters alone (not on the sort or the page), so pages,
    sorts, the home page and the API share them. Filtersets over a queryset of the caller's
    own (`is_public` false) and invalid ones are computed each time.
    """
    if not getattr(filterset, "is_public", False) or (
        filterset.is_bound and not filterset.is_valid()
    ):
        return compute(names)
    params = filterset.form.cleaned_data if filterset.is_bound else {}
    filters = sorted((name, repr(value)) for name, value in params.items() if name != "sort")
    names = tuple(names) if names is not None else None
    return cached(("facets", type(filterset).__name__, names, filters), lambda: compute(names))


def address_language(request) -> str:
    """The language of the address's prefix (none: English)."""
    return translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def _public_route(request):
    """The ResolverMatch of a GET or HEAD request for a public page that may be cached, or
    None."""
    if request.method not in ("GET", "HEAD"):
        return None
    try:
        with translation.override(address_language(request)):
            match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.namespace != NAMESPACE or match.url_name in NOT_CACHED:
        return None
    return match


def _anonymous(request) -> bool:
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _storable(response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith(CACHED_TYPES):
        return False
    vary = {v.lower() for v in cc_delim_re.split(response.get("Vary", "")) if v}
    # An address's language is fixed before the cache (records.views.languages): a page at an
    # English address varies on Accept-Language only in that other languages redirect.
    if vary - {"accept-encoding", "accept-language"}:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store"))


class PageCacheMiddleware:
    """Serve public pages from the cache under the data version (see the module docstring).

    Sits after WhiteNoise (static files never reach it) and before the session, GZip and the
    rest: a hit skips them all, and what is stored is the compressed body GZip made.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        match = _public_route(request)
        if match is None:
            return self.get_response(request)
        names, multiple = query_parameters.recognised(match)
        if query_parameters.unknown(request.GET, names):
            return HttpResponsePermanentRedirect(query_parameters.without_unknown(request, names))
        if not _anonymous(request):
            return self.get_response(request)
        if too_many := throttling.refused(request, match.func):
            return too_many
        version = versioning.current()
        encoding = "gzip" if _gzip.search(request.headers.get("Accept-Encoding", "")) else ""
        query = query_parameters.canonical_query(request.GET, multiple)
        # Keyed in the address's language, not in whichever the last request left active.
        with translation.override(address_language(request)):
            key = _digest(
                version, request.scheme, request.get_host(), request.path, query, encoding
            )
            etag = f'W/"{_digest(version, key)}"'
        entry = cache.get(f"page:{key}")
        if etag in parse_etags(request.headers.get("If-None-Match", "")):
            return self.not_modified(etag, entry)
        if entry is not None:
            return self.rebuild(entry, etag)
        with versioning.pinned(version):
            response = self.get_response(request)
        if request.method == "GET" and _storable(response):
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, no_cache=True)  # browsers revalidate: 304s
            # Every header the inner middleware and the view set (a stored response sets no
            # cookie); the outer middleware add theirs to hits as to misses.
            cache.set(f"page:{key}", (dict(response.items()), response.content), TIMEOUT)
            response["ETag"] = etag
        return response

    @staticmethod
    def rebuild(entry, etag):
        headers, content = entry
        response = HttpResponse(content, headers=headers)
        response["Content-Length"] = str(len(content))
        response["ETag"] = etag
        return response

    @staticmethod
    def not_modified(etag, entry):
        """304: the ETag names this version of the page, whether or not the page is still
        kept; when it is, its caching headers come along, as a 304 must send them."""
        headers = entry[0] if entry is not None else {}
        response = HttpResponseNotModified()
        response["ETag"] = etag
        response["Vary"] = headers.get("Vary", "Accept-Encoding")
        if "Cache-Control" in headers:
            response["Cache-Control"] = headers["Cache-Control"]
        return response
