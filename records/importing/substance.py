"""What a parsed document must hold to become a record: a plan a title line or an answer, a blog
a title, and a title that reads as text. A document that falls short raises ImportFailed with
the reason, before anything is written. A blog page without article text (a country's index
of posts, a page scraped without its article) is still the page plans link to: it is kept,
unpublished, for staff to look at (NO_ARTICLE)."""

import re

from records import archive
from records.archive.text import shorten
from records.enums import BlogKind

from .sources import ImportFailed

# A C printf conversion ("%lu", "%s", "%08x") as left in the strings of a binary file;
# "100% done" and "20%off" do not match.
PRINTF = re.compile(r"%[-+#0]*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t|L)?[diouxXcsfeEgGp](?![A-Za-z])")


def check_title(title: str) -> None:
    """Raises ImportFailed for a title that is not prose: no letters, fewer letters than other
    characters, an undecodable character or a printf format."""
    visible = [c for c in title if not c.isspace()]
    letters = sum(c.isalpha() for c in visible)
    if not letters or letters < len(visible) / 2 or "\ufffd" in title or PRINTF.search(title):
        raise ImportFailed(f"the title {shorten(title, 60)!r} is not text")


def check_plan(doc: archive.ParsedDocument) -> None:
    """A learning plan or closing report needs its `# ` title line or at least one answer."""
    if not doc.title_line and not any(answer.text for answer in doc.answers):
        raise ImportFailed("no '# ' title line and no answers: nothing to import")
    check_title(doc.title)


# The warning of a blog imported without article text, and left unpublished.
NO_ARTICLE = "no article text: kept unpublished for staff to look at"


def check_blog(doc: archive.ParsedDocument, kind: BlogKind) -> None:
    """A blog or publication needs a title of its own; a blog without its article (a
    publication may be a document published elsewhere, its page only a title) is warned of."""
    if not doc.title_line:
        raise ImportFailed("no '# ' title line: a blog or publication needs a title")
    check_title(doc.title)
    if kind == BlogKind.BLOG and not doc.body.strip():
        doc.warnings.append(NO_ARTICLE)
