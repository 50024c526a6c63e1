"""An import run writes its files in batches: a transaction per batch, a savepoint per file."""

import pytest

from records.enums import Outcome
from records.importing import Importer, plans, run
from records.models import Blog, BlogLink, Insight, LearningPlan, Partner
from records.search_index import SearchEntry
from tests.factories import seed_file

pytestmark = pytest.mark.django_db


def documents(*numbers):
    return [(seed_file(n).name, seed_file(n).read_bytes) for n in numbers]


def outcomes(report):
    return [(result.name, result.outcome) for result in report.results]


def records_written():
    return LearningPlan.objects.count() + Blog.objects.count()


def test_a_batch_is_written_whole_before_its_files_are_reported(monkeypatch):
    monkeypatch.setattr(run, "BATCH_FILES", 2)
    heard = []

    def progress(result):
        heard.append((result.name, result.outcome, records_written()))

    Importer().run(documents(0, 1, 2, 3, 4), progress=progress)
    names = [name for name, _ in documents(0, 1, 2, 3, 4)]
    assert heard == [
        (name, Outcome.CREATED, written)
        for name, written in zip(names, [2, 2, 4, 4, 5], strict=True)
    ]


def test_a_batch_ends_once_its_files_reach_batch_bytes(monkeypatch):
    monkeypatch.setattr(run, "BATCH_BYTES", 1)
    heard = []
    Importer().run(documents(0, 1, 2), progress=lambda result: heard.append(records_written()))
    assert heard == [1, 2, 3]


def test_a_file_that_fails_leaves_nothing_and_its_batch_commits(monkeypatch):
    failing = seed_file(0).name

    def link_blogs(plan, urls, lookups):
        if plan.source_file == failing:
            raise RuntimeError("disk on fire")
        written(plan, urls, lookups)

    written = plans.link_blogs
    monkeypatch.setattr(plans, "link_blogs", link_blogs)
    report = Importer().run(documents(0, 1, 2))
    assert outcomes(report) == [
        (failing, Outcome.FAILED),
        (seed_file(1).name, Outcome.CREATED),
        (seed_file(2).name, Outcome.CREATED),
    ]
    assert report.results[0].reason == "RuntimeError: disk on fire"
    assert sorted(LearningPlan.objects.values_list("source_file", flat=True)) == [
        seed_file(1).name,
        seed_file(2).name,
    ]
    # The partners the failed file named and the others did not were rolled back with it.
    assert not Partner.objects.filter(partnerships=None).exists()
    # The index holds the entries of what was written, and of nothing the failed file wrote.
    indexed = SearchEntry.objects.values_list("kind", "record_id")
    assert sorted(indexed) == sorted(
        [
            (SearchEntry.kind_of(LearningPlan), pk)
            for pk in LearningPlan.objects.values_list("pk", flat=True)
        ]
        + [
            (SearchEntry.kind_of(Insight), pk)
            for pk in Insight.objects.values_list("pk", flat=True)
        ]
        + [
            (SearchEntry.kind_of(Partner), pk)
            for pk in Partner.objects.values_list("pk", flat=True)
        ]
    )


@pytest.mark.parametrize("batch_files", [1, 100])
def test_a_blog_ties_the_links_waiting_for_it_in_its_batch_or_an_earlier_one(
    monkeypatch, batch_files
):
    monkeypatch.setattr(run, "BATCH_FILES", batch_files)
    Importer().run(documents(0, 1, 2, 3, 4))
    links = BlogLink.objects.values_list("plan__source_file", "blog__source_file")
    assert list(links) == [(seed_file(1).name, seed_file(3).name)]
