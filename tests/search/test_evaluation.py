"""The evaluation of search on real archive files (tests/data/search/): every query of
queries.tsv must find the records a person expects among its first ten results, recall@10
≥ 0.9 over the file, on whichever database DATABASE_URL names. The 208 files are imported
once for the module, in the slow tier; tests/search/test_engine.py tests each rule on a few
records.

A misspelled query (note "misspelling: <intended>") is judged by its suggestion: it must be the
intended query, and the intended query must find the expected records.

The judged queries of judged.tsv (bench/search_quality.py) are run on the same files, those
whose records they hold: /search/ must find the known items, and rank topical queries above
a plain bm25 baseline over the same records, in each language.
"""

import csv
from dataclasses import dataclass

import pytest

from bench.search_quality import bm25_ranking, documents, figures, held, read_judged, site_ranking
from records.models import Blog, LearningPlan
from records.search import fold, ranked
from records.search.engine import matching
from records.search.suggestions import suggest
from tests.factories import DATA, run_import, shared_rows

FILES = DATA / "search" / "files"
QUERIES = DATA / "search" / "queries.tsv"
TOP = 10
MISSPELLING = "misspelling: "
# Topical precision@10 above plain bm25's on these files, in each language.
MARGINS = {"all": 0.1, "en": 0.03, "fr": 0.1, "es": 0.1}


@dataclass(frozen=True)
class Case:
    query: str
    expected: frozenset[str]
    note: str

    @property
    def intended(self) -> str | None:
        return self.note.removeprefix(MISSPELLING) if self.note.startswith(MISSPELLING) else None


def read_cases() -> list[Case]:
    # Tab-separated, no quoting: a query may hold a quoted phrase.
    with QUERIES.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Case(r["query"], frozenset(r["expected"].split("|")), r["note"]) for r in rows]


CASES = read_cases()


@pytest.fixture(scope="module")
def archive(django_db_setup, django_db_blocker):
    with shared_rows(django_db_blocker):
        lines, code = run_import(FILES)
        assert code == 0, lines[-1]
        yield


def top_files(text: str) -> list[str]:
    """The source files of the best TOP plans and blogs for `text`, best first."""
    hits = []
    for model in (LearningPlan, Blog):
        found = ranked(matching(model.objects.published(), text), text)
        hits += found.values_list("search_rank", "source_file").order_by("-search_rank")[:TOP]
    return [name for _, name in sorted(hits, key=lambda hit: -hit[0])[:TOP]]


def recall(case: Case) -> float:
    text = case.query
    if case.intended:
        text = suggest(case.query, found=False) or case.query
    found = set(top_files(text))
    return len(case.expected & found) / len(case.expected)


def test_the_evaluation_file_is_realistic():
    assert len(CASES) >= 30
    assert all((FILES / name).is_file() for case in CASES for name in case.expected)


@pytest.mark.slow
@pytest.mark.django_db
def test_recall_at_10_over_the_evaluation_file(archive):
    recalls = {case.query: recall(case) for case in CASES}

    missed = {query: round(value, 2) for query, value in recalls.items() if value < 1}
    assert sum(recalls.values()) / len(recalls) >= 0.9, missed


@pytest.mark.slow
@pytest.mark.django_db
@pytest.mark.parametrize("case", [c for c in CASES if c.intended], ids=lambda c: c.query)
def test_a_misspelled_query_suggests_the_intended_one(archive, case):
    assert fold(suggest(case.query, found=False) or "") == fold(case.intended)


@pytest.mark.slow
@pytest.mark.django_db
def test_judged_queries_beat_plain_bm25(archive, client):
    cases = held(read_judged(), {file for _, file, _ in documents()})
    site = figures(cases, site_ranking(client, []))
    baseline = figures(cases, bm25_ranking())

    assert len(cases) >= 40
    assert site["known items found in 10"] == "14/14"
    assert site["cross items found in 10"] in ("6/7", "7/7")
    for language in ("all", "en", "fr", "es"):
        name = f"topical precision@10, {language}"
        assert site[name] >= baseline[name] + MARGINS[language], (site, baseline)
