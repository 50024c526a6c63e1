import pytest

from records.importing import normalise_url
from records.importing.columns import cut_to_column, redact_emails
from records.models import BlogAuthor


def test_normalise_url_ignores_scheme_www_query_and_slash():
    assert normalise_url("http://WWW.undp.org/a/blog/x/?utm=1#top") == "https://undp.org/a/blog/x"
    assert normalise_url("not a url") == ""


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Write to leyla.seyidzade@undp.org today.", "Write to [e-mail removed] today."),
        ("a+b@mail.example.co.uk, c@d.org", "[e-mail removed], [e-mail removed]"),
        ("No address @ all", "No address @ all"),
    ],
)
def test_redact_emails_replaces_every_address(text, redacted):
    assert redact_emails(text) == redacted


def test_cut_to_column_cuts_at_the_column_length_and_warns():
    warnings = []
    assert cut_to_column(BlogAuthor, "name", "x" * 200, warnings) == "x" * 200
    assert warnings == []
    assert cut_to_column(BlogAuthor, "name", "x" * 201, warnings) == "x" * 199 + "…"
    assert warnings == ["BlogAuthor.name cut to 200 characters"]
