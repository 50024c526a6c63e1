"""Per-client budgets for the public responses that cost the most to make: the downloads of a
list and a long blog's full text.

A view declares the budget it draws on with `@budget(group)` (`applies` narrows it to some of
its requests); RATES gives each budget's requests per client and minute. The page cache
(records/page_cache.py) counts each such request first, before it reads the data version or a
kept page, so a refusal costs next to nothing. Staff, whose requests the page cache leaves
alone, have no budget.

django-ratelimit counts each client's requests in a window, in the cache (shared by every
server with Redis, per worker without it), by the address records/client_address.py tells.
Past its budget a client is answered 429 with Retry-After, the seconds until its window
ends. With the cache unreachable nothing is counted and nothing refused (RATELIMIT_FAIL_OPEN).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpResponse
from django_ratelimit.core import get_usage

from .client_address import client_address

# django-ratelimit's rates: "20/m" is 20 requests a minute.
RATES = {"downloads": "20/m", "full text": "30/m"}


@dataclass(frozen=True)
class Budget:
    group: str
    applies: Callable | None


def budget(group: str, applies: Callable | None = None):
    """Declare that a view's requests (those `applies(request)` is true of, or all) draw on
    the budget `group` of RATES."""

    def declare(view):
        view.budget = Budget(group, applies)
        return view

    return declare


def _client(group, request) -> str:
    return client_address(request) or ""


def refused(request, view) -> HttpResponse | None:
    """Count the request against the budget `view` declares, if any: None while within it,
    else the 429 to answer."""
    declared = getattr(view, "budget", None)
    if declared is None or (declared.applies and not declared.applies(request)):
        return None
    group = declared.group
    usage = get_usage(request, group=group, key=_client, rate=RATES[group], increment=True)
    if usage is None or not usage["should_limit"]:
        return None
    response = HttpResponse(
        "Too many requests: please wait before asking again.\n",
        status=429,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(max(usage["time_left"], 1))
    return response
