"""records.archive.links: URLs in answers and the blog links of a closing report."""

import pytest

from records.archive import Answer
from records.archive.links import URL, blog_urls, separate_urls, trim_url
from tests.factories import parse_seed


def test_seed_closing_blog_urls_from_markdown_link():
    assert parse_seed("001").blog_urls == [
        "https://www.undp.org/azerbaijan/blog/more-women-and-girls-azerbaijan-are-getting-"
        "involved-science"
    ]
    assert parse_seed("002").blog_urls == []  # "Blog is on its way …"


# -- heuristics, each with the example it exists for -------------------------------------------


def test_url_glued_to_the_next_url_is_two():
    text = "see https://x.org/a.htmlhttps://y.org/b and (https://z.org/c)"
    assert URL.findall(text) == ["https://x.org/a.html", "https://y.org/b", "https://z.org/c"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        pytest.param("https://x.org/blog]", "https://x.org/blog", id="markdown-link-bracket"),
        pytest.param("https://x.org/blog.", "https://x.org/blog", id="sentence-end"),
        pytest.param(
            "https://x.org/report&lt;div&gt;", "https://x.org/report", id="escaped-html-after-it"
        ),
        pytest.param("https://x.org/?q[0]=1", "https://x.org/?q[0]=1", id="own-brackets-kept"),
        pytest.param("https://x.org/?q[0]=1]", "https://x.org/?q[0]=1", id="own-and-one-extra"),
    ],
)
def test_trim_url_drops_what_follows_a_url(url, expected):
    assert trim_url(url) == expected


def test_blog_urls_trimmed_and_deduplicated_in_order():
    answers = [
        Answer("", "", "blog_links", "[https://x.org/b](https://x.org/b). https://y.org/a"),
        Answer("", "", "barriers", "https://z.org/not-a-blog-link"),
    ]
    assert blog_urls(answers) == ["https://x.org/b", "https://y.org/a"]


A, B = "https://vir.com.vn/a-98595.html", "https://www.facebook.com/duanhotro"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(f"[{A}{B}]({A}{B})", f"[{A}]({A}) [{B}]({B})", id="pasted-link-glued"),
        pytest.param(
            f"[{A}\n{B}\n]({A}\n{B}\n)", f"[{A}]({A})\n[{B}]({B})", id="pasted-link-lines"
        ),
        pytest.param(f"See {A}{B} there.", f"See {A} {B} there.", id="bare"),
        pytest.param(
            "https://x.org/challenge/https://lab.org/?s=a",
            "https://x.org/challenge/ https://lab.org/?s=a",
            id="after-a-slash",
        ),
        pytest.param(f"[{A}]({A})", f"[{A}]({A})", id="one-link"),
        pytest.param(f"[Report {A}]({A})", f"[Report {A}]({A})", id="labelled"),
        pytest.param(f"[see {A} {B}](see {A} {B})", f"[see {A} {B}](see {A} {B})", id="prose"),
        pytest.param(
            "https://x.org/go?url=https://y.org/b",
            "https://x.org/go?url=https://y.org/b",
            id="parameter",
        ),
        pytest.param(
            "https://web.archive.org/web/20190311113340/http://www.fao.org/energy",
            "https://web.archive.org/web/20190311113340/http://www.fao.org/energy",
            id="web-archive",
        ),
    ],
)
def test_urls_pasted_together_are_set_apart(text, expected):
    assert separate_urls(text) == expected
