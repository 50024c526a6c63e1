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
  included: a report that reads as much like a closed plan is no one's for sure;
  or, short of that lead, the plan is the only one of them that shares a named partner with
  the report (not a UN entity's: the labs' own family), the report reading most like it;
- the report's text holds the plan's title (the weighted share of its title's words, without
  the names of its countries, at least NAMED), or its text agrees with the plan CLEAR times as
  much as with any other;
- no other report left unjoined of the plan's countries and years agrees with the plan more;
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

# Every join by text's evidence starts so: the importer redoes them together.
EVIDENCE_START = "text agrees with the plan"


def match(
    reports: Iterable[CycleRecord],
    plans: Iterable[CycleRecord],
    places: dict[str, set[str]],
    excluded: set[int] = frozenset(),
    read=None,
) -> dict[int, Join | None]:
    """report pk → the Join of the plan its text agrees with (see the module's docstring), or
    None, for each of `reports`; `plans` are all the plans of their countries, of which those
    of `excluded` are closed already, and `places` names each country code's names. `read`
    reads the records' texts (cycle_features.Texts); by default, those the records hold."""
    reports, titles, texts = inputs(reports, plans, places, read)
    joins: dict[int, Join | None] = {}
    for report in reports:
        joins[report.pk] = _agreeing(report, titles, texts, excluded)
    return joins


def _agreeing(report: CycleRecord, titles: Titles, texts: Texts, excluded) -> Join | None:
    candidates = _candidates(report, titles)
    if not candidates:
        return None
    texts.load([report.pk, *(plan.pk for plan in candidates)])
    scored = sorted(
        ((texts.agreement(report.pk, plan.pk), plan) for plan in candidates),
        key=lambda pair: (-pair[0], pair[1].pk),
    )
    agreement, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    named = _named(report, best, titles, texts)
    partnered = [plan for plan in candidates if plan.partners & report.partners] == [best]
    if (
        best.pk in excluded
        or agreement < AGREE
        or (agreement < LEAD * runner_up and not partnered)
        or (named < NAMED and agreement < CLEAR * runner_up)
        or texts.best_reader(best) != report.pk
        or _names_another(report, best, candidates, titles)
    ):
        return None
    evidence = (
        f"{EVIDENCE_START} {agreement:.3f} (next {runner_up:.3f}), "
        f"its text holds the plan's title {named:.2f}"
        + (", the only plan sharing a partner" if partnered else "")
    )
    return Join(best.pk, agreement, evidence)


def _candidates(report: CycleRecord, titles: Titles) -> list[CycleRecord]:
    """The plans `report` may close: of its countries and years, whoever filed them."""
    return in_reach(report, titles.at, named_years=True)


def _named(report: CycleRecord, plan: CycleRecord, titles: Titles, texts: Texts) -> float:
    """The weighted share of the plan's title words (without its countries' names) that the
    report's text holds."""
    places = {name for code in plan.countries for name in titles.places.get(code, ())}
    words = title_words(plan.title, places)
    return texts.holds(words, report.pk) if words else 0.0


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
