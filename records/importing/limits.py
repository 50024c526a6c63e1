"""How much one archive file may hold, the same for `import_seeds` and the upload page: its size;
a plan's answers, insights, partners, tags of each facet, countries and blog links, and the
length of one answer; a blog's authors, countries and the length of its text. The archive's
largest plan is 39 KB with 51 answers, 10 insights, 21 partners, 31 themes, 18 methods,
31 data sources and a 13,000-character answer; its longest publication holds 450,000
characters. A file far past these is a mistake or an attack, and would make pages, exports and
the search index grow with it (a page lists every tag; a publication's text is reflowed on its
page). A file over a limit fails whole (ImportFailed), before anything is written."""

from django.utils.translation import gettext_noop

from records import archive

from .reasons import Reason
from .sources import ImportFailed

MiB = 1024 * 1024
MAX_FILE_BYTES = 5 * MiB  # `import_seeds --max-file-size` raises it for one run
MAX_ANSWER_CHARS = 50_000
MAX_BODY_CHARS = 2_000_000
# (field of the parsed document, what a message calls it, the most one record may hold)
PLAN_LIMITS = (
    ("answers", gettext_noop("answers"), 200),
    ("insights", gettext_noop("insights"), 50),
    ("partners", gettext_noop("partners"), 50),
    ("thematic_areas", gettext_noop("themes"), 100),
    ("methods", gettext_noop("methods"), 100),
    ("data_sources", gettext_noop("data sources"), 100),
    ("countries", gettext_noop("countries"), 50),
    ("blog_urls", gettext_noop("blog links"), 100),
)
BLOG_LIMITS = (
    ("authors", gettext_noop("authors"), 50),
    ("countries", gettext_noop("countries"), 50),
)


def check_size(size: int, limit: int = MAX_FILE_BYTES) -> None:
    if size > limit:
        raise ImportFailed(
            Reason(gettext_noop("over the %(size)s MiB limit of one file"), size=f"{limit / MiB:g}")
        )


def check_counts(doc: archive.ParsedDocument, limits, record: str) -> None:
    for field, what, limit in limits:
        count = len(getattr(doc, field))
        if count > limit:
            raise ImportFailed(
                Reason(
                    gettext_noop("%(count)s %(what)s, over the limit of %(limit)s per %(record)s"),
                    count=f"{count:,}",
                    what=Reason(what),
                    limit=f"{limit:,}",
                    record=Reason(record),
                )
            )


def check_plan_limits(doc: archive.ParsedDocument) -> None:
    """Raises ImportFailed for a plan with more rows, or a longer answer, than a plan has."""
    check_counts(doc, PLAN_LIMITS, gettext_noop("plan"))
    longest = max((len(answer.text) for answer in doc.answers), default=0)
    if longest > MAX_ANSWER_CHARS:
        raise ImportFailed(
            Reason(
                gettext_noop("an answer of %(length)s characters, over the limit of %(limit)s"),
                length=f"{longest:,}",
                limit=f"{MAX_ANSWER_CHARS:,}",
            )
        )


def check_blog_limits(doc: archive.ParsedDocument) -> None:
    """Raises ImportFailed for a blog or publication with more authors or countries, or a
    longer text, than one has."""
    check_counts(doc, BLOG_LIMITS, gettext_noop("blog"))
    if len(doc.body) > MAX_BODY_CHARS:
        raise ImportFailed(
            Reason(
                gettext_noop("a text of %(length)s characters, over the limit of %(limit)s"),
                length=f"{len(doc.body):,}",
                limit=f"{MAX_BODY_CHARS:,}",
            )
        )
