"""records.archive.text: decoding, line ends, invisible characters, entities, pictures."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from records.archive import Answer, NotText, decode, parse, read_text
from records.archive.text import clean_text, remove_data_images, unescape, unescape_markdown
from tests.factories import parse_data


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"caf\xc3\xa9", "café", "utf-8"),
        (b"\xef\xbb\xbfcaf\xc3\xa9", "café", "utf-8-sig"),
        ("café".encode("utf-16"), "café", "utf-16"),
        ("café".encode("utf-16-be").join([b"\xfe\xff", b""]), "café", "utf-16"),
        ("Café culture in São Tomé".encode("latin-1"), "Café culture in São Tomé", "cp1252"),
        (
            "Привет мир, это тест на русском".encode("cp1251"),
            "Привет мир, это тест на русском",
            "cp1251",
        ),
        (b"tab\tand\x0bbreaks\x0c", "tab\tand\x0bbreaks\x0c", "utf-8"),
    ],
)
def test_read_text_decodes_unicode_and_detects_code_pages(data, text, encoding):
    assert read_text(data) == (text, encoding)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"ELF\x00\x01[[type:learningplan]]", "not a text file: it holds NUL bytes"),
        (
            "[[type:learningplan]]".encode("utf-16-le"),
            "UTF-16 without a byte-order mark: save it as UTF-8 (or UTF-16 with its mark)",
        ),
        (
            b"\xef\xbb\xbfcaf\xff",
            "not a text file: a utf-8-sig byte-order mark on invalid utf-8-sig",
        ),
        (
            b"# buckets: %lu\x01\x02\x03\x04\x05\x06\n[[type:learningplan]]\n",
            "not a text file: it holds NUL bytes or control characters",
        ),
        (
            bytes(range(0x80, 0x100)) * 4,
            "not a text file: neither UTF-8 nor an encoding that could be recognised",
        ),
    ],
)
def test_read_text_refuses_what_is_not_text(data, reason):
    with pytest.raises(NotText) as refused:
        read_text(data)
    assert str(refused.value) == reason


@pytest.mark.slow  # fuzz
@settings(max_examples=200, deadline=None)
@given(st.binary())
def test_read_text_gives_text_or_not_text_on_any_bytes(data):
    try:
        text = decode(data)
    except NotText:
        return
    assert isinstance(parse(text).title, str)


def test_parse_decodes_entities_once_and_cleans_characters():
    text = (
        "# R&amp;amp;D &D; Techni\x02cal\u00a0lab\r\n[[type:solution]]\r\n> Question\u202f?\r"
        "A&nbsp;b\u200b\u00ad  \rc &lt;d&gt;"
    )
    doc = parse(text)
    assert doc.title == "R&amp;D &D; Technical lab"
    assert doc.answers == [Answer("", "Question ?", "", "A b\nc <d>")]


def test_solution_line_separator_becomes_newline():
    doc = parse_data(
        "solution/kuyasa_energy_solutions_seeks_to_supply_and_provide_financially_equitable_"
        "renewable_energy_solutio_.md"
    )
    feasibility = next(a for a in doc.answers if a.prompt == "Technical Feasibility")
    assert "renewable energy successfully?\n\nDesign\n" in feasibility.text
    assert not any("\u2028" in a.text for a in doc.answers)
    assert doc.tags["gender"] == ["male"]


def test_element_data_image_removed_with_warning():
    doc = parse_data("tools/Urbanist AI.md")
    assert (doc.type, doc.title, doc.warnings) == (
        "tools",
        "Urbanist ai",
        ["removed 1 embedded data:image picture(s)"],
    )


# -- heuristics, each with the example it exists for -------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            "https://x.org/?a=1&copy=2", "https://x.org/?a=1&copy=2", id="bare-entity-in-url-kept"
        ),
        pytest.param("R&amp;amp;D", "R&amp;D", id="decoded-once"),
        pytest.param("&copy; UNDP", "© UNDP", id="closed-entity-decoded"),
        pytest.param("a&#2;b", "ab", id="decoded-control-character-dropped"),
    ],
)
def test_unescape_decodes_closed_entities_once(raw, expected):
    assert unescape(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("a\x0bb\x0cc", "a\nb\nc", id="vertical-tab-and-form-feed-from-word"),
        pytest.param("a\u2028b\u2029c", "a\nb\nc", id="unicode-line-and-paragraph-separators"),
        pytest.param("a\r\nb\rc", "a\nb\nc", id="crlf-and-lone-cr"),
        pytest.param("a\u00a0b\u202fc", "a b c", id="no-break-spaces"),
        pytest.param("so\u00adft\u200b\ufeff", "soft", id="soft-hyphen-and-zero-width"),
    ],
)
def test_clean_text_normalises_breaks_and_invisible_characters(raw, expected):
    assert clean_text(raw) == expected


def test_unescape_markdown_drops_backslash_escapes():
    assert unescape_markdown("Explorer\\-Ghana \\#1") == "Explorer-Ghana #1"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("a ![pic](data:image/png;base64,AAAA) b", "a  b", id="markdown-image"),
        pytest.param("a data:image/png;base64,AAAA b", "a  b", id="bare-data-url"),
    ],
)
def test_remove_data_images_counts_what_it_removes(line, expected):
    lines = [line, "[[cover:data:image/png;base64,AAAA]]"]
    assert remove_data_images(lines, [False, True]) == 1
    assert lines == [expected, "[[cover:data:image/png;base64,AAAA]]"]


@pytest.mark.parametrize("bullet", ["-", "·", "•", "▪"])
def test_a_bullet_alone_on_its_line_is_no_answer_text(bullet):
    doc = parse(
        f"# T\n\n[[type:learningplan]]\n> Q\n\n{bullet}\xa0\xa0\xa0\n\nIdentifies sectors.\n"
    )
    assert [a.text for a in doc.answers] == ["Identifies sectors."]
