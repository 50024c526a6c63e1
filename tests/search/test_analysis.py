"""The words the index holds for a text: stems in order, a compound's joined stem before its
parts, overlong runs left out, then the words whose stem differs as written."""

import pytest

from records.search.analysis import LONGEST, cut, tokens
from records.search.query import WORD

OVERLONG = "b" * (LONGEST + 1)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param(
            "E-commerce and fin-tech payments",
            "en",
            ["ecommerc", "e", "commerc", "and", "fintech", "fin", "tech", "payment"]
            + ["commerce", "payments"],
            id="compounds",
        ),
        pytest.param(
            "co-design-lab", "en", ["codesign", "co", "designlab", "design", "lab"], id="chain"
        ),
        pytest.param(
            f"a-{OVERLONG}-c payments", "en", ["a", "c", "payment", "payments"], id="overlong"
        ),
        pytest.param(
            "Économies circulaires",
            "fr",
            ["econom", "circulair", "economies", "circulaires"],
            id="french",
        ),
        pytest.param("payments-x", "other", ["paymentsx", "payments", "x"], id="unstemmed"),
        pytest.param(" - -- ", "en", [], id="no-words"),
    ],
)
def test_tokens(text, language, expected):
    assert tokens(text, language) == expected


@pytest.mark.parametrize(
    ("text", "words", "hyphens"),
    [
        pytest.param("Café-Bar, x", ["cafe", "bar", "x"], [0], id="accents"),
        pytest.param("Brand\u2122 a", ["brandtm", "a"], [], id="symbol-folding-to-letters"),
        pytest.param("e\u0301conomie", ["economie"], [], id="decomposed-accent"),
        pytest.param("O\u02bbzbek", ["o", "zbek"], [], id="modifier-letter"),
        pytest.param("a\ufe63b", ["a", "b"], [0], id="hyphen-once-folded"),
        pytest.param("\u2122 lead", ["tm", "lead"], [], id="leading-symbol"),
        pytest.param(
            "co-op\u2019s e-commerce", ["co", "op", "s", "e", "commerce"], [0, 3], id="hyphens"
        ),
        pytest.param(
            "a--b -c d- e-\u00e9-f", ["a", "b", "c", "d", "e", "e", "f"], [4, 5], id="lone-hyphens"
        ),
        pytest.param("x\u2014y \u201cz\u201d", ["x", "y", "z"], [], id="signs-past-ascii"),
        pytest.param("a \u0301b", ["a", "b"], [], id="mark-after-space"),
        pytest.param("Stra\u00dfe a_b 1,5", ["strasse", "a", "b", "1", "5"], [], id="ascii-signs"),
        pytest.param("a\xa0b\u3000c", ["a", "b", "c"], [], id="spaces-past-ascii"),
    ],
)
def test_cut_is_the_text_folded_then_cut(text, words, hyphens):
    """Each spelling is folded apart, but the words are those of the whole text folded, also
    where folding moves a word's edges; the spellings are the text's words in lower case."""
    cut_text = cut(text)
    assert (cut_text.words, cut_text.hyphens) == (words, hyphens)
    assert cut_text.spellings == set(WORD.findall(text.lower()))
