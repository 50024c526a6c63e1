"""Which URLs from the archive may be followed: http(s) ones with a host.

Archive text and imported fields are untrusted: a `javascript:` or `data:` URL must become
neither a link on a page nor a URL in a download or the API.
"""

from urllib.parse import urlsplit


def has_host(url: str) -> bool:
    try:
        return bool(urlsplit(url).hostname)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return False


def http_url(url) -> str:
    """`url` when it is an http(s) URL with a host, else ""."""
    url = str(url or "").strip()
    if url.lower().startswith(("http://", "https://")) and has_host(url):
        return url
    return ""
