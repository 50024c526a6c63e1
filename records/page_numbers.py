"""Page numbers read from a query string, by the one rule the HTML lists and the API share:
a positive whole number of at most MAX_DIGITS digits, or a 400 naming the parameter (a
well-formed page past the end is the caller's 404)."""

# Far more digits than any list has pages, and far below Python's 4,300-digit limit for
# converting a string to an int, past which int() raises ValueError.
MAX_DIGITS = 100


class BadPageNumber(ValueError):
    """A page parameter that is not a page number; the message says which and why."""


def positive_int(params, name: str, default: int) -> int:
    """The value of `name` in `params` (a QueryDict), `default` when absent or empty; raises
    BadPageNumber for anything but a positive whole number of at most MAX_DIGITS digits."""
    value = params.get(name)
    if value is None or value == "":
        return default
    # isdigit() alone accepts "²", which int() refuses.
    if not (value.isascii() and value.isdigit()) or len(value) > MAX_DIGITS or int(value) < 1:
        shown = repr(value) if len(value) <= 40 else f"a value of {len(value):,} characters"
        raise BadPageNumber(f"{name} must be a positive whole number, not {shown}.")
    return int(value)
