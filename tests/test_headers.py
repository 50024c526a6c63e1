"""Every response carries the security headers, whatever produced it."""

import pytest

EXPECTED = {
    "Content-Security-Policy": "default-src 'self'; "
    "img-src 'self' data: https://undp-accelerator-labs.github.io; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/plans/",
        "/plans/?format=csv",
        "/api/plans/",
        "/feeds/blogs/",
        "/admin/login/",
        "/nope/",
    ],
)
def test_response_carries_security_headers(client, db, url):
    response = client.get(url)
    assert {name: response.headers.get(name) for name in EXPECTED} == EXPECTED
