"""Text printed on a terminal: control characters shown as escapes instead of sent.

File names and file text are untrusted: an ESC in a name could move the cursor, recolour or
retitle the terminal, a carriage return overwrite the line, and a bidirectional override
reorder what follows it.
"""

import re

# C0 and C1 controls with DEL, and the bidirectional marks, embeddings, overrides and isolates.
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with each of those characters as its Python escape (ESC as `\\x1b`, a line end
    as `\\n`, U+202E as `\\u202e`); every other character as it is."""
    return UNPRINTABLE.sub(lambda match: repr(match[0])[1:-1], text)
