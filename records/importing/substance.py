"""What a parsed document must hold to become a record: a plan a title line or an answer, a blog
a title and an article, and a title that reads as text. A document that falls short raises
ImportFailed with the reason, before anything is written; a blog page with no article text is
skipped (ImportSkipped)."""

import re

from django.utils.translation import gettext_noop

from records import archive
from records.archive.text import shorten
from records.enums import BlogKind

from .reasons import Reason
from .sources import ImportFailed, ImportSkipped

# A C printf conversion ("%lu", "%s", "%08x") as left in the strings of a binary file;
# "100% done" and "20%off" do not match.
PRINTF = re.compile(r"%[-+#0]*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t|L)?[diouxXcsfeEgGp](?![A-Za-z])")


def check_title(title: str) -> None:
    """Raises ImportFailed for a title that is not prose: no letters, fewer letters than other
    characters, an undecodable character or a printf format."""
    visible = [c for c in title if not c.isspace()]
    letters = sum(c.isalpha() for c in visible)
    if not letters or letters < len(visible) / 2 or "\ufffd" in title or PRINTF.search(title):
        raise ImportFailed(
            Reason(gettext_noop("the title %(title)s is not text"), title=repr(shorten(title, 60)))
        )


def check_plan(doc: archive.ParsedDocument) -> None:
    """A learning plan or closing report needs its `# ` title line or at least one answer."""
    if not doc.title_line and not any(answer.text for answer in doc.answers):
        raise ImportFailed(
            Reason(gettext_noop("no '# ' title line and no answers: nothing to import"))
        )
    check_title(doc.title)


def check_blog(doc: archive.ParsedDocument, kind: BlogKind) -> None:
    """A blog or publication needs a title of its own; a blog also its article (a publication
    may be a document published elsewhere, its page only a title). A blog page with no
    article (a scraped index page, "No article content available") is skipped: there is
    nothing wrong with the file, only nothing to import."""
    if not doc.title_line:
        raise ImportFailed(
            Reason(gettext_noop("no '# ' title line: a blog or publication needs a title"))
        )
    if kind == BlogKind.BLOG and not doc.body.strip():
        raise ImportSkipped(Reason(gettext_noop("no article text")))
    check_title(doc.title)
