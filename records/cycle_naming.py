"""Learning cycles across focal points: the plan a closing report's title names, whoever filed it.

A lab's closing report is often filed by a colleague or a successor of the plan's focal point
("Closing: Skills foresight study" closes a colleague's "Skills foresight study"), and a lab
may write the two in different languages ("Financiación innovadora para el desarrollo" closes
"Innovative financing for development"). records.cycle_matching weighs one focal point's
records by their texts; this module joins what is left by what the report's title (or opening
line, for a report without a title) names: a plan's title nearly word for word, and no other
candidate's nearly as well; or a plan's title in part, when the texts agree too. Pure Python.

A title becomes its terms: its words folded (records.folding), a phrase the UN thesaurus knows
(records.thesaurus) replaced by the English label of its concept, each word cut to its first
PREFIX letters so that cognates and plurals meet ("innovadora", "innovative" → "innov"),
without the words that mark a closing report ("Closing:", "closure", "form"), common words of
the three languages and the names of the report's countries. A long word misspelt in one
of two titles ("Effeciency", "Efficiency") meets its other spelling (misspelt). Numbers
stay, and two titles that both hold some must share one: "Phase 2" is not "Phase 3". A term
weighs its rarity among the candidate plans' titles (idf).

A report may close a plan another focal point filed (cycle_matching weighed its own focal
point's), of its countries, of its year or up to CYCLE_YEARS before, whose title holds at
least MIN_TERMS terms; a year written in both titles must agree
(cycle_matching.compatible). It is joined when the weighted share of the plan's terms its
title holds reaches NAMED, the two titles' cosine reaches MIN_SCORE, and the next candidate's
cosine is at most LEAD times that; a title holding the whole of the title of the only plan
it names in any part needs a cosine of PARTLY_SCORE only. A truncated title ("…") is read
up to where it stops. A title that names the plan only in part (PARTLY_NAMED, PARTLY_SCORE)
joins it when their texts agree (TEXTS_AGREE), the report's more with that plan than with
any other candidate, and no report of the plan's countries and years agrees with the plan
more. A year the report's title names must not come before the plan's ("Closing Form 2022"
closes no plan written in 2023). Each plan closes one report: the one whose title names it
better, or as well but whose text agrees with it more; none when two tie.

Plans are indexed by (country, year): the work grows with the reports and the plans of their
countries and years, never with all pairs of records.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from . import thesaurus
from .cycle_features import Texts, held_texts
from .cycle_matching import (
    COMMON_WORDS,
    CycleRecord,
    Join,
    in_reach,
)
from .folding import fold

PREFIX = 5
# Two words of this many letters or more, one letter apart, are one word misspelt
# ("Effeciency", "Efficiency"): see misspelt.
TYPO_LENGTH = 8
MIN_TERMS = 2
NAMED = 0.75
MIN_SCORE = 0.6
LEAD = 0.7
# A title holding the whole of the only candidate's title names it with a lower cosine: its
# extra words spell out the subject (see _clear_winner).
WHOLE = 0.999
# A title naming a plan in part, whose text agrees with the plan's (see _agreeing).
PARTLY_NAMED = 0.4
PARTLY_SCORE = 0.5
TEXTS_AGREE = 0.04

# The plans' titles whose terms are kept for the next pass that reads them (_title_terms).
TITLES_KEPT = 20_000
# A term at most this many plans' titles hold is a rare one (Titles.rare_terms).
RARE_TITLES = 2

_TERM = re.compile(r"[^\W\d_]{3,}|\b\d{1,3}\b")
_ELLIPSIS = ("…", "...")
# Words around a plan's title in a closing report's: they say nothing of the cycle's topic.
_MARKER_WORDS = (
    "closing closure closed close form forms learnings lessons learnt learned follow report "
    "action plan cycle cierre cloture final"
)
_IGNORED = frozenset(fold(w) for w in f"{COMMON_WORDS} {_MARKER_WORDS}".split())


@dataclass(frozen=True)
class Named:
    """A report's title and what it says beside its terms: the plan it names, scored."""

    plan: int
    score: float  # the cosine of the two titles' weighted terms
    named: float  # the weighted share of the plan's terms the report's title holds
    shared: tuple[str, ...]  # the shared terms, the rarest first
    texts: float = 0.0  # how much their texts agree, when the title names the plan in part


def terms(title: str, places: Iterable[str] = ()) -> tuple[frozenset[str], bool]:
    """The title's terms (see the module's docstring), and whether the title is cut short."""
    text = title.strip()
    truncated = text.endswith(_ELLIPSIS)
    ignored = _IGNORED | {w for place in places for w in _TERM.findall(fold(place))}
    words = _TERM.findall(fold(text))
    found: set[str] = set()
    covered: set[int] = set()
    for start, end, concept in thesaurus.concepts_in(words):
        if all(w in ignored for w in words[start:end]):
            continue
        found.update(w[:PREFIX] for w in _TERM.findall(fold(concept.en)) if w not in ignored)
        covered.update(range(start, end))
    found.update(w[:PREFIX] for i, w in enumerate(words) if i not in covered and w not in ignored)
    return frozenset(found), truncated


@functools.lru_cache(maxsize=TITLES_KEPT)
def _title_terms(title: str, places: frozenset[str]) -> frozenset[str]:
    """`terms` of a plan's title, kept for the passes that read the same plans again."""
    return terms(title, places)[0]


def misspelt(a: str, b: str) -> bool:
    """Whether two different words of TYPO_LENGTH letters or more are one word misspelt: the
    same but for one letter, or for two neighbours swapped."""
    if a == b or len(a) != len(b) or len(a) < TYPO_LENGTH:
        return False
    apart = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(apart) == 1 or (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and a[apart[0]] == b[apart[1]]
        and a[apart[1]] == b[apart[0]]
    )


def _long_words(title: str) -> frozenset[str]:
    """The title's folded words that may be misspelt (see misspelt)."""
    return frozenset(w for w in _TERM.findall(fold(title)) if len(w) >= TYPO_LENGTH)


def _respelt(report_terms: frozenset[str], report_title: str, plan_title: str) -> frozenset[str]:
    """The report's terms, with a word of its title that is a plan title's word misspelt (or
    the plan's misspelt) taking the plan's term ("Energy Efficiency and Electricity
    Consumption" names "Energy Effeciency")."""
    found = set(report_terms)
    plan_words = _long_words(plan_title)
    for word in _long_words(report_title):
        for plan_word in plan_words:
            if word[:PREFIX] in found and misspelt(word, plan_word):
                found.discard(word[:PREFIX])
                found.add(plan_word[:PREFIX])
    return frozenset(found)


def _cut_at(title: str, length: int) -> str:
    """`title` cut to about `length` characters, at a word's end."""
    return title if len(title) <= length else title[:length].rpartition(" ")[0]


class Titles:
    """The candidate plans' titles, indexed by country and year, with their terms' weights."""

    def __init__(self, plans: Iterable[CycleRecord], places: dict[str, set[str]]):
        self.plans = {plan.pk: plan for plan in plans if plan.is_plan and plan.year is not None}
        self.places = places
        self.terms = {
            pk: _title_terms(plan.title, frozenset(self._places(plan)))
            for pk, plan in self.plans.items()
        }
        self.at = defaultdict(list)  # (country, year) → its plans
        for plan in self.plans.values():
            for country in plan.countries:
                self.at[country, plan.year].append(plan)
        df = Counter(term for found in self.terms.values() for term in found)
        n = len(self.plans)
        self.weight = {term: math.log(1 + n / count) for term, count in df.items()}
        self.rarest = math.log(1 + n) if n else 1.0
        self.rare = {term for term, count in df.items() if count <= RARE_TITLES}

    def rare_terms(self, report: CycleRecord) -> frozenset[str]:
        """The terms of the report's title that at most RARE_TITLES of the plans' titles hold."""
        return terms(report.title, self._places(report))[0] & self.rare

    def _places(self, record: CycleRecord) -> set[str]:
        return {name for code in record.countries for name in self.places.get(code, ())}

    def _mass(self, found: Iterable[str]) -> float:
        return sum(self.weight.get(term, self.rarest) ** 2 for term in found)

    def candidates(self, report: CycleRecord, excluded: set[int] = frozenset()) -> list[Named]:
        """The plans `report` may close and its title names in part, best first."""
        if report.year is None:
            return []
        report_terms, truncated = terms(report.title, self._places(report))
        found = []
        for plan in in_reach(report, self.at, named_years=True):
            if plan.pk in excluded or plan.focal_point == report.focal_point:
                continue
            named = self._named(report, report_terms, truncated, plan)
            if named:
                found.append(named)
        return sorted(found, key=lambda named: (-named.score, named.plan))

    def names(self, report: CycleRecord, plan: CycleRecord) -> Named | None:
        """How much the report's title names `plan` (see `candidates`), or None."""
        report_terms, truncated = terms(report.title, self._places(report))
        return self._named(report, report_terms, truncated, plan)

    def _named(self, report, report_terms, truncated, plan) -> Named | None:
        plan_terms = self.terms[plan.pk]
        report_terms = _respelt(report_terms, report.title, plan.title)
        shared = report_terms & plan_terms
        numbers = {t for t in report_terms if t.isdigit()}, {t for t in plan_terms if t.isdigit()}
        if (
            not shared
            or len(plan_terms) < MIN_TERMS
            or all(numbers)
            and not set.intersection(*numbers)
        ):
            return None
        # A report's title cut short names the plan's title up to where it stops, and a
        # plan's title cut short is named up to where it stops.
        if truncated:
            plan_terms = terms(_cut_at(plan.title, len(report.title)), self._places(plan))[0]
        elif plan.title.strip().endswith(_ELLIPSIS):
            cut = _cut_at(report.title, len(plan.title))
            report_terms = _respelt(terms(cut, self._places(report))[0], cut, plan.title)
        plan_mass = self._mass(plan_terms)
        shared_mass = self._mass(shared & plan_terms & report_terms)
        norm = math.sqrt(plan_mass * self._mass(report_terms))
        if not norm or not plan_mass:
            return None
        rarest = sorted(shared, key=lambda term: (-self.weight.get(term, self.rarest), term))
        return Named(plan.pk, shared_mass / norm, shared_mass / plan_mass, tuple(rarest))


def inputs(reports, plans, places, read=None) -> tuple[list[CycleRecord], Titles, Texts]:
    """What `match` (and records.cycle_texts.match) read: the closing reports of `reports`, the
    Titles of `plans` and the Texts of both, read by `read` (a reader or the TextFeatures of
    one) or from the records; or `read` itself, Texts weighed among these reports and plans
    and more (an earlier pass's)."""
    reports = [report for report in reports if report.is_report]
    titles = Titles(plans, places)
    if isinstance(read, Texts):
        return reports, titles, read.with_reports(reports)
    plans = titles.plans.values()
    return reports, titles, Texts(reports, plans, read or held_texts([*reports, *plans]))


def match(
    reports: Iterable[CycleRecord],
    plans: Iterable[CycleRecord],
    places: dict[str, set[str]],
    excluded: set[int] = frozenset(),
    read=None,
) -> dict[int, Join | None]:
    """report pk → the Join of the plan its title names (see the module's docstring), or None,
    for each of `reports`; `places` names each country code's names (words to drop from the
    titles), and the plans of `excluded` are closed already. `read` reads the records'
    texts (see Texts); by default, those the records hold."""
    reports, titles, texts = inputs(reports, plans, places, read)
    winners = {}
    for report in reports:
        candidates = titles.candidates(report, excluded)
        winners[report.pk] = _clear_winner(candidates) or _agreeing(
            report, candidates, titles, texts
        )
    # A plan two reports name closes the one whose title names it better, or, named as
    # well, whose text agrees with it more; neither when they tie.
    rivals = defaultdict(list)
    for pk, named in winners.items():
        if named:
            rivals[named.plan].append((pk, named))
    joins: dict[int, Join | None] = dict.fromkeys(winners)
    for plan, named_by in rivals.items():
        if len(named_by) > 1:
            texts.load([plan, *(pk for pk, _ in named_by)])
        found = [
            (named.score, texts.agreement(pk, plan) if len(named_by) > 1 else 0.0, pk, named)
            for pk, named in named_by
        ]
        found.sort(key=lambda rival: rival[:2], reverse=True)
        if len(found) > 1 and found[0][:2] == found[1][:2]:
            continue
        _, _, pk, named = found[0]
        joins[pk] = Join(plan, named.score, evidence(named))
    return joins


def _clear_winner(candidates: list[Named]) -> Named | None:
    """The best candidate when the report's title names it (NAMED, MIN_SCORE) clearly ahead
    of the next (LEAD); a title holding the whole of the title of the only plan it names in
    any part needs only PARTLY_SCORE ("Energy Efficiency and Electricity Consumption" names
    "Energy Effeciency")."""
    if not candidates:
        return None
    best = candidates[0]
    runner_up = candidates[1].score if len(candidates) > 1 else 0.0
    whole = best.named >= WHOLE and len(candidates) == 1
    if (
        best.named < NAMED
        or best.score < (PARTLY_SCORE if whole else MIN_SCORE)
        or runner_up > LEAD * best.score
    ):
        return None
    return best


def _agreeing(report, candidates: list[Named], titles: Titles, texts: Texts) -> Named | None:
    """The best candidate when the report's title names it in part (PARTLY_NAMED,
    PARTLY_SCORE, clearly ahead as in _clear_winner), their texts agree (TEXTS_AGREE) more
    than the report's with any other candidate, and no report of the plan's countries and
    years agrees with the plan more ("Experimenting the use educational robots for
    speechtherapy" closes "Experimenting the use educational robots to enhance speech
    therapy for children with special needs…")."""
    if not candidates:
        return None
    best = candidates[0]
    runner_up = candidates[1].score if len(candidates) > 1 else 0.0
    if best.named < PARTLY_NAMED or best.score < PARTLY_SCORE or runner_up > LEAD * best.score:
        return None
    texts.load([report.pk, *(candidate.plan for candidate in candidates)])
    agreement = texts.agreement(report.pk, best.plan)
    if (
        agreement < TEXTS_AGREE
        or any(texts.agreement(report.pk, c.plan) >= agreement for c in candidates[1:])
        or texts.best_reader(titles.plans[best.plan]) != report.pk
    ):
        return None
    return replace(best, texts=agreement)


# Every join by title's evidence starts so: the importer redoes them together.
EVIDENCE_START = "title names the plan"


def evidence(named: Named) -> str:
    """What staff read of a join by title."""
    texts = f", texts agree {named.texts:.3f}" if named.texts else ""
    return (
        f"{EVIDENCE_START} {named.named:.2f}, score {named.score:.2f}{texts}; "
        f"shared: {', '.join(named.shared[:6])}"
    )
