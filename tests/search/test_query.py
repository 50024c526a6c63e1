"""The query language, parsed: words, the last word's prefix, phrases, exclusion, OR."""

import pytest

from records.search.query import Query, Term, fold, parse


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Economía", "economia"), ("Sécurité", "securite"), ("Women’s", "women's"), ("STEM", "stem")],
)
def test_fold_drops_accents_case_and_typographic_apostrophes(text, folded):
    assert fold(text) == folded


def test_parse_reads_words_in_any_order_with_the_last_as_a_prefix():
    assert parse("women STEM") == Query(((Term(("women",)),), (Term(("stem",), prefix=True),)))


def test_parse_reads_phrases_exclusions_and_or():
    assert parse('"circular economy" honey OR beekeeping -ocean') == Query(
        (
            (Term(("circular", "economy"), phrase=True),),
            (Term(("honey",)), Term(("beekeeping",), prefix=True)),
        ),
        (Term(("ocean",)),),
    )


def test_parse_keeps_an_apostrophe_word_as_words_that_follow_each_other():
    assert parse("women’s education") == parse("women's education")
    assert parse("women's").terms == [Term(("women", "s"))]


@pytest.mark.parametrize("text", ["", "   ", "🦊🦊", "-ocean", "OR", '""', "a & | !"])
def test_parse_of_a_query_without_a_word_to_find_is_empty_or_finds_words_only(text):
    query = parse(text)
    assert all(word.isalnum() for term in query.terms for word in term.words)
    if text in ("", "   ", "🦊🦊", "-ocean", '""'):
        assert not query


def test_query_text_writes_the_query_back():
    assert parse('"circular  economy" honey or bees -ocean').text() == (
        '"circular economy" honey OR bees -ocean'
    )
