import pytest

from records.terminal import printable


@pytest.mark.parametrize(
    "text, shown",
    [
        ("plain name.md", "plain name.md"),
        ("économie – ¿qué?.md", "économie – ¿qué?.md"),
        ("a\x1b[31mred", "a\\x1b[31mred"),
        ("bell\x07", "bell\\x07"),
        ("two\nlines\r", "two\\nlines\\r"),
        ("tab\there", "tab\\there"),
        ("nul\x00", "nul\\x00"),
        ("del\x7f c1\x9b", "del\\x7f c1\\x9b"),
        ("txt.\u202eexe", "txt.\\u202eexe"),
        ("\u2066isolate\u2069 \u200fmark", "\\u2066isolate\\u2069 \\u200fmark"),
        ("emoji \U0001f469\u200d\U0001f52c", "emoji \U0001f469\u200d\U0001f52c"),
    ],
)
def test_printable_escapes_control_and_bidi_characters_only(text, shown):
    assert printable(text) == shown
