"""A publication's PDF text is stored as paragraphs, once, at import: its page, its feed entry and
its search passages read the stored paragraphs, none joins the lines again."""

import re

import pytest

from records.importing import import_paths
from records.models import Blog
from tests.factories import DATA

FACTSHEET = DATA / "publications" / "blog_undp_uganda_-_women_and_climate_factsheet.md"
OPENING = (
    "Advancing gender equality in the context of the climate crisis remains one of the "
    "greatest global challenges of the 21st century."
)
# A paragraph break inside a sentence: a paragraph ending on a letter or a comma, the next
# starting in lower case.
MID_SENTENCE = re.compile(r"[\w,]\n\n[a-z]")


@pytest.mark.django_db
def test_publication_pdf_lines_are_stored_as_paragraphs_and_shown_as_stored(client):
    import_paths([FACTSHEET])
    blog = Blog.objects.get()
    paragraphs = blog.body.split("\n\n")
    assert any(p.startswith(OPENING) for p in paragraphs)
    assert not MID_SENTENCE.search(blog.body)
    assert len(paragraphs) < 50  # the PDF has 147 lines

    html = client.get(blog.get_absolute_url()).content.decode()
    shown = re.findall(r"<p>(.*?)</p>", html.split('class="record-body prose">')[1], re.S)
    assert [p for p in shown if p.startswith("Advancing")] == [
        next(p for p in paragraphs if p.startswith("Advancing"))
    ]
    found = client.get("/search/", {"q": "exacerbate"}).content.decode()
    # The passage quotes the sentence whole, not one PDF line of it.
    assert "Climate change will continue to <mark>exacerbate</mark> gender inequalities" in found
