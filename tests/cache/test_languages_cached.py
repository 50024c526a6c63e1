"""The page cache keeps each language's pages apart."""

import pytest
from django.test import Client

from tests.factories import make_plan
from tests.views.test_languages import lang

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(committed):
    with committed():
        return make_plan("Women in STEM", countries=["VNM"], sdgs=[1])


def test_a_cached_page_is_never_served_in_another_language(plan, django_assert_num_queries):
    english, french = Client(), Client(HTTP_ACCEPT_LANGUAGE="fr")
    url = f"/plans/{plan.slug}/"

    assert lang(english.get(url)) == "en"
    assert lang(french.get(f"/fr{url}")) == "fr"
    with django_assert_num_queries(1):  # the data version: served from the cache
        assert lang(french.get(f"/fr{url}")) == "fr"
    with django_assert_num_queries(1):
        assert lang(english.get(url)) == "en"
    redirected = french.get(url)
    assert redirected.status_code == 302
    assert lang(french.get(redirected["Location"])) == "fr"
    assert lang(english.get(url)) == "en"
