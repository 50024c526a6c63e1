"""A publication page stays light: the opening, then the full text in parts of bounded weight."""

import re

import pytest

from records.models import Blog
from tests.factories import DATA, make_blog, run_import

pytestmark = pytest.mark.django_db

# The largest publication of the archive (400 KB of text, 75,000 PDF lines), in the slow
# tier, and one of 135 KB.
LARGEST = DATA / "large" / "blog_nesta_the_collective_intelligence_design_playbook.md"
LONG = (
    DATA
    / "publications"
    / ("blog_a_closer_look_at_informal_popular_transportation_an_emerging_portrait.md")
)
MAX_PAGE_BYTES = 300_000


@pytest.mark.parametrize(
    ("path", "count", "joined"),
    [
        pytest.param(
            LONG,
            2,
            [
                "in different cities, how they look, popular names given to them",
                "tend to be territorial and rent-seeking, working for the super-apps",
            ],
            id="135-kb",
        ),
        pytest.param(
            LARGEST,
            4,
            [
                "more than 43 million data points about diseases, creating one of the largest",
                "real-time research platform",
            ],
            id="largest",
            marks=pytest.mark.slow,
        ),
    ],
)
def test_a_long_publication_reads_in_pages_under_300_kb(client, path, count, joined):
    run_import(path)
    blog = Blog.objects.get()

    page = client.get(blog.get_absolute_url())
    parts = [client.get(f"/blogs/{blog.slug}/full/?page={n}") for n in range(1, count + 1)]

    assert len(page.content) < 20_000
    assert f'<a href="/blogs/{blog.slug}/full/">Read the full text of' in page.content.decode()
    assert [len(part.content) <= MAX_PAGE_BYTES for part in parts] == [True] * count
    assert [
        re.findall(r"<p>Part (\d+) of (\d+)\.</p>", part.content.decode()) for part in parts
    ] == [[(str(n), str(count))] for n in range(1, count + 1)]
    # The lines of a paragraph read as one, the words cut across lines mended.
    text = b"".join(part.content for part in parts).decode()
    assert [phrase in text for phrase in joined] == [True, True]


def test_a_short_blog_shows_whole_and_a_hidden_one_not_at_all(client):
    blog = make_blog("Short", body="One line\nand the next.\n\nSecond paragraph.")
    hidden = make_blog("Hidden", body="Secret.", is_published=False)

    page = client.get(blog.get_absolute_url()).content.decode()

    assert "<p>One line<br>and the next.</p>\n<p>Second paragraph.</p>" in page
    assert "Read the full text" not in page
    assert client.get(f"/blogs/{hidden.slug}/full/").status_code == 404
