import pytest

from records.prose import reflow, text_pages


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
