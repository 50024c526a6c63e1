"""The archive format: turns the text of one archive file into a ParsedDocument.

Pure Python, no Django import, so it can be tested and fuzzed on strings. It never raises
on text: anything odd becomes a short warning carried on the result. The format and its
oddities are described in corpus/FORMAT.md; the rules follow its §11.

Contract (what the importer relies on):

* ``read_text(bytes)`` is (text, encoding) by the rules of `text`, raising NotText for bytes
  that are not text (``decode`` is its text); ``sniff_type(text)`` is the first
  ``[[type:]]`` value found by a regex search, the same value ``parse(text).type`` gives.
* All cleaned text follows `text` (LF line ends, no control characters, entities decoded once).
* ``title_line`` and ``title`` follow `titles`.
* ``answers`` hold every ``> `` prompt of the form in document order with its answer;
  well-known learning-plan prompts get a stable ``key`` (`prompts`). ``insights``,
  ``partners`` and ``blog_urls`` are derived from those answers; ``body``/``authors`` only
  for blogs and publications (via `blog_pages`).
* Every pass is linear in the input: lines can be megabytes long (base64 images).

One module per part of the format: `document` (the dataclasses), `text`, `tags`, `dates`,
`prompts`, `titles`, `answers`, `enumerations`, `insights`, `partners`, `sectors`,
`sector_statements`, `links`, `blog_pages/`, and `parser`, which runs them in order.
"""

from .document import BLOG_TYPES, Answer, Author, ParsedDocument, PartnerMention
from .parser import parse
from .tags import sniff_type
from .text import NotText, decode, read_text

__all__ = [
    "BLOG_TYPES",
    "Answer",
    "Author",
    "NotText",
    "ParsedDocument",
    "PartnerMention",
    "decode",
    "parse",
    "read_text",
    "sniff_type",
]
