"""The texts of closing reports and plans as the learning-cycle joins weigh them: each record's
words and pairs of words (cycle_matching.features), weighed by their rarity among them
(records.cycle_weights), read once for a run's passes (TextFeatures) and held a few at a time
(Texts). Pure Python."""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from copy import copy

from .cycle_matching import CYCLE_YEARS, CycleRecord, features
from .cycle_weights import Weights

# The texts whose words Texts keeps at once: a record's words weigh more than its title, so
# only a few records' are held, never every text.
CACHED_TEXTS = 200
# The records whose features TextFeatures keeps for the passes that weigh them again: some
# 13 MB at most.
KEPT_TEXTS = 2000


def held_texts(records: Iterable[CycleRecord]) -> Callable[[list[int]], Iterable[tuple]]:
    """A reader of the texts `records` hold, as TextFeatures reads them."""
    texts = {record.pk: record.text for record in records}
    return lambda pks: ((pk, texts[pk]) for pk in pks)


class TextFeatures:
    """The features (cycle_matching.features) of the records' texts that `read` reads (record
    pks → (pk, text) pairs), each text read and cut once however many Texts weigh it: a run's
    passes over the same records share one.

    A text's features are kept as the hashes of its words and pairs of words, 8 bytes each,
    for KEPT_TEXTS records at most (those of more are read again when asked for), never their
    texts nor their words. Two words of one hash would count as one (at the archive's size, a
    chance under one in ten million)."""

    def __init__(self, read: Callable[[list[int]], Iterable[tuple]]):
        self.read = read
        self.hashes: dict[int, array] = {}

    def cut(self, pk: int, text: str, keep: bool) -> frozenset[str]:
        """The features of the text of record `pk`, cut for a pass that weighs them as words
        (cycle_matching.FocalPoint); with `keep` (`text` is the one `read` reads), their
        hashes are kept, so that the passes after neither read nor cut it again."""
        found = features(text)
        if keep and pk not in self.hashes and len(self.hashes) < KEPT_TEXTS:
            self.hashes[pk] = array("q", map(hash, found))
        return found

    def keep(self, pks: Iterable[int]) -> None:
        """Read the texts of those of `pks` whose features are not kept, in one read, and keep
        them (up to KEPT_TEXTS records)."""
        for _ in self.of(pks):
            pass

    def of(self, pks: Iterable[int]) -> Iterator[tuple[int, array]]:
        """(pk, the hashes of its features) of each of `pks`, once each: those kept, then the
        others as they are read, in one read."""
        missing = []
        for pk in dict.fromkeys(pks):
            if pk in self.hashes:
                yield pk, self.hashes[pk]
            else:
                missing.append(pk)
        for pk, text in self.read(missing) if missing else ():
            hashes = array("q", map(hash, features(text)))
            if len(self.hashes) < KEPT_TEXTS:
                self.hashes[pk] = hashes
            yield pk, hashes


def _reports_at(reports: Iterable[CycleRecord]) -> dict[tuple[str, int], list[CycleRecord]]:
    """(country, year) → the reports of `reports` of that country and year."""
    found = defaultdict(list)
    for report in reports:
        for country in report.countries:
            found[country, report.year].append(report)
    return found


class Texts:
    """The reports' and plans' texts as cycle_matching reads them (words and pairs of words,
    each weighed by its rarity among them, by their hashes: TextFeatures), and the reports
    indexed by country and year.

    The features of about CACHED_TEXTS records are kept as sets at once, to weigh a report
    against the plans of its reach (`load`)."""

    def __init__(self, reports: list[CycleRecord], plans: Iterable[CycleRecord], read):
        self.read = read if isinstance(read, TextFeatures) else TextFeatures(read)
        pks = [record.pk for record in (*reports, *plans)]
        self.weights = Weights(hashes for _, hashes in self.read.of(pks))
        self.features: dict[int, frozenset[int]] = {}
        self.masses: dict[int, float] = {}  # pk → the weighted mass of its features
        self.reports_at = _reports_at(reports)

    def with_reports(self, reports: Iterable[CycleRecord]) -> Texts:
        """These texts, weighed as they are, with `reports` (some of those they were weighed
        among) the ones `best_reader` weighs: a later pass over the reports an earlier one
        left, which reads no text twice."""
        found = copy(self)
        found.reports_at = _reports_at(reports)
        return found

    def load(self, pks: Iterable[int]) -> None:
        """Make sets of the features of those of `pks` whose are not kept; past CACHED_TEXTS
        records, only those of `pks` stay."""
        pks = set(pks)
        missing = [pk for pk in pks if pk not in self.features]
        if not missing:
            return
        if len(self.features) + len(missing) > CACHED_TEXTS:
            self.features = {pk: kept for pk, kept in self.features.items() if pk in pks}
        for pk, hashes in self.read.of(missing):
            found = self.features[pk] = frozenset(hashes)
            if pk not in self.masses:
                self.masses[pk] = self.weights.mass(found)

    def holds(self, words: frozenset[str], pk: int) -> float:
        """The weighted share of `words` (features, as cycle_matching.features cuts them) that
        the text of record `pk` holds (once `load`ed)."""
        return self.weights.contained(frozenset(map(hash, words)), self.features[pk])

    def agreement(self, report: int, plan: int) -> float:
        self.load((report, plan))
        shared = self.features[report] & self.features[plan]
        return self.weights.cosine(shared, self.masses[report], self.masses[plan])

    def best_reader(
        self, plan: CycleRecord, rival: Callable[[CycleRecord], bool] | None = None
    ) -> int | None:
        """The report of the plan's countries and years whose text agrees most with it, of
        those `rival` (a test of a report) accepts, if given."""
        readers = {
            report.pk
            for country in plan.countries
            for year in range(plan.year, plan.year + CYCLE_YEARS + 1)
            for report in self.reports_at.get((country, year), ())
            if rival is None or rival(report)
        }
        self.load({plan.pk, *readers})
        return max(readers, key=lambda pk: (self.agreement(pk, plan.pk), -pk), default=None)
