"""Per-client budgets for the public responses that cost the most to make: the downloads of a
list and a long blog's full text.

django-ratelimit counts each client's requests in a window, in the cache (shared by every
server with Redis, per worker without it), by the address records/client_address.py tells.
Past its budget a client is answered 429 with Retry-After, the seconds until its window
ends. With the cache unreachable nothing is counted and nothing refused (RATELIMIT_FAIL_OPEN).
A full text page the page cache serves never reaches its view, so is not counted.
"""

from django.http import HttpResponse
from django_ratelimit.core import get_usage

from .client_address import client_address

DOWNLOADS = "20/m"
FULL_TEXT = "30/m"


def _client(group, request) -> str:
    return client_address(request) or ""


def refused(request, group: str, rate: str) -> HttpResponse | None:
    """Count the request against the client's budget `rate` (django-ratelimit's "N/m") for
    `group`: None while within it, else the 429 to answer."""
    usage = get_usage(request, group=group, key=_client, rate=rate, increment=True)
    if usage is None or not usage["should_limit"]:
        return None
    response = HttpResponse(
        "Too many requests: please wait before asking again.\n",
        status=429,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(max(usage["time_left"], 1))
    return response
