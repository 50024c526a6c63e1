"""The words the index holds for a text: stems in order, a compound's joined stem before its
parts, overlong runs left out, then the words whose stem differs as written."""

import pytest

from records.search.analysis import LONGEST, tokens

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
