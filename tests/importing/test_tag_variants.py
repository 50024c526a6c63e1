"""Spelling variants of one tag (case, hyphens, accents, plurals) are one tag with aliases."""

import pytest

from records.models import DataSource, LearningPlan
from records.tag_names import tag_key
from tests.factories import DATA, run_import

SURVEY = DATA / "learningplan" / "__information_is_power__learning_cycle_2021_closing_form.md"
SURVEYS = DATA / "learningplan" / "future_of_works_in_uzbekistan.md"


def test_singular_and_plural_are_one_tag_with_an_alias(db):
    run_import(SURVEY, SURVEYS)
    tag = DataSource.objects.get(name__in=["survey", "surveys"])
    assert (tag.name, tag.slug, tag.aliases) == ("survey", "survey", ["surveys"])
    plans = LearningPlan.objects.filter(data_sources=tag).values_list("source_file", flat=True)
    assert sorted(plans) == [SURVEY.name, SURVEYS.name]
    lines, code = run_import(SURVEY, SURVEYS)
    assert (lines[-1], code) == (
        "2 files: 0 created, 0 updated, 2 unchanged, 0 conflicts, 0 skipped, 0 failed",
        0,
    )
    assert DataSource.objects.get(pk=tag.pk).aliases == ["surveys"]


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (["Co-creation", "co creation", "co-creation"], "co-creation"),
        (["Énergie solaire", "energie solaire", "ENERGIE SOLAIRE"], "energie-solaire"),
        (["In-depth interviews", "in depth interview"], "in-depth-interview"),
        (["community activities", "Community activity"], "community-activity"),
        (["news", "process", "analysis", "bus"], None),  # no plural to take off
    ],
)
def test_tag_key(spellings, key):
    if key is None:
        assert [tag_key(s) for s in spellings] == spellings
    else:
        assert {tag_key(s) for s in spellings} == {key}
        assert tag_key(key) == key
