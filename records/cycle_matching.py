"""Learning cycles: which action learning plan a closing report closes.

Nothing in a closing report names its plan, so the two are matched on what they share. Pure
Python: the importer (records.importing.cycle_joins) hands in one focal point's records.

The scoring, for one closing report and each candidate plan:

1. Required: the same focal point (the caller groups by it), a country in common, and the
   report's year equal to the plan's or one or two after it. A year written in both titles
   must agree ("Closing Action Plan 2023 - …" never closes "Action Plan 2022 - …"). Of
   more than MAX_CANDIDATES such plans, those sharing the most of the report's rarest words
   are scored (see FocalPoint).
2. Words: each text (title, answers, insights) becomes its set of words of three letters or
   more, without common words; a word weighs its rarity among the focal point's records
   (idf = log(1 + n / df)), so a place, programme or product name both texts share counts far
   more than "youth" in a lab that writes about youth every year.
3. Title similarity: weighted overlap of the two titles' words once the markers around a
   plan title ("Closing:", "Closing Form -", "(closing)", "Closure", "Learnings", "Follow
   up:") are dropped; text similarity: the weighted overlap of the whole texts (cosine).
   score = TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * text.
4. Link only when one candidate clearly wins: score >= MIN_SCORE and at least MARGIN times the
   runner-up's. Precision before recall: a wrong join is worse than none.
5. Echo: a report answers the questions of the plan it closes. The weighted share of a plan's
   questions (its name, challenge statement and learning questions) found in the report's
   text decides when the scores do not: a candidate the report echoes at least ECHO, and
   ECHO_LEAD times as much as any other candidate, closes it if their score reaches
   ECHO_MIN_SCORE, no report won it by score, and the report's title names no other
   candidate ("Formalizing is easy…" answers "How important is formalization to them?").
6. Taken plans: a report left unjoined is scored again without the plans other reports
   closed that they score higher than it does: a plan its own report reads better is no
   rival ("The Blue Economy sector is well structured in Cabo Verde…" reads nearly as much
   like the plan the focal point's 2023 report closes as like the 2021 "Blue Economy
   Challenge"), unless the report's own title names that plan (TITLE_LEAD) better.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import filterfalse, islice, pairwise

from .cycle_weights import Weights

# Two texts of one lab share few pairs of words: the cosine of two different records is
# 0.02-0.05, of a plan and its closing report 0.05-0.3; a title overlap is 0-1.
TITLE_WEIGHT = 0.5
TEXT_WEIGHT = 5.0
MIN_SCORE = 0.24
MARGIN = 1.5
# A close race is decided by the report's own title when it names the best plan this well
# and this much better than the next (see _winner).
TITLE_DECIDES = 0.7
TITLE_LEAD = 0.3
# A closing report comes in its plan's year or up to this many years after it.
CYCLE_YEARS = 2
# A report is scored against this many plans at most, those sharing the most of its this many
# rarest words (see FocalPoint).
MAX_CANDIDATES = 12
RARE_WORDS = 30
# Two plans whose texts overlap this much are one plan filed twice.
SAME_PLAN = 0.8
# A report echoing one plan's questions this much, and this many times more than any other
# candidate's, closes that plan when their texts also agree this much (see _echoed).
ECHO = 0.07
ECHO_LEAD = 1.8
ECHO_MIN_SCORE = 0.15

_WORD = re.compile(r"[^\W\d_]{3,}|\d{4}")
# Links and pictures ("![Missing alt text](https://…/blobs/….png)") say nothing of the topic.
# A picture's "!" is no word and stays: a pattern opening on "[" is found far faster.
_LINKS = re.compile(r"\[[^\]]*\]\([^)]*\)|https?://\S+")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PARENTHESES = re.compile(r"\s*\(([^()]+)\)")
# Words that mark a title as a closing report's, not what the cycle is about.
_MARKERS_WORDS = (
    "closing closure closed close form learnings learning lessons follow phase alp first second "
    "third"
)
_MARKERS = frozenset(_MARKERS_WORDS.split())
COMMON_WORDS = (
    "the and for with that this from have has had was were are our their they them into about "
    "which what when where who how will would can could also more most such than then these "
    "those there been being its not but all any each other some very through using use used new "
    "one two how why may might should must between within across over under while les des une "
    "pour dans par sur avec est qui que aux del los las con para por una que como "
    # French and Spanish words as common as the English above
    "nous vous ont ses leur leurs cette ces son été être avoir fait pas plus aussi ainsi mais "
    "comme tous tout toutes entre sont nos notre car donc très lors "
    "nos nuestro nuestra nuestros sus este esta estos estas ese esa son fue ser han hay más "
    "pero sin sobre entre también todo todos muy cuando donde"
)
_COMMON = frozenset(COMMON_WORDS.split())


@dataclass(frozen=True)
class CycleRecord:
    """What the matcher reads of one record of a focal point."""

    pk: int
    title: str
    year: int | None
    countries: frozenset[str]
    text: str  # the title, answers and insights
    is_report: bool  # a closing report, to be joined to a plan
    is_plan: bool  # holds an action learning plan (a START form), so it can be closed
    titled: bool = True  # its title is its own, not taken from its text (see title_score)
    questions: str = ""  # a plan's name, challenge statement and learning questions
    focal_point: str = ""  # who filed it, compared without case
    name: str = ""  # a plan's name answer, which a report's title may name instead of its title
    partners: frozenset[str] = frozenset()  # its partners' names, see partner_keys


@dataclass(frozen=True)
class Join:
    plan: int
    score: float
    evidence: str
    title: float = 0.0  # how much a report's own title names the plan (FocalPoint.title_score)
    echo: float = 0.0  # the weighted share of the plan's questions found in the report


def partner_keys(names: Iterable[str]) -> frozenset[str]:
    """Partners' names as a report and its plan may both write them: without case, with and
    without the acronym in parentheses, and the acronym alone ("Ministry of Territory
    Administration (MAT)" and "MAT" share "mat")."""
    keys = set()
    for name in names:
        name = " ".join(name.casefold().split())
        keys |= {name, _PARENTHESES.sub("", name).strip(), *_PARENTHESES.findall(name)}
    return frozenset(key.strip() for key in keys if key.strip())


def words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.casefold()) if w not in _COMMON)


def features(text: str) -> frozenset[str]:
    """The text's words and its pairs of adjacent words ("chiang rai", "big data"): two
    records of one lab share many words, but a shared name of two words is rarely chance."""
    found = list(filterfalse(_COMMON.__contains__, _WORD.findall(_LINKS.sub(" ", text).casefold())))
    return frozenset(found).union(map(" ".join, pairwise(found)))


def title_words(title: str, countries: Iterable[str] = ()) -> frozenset[str]:
    """A title's words without the markers a closing report puts around its plan's title,
    and without the names of its countries (every plan of a lab is about its country)."""
    drop = _MARKERS | words(" ".join(countries))
    return frozenset(w for w in words(title) if w not in drop and not w.isdigit())


def compatible(report: CycleRecord, plan: CycleRecord) -> bool:
    if report.pk == plan.pk or not plan.is_plan or report.year is None or plan.year is None:
        return False
    if not report.countries & plan.countries or not 0 <= report.year - plan.year <= CYCLE_YEARS:
        return False
    report_years, plan_years = set(YEAR.findall(report.title)), set(YEAR.findall(plan.title))
    return not (report_years and plan_years and not report_years & plan_years)


def plans_at(records: Iterable[CycleRecord]) -> dict[tuple[str, int], list[CycleRecord]]:
    """(country, year) → the plans of `records` of that country and year, in record order."""
    found = defaultdict(list)
    for record in records:
        if record.is_plan and record.year is not None:
            for country in record.countries:
                found[country, record.year].append(record)
    return found


def in_reach(report: CycleRecord, plans_at: dict, named_years: bool = False) -> list[CycleRecord]:
    """The plans of `plans_at` ((country, year) → its plans) that `report` may close
    (`compatible`): of its countries, of its year or up to CYCLE_YEARS before; once each, in
    the order found. With `named_years`, none written after every year the report's title
    names ("Closing Form 2022" closes no plan written in 2023)."""
    if report.year is None:
        return []
    found = {
        plan.pk: plan
        for country in report.countries
        for year in range(report.year - CYCLE_YEARS, report.year + 1)
        for plan in plans_at.get((country, year), ())
    }
    named = [int(year) for year in YEAR.findall(report.title)] if named_years else []
    latest = max(named, default=None)
    return [
        plan
        for plan in found.values()
        if compatible(report, plan) and (latest is None or plan.year <= latest)
    ]


class FocalPoint:
    """One focal point's records, scored against each other.

    A report is scored against the plans of its countries and years (an index of them, not
    every record), at most MAX_CANDIDATES of them: those sharing the most of its RARE_WORDS
    rarest words. The archive's busiest focal point has 7 plans a report may close, so the
    cap binds only where a focal point files far more, and there it keeps the work per report
    bounded rather than growing with the focal point."""

    def __init__(
        self,
        records: list[CycleRecord],
        cut: Callable[[CycleRecord], frozenset] | None = None,
        plans: dict | None = None,
    ):
        """`cut` gives a record's text's `features`; by default, it cuts them. `plans`: the
        records' `plans_at`, when the caller has it."""
        cut = cut or (lambda record: features(record.text))
        self.records = records
        self.position = {r.pk: i for i, r in enumerate(records)}
        self.text = {r.pk: cut(r) for r in records}
        self.titles = {r.pk: title_words(r.title, r.countries) for r in records}
        self._questions: dict[int, frozenset[str]] = {}  # a candidate plan's, see `questions`
        self.weights = Weights(self.text.values())
        self.plans_at = plans if plans is not None else plans_at(records)
        self._rarest: dict[int, list[str]] = {}  # a report's words, the rarest first
        self._overlaps: dict[tuple[int, int], float] = {}  # see `distinct`

    def title_score(self, report: CycleRecord, plan: CycleRecord) -> float:
        """How much the two titles agree; a report without a title of its own (one taken
        from its text, or renamed after its plan) is read for the plan's title words."""
        if report.titled:
            return self.weights.overlap(self.titles[report.pk], self.titles[plan.pk])
        return self.weights.contained(self.titles[plan.pk], self.text[report.pk])

    def questions(self, plan: CycleRecord) -> frozenset[str]:
        """The features of the plan's questions, cut when it is first a candidate."""
        found = self._questions.get(plan.pk)
        if found is None:
            found = self._questions[plan.pk] = features(plan.questions)
        return found

    def rarest(self, report: CycleRecord) -> list[str]:
        found = self._rarest.get(report.pk)
        if found is None:
            found = self._rarest[report.pk] = self.weights.rarest_first(self.text[report.pk])
        return found

    def plans_for(self, report: CycleRecord) -> list[CycleRecord]:
        """The plans `report` may close (`compatible`) in record order, at most
        MAX_CANDIDATES: those sharing the most of its RARE_WORDS rarest words."""
        plans = sorted(in_reach(report, self.plans_at), key=lambda plan: self.position[plan.pk])
        if len(plans) > MAX_CANDIDATES:
            rare = frozenset(self.rarest(report)[:RARE_WORDS])
            plans.sort(key=lambda plan: -len(rare & self.text[plan.pk]))  # stable: ties in order
            plans = sorted(plans[:MAX_CANDIDATES], key=lambda plan: self.position[plan.pk])
        return plans

    def candidates(self, report: CycleRecord) -> list[Join]:
        """The plans `report` may close (see plans_for), best first, with their scores and
        the rarest words and pairs of words the two texts share."""
        found = []
        text = self.text[report.pk]
        for plan in self.plans_for(report):
            plan_text = self.text[plan.pk]
            shared = text & plan_text
            title = self.title_score(report, plan)
            overlap = self.weights.overlap(text, plan_text, shared)
            # The report's words rarest first, kept if shared: the first six of them.
            rarest = list(islice(filter(shared.__contains__, self.rarest(report)), 6))
            evidence = f"shared: {', '.join(rarest)}"
            own_title = title if report.titled else 0.0
            echo = self.weights.contained(self.questions(plan), text)
            score = TITLE_WEIGHT * title + TEXT_WEIGHT * overlap
            found.append(Join(plan.pk, score, evidence, own_title, echo))
        return sorted(found, key=lambda join: -join.score)

    def distinct(self, candidates: list[Join]) -> list[Join]:
        """The candidates without those that repeat a better one: a plan re-filed word for
        word (the next year, or under another title) is one candidate, not a tie. Two plans'
        overlap is kept: the focal point's other reports compare the same plans."""
        kept: list[Join] = []
        for join in candidates:
            if all(self._overlap(join.plan, k.plan) < SAME_PLAN for k in kept):
                kept.append(join)
        return kept

    def _overlap(self, a: int, b: int) -> float:
        found = self._overlaps.get((a, b))
        if found is None:
            found = self._overlaps[a, b] = self.weights.overlap(self.text[a], self.text[b])
        return found


def match(
    records: list[CycleRecord], cut: Callable[[CycleRecord], frozenset] | None = None
) -> dict[int, Join | None]:
    """report pk → its Join, or None, for every closing report among one focal point's
    records. Joins by score come first; a report's echo of a plan's questions may then join
    it to a plan no report won by score; a report still left is scored again without the
    plans others won with a higher score (6 in the module's docstring). `cut` gives a
    record's features (FocalPoint); no text is cut when no report has a plan in reach."""
    reports = [r for r in records if r.is_report]
    index = plans_at(records)
    if not any(in_reach(report, index) for report in reports):
        return dict.fromkeys(r.pk for r in reports)
    focal_point = FocalPoint(records, cut, index)
    candidates = {r.pk: focal_point.distinct(focal_point.candidates(r)) for r in reports}
    joins = _one_per_plan({pk: _with_evidence(_clear_winner(c), c) for pk, c in candidates.items()})
    taken = {join.plan for join in joins.values() if join}
    echoed = {
        pk: _with_evidence(_echoed(c), c, echo=True)
        for pk, c in candidates.items()
        if not joins[pk] and (best := _echoed(c)) and best.plan not in taken
    }
    joins |= _one_per_plan(echoed)
    won = {join.plan: join.score for join in joins.values() if join}
    rivals = {
        pk: [join for join in c if join.score > won.get(join.plan, -1.0)]
        for pk, c in candidates.items()
        if not joins[pk]
    }
    untaken = {
        pk: _with_evidence(best, c, aside=len(c) < len(candidates[pk]))
        for pk, c in rivals.items()
        if (best := _clear_winner(c))
        and best.plan not in won
        and not _names_another(best, candidates[pk])
    }
    return joins | _one_per_plan(untaken)


def _one_per_plan(joins: dict[int, Join | None]) -> dict[int, Join | None]:
    """A plan is closed once: when two reports win the same plan (a plan and its successor
    of one title), only the better one is joined."""
    best: dict[int, Join] = {}
    for join in filter(None, joins.values()):
        if join.plan not in best or join.score > best[join.plan].score:
            best[join.plan] = join
    return {pk: join if join and best[join.plan] is join else None for pk, join in joins.items()}


def _with_evidence(
    best: Join | None, candidates: list[Join], echo: bool = False, aside: bool = False
) -> Join | None:
    """The winning candidate with its evidence told: its score, the next one's, and what
    the two texts share; `aside` when plans other reports close were set aside (6)."""
    if best is None:
        return None
    runner_up = max((j.score for j in candidates if j is not best), default=0.0)
    score = f"score {best.score:.2f}" + (f" (next {runner_up:.2f})" if runner_up else "")
    if echo:
        score += f", echoes its questions {best.echo:.2f}"
    if aside:
        score += ", plans other reports close better set aside"
    return Join(best.plan, best.score, f"{score}; {best.evidence}")


def _clear_winner(candidates: list[Join]) -> Join | None:
    """The best-scoring candidate when it reaches MIN_SCORE and MARGIN times the next."""
    if not candidates or candidates[0].score < MIN_SCORE:
        return None
    best = candidates[0]
    runner_up = candidates[1].score if len(candidates) > 1 else 0.0
    # The report's own title naming one plan far better than the next decides a close race
    # ("BlueDIGITAL Pivot - Closure": "BlueDIGITAL Pivot" 2022, not "BlueDIGITAL" 2021).
    named = (
        len(candidates) > 1
        and best.title >= TITLE_DECIDES
        and best.title - candidates[1].title >= TITLE_LEAD
    )
    return best if best.score >= MARGIN * runner_up or named else None


def _echoed(candidates: list[Join]) -> Join | None:
    """The candidate whose questions the report answers far more than any other's (ECHO,
    ECHO_LEAD), when their texts also agree (ECHO_MIN_SCORE) and the report's own title
    names no other candidate better (TITLE_LEAD)."""
    if not candidates:
        return None
    best = max(candidates, key=lambda join: join.echo)
    others = [join for join in candidates if join is not best]
    if (
        best.echo < ECHO
        or best.score < ECHO_MIN_SCORE
        or any(best.echo < ECHO_LEAD * join.echo for join in others)
        or _names_another(best, candidates)
    ):
        return None
    return best


def _names_another(best: Join, candidates: list[Join]) -> bool:
    """Whether the report's own title names another candidate TITLE_LEAD better than `best`."""
    return any(join.title >= best.title + TITLE_LEAD for join in candidates if join is not best)
