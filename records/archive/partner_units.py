"""A state body's unit named in sentence case at a sentence's start, the body after it: "Blue
economy cell at the foreign ministry Bangladesh just started analysis jointly." Its words
in lower case are no run of capitalised words (`partner_prose`), so it is read here."""

from __future__ import annotations

import re

_UNIT_AT_BODY = re.compile(
    r"(?:^|(?<=[.!?:;]\s))(?P<name>[A-Z][a-z]+(?:\s+[a-z]+){0,3}\s+(?:cell|unit|desk|wing))"
    r"\s+(?:at|of|in|under)\s+the\s+(?P<body>(?:[a-z-]+\s+){0,2}(?:ministry|municipality"
    r"|city council|department|division|government))\b"
)


def units_at_bodies(text: str) -> list[str]:
    """The units a text names in sentence case with the body they are at ("Blue economy cell
    at the foreign ministry"), in order."""
    return [f"{m['name']} at the {m['body']}" for m in _UNIT_AT_BODY.finditer(text)]
