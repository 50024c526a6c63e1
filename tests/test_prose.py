import time

import pytest

from records.prose import (
    BULLET_LINE,
    join_wrapped_lines,
    list_items,
    reflow,
    text_pages,
    text_vocabulary,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("one line", "one line", id="one-line"),
        pytest.param(
            "The platform’s members have generated more\n\nthan 43 million data points.",
            "The platform’s members have generated more than 43 million data points.",
            id="lines-joined",
        ),
        pytest.param("First.\n\n\nSecond.", "First.\n\nSecond.", id="paragraphs-kept"),
        pytest.param(
            "A printed line that runs across the whole page and\n\nUnited Nations ends it.",
            "A printed line that runs across the whole page and United Nations ends it.",
            id="full-line-goes-on",
        ),
        pytest.param(
            "Sensor data,\n\nCitizen data", "Sensor data,\n\nCitizen data", id="short-line"
        ),
        pytest.param(
            "a develop-\nment plan; development", "a development plan; development", id="cut-word"
        ),
        pytest.param(
            "real-\ntime data and real-time data",
            "real-time data and real-time data",
            id="known-compound",
        ),
        pytest.param(
            "peer reviewed and peer-\nreviewed", "peer reviewed and peer-reviewed", id="two-words"
        ),
        pytest.param("recog-\nnise it", "recognise it", id="unknown-fragment"),
        pytest.param("Peer-\nSupport", "Peer-Support", id="capital-after-hyphen"),
        pytest.param(
            "PURPOSE\nseek solutions\nlearn", "PURPOSE\n\nseek solutions learn", id="caps-heading"
        ),
        pytest.param(
            "CLIMATE ADAP-\nTATION\nThe plan",
            "CLIMATE ADAP-TATION\n\nThe plan",
            id="caps-heading-mended",
        ),
        pytest.param(
            "A printed line that runs across the whole page and\nUNITED NATIONS\nProgramme",
            "A printed line that runs across the whole page and UNITED NATIONS Programme",
            id="capitals-inside-prose",
        ),
        pytest.param(
            "so what?\nThe members\ngrew.", "so what?\n\nThe members grew.", id="short-question"
        ),
        pytest.param(
            "Steps:\n• one\n• two\n1. three", "Steps:\n\n• one\n\n• two\n\n1. three", id="list"
        ),
        pytest.param("soft\u00adhyphen\r\nline", "softhyphen line", id="soft-hyphen-crlf"),
        pytest.param("\n \n", "", id="blank"),
    ],
)
def test_reflow_reads_pdf_lines_as_prose(text, expected):
    assert reflow(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("develop-\nment of the develop-\n\n  ment", {"of", "the"}),
        ("peer-\nreviewed, well-known", {"well-known", "well", "known"}),
        ("co-develop-\nment", {"co"}),  # the word cut is "develop", not "co-develop"
        ("develop-\nment-\nation", {"ation"}),  # a cut right after the end of another
        ("a -\nb, x--\ny, end-\n", {"a", "b", "x", "y", "end"}),  # hyphens that cut no word
        ("One-\nTwo three-\nfour\nfive-\n six", set()),
    ],
)
def test_text_vocabulary_leaves_out_the_halves_of_cut_words(text, expected):
    assert text_vocabulary(text) == expected


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("aa\n\nbb\n\ncc", 6, ["aa\n\nbb", "cc"]),
        ("aa\n\nbb\n\ncc", 100, ["aa\n\nbb\n\ncc"]),
        ("aa\n\nbbbbbbb\n\ncc", 4, ["aa", "bbbb", "bbb", "cc"]),
        ("", 4, []),
    ],
)
def test_text_pages_cut_between_paragraphs(text, limit, expected):
    assert text_pages(text, limit) == expected


def seconds(function, text):
    """The CPU seconds `function(text)` takes: the other processes of a loaded machine leave
    them be, as they do not wall time."""
    start = time.process_time()
    function(text)
    return time.process_time() - start


# Texts of `size` characters whose shapes made the time grow with the square of the length:
# many short paragraphs, one endless paragraph, PDF lines joined into one, and a chain of cut
# words.
SHAPES = {
    "short paragraphs": lambda size: "word\n\n" * (size // 6),
    "one paragraph": lambda size: "word " * (size // 5),
    "pdf lines": lambda size: (
        "a printed line of words that runs across the whole page\n" * (size // 57)
    ),
    "cut words": lambda size: "develop-\n" * (size // 9),
}


@pytest.mark.slow
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    ("function", "small", "large"),
    [
        pytest.param(lambda text: text_pages(text, 100_000), 5_000_000, 50_000_000, id="pages"),
        pytest.param(reflow, 500_000, 5_000_000, id="reflow"),
    ],
)
def test_long_text_takes_time_in_proportion_to_its_length(shape, function, small, large):
    """Ten times the text takes about ten times as long: well under the hundred times of a
    square."""
    small_time = seconds(function, SHAPES[shape](small))
    large_time = seconds(function, SHAPES[shape](large))
    assert large_time < 25 * max(small_time, 0.1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Additionally, the war has had a severe impact on the economy. According to\n\n"
            "estimates of the socio-economic impact assessment",
            "Additionally, the war has had a severe impact on the economy. According to "
            "estimates of the socio-economic impact assessment",
            id="full-line-then-lower-case",
        ),
        pytest.param(
            "Explores business ideas within these sectors,\nprioritizing them",
            "Explores business ideas within these sectors, prioritizing them",
            id="comma-then-lower-case",
        ),
        pytest.param(
            "An adapted SDG Investor Map Methodology for the\n\nGaza Emergency",
            "An adapted SDG Investor Map Methodology for the Gaza Emergency",
            id="no-sentence-ends-on-the",
        ),
        pytest.param(
            "Enable investment through blended finance and/or guarantee mechanisms, and\n\n"
            "Utilize impact analysis",
            "Enable investment through blended finance and/or guarantee mechanisms, and\n\n"
            "Utilize impact analysis",
            id="and-before-a-last-item",
        ),
        pytest.param(
            "Existing Data Gaps: Uncertainty\nabout which",
            "Existing Data Gaps: Uncertainty\nabout which",
            id="short-line",
        ),
        pytest.param(
            "We tested this in many places of the country.\n\nrespondents said no",
            "We tested this in many places of the country.\n\nrespondents said no",
            id="sentence-ended",
        ),
        pytest.param(
            "The three measures we took with the municipalities are\na) training\nb) maps",
            "The three measures we took with the municipalities are\na) training\nb) maps",
            id="lettered-items",
        ),
        pytest.param(
            "From the understanding of the dynamics and systems\no From specific to general",
            "From the understanding of the dynamics and systems\no From specific to general",
            id="pasted-o-bullets",
        ),
        pytest.param(
            "See https://example.org/a-report-of-the-lab-on-the-challenge\nfor more",
            "See https://example.org/a-report-of-the-lab-on-the-challenge\nfor more",
            id="address-at-the-end",
        ),
        pytest.param(
            "   - indented item of the list that the writer gave us\n  - another",
            "   - indented item of the list that the writer gave us\n  - another",
            id="lines-kept-as-written",
        ),
        pytest.param(
            "sets out the need for proper waste management\n(including plastics). It\n"
            "comprises seven sectors\n\n(Bigene, Bula)",
            "sets out the need for proper waste management (including plastics). It comprises "
            "seven sectors (Bigene, Bula)",
            id="parenthesis-goes-on",
        ),
        pytest.param(
            "what is easy and quick to run\n(3 ) chicken manure\n(b).To move the farm,\n"
            "(A) the small farmers and the farms that\n(2) Policy makers",
            "what is easy and quick to run\n(3 ) chicken manure\n(b).To move the farm,\n"
            "(A) the small farmers and the farms that\n(2) Policy makers",
            id="items-in-parentheses-keep-their-lines",
        ),
        pytest.param(
            "Most of the municipalities in 2014 are finding it difficult to set priorities\n"
            "regarding waste management, especially in the annual programs and budgets\n"
            "still struggling to carry out the basic waste management practices with no proper\n"
            "SWM system.\nDue to the informal set up.",
            "Most of the municipalities in 2014 are finding it difficult to set priorities "
            "regarding waste management, especially in the annual programs and budgets still "
            "struggling to carry out the basic waste management practices with no proper SWM "
            "system.\nDue to the informal set up.",
            id="printed-block-goes-on-before-a-capital",
        ),
        pytest.param(
            "It is crucial for the user to understand the dynamics of electricity consumption "
            "and to\ncontrol electricity consumption in the specified time slot\n"
            "use an integrated expert system to determine what needs to be done\n"
            "Adjust the expert system priorities",
            "It is crucial for the user to understand the dynamics of electricity consumption "
            "and to control electricity consumption in the specified time slot use an integrated "
            "expert system to determine what needs to be done\nAdjust the expert system "
            "priorities",
            id="typed-lines-keep-a-capital-on-its-line",
        ),
        pytest.param(
            "A printed line of a block of lines of one width that ends\n"
            "without any punctuation at all and goes on to the next\n"
            "line of it, then a paragraph ends on a printed line\n\nThe next paragraph.",
            "A printed line of a block of lines of one width that ends without any punctuation "
            "at all and goes on to the next line of it, then a paragraph ends on a printed line"
            "\n\nThe next paragraph.",
            id="no-capital-across-a-blank-line",
        ),
    ],
)
def test_join_wrapped_lines(text, expected):
    assert join_wrapped_lines(text) == expected


def test_join_wrapped_lines_is_linear():
    text = "a line of a long text that wraps and goes on and on\n" * 20_000
    start = time.perf_counter()
    joined = join_wrapped_lines(text)
    assert time.perf_counter() - start < 2
    assert joined.count("\n") == 1


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("1. How can a?\n\n2) How to b?", ["How can a?", "How to b?"]),
        ("A)    Why a?\n\n\u00a0\n\nb.  What b?\n-   c", ["Why a?", "What b?", "c"]),
        ("- Only one", []),
        ("Intro:\n- one\n- two", []),
        ("How can we 1) do a 2) do b?", []),
    ],
)
def test_list_items_are_lines_that_all_open_an_item(text, items):
    assert list_items(text) == items


def test_bulleted_list_items_leave_numbered_lines_alone():
    assert list_items("- a\n* b", BULLET_LINE) == ["a", "b"]
    assert list_items("1. a\n2. b", BULLET_LINE) == []
