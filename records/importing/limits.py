"""How much one archive file may hold, the same for `import_seeds` and the upload page: its size;
a plan's answers, insights, partners, tags of each facet, countries and blog links, and the
length of one answer; a blog's authors, countries and the length of its text. The archive's
largest plan is 39 KB with 51 answers, 10 insights, 21 partners, 31 themes, 18 methods,
31 data sources and a 13,000-character answer; its longest publication holds 450,000
characters. A file far past these is a mistake or an attack, and would make pages, exports and
the search index grow with it (a page lists every tag; a publication's text is reflowed on its
page). A file over a limit fails whole (ImportFailed), before anything is written."""

from records import archive

from .sources import ImportFailed

MiB = 1024 * 1024
MAX_FILE_BYTES = 5 * MiB  # `import_seeds --max-file-size` raises it for one run
MAX_ANSWER_CHARS = 50_000
MAX_BODY_CHARS = 2_000_000
# (field of the parsed document, what a message calls it, the most one record may hold)
PLAN_LIMITS = (
    ("answers", "answers", 200),
    ("insights", "insights", 50),
    ("partners", "partners", 50),
    ("thematic_areas", "themes", 100),
    ("methods", "methods", 100),
    ("data_sources", "data sources", 100),
    ("countries", "countries", 50),
    ("blog_urls", "blog links", 100),
)
BLOG_LIMITS = (
    ("authors", "authors", 50),
    ("countries", "countries", 50),
)


def check_size(size: int, limit: int = MAX_FILE_BYTES) -> None:
    if size > limit:
        raise ImportFailed(f"over the {limit / MiB:g} MiB limit of one file")


def check_counts(doc: archive.ParsedDocument, limits, record: str) -> None:
    for field, what, limit in limits:
        count = len(getattr(doc, field))
        if count > limit:
            raise ImportFailed(f"{count:,} {what}, over the limit of {limit:,} per {record}")


def check_plan_limits(doc: archive.ParsedDocument) -> None:
    """Raises ImportFailed for a plan with more rows, or a longer answer, than a plan has."""
    check_counts(doc, PLAN_LIMITS, "plan")
    longest = max((len(answer.text) for answer in doc.answers), default=0)
    if longest > MAX_ANSWER_CHARS:
        raise ImportFailed(
            f"an answer of {longest:,} characters, over the limit of {MAX_ANSWER_CHARS:,}"
        )


def check_blog_limits(doc: archive.ParsedDocument) -> None:
    """Raises ImportFailed for a blog or publication with more authors or countries, or a
    longer text, than one has."""
    check_counts(doc, BLOG_LIMITS, "blog")
    if len(doc.body) > MAX_BODY_CHARS:
        raise ImportFailed(
            f"a text of {len(doc.body):,} characters, over the limit of {MAX_BODY_CHARS:,}"
        )
