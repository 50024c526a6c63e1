"""The address a request came from, as login throttling counts it."""

import ipaddress

from django.conf import settings


def client_address(request) -> str | None:
    """The peer's address (REMOTE_ADDR), or, when the peer is a proxy in FORWARDED_ALLOW_IPS,
    the last address of its X-Forwarded-For: the client that proxy saw. Addresses before it
    are the client's own say and are not believed."""
    peer = request.META.get("REMOTE_ADDR")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").rpartition(",")[2].strip()
    if forwarded and _trusted_proxy(peer) and _address(forwarded):
        return forwarded
    return peer


def _address(text):
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _trusted_proxy(peer):
    address = _address(peer)
    return address is not None and any(address in net for net in settings.FORWARDED_ALLOW_IPS)
