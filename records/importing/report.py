"""What an import run reports: one FileResult per file, the files that need a look listed
with their reasons (grouped by reason when there are many), and one summary line.

A run over a folder may see any number of files: its report need not keep every file's
result (`keep_results=False`), only the counts and the files needing a look, which is all
that its summary and problem lines read."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from records.enums import Outcome

# The outcomes listed with their reason after every run, for staff to look at; a file
# written with a reason (a plan kept as another version's own record) is listed too.
NEEDS_A_LOOK = (Outcome.FAILED, Outcome.CONFLICT, Outcome.SKIPPED)
# More files needing a look than this are listed under their reason, one heading per reason.
GROUP_OVER = 10


@dataclass(slots=True)
class FileResult:
    name: str
    outcome: Outcome
    reason: str = ""
    # The warnings stored on the record (the parser's and the import's); not compared, so a
    # test states the outcome it expects without them.
    warnings: list[str] = field(default_factory=list, compare=False)

    def line(self) -> str:
        return f"{self.outcome}: {self.name}" + (f": {self.reason}" if self.reason else "")


class ImportReport:
    """The outcomes of a run's files, in the order they were added."""

    def __init__(self, *, keep_results: bool = True):
        self.keep_results = keep_results
        self.results: list[FileResult] = []  # every file's, when kept
        self.problems: list[FileResult] = []  # the files needing a look
        self.counts: Counter = Counter()  # outcome → files
        # One string per distinct reason: thousands of files skipped for one reason share it.
        self._reasons: dict[str, str] = {}

    def add(self, result: FileResult) -> None:
        self.counts[result.outcome] += 1
        if self.keep_results:
            self.results.append(result)
        if result.outcome in NEEDS_A_LOOK or result.reason:
            if not self.keep_results:
                # What problem_lines reads: not the warnings of a record left as it was.
                reason = self._reasons.setdefault(result.reason, result.reason)
                result = FileResult(result.name, result.outcome, reason)
            self.problems.append(result)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.problems if r.outcome == Outcome.FAILED]

    def problem_lines(self) -> list[str]:
        """Every file needing a look with its reason: one line each, or, past GROUP_OVER of
        them, a heading per outcome and reason with its files indented below."""
        problems = self.problems
        if len(problems) <= GROUP_OVER:
            return [result.line() for result in problems]
        groups: dict[tuple[Outcome, str], list[str]] = {}
        for result in problems:
            groups.setdefault((result.outcome, result.reason), []).append(result.name)
        lines = []
        for (outcome, reason), names in groups.items():
            lines.append(f"{outcome}, {plural(len(names), 'file')}: {reason or 'no reason'}")
            lines += [f"  {name}" for name in names]
        return lines

    def summary(self) -> str:
        c = self.counts
        return (
            f"{plural(self.total, 'file')}: {c[Outcome.CREATED]} created, "
            f"{c[Outcome.UPDATED]} updated, {c[Outcome.UNCHANGED]} unchanged, "
            f"{c[Outcome.CONFLICT]} conflicts, {c[Outcome.SKIPPED]} skipped, "
            f"{c[Outcome.FAILED]} failed"
        )


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
