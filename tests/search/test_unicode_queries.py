"""Any text as a query, on whichever database DATABASE_URL names: search folds it and compiles
it into words of its own, so no character reaches either database's query parser (modifier
letters such as ʻ once broke PostgreSQL's, through unaccent)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from records.lists import PUBLIC_LISTS
from records.models import Blog, Insight, LearningPlan, Partner
from records.search import matching, ranked
from records.search.query import parse
from records.search.results import best
from tests.factories import make_blog, make_plan

pytestmark = pytest.mark.django_db
MODIFIERS = "ʻ ʹ ʽ ˈ ŉ"
URLS = [
    "/search/",
    *(f"/{public.kind}/" for public in PUBLIC_LISTS),
    *(f"/api/{public.kind}/" for public in PUBLIC_LISTS),
    *(f"/{public.kind}/?format={fmt}" for public in PUBLIC_LISTS for fmt in ("csv", "json")),
    *(f"/{index}/" for index in ("countries", "regions", "sdgs", "themes")),
]
QUIET = settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
)


@pytest.fixture
def records():
    make_plan("Oʻzbekiston youth", challenge="Yoshlar bandligi.", insights=["Oʻzbek ŉ text."])
    make_blog("Azerbaijan ˈscience", body="Women in ʹscience.")


@pytest.mark.parametrize("url", URLS)
def test_modifier_letters_in_q_answer_every_page(client, records, url):
    joiner = "&" if "?" in url else "?"
    # A page that reads no `q` redirects to its address without it.
    response = client.get(f"{url}{joiner}q={MODIFIERS}+O%CA%BBzbekiston", follow=True)
    assert response.status_code == 200, url


def test_modifier_letters_fold_like_an_apostrophe(records):
    plans = LearningPlan.objects.all()
    assert [p.title for p in matching(plans, "Oʻzbekiston")] == ["Oʻzbekiston youth"]
    assert [p.title for p in matching(plans, "O'zbekiston")] == ["Oʻzbekiston youth"]
    assert [b.title for b in matching(Blog.objects.all(), "ˈscience")] == ["Azerbaijan ˈscience"]


@pytest.mark.slow  # fuzz
@QUIET
@given(st.text(max_size=40))
def test_any_text_is_a_query_every_kind_can_answer(records, text):
    for model in (LearningPlan, Insight, Partner, Blog):
        list(ranked(matching(model.objects.all(), text), text).values_list("pk", "search_rank"))
    best(parse(text))


@pytest.mark.slow
@QUIET
@given(st.text(max_size=60))
def test_any_text_as_q_never_answers_500(client, records, text):
    for url in URLS:
        joiner = "&" if "?" in url else "?"
        response = client.get(url + joiner, {"q": text}, follow=True)
        assert response.status_code in (200, 400), (url, text)
