"""records.archive.prompts: the prompts of the forms and their stable keys."""

import pytest

from records.archive import Answer, parse
from records.archive.prompts import display_prompt, match_prompt
from tests.factories import plan_text


def test_parse_literal_backslash_n_and_none_prompts():
    body = (
        "> Challenge type: pick one. \\n\\nPlease note: we ask you to only submit a maximum of 3"
        "\n\nPlease note: we ask you to only submit a maximum of 3 challenges - 1x Big Bet\n"
        '<div class="group">\n> None\n\n![Missing alt text](https://x.org/a.png)\n</div>\n'
    )
    doc = parse(plan_text(body))
    # The upload group is an item of the question above it, whose own answer is empty.
    assert doc.answers == [
        Answer(
            "Title",
            "Challenge type: pick one. Please note: we ask you to only submit a maximum of 3",
            "challenge_type",
            "![Missing alt text](https://x.org/a.png)",
            0,
        ),
    ]


# -- heuristics, each with the example it exists for -------------------------------------------


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        pytest.param("Test", ("time_test", ""), id="one-word-sub-prompt"),
        pytest.param("Testing showed that people came", None, id="one-word-matches-exactly"),
        pytest.param("None", ("", ""), id="leaked-python-none-is-unnamed"),
        pytest.param("", ("", ""), id="empty-is-unnamed"),
        pytest.param(
            "Short “tweet” summary: can you summarize?",
            ("tweet_summary", ""),
            id="quotes-dropped",
        ),
        pytest.param(
            "What are the top 5 key insights you generated?",
            ("insights", "close-a"),
            id="close-a-marker",
        ),
        pytest.param(
            "Please state the name of the Parter:", ("partner_name", ""), id="template-typo"
        ),
    ],
)
def test_match_prompt_keys_known_prompts(prompt, expected):
    assert match_prompt(prompt) == expected


def test_display_prompt_makes_literal_backslash_n_spaces():
    assert display_prompt("Challenge type: pick one. \\n\\nPlease &amp; note") == (
        "Challenge type: pick one. Please & note"
    )
