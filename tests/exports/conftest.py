import pytest

from records.exports import download
from records.lists import PUBLIC_LISTS
from tests.exports.reading import as_text
from tests.factories import make_blog, make_catalogue, make_plan, shared_rows


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker):
    """make_catalogue(), built once per module; tests only read it (what a test writes is
    rolled back after it)."""
    with shared_rows(django_db_blocker):
        yield make_catalogue()


@pytest.fixture
def export(rf):
    """Download a list the way its page does: its FilterSet on the request's parameters."""
    lists = {public.kind: public for public in PUBLIC_LISTS}

    def export(kind, fmt, **params):
        request = rf.get(f"/{kind}/", {"format": fmt, **params})
        public = lists[kind]
        filterset = public.filterset_class(data=request.GET, queryset=None, request=request)
        response = download(public, filterset)
        response.content_bytes = b"".join(response.streaming_content)
        response.body = as_text(response.content_bytes, response["Content-Type"])
        return response

    return export


@pytest.fixture
def hidden(db):
    """A hidden plan with an insight and a partner of its own, and a hidden blog: records a
    list must leave out."""
    make_plan(
        "Hidden plan", insights=["Hidden."], partners=[("Hidden", "other")], is_published=False
    )
    make_blog("Hidden blog", is_published=False)
