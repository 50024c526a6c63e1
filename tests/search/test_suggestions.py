"""The vocabulary of spelling suggestions: counted as the index is written, read without the
records, the public records' words only, and the same as the index written afresh gives."""

import pytest

from records.models import Blog, Insight, LearningPlan, SearchWord
from records.search.entries import rebuild
from records.search.suggestions import build_vocabulary, fewer_words, suggest
from tests.factories import make_blog, make_plan

pytestmark = pytest.mark.django_db


@pytest.fixture
def records():
    make_plan(
        "Économie circulaire",
        challenge="Economie des marchés.",
        insights=["Markets reuse plastic."],
        partners=[("Recyclers Union", "civil_society")],
    )
    make_plan("Hidden zanzibar plan", insights=["Secret quokka."], is_published=False)
    make_blog("Circular markets", body="Plastic markets in Lima: économie locale.")
    make_blog("Hidden blog", body="Wombat stories.", is_published=False)


def test_vocabulary_counts_the_entries_of_public_records_holding_each_word(records):
    vocabulary = build_vocabulary()

    # Plan, its insight and the blog; the folded word keeps the spelling most entries have.
    assert vocabulary["markets"] == (3, "markets")
    assert vocabulary["economie"] == (3, "économie")  # économie twice, economie once
    assert vocabulary["recyclers"] == (1, "recyclers")  # the partner's entry
    assert {"zanzibar", "quokka", "wombat", "hidden"} & set(vocabulary) == set()


def test_vocabulary_follows_edits_deletes_and_publishing(records):
    plan = LearningPlan.objects.get(title="Économie circulaire")
    plan.search_document = plan.search_document.replace("Economie", "Économie")
    plan.save()
    Blog.objects.get(title="Circular markets").delete()
    LearningPlan.objects.filter(is_published=False).update(is_published=True)

    vocabulary = build_vocabulary()

    assert vocabulary["economie"] == (1, "économie")
    assert vocabulary["markets"] == (2, "markets")
    assert "lima" not in vocabulary
    assert (vocabulary["zanzibar"], vocabulary["quokka"]) == ((1, "zanzibar"), (2, "quokka"))


def test_partner_words_count_while_one_of_its_plans_is_published(records):
    make_plan("Second hidden", partners=[("Wildlife Trust", "civil_society")], is_published=False)

    assert "wildlife" not in build_vocabulary()
    LearningPlan.objects.filter(title="Second hidden").update(is_published=True)
    assert build_vocabulary()["wildlife"] == (1, "wildlife")


def test_counts_kept_with_the_writes_equal_those_of_the_index_written_afresh(records):
    Insight.objects.filter(text="Secret quokka.").delete()
    Blog.objects.get(title="Hidden blog").delete()
    plan = make_plan("Marchés publics", insights=["Économie locale."])
    plan.title = "Marchés publics et privés"
    plan.save()
    kept = sorted(SearchWord.objects.values_list("spelling", "word", "entries"))

    rebuild()

    assert sorted(SearchWord.objects.values_list("spelling", "word", "entries")) == kept
    assert ("économie", "economie", 4) in kept and ("wombat", "wombat", 1) not in kept


def test_reading_the_vocabulary_takes_two_queries_whatever_the_records(
    records, django_assert_num_queries
):
    for n in range(5):
        make_plan(f"Plan {n}", insights=[f"Insight {n}."], is_published=bool(n % 2))
    with django_assert_num_queries(2):
        build_vocabulary()


def test_suggestion_comes_from_the_counted_words(records):
    assert suggest("circulaire marchse", found=False) == "circulaire marchés"


def test_fewer_words_keeps_the_rarest_words(db):
    make_plan("Solar energy for schools")
    make_plan("Solar pumps")
    make_plan("Schools in Malaysia")

    # No record has the three words; without malaysia, the rarest, two would match, but
    # solar, the commonest and first typed, goes first.
    assert fewer_words("malaysia solar schools") == "malaysia schools"
    # A word the archive never uses goes before any.
    assert fewer_words("solar zebra") == "solar"
