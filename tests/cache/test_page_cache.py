"""Public pages from the cache: what is cached, for whom, and that every write shows at once.

Each test runs on whichever cache backend is configured (local memory, or Redis when
REDIS_URL is set). Writes happen inside `committed()`, which runs the on-commit bump.
"""

import gzip
import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.http import HttpResponse, QueryDict
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from records import page_cache
from records.enums import Sector
from records.filters import PlanFilter
from records.models import LearningPlan, Partner, ThematicArea
from records.versioning import current
from tests.admin.pages import run_action, run_merge
from tests.factories import SEEDS, make_catalogue, make_full_plans, make_plan, run_import

pytestmark = pytest.mark.django_db

CARD_TITLE = re.compile(r'<h3 class="card-title"><a href="[^"]*">([^<]*)</a>')
PUBLIC_PAGES = ["/", "/plans/", "/plans/women-in-stem/", "/api/plans/", "/countries/aze/"]


@pytest.fixture
def anon():
    return Client()


@pytest.fixture
def catalogue(committed):
    with committed():
        return make_catalogue()


@pytest.fixture
def editor_client(committed):
    with committed():
        user = User.objects.create_user("editor", "editor@example.org", "pw", is_staff=True)
        user.groups.add(Group.objects.get(name="Lab editor"))
    client = Client()
    client.force_login(user)
    return client


def titles(response):
    return CARD_TITLE.findall(response.content.decode())


def api_titles(response):
    return [plan["title"] for plan in response.json()["results"]]


# -- what is cached ------------------------------------------------------------------------------


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_page_is_served_from_the_cache_with_one_query(
    anon, catalogue, django_assert_num_queries, url
):
    first = anon.get(url)
    with django_assert_num_queries(1):  # the data version
        again = anon.get(url)
    assert (first.status_code, again.status_code) == (200, 200)
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]


@pytest.mark.parametrize("rows", [1, 20])
@pytest.mark.parametrize("url", ["/plans/", "/plans/?country=AZE", "/plans/?q=challenge"])
def test_cached_list_query_count_is_fixed(anon, committed, django_assert_num_queries, rows, url):
    with committed():
        make_full_plans(rows)
        make_plan("Hidden plan", countries=["AZE"], challenge="A challenge", is_published=False)
    shown = titles(anon.get(url))
    with django_assert_num_queries(1):
        again = anon.get(url)
    assert sorted(titles(again)) == sorted(shown) == [f"Plan {n:02d}" for n in range(rows)]


def test_gzip_and_plain_clients_get_their_own_copies(anon, catalogue):
    plain = anon.get("/plans/")
    zipped = anon.get("/plans/", headers={"accept-encoding": "gzip"})
    zipped_again = anon.get("/plans/", headers={"accept-encoding": "gzip"})
    plain_again = anon.get("/plans/")
    assert (zipped_again["Content-Encoding"], plain_again.has_header("Content-Encoding")) == (
        "gzip",
        False,
    )
    assert gzip.decompress(zipped_again.content) == plain_again.content == plain.content
    assert zipped_again.content == zipped.content
    assert zipped_again["Vary"] == "Accept-Encoding, Accept-Language"


def test_cached_page_keeps_the_site_wide_headers(anon, catalogue):
    anon.get("/plans/")
    again = anon.get("/plans/")
    assert again["Content-Security-Policy"].startswith("default-src 'self'")
    assert (again["X-Frame-Options"], again["X-Content-Type-Options"]) == ("DENY", "nosniff")
    assert again["Cache-Control"] == "no-cache"


def test_api_keeps_its_own_cache_control(anon, catalogue):
    first = anon.get("/api/plans/")
    again = anon.get("/api/plans/")
    assert again["Cache-Control"] == first["Cache-Control"] == "public, max-age=300"


def test_hosts_do_not_share_pages(anon, catalogue, settings):
    settings.ALLOWED_HOSTS = ["one.example", "two.example"]
    anon.get("/robots.txt", headers={"host": "one.example"})
    anon.get("/sitemap.xml", headers={"host": "one.example"})
    other = anon.get("/sitemap.xml", headers={"host": "two.example"})
    assert "http://two.example/" in other.content.decode()
    assert "one.example" not in other.content.decode()


# -- conditional GET -----------------------------------------------------------------------------


def test_revisit_with_the_etag_gets_304_without_rendering(
    anon, catalogue, django_assert_num_queries
):
    first = anon.get("/plans/")
    with django_assert_num_queries(1):
        revisit = anon.get("/plans/", headers={"if-none-match": first["ETag"]})
    assert (revisit.status_code, revisit["ETag"], revisit.content) == (304, first["ETag"], b"")
    assert (revisit["Cache-Control"], revisit["Vary"]) == (
        "no-cache",
        "Accept-Encoding, Accept-Language",
    )


def test_api_revisit_gets_304_with_the_apis_own_cache_control(anon, catalogue):
    first = anon.get("/api/plans/")
    revisit = anon.get("/api/plans/", headers={"if-none-match": first["ETag"]})
    assert (revisit.status_code, revisit["Cache-Control"]) == (304, "public, max-age=300")


def test_etag_changes_with_the_path_and_with_every_write(anon, catalogue, committed):
    plans = anon.get("/plans/")["ETag"]
    filtered = anon.get("/plans/?country=AZE")["ETag"]
    with committed():
        LearningPlan.objects.filter(title="Women in STEM").get().save()
    after = anon.get("/plans/", headers={"if-none-match": plans})
    assert len({plans, filtered, after["ETag"]}) == 3
    assert after.status_code == 200


# -- what is never cached ------------------------------------------------------------------------


def test_logged_in_staff_are_never_served_or_stored(
    anon, catalogue, editor_client, django_assert_num_queries
):
    anon.get("/plans/")
    staff = editor_client.get("/plans/")
    with django_assert_num_queries(1):
        anon.get("/plans/")
    assert staff.status_code == 200
    assert not staff.has_header("ETag")
    again = editor_client.get("/plans/", headers={"if-none-match": anon.get("/plans/")["ETag"]})
    assert again.status_code == 200


def test_a_staff_visit_stores_no_page_for_anonymous_visitors(anon, catalogue, editor_client):
    editor_client.get("/plans/")
    with CaptureQueriesContext(connection) as queries:
        first = anon.get("/plans/")
    # A page served from the cache takes one query (the data version): this one was rendered.
    assert len(queries) > 1
    assert titles(first) == ["Women in STEM"]


@pytest.mark.parametrize(
    "url",
    [
        "/plans/?format=csv",
        "/plans/?format=json",
        "/plans/?country=nowhere-at-all",  # 400
        "/plans/no-such-plan/",  # 404
        "/robots.txt",
    ],
)
def test_downloads_errors_and_robots_are_not_stored(anon, catalogue, url):
    first = anon.get(url)
    again = anon.get(url)  # a stored page would come back with its ETag
    assert (first.has_header("ETag"), again.has_header("ETag")) == (False, False)


def test_admin_is_never_cached(editor_client, catalogue):
    url = reverse("admin:records_learningplan_changelist")
    Client().get(url)
    anonymous = Client().get(url)
    assert (anonymous.status_code, anonymous.has_header("ETag")) == (302, False)
    editor_client.get(url)
    staff = editor_client.get(url)
    assert (staff.status_code, staff.has_header("ETag")) == (200, False)


def test_pages_share_no_csrf_token_or_message(anon, catalogue):
    for url in PUBLIC_PAGES:
        anon.get(url)
        body = anon.get(url).content.decode()
        assert "csrfmiddlewaretoken" not in body
        assert 'class="messages"' not in body
    assert "csrftoken" not in anon.cookies


@pytest.mark.parametrize(
    "response",
    [
        pytest.param(HttpResponse("<p>", headers={"Vary": "Cookie"}), id="varies on cookie"),
        pytest.param(HttpResponse("<p>", headers={"Cache-Control": "private"}), id="private"),
        pytest.param(HttpResponse("<p>", content_type="text/plain"), id="plain text"),
        pytest.param(HttpResponse("<p>", status=201), id="not 200"),
    ],
)
def test_responses_that_may_differ_per_visitor_are_not_storable(response):
    assert page_cache._storable(response) is False


def test_response_setting_a_cookie_is_not_storable():
    response = HttpResponse("<p>")
    response.set_cookie("messages", "x")
    assert page_cache._storable(response) is False
    assert page_cache._storable(HttpResponse("<p>", headers={"Vary": "Accept-Encoding"}))


def test_request_with_pending_messages_is_not_served_from_the_cache(anon, catalogue):
    anon.get("/plans/")
    anon.cookies["messages"] = "pending"
    assert not anon.get("/plans/").has_header("ETag")


# -- facet counts ------------------------------------------------------------------------------


def public_filter(query):
    filterset = PlanFilter(data=QueryDict(query))
    filterset.is_public = True  # set by FacetedFilterSet.__init__ when queryset is None
    return filterset


def test_facet_counts_are_computed_once_per_data_version(
    catalogue, committed, django_assert_num_queries
):
    first = page_cache.cached_facets(public_filter("country=AZE&sort=title"), None, _counts)
    with django_assert_num_queries(1):  # the data version
        again = page_cache.cached_facets(public_filter("sort=newest&country=AZE"), None, _counts)
    assert again == first == _counts(None)
    with committed():
        make_plan("Another in Azerbaijan", countries=["AZE"], sdgs=[5])
    after = page_cache.cached_facets(public_filter("country=AZE"), None, _counts)
    assert after == _counts(None) != first


def test_facet_counts_of_a_private_queryset_are_not_cached(catalogue, django_assert_num_queries):
    filterset = PlanFilter(data=QueryDict("country=AZE"), queryset=LearningPlan.objects.all())
    page_cache.cached_facets(filterset, ["stage"], _counts_of(filterset))
    with django_assert_num_queries(1):
        page_cache.cached_facets(filterset, ["stage"], _counts_of(filterset))


def _counts(names):
    return PlanFilter(data=QueryDict("country=AZE")).facet_counts(names)


def _counts_of(filterset):
    return filterset.facet_counts


# -- every write shows at once -------------------------------------------------------------------


def warm(anon, *urls):
    """Fetch each page twice: the second is served from the cache."""
    for url in urls:
        anon.get(url)
        assert anon.get(url).has_header("ETag"), url


def test_import_shows_on_the_next_request(anon, db, committed):
    warm(anon, "/plans/", "/api/plans/")
    with committed():
        lines, code = run_import(SEEDS / "000_8bb2515b9a91dbf4.txt")
    assert code == 0, lines
    title = LearningPlan.objects.get().title
    assert titles(anon.get("/plans/")) == [title]
    assert api_titles(anon.get("/api/plans/")) == [title]


def test_admin_save_shows_on_the_next_request(anon, catalogue, editor_client, committed):
    plan = catalogue["plan"]
    warm(anon, "/plans/", plan.get_absolute_url(), "/api/plans/")
    change = reverse("admin:records_learningplan_change", args=[plan.pk])
    data = _form_data(editor_client.get(change))
    data["title"] = "Women in STEM, revised"
    with committed():
        assert editor_client.post(change, data).status_code == 302
    assert titles(anon.get("/plans/")) == ["Women in STEM, revised"]
    assert "Women in STEM, revised" in anon.get(plan.get_absolute_url()).content.decode()
    assert api_titles(anon.get("/api/plans/")) == ["Women in STEM, revised"]


@pytest.mark.parametrize(
    ("action", "before", "after"),
    [
        ("unpublish", {"Women in STEM": True, "Hidden plan": False}, []),
        (
            "publish",
            {"Women in STEM": True, "Hidden plan": False},
            ["Hidden plan", "Women in STEM"],
        ),
    ],
)
def test_publish_actions_show_on_the_next_request(
    anon, catalogue, editor_client, committed, action, before, after
):
    plans = [catalogue["plan"], catalogue["hidden_plan"]]
    warm(anon, "/plans/", "/api/plans/", plans[0].get_absolute_url())
    assert titles(anon.get("/plans/")) == ["Women in STEM"]
    with committed():
        run_action(editor_client, LearningPlan, action, plans, post="yes")
    assert sorted(titles(anon.get("/plans/"))) == after
    assert sorted(api_titles(anon.get("/api/plans/"))) == after
    detail = anon.get(plans[0].get_absolute_url()).status_code
    assert detail == (200 if after else 404)


def test_partner_merge_shows_on_the_next_request(anon, catalogue, editor_client, committed):
    keep = Partner.objects.get(name="Baku State University")
    with committed():
        other = Partner.objects.create(name="BSU", slug="bsu", sector=Sector.ACADEMIA)
        make_plan("Second plan", partners=[("BSU", "academia")])
    warm(anon, "/partners/", "/api/partners/")
    assert sorted(p["name"] for p in anon.get("/api/partners/").json()["results"]) == [
        "BSU",
        "Baku State University",
        "Ministry of Education",
    ]
    with committed():
        run_merge(editor_client, Partner, "merge_selected_partners", [keep, other])
    assert list(Partner.objects.filter(pk=other.pk)) == []
    assert sorted(p["name"] for p in anon.get("/api/partners/").json()["results"]) == [
        "Baku State University",
        "Ministry of Education",
    ]
    assert "BSU" not in anon.get("/partners/").content.decode()


def test_tag_merge_shows_on_the_next_request(anon, catalogue, editor_client, committed):
    with committed():
        make_plan("Second plan", thematic_areas=["women"])
    keep, other = (ThematicArea.objects.get(name=name) for name in ("gender focus", "women"))
    kept_page, other_page = (reverse("records:theme", args=[t.slug]) for t in (keep, other))
    warm(anon, kept_page, other_page)
    assert titles(anon.get(kept_page)) == ["Women in STEM"]
    with committed():
        run_merge(editor_client, ThematicArea, "merge_selected_tags", [keep, other])
    assert list(ThematicArea.objects.filter(pk=other.pk)) == []
    assert sorted(titles(anon.get(kept_page))) == ["Second plan", "Women in STEM"]
    moved = anon.get(other_page)  # the merged theme's address now leads to the kept one
    assert (moved.status_code, moved["Location"]) == (301, kept_page)


def test_partner_merge_renames_and_redirects_on_the_next_request(
    anon, catalogue, editor_client, committed
):
    keep = Partner.objects.get(name="Baku State University")
    with committed():
        make_plan("Second plan", partners=[("BSU", "academia")])
    other = Partner.objects.get(name="BSU")
    warm(anon, keep.get_absolute_url(), other.get_absolute_url())
    version = current()
    with committed():
        run_merge(editor_client, Partner, "merge_selected_partners", [keep, other], name="as:BSU")
    assert current() > version
    page = anon.get(keep.get_absolute_url())
    assert "<h1>BSU</h1>" in page.content.decode()
    assert sorted(titles(page)) == ["Second plan", "Women in STEM"]
    moved = anon.get(other.get_absolute_url())
    assert (moved.status_code, moved["Location"]) == (301, keep.get_absolute_url())


def test_admin_delete_shows_on_the_next_request(anon, catalogue, editor_client, committed):
    plan = catalogue["plan"]
    warm(anon, "/plans/", plan.get_absolute_url(), "/api/plans/")
    delete = reverse("admin:records_learningplan_delete", args=[plan.pk])
    with committed():
        assert editor_client.post(delete, {"post": "yes"}).status_code == 302
    assert titles(anon.get("/plans/")) == []
    assert anon.get(plan.get_absolute_url()).status_code == 404
    assert api_titles(anon.get("/api/plans/")) == []


def test_orm_delete_shows_on_the_next_request(anon, catalogue, committed):
    warm(anon, "/plans/")
    with committed():
        LearningPlan.objects.filter(pk=catalogue["plan"].pk).delete()
    assert titles(anon.get("/plans/")) == []


def test_a_write_changes_the_version_once(catalogue, committed):
    before = current()
    with committed():
        make_plan("One more", countries=["AZE"], sdgs=[5])
    assert current() == before + 1


class _FormReader(HTMLParser):
    """What the admin's change form submits unchanged: its inputs, selects and textareas."""

    def __init__(self):
        super().__init__()
        self.data, self.field, self.select = {}, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs:
                self.data.setdefault(name, []).append(attrs.get("value", "on"))
        elif tag == "textarea" and name:
            self.field = name
            self.data.setdefault(name, []).append("")
        elif tag == "select" and name:
            self.select = name
        elif tag == "option" and self.select and "selected" in attrs:
            self.data.setdefault(self.select, []).append(attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.field = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.field:
            self.data[self.field][-1] += data


def _form_data(response):
    reader = _FormReader()
    reader.feed(response.content.decode().split('id="learningplan_form"')[1].split("</form>")[0])
    reader.data.pop("csrfmiddlewaretoken", None)
    return {name: values if len(values) > 1 else values[0] for name, values in reader.data.items()}
