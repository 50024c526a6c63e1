"""Text folded for comparison: accents, case, plurals."""

import pytest

from records.folding import fold, is_plural, singular, without_accents, without_plural_s


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Économie", "economie"),
        ("economía", "economia"),
        ("Straße", "strasse"),
        ("№1", "no1"),  # a compatibility character folded to lower case too
        ("", ""),
    ],
)
def test_fold_drops_accents_and_case(text, folded):
    assert fold(text) == folded


def test_without_accents_keeps_case():
    assert without_accents("Côte d'Ivoire") == "Cote d'Ivoire"


@pytest.mark.parametrize(
    ("word", "plural", "one", "start"),
    [
        ("surveys", True, "survey", "survey"),
        ("studies", True, "study", "studie"),
        ("ties", True, "tie", "tie"),
        ("bus", False, "bus", "bus"),
        ("focus", False, "focus", "focus"),
        ("analysis", False, "analysis", "analysis"),
        ("business", False, "business", "business"),
        ("news", False, "news", "news"),
        ("survey", False, "survey", "survey"),
    ],
)
def test_plural_rule(word, plural, one, start):
    assert (is_plural(word), singular(word), without_plural_s(word)) == (plural, one, start)


@pytest.mark.parametrize(
    ("word", "one"),
    [("women", "woman"), ("men", "man"), ("children", "child"), ("crises", "crisis")],
)
def test_irregular_plurals(word, one):
    assert singular(word) == one


def test_without_accents_keeps_every_other_character():
    # Letters of other scripts, compatibility forms (NFKD) and marks in a character class's
    # specials ("^", "]", "-" nearby) come out as NFKD gives them, the marks alone dropped.
    text = "Việt Nam – ﬁn² ]\u0301^\u0300- Москва́ 東京 naïve"
    assert without_accents(text) == "Viet Nam – fin2 ]^- Москва 東京 naive"
