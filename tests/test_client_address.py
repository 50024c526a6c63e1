"""The address login throttling counts: the peer's, or the one a trusted proxy forwarded."""

import ipaddress

import pytest

from records.client_address import client_address

PROXY = "10.0.0.2"


@pytest.mark.parametrize(
    "peer, forwarded, address",
    [
        ("203.0.113.7", None, "203.0.113.7"),
        ("203.0.113.7", "198.51.100.1", "203.0.113.7"),
        (PROXY, "198.51.100.1", "198.51.100.1"),
        (PROXY, "1.2.3.4, 198.51.100.1", "198.51.100.1"),
        (PROXY, "2001:db8::5", "2001:db8::5"),
        (PROXY, "not-an-address", PROXY),
        (PROXY, "", PROXY),
        (PROXY, None, PROXY),
        ("10.0.0.3", "198.51.100.1", "10.0.0.3"),
    ],
    ids=[
        "direct",
        "direct-claiming-a-forward",
        "through-the-proxy",
        "client-written-entries-ignored",
        "ipv6-client",
        "malformed-forward",
        "empty-forward",
        "no-forward",
        "untrusted-neighbour",
    ],
)
def test_client_address_believes_only_the_trusted_proxy(rf, settings, peer, forwarded, address):
    settings.FORWARDED_ALLOW_IPS = [ipaddress.ip_network(PROXY)]
    headers = {} if forwarded is None else {"HTTP_X_FORWARDED_FOR": forwarded}
    assert client_address(rf.get("/", REMOTE_ADDR=peer, **headers)) == address


def test_client_address_trusts_a_proxy_network(rf, settings):
    settings.FORWARDED_ALLOW_IPS = [ipaddress.ip_network("10.0.0.0/8")]
    request = rf.get("/", REMOTE_ADDR="10.1.2.3", HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert client_address(request) == "198.51.100.1"
