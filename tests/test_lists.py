import pytest
from django.urls import reverse

from records.lists import BLOGS, INSIGHTS, PARTNERS, PLANS, PUBLIC_LISTS


def test_public_lists_are_the_four_lists_in_navigation_order():
    assert PUBLIC_LISTS == (PLANS, INSIGHTS, PARTNERS, BLOGS)
    assert [public.section for public in PUBLIC_LISTS] == ["plans", "insights", "partners", "blogs"]


@pytest.mark.parametrize("public", PUBLIC_LISTS, ids=lambda public: public.kind)
def test_public_list_page_and_api_urls_are_named_in_its_description(public):
    assert reverse(f"records:{public.url_name}") == f"/{public.kind}/"
    assert reverse(f"records:{public.api_url_name}") == f"/api/{public.kind}/"
    assert public.page_size == 20
