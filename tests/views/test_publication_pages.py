"""A publication page stays light: the opening, then the full text in parts of bounded weight."""

import re

import pytest

from records.models import Blog
from tests.factories import DATA, make_blog, run_import

pytestmark = pytest.mark.django_db

# The largest publication of the archive (400 KB of text, 75,000 PDF lines).
LARGEST = DATA / "large" / "blog_nesta_the_collective_intelligence_design_playbook.md"
MAX_PAGE_BYTES = 300_000


def test_the_largest_publication_reads_in_pages_under_300_kb(client):
    run_import(LARGEST)
    blog = Blog.objects.get()

    page = client.get(blog.get_absolute_url())
    parts = [client.get(f"/blogs/{blog.slug}/full/?page={n}") for n in range(1, 5)]

    assert len(page.content) < 20_000
    assert f'<a href="/blogs/{blog.slug}/full/">Read the full text of' in page.content.decode()
    assert [len(part.content) <= MAX_PAGE_BYTES for part in parts] == [True] * 4
    assert [
        re.findall(r"<p>Part (\d+) of (\d+)\.</p>", part.content.decode()) for part in parts
    ] == [[(str(n), "4")] for n in range(1, 5)]
    # The lines of a paragraph read as one, the words cut across lines mended.
    text = b"".join(part.content for part in parts).decode()
    assert "more than 43 million data points about diseases, creating one of the largest" in text
    assert "real-time research platform" in text


def test_a_short_blog_shows_whole_and_a_hidden_one_not_at_all(client):
    blog = make_blog("Short", body="One line\nand the next.\n\nSecond paragraph.")
    hidden = make_blog("Hidden", body="Secret.", is_published=False)

    page = client.get(blog.get_absolute_url()).content.decode()

    assert "<p>One line<br>and the next.</p>\n<p>Second paragraph.</p>" in page
    assert "Read the full text" not in page
    assert client.get(f"/blogs/{hidden.slug}/full/").status_code == 404
