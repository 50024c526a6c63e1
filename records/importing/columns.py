"""Archive text made fit to store: e-mail addresses redacted, values cut to their column's
length, and URLs in the one form blogs are keyed and linked by."""

import re
import urllib.parse

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Addresses written to dodge harvesters: "j.doe [at] undp.org", "j.doe(at)undp(dot)org".
_AT = r"\s*[\[({<]\s*at\s*[\])}>]\s*"
_DOT = r"\s*[\[({<]\s*dot\s*[\])}>]\s*"
_BRACKETED = rf"[\w.+-]+{_AT}[\w-]+(?:(?:\.|{_DOT})[\w-]+)+"
# In words, "j dot doe at undp dot org", only when the name has a dot and the domain a " dot ":
# "looked at data dot org" and "tested at scale.Next at home.org" are prose.
_WORDS = r"[\w+-]+(?:(?:\.|\s+dot\s+)[\w+-]+)+\s+at\s+[\w-]+(?:\s+dot\s+[\w-]+)+"
OBFUSCATED_EMAIL_RE = re.compile(rf"{_BRACKETED}|(?<![\w.]){_WORDS}", re.IGNORECASE)
# What every obfuscated address holds: "at" in brackets, or " dot " between spaces. Text
# without either holds none, and these scans are far cheaper than OBFUSCATED_EMAIL_RE's. Two
# patterns, not one with two branches: a pattern opening on a set of brackets is looked for by
# that set alone, and " dot " only in a text holding "dot".
BRACKETED_AT_RE = re.compile(r"[\[({<]\s*at\s*[\])}>]", re.IGNORECASE)
SPACED_DOT_RE = re.compile(r"\sdot\s", re.IGNORECASE)
REDACTED_EMAIL = "[e-mail removed]"
# Query parameters that say who shared a link, from where or how, not which page it is.
SHARING_PARAMETERS = re.compile(
    r"utm(?:_\w+)?|fbclid|gclid|mibextid|igshid|si|s|usp|ref|ref_src|ref_url|sender|feature|share"
    r"|_x_tr_\w+|__cft__(?:\[\d*\]|%5B\d*%5D)?|__tn__|rtpof|sd|ouid|sharing",
    re.IGNORECASE,
)
MAX_URL_LENGTH = 2000  # Blog.source_url and BlogLink.url


def redact_emails(text: str) -> str:
    """Archive text mentions staff e-mail addresses, plain or obfuscated; none of them may
    reach a public page."""
    if "@" in text:
        text = _without_addresses(text)
    if BRACKETED_AT_RE.search(text) or ("dot" in text.lower() and SPACED_DOT_RE.search(text)):
        text = OBFUSCATED_EMAIL_RE.sub(REDACTED_EMAIL, text)
    return text


def _without_addresses(text: str) -> str:
    """`text` with EMAIL_RE's addresses redacted. An address holds no space and no line break,
    so the pattern is tried on the stretches between them that hold an "@", not at every
    character of the text."""
    pieces = []
    last = 0
    at = text.find("@")
    while at != -1:
        start = max(text.rfind(" ", last, at), text.rfind("\n", last, at), last - 1) + 1
        ends = [end for end in (text.find(" ", at), text.find("\n", at)) if end != -1]
        end = min(ends, default=len(text))
        pieces += (text[last:start], EMAIL_RE.sub(REDACTED_EMAIL, text[start:end]))
        last = end
        at = text.find("@", end)
    pieces.append(text[last:])
    return "".join(pieces)


def cut_to_column(model, field_name: str, value: str, warnings: list[str]) -> str:
    """Cut a value to its column's length (SQLite would not, PostgreSQL would refuse), noting
    the cut in `warnings`."""
    limit = model._meta.get_field(field_name).max_length
    if len(value) <= limit:
        return value
    warnings.append(f"{model.__name__}.{field_name} cut to {limit} characters")
    return value[: limit - 1].rstrip() + "…"


def written_urls(urls) -> dict[str, str]:
    """normalised URL → the first of `urls` written so: a link holds the normalised form
    blogs are keyed by, and a page shows the URL its plan wrote ("https://www.undp.org/…")."""
    written: dict[str, str] = {}
    for url in urls:
        written.setdefault(normalise_url(url), url)
    return written


def normalise_url(url: str) -> str:
    """The form of a URL that identifies a blog or a linked page: https, lower-case host, no
    fragment, `www.` or trailing slash, and of its query only what says which page it is
    (`watch?v=…`, not `utm_source=…`); "" when it names no host."""
    parts = urllib.parse.urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = urllib.parse.unquote(parts.path).rstrip("/")
    query = "&".join(
        pair
        for pair in parts.query.split("&")
        if pair and not SHARING_PARAMETERS.fullmatch(pair.partition("=")[0])
    )
    return f"https://{host}{path}" + (f"?{query}" if query else "") if host else ""
