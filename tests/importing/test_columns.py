import pytest

from records.importing import normalise_url
from records.importing.columns import cut_to_column, redact_emails
from records.models import BlogAuthor, LearningPlan
from tests.factories import DATA, run_import


def test_normalise_url_ignores_scheme_www_sharing_query_and_slash():
    assert normalise_url("http://WWW.undp.org/a/blog/x/?utm=1#top") == "https://undp.org/a/blog/x"
    assert normalise_url("not a url") == ""
    assert (
        normalise_url("https://x.com/a/status/17?s=20&ref_src=twsrc") == "https://x.com/a/status/17"
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://youtube.com/watch?v=P4CPcB0rE0s",
        "https://m.facebook.com/story.php?story_fbid=pfbid02B&id=1000",
    ],
)
def test_normalise_url_keeps_the_query_that_says_which_page(url):
    assert normalise_url(url + "&mibextid=Nif5oz&utm_source=x") == url


@pytest.mark.django_db
def test_a_closing_report_links_the_video_it_names_not_youtube_watch():
    name = "_closure__learning_cycle__engaging_citizens_in_core_development_processes.md"
    run_import(DATA / "learningplan" / name)
    links = [link.url for link in LearningPlan.objects.get().blog_links.all()]
    assert links[-1] == "https://youtube.com/watch?v=P4CPcB0rE0s"
    assert "https://undp.org/north-macedonia/blog/dream-labs" in links


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "write to a@b.org, or b@c.org\nx@y.zz",
            "write to [e-mail removed], or [e-mail removed]\n[e-mail removed]",
        ),
        ("a@b.cc@d.ee", "[e-mail removed]@d.ee"),
        ("@handle and x@y", "@handle and x@y"),
        ("tab\ta.b@c.org\tend", "tab\t[e-mail removed]\tend"),
    ],
)
def test_redact_emails_finds_every_address_between_spaces(text, expected):
    """Addresses are looked for only between spaces and line breaks: the same as anywhere."""
    assert redact_emails(text) == expected
