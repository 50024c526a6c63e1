"""Learning cycles by what a closing report says: the plan its text agrees with far more than
with any other, whoever filed it.

records.cycle_matching weighs one focal point's records, records.cycle_naming what a report's
title names. A report left unjoined by both is often one without a title of its own (its
first insight stands for one: "1. There is a huge potential for green mobility in
Kathmandu…") or one whose title is no plan's ("Closing: Bringing a food systems portfolio to
life through convergent governance"), written by a colleague or a successor of the plan's
focal point. Its text still tells the cycle: a place, a product, a partner the plan named.
Pure Python.

A report closes a plan of its countries, of its year or up to CYCLE_YEARS before it
(cycle_matching.compatible), that no other report closes, when:

- their texts agree (cycle_features.Texts) at least AGREE, and at least LEAD times as much as
  the report's text agrees with any other plan of its countries and years, closed ones
  included: a report that reads as much like a closed plan is no one's for sure, unless the
  report closing that plan reads it LEAD times as much as this one does ("Ethiopian women
  face entrenched barriers…" reads the plan "Exploring inclusive and innovative
  collaboration…" a third as much as the report closing it);
- the report's text holds the plan's title (the weighted share of its title's words, without
  the names of its countries, at least NAMED), or its text agrees with the plan CLEAR times as
  much as with any other;
- or, short of that lead and that title, the plan is the only one of them that shares a named
  partner with the report (not a UN entity's: the labs' own family; "Closing ALP 2023:
  Data-driven evidence…" and "Promoting practices from the ground and developing monitoring
  capacity…", both with HOT), or a term of the report's own title that at most RARE_TITLES
  plans' titles hold ("What did we learn from Telemedicine?"), the report reading most like
  it;
- or, short of that margin and with texts that agree at least ALONE_AGREE, the report's text
  holds the plan's title (at least NAMED_ALONE, and ALONE_WORDS of its words) ALONE_MARGIN
  times as much as any other candidate's, and agrees with no other candidate more
  ("Biowaste and circularity" writes of "the biohacking laboratory" of the plan
  "Establishing a biohacking lab in North Macedonia…"); a plan another focal point filed is
  then of the report's year or the one before (a colleague's plan of two years before on
  the same subject is more often an earlier cycle than this one's);
- no other report left unjoined of the plan's countries and years agrees with the plan more,
  but one whose own title names another plan (it closes that one);
- the report's own title names no other plan (cycle_naming.Titles.names: "Experimenting with
  inclusive and innovative collaboration within internal hubs" names the plan "Exploring
  inclusive and innovative collaboration…" a report closes already), and a year it names
  does not come before the plan's ("… Closing Form 2022" closes no plan of 2023).
"""

from __future__ import annotations

from collections.abc import Iterable

from .cycle_features import Texts
from .cycle_matching import CycleRecord, Join, in_reach, title_words
from .cycle_naming import NAMED as TITLE_NAMES
from .cycle_naming import Titles, inputs

AGREE = 0.03
LEAD = 1.8
NAMED = 0.5
CLEAR = 4.0
# A plan whose title the report's text alone holds (see _named_alone).
NAMED_ALONE = 0.35
ALONE_MARGIN = 2.5
ALONE_AGREE = 0.015
ALONE_YEARS = 1
ALONE_WORDS = 2

# Every join by text's evidence starts so: the importer redoes them together.
EVIDENCE_START = "text agrees with the plan"


def match(
    reports: Iterable[CycleRecord],
    plans: Iterable[CycleRecord],
    places: dict[str, set[str]],
    excluded: set[int] = frozenset(),
    read=None,
    closers: dict[int, int] | None = None,
) -> dict[int, Join | None]:
    """report pk → the Join of the plan its text agrees with (see the module's docstring), or
    None, for each of `reports`; `plans` are all the plans of their countries, of which those
    of `excluded` are closed already (`closers`: by which report, of those known), and
    `places` names each country code's names. `read` reads the records' texts
    (cycle_features.Texts), the closers' too; by default, those the records hold."""
    reports, titles, texts = inputs(reports, plans, places, read)
    joins: dict[int, Join | None] = {}
    for report in reports:
        joins[report.pk] = _agreeing(report, titles, texts, excluded, closers or {})
    return joins


def _agreeing(
    report: CycleRecord, titles: Titles, texts: Texts, excluded, closers: dict[int, int]
) -> Join | None:
    candidates = _candidates(report, titles)
    if not candidates:
        return None
    texts.load([report.pk, *(plan.pk for plan in candidates)])
    scored = sorted(
        ((texts.agreement(report.pk, plan.pk), plan) for plan in candidates),
        key=lambda pair: (-pair[0], pair[1].pk),
    )
    agreement, best = scored[0]
    rivals = _rivals(scored[1:], texts, closers)
    runner_up = rivals[0][0] if rivals else 0.0
    texts.load([report.pk, best.pk])  # the closers read may have pushed them out
    named = _named(report, best, titles, texts)
    sole = _sole(report, best, candidates, titles) or _named_alone(
        report, best, [plan for _, plan in rivals], titles, texts
    )
    if (
        best.pk in excluded
        or agreement < (ALONE_AGREE if sole.startswith(_ALONE) else AGREE)
        or (agreement < LEAD * runner_up and not sole)
        or (named < NAMED and agreement < CLEAR * runner_up and not sole)
        or texts.best_reader(best, rival=lambda other: _rival(other, report, best, titles))
        != report.pk
        or _names_another(report, best, candidates, titles)
    ):
        return None
    evidence = (
        f"{EVIDENCE_START} {agreement:.3f} (next {runner_up:.3f}), "
        f"its text holds the plan's title {named:.2f}" + (f", {sole}" if sole else "")
    )
    return Join(best.pk, agreement, evidence)


_ALONE = "the only plan whose title its text holds"


def _named_alone(
    report: CycleRecord, best: CycleRecord, plans: list[CycleRecord], titles, texts: Texts
) -> str:
    """Whether the report's text holds the title of `best` (the candidate it agrees with most)
    at least NAMED_ALONE, and ALONE_MARGIN times as much as any of `plans` (its rivals: see
    _rivals), ALONE_WORDS of its words at least; `best` filed by another focal point is of
    the report's year or up to ALONE_YEARS before."""
    if report.focal_point != best.focal_point and report.year - best.year > ALONE_YEARS:
        return ""
    texts.load([report.pk, best.pk, *(plan.pk for plan in plans)])
    named = _named(report, best, titles, texts)
    others = (_named(report, plan, titles, texts) for plan in plans)
    if named < NAMED_ALONE or any(ALONE_MARGIN * other > named for other in others):
        return ""
    # One word of a short title is no naming ("foresight", a method, of "Gender Foresight").
    held = [
        word for word in _title_words(best, titles) if texts.holds(frozenset({word}), report.pk)
    ]
    if len(held) < ALONE_WORDS:
        return ""
    return f"{_ALONE} ({named:.2f})"


def _sole(report: CycleRecord, best: CycleRecord, candidates: list[CycleRecord], titles) -> str:
    """What ties `best` alone of the candidates to the report, if anything: a named partner
    they share, or a rare term of the report's own title (cycle_naming.Titles.rare_terms:
    "What did we learn from Telemedicine?" and "Telemedicine solution for improving health
    care services…")."""
    if [plan for plan in candidates if plan.partners & report.partners] == [best]:
        return "the only plan sharing a partner"
    rare = titles.rare_terms(report) if report.titled else frozenset()
    if rare and [plan for plan in candidates if rare & titles.terms[plan.pk]] == [best]:
        return "the only plan whose title shares a rare word of the report's"
    return ""


def _rivals(
    scored: list[tuple[float, CycleRecord]], texts: Texts, closers
) -> list[tuple[float, CycleRecord]]:
    """The (agreement, plan) pairs of `scored` (best first) whose plans are rivals: not a plan
    whose closer (`closers`) reads it LEAD times as much as the report does."""
    return [
        (agreement, plan)
        for agreement, plan in scored
        if (closer := closers.get(plan.pk)) is None
        or texts.agreement(closer, plan.pk) < LEAD * agreement
    ]


def _rival(other: CycleRecord, report: CycleRecord, plan: CycleRecord, titles: Titles) -> bool:
    """Whether report `other` may read `plan` better than `report`: not when its own title
    names another plan, which it closes rather than this one."""
    return other.pk == report.pk or not _names_another(
        other, plan, _candidates(other, titles), titles
    )


def _candidates(report: CycleRecord, titles: Titles) -> list[CycleRecord]:
    """The plans `report` may close: of its countries and years, whoever filed them."""
    return in_reach(report, titles.at, named_years=True)


def _named(report: CycleRecord, plan: CycleRecord, titles: Titles, texts: Texts) -> float:
    """The weighted share of the plan's title words (without its countries' names) that the
    report's text holds."""
    words = _title_words(plan, titles)
    return texts.holds(words, report.pk) if words else 0.0


def _title_words(plan: CycleRecord, titles: Titles) -> frozenset[str]:
    places = {name for code in plan.countries for name in titles.places.get(code, ())}
    return title_words(plan.title, places)


def _names_another(
    report: CycleRecord, best: CycleRecord, candidates: list[CycleRecord], titles: Titles
) -> bool:
    """Whether the report's own title names a plan other than `best` (cycle_naming's NAMED)."""
    if not report.titled:
        return False
    return any(
        (named := titles.names(report, plan)) and named.named >= TITLE_NAMES
        for plan in candidates
        if plan.pk != best.pk
    )
