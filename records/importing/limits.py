"""How much one archive file may hold, the same for `import_seeds` and the upload page: its size,
and a plan's answers, insights and partners and the length of one answer. The archive's largest
plan is 39 KB with 51 answers, 10 insights, 14 partners and a 13,000-character answer; a file
far past these is a mistake or an attack, and would make pages, exports and the search index
grow with it. A file over a limit fails whole (ImportFailed), before anything is written."""

from records import archive

from .sources import ImportFailed

MiB = 1024 * 1024
MAX_FILE_BYTES = 5 * MiB  # `import_seeds --max-file-size` raises it for one run
MAX_ANSWERS = 200
MAX_INSIGHTS = 50
MAX_PARTNERS = 50
MAX_ANSWER_CHARS = 50_000


def check_size(size: int, limit: int = MAX_FILE_BYTES) -> None:
    if size > limit:
        raise ImportFailed(f"over the {limit / MiB:g} MiB limit of one file")


def check_plan_limits(doc: archive.ParsedDocument) -> None:
    """Raises ImportFailed for a plan with more rows, or a longer answer, than a plan has."""
    for what, count, limit in (
        ("answers", len(doc.answers), MAX_ANSWERS),
        ("insights", len(doc.insights), MAX_INSIGHTS),
        ("partners", len(doc.partners), MAX_PARTNERS),
    ):
        if count > limit:
            raise ImportFailed(f"{count:,} {what}, over the limit of {limit:,} per plan")
    longest = max((len(answer.text) for answer in doc.answers), default=0)
    if longest > MAX_ANSWER_CHARS:
        raise ImportFailed(
            f"an answer of {longest:,} characters, over the limit of {MAX_ANSWER_CHARS:,}"
        )
