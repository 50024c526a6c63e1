"""Cache-busting requests, slow tier: random and unknown query parameters on every public URL
never answer 500, and under 8 connections asking cache-busting URLs a cached page keeps at
least half its rate (a bounded wrk run on loopback against gunicorn).

The text of a search (`q`) is drawn from plain words here: folding arbitrary Unicode before
either database's query parser is the search tests' part (tests/search/).
"""

import re
import shutil
import statistics
import string
import subprocess
import sys
import time
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from django.urls import resolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from records.query_parameters import recognised
from tests.factories import ROOT, make_blog, make_partner, make_plan, shared_rows

sys.path.insert(0, str(ROOT / "bench"))
from load import with_wrk  # noqa: E402
from serving import environment, get, gunicorn, manage  # noqa: E402

pytestmark = pytest.mark.slow

URLS = [
    "/",
    "/plans/",
    "/insights/",
    "/partners/",
    "/blogs/",
    "/plans/facets/theme/",
    "/api/plans/",
    "/api/blogs/",
    "/search/",
    "/statistics/",
    "/countries/",
    "/countries/aze/",
    "/regions/central-asia/",
    "/sdgs/5/",
    "/themes/youth/",
    "/plans/fuzzed-plan/",
    "/partners/partner-org/",
    "/blogs/fuzzed-blog/",
    "/blogs/fuzzed-blog/full/",
    "/feeds/blogs/",
    "/sitemap.xml",
]
KNOWN = ["page", "page_size", "format", "sort", "country", "theme", "sdg", "year", "p"]
KNOWN += ["answers", "insights", "stage", "kind", "sector", "region", "method", "data_source"]


@pytest.fixture(scope="module")
def records(django_db_setup, django_db_blocker):
    with shared_rows(django_db_blocker):
        make_plan(
            "Fuzzed plan",
            countries=["AZE"],
            sdgs=[5],
            thematic_areas=["youth"],
            insights=["An insight"],
            partners=[("Partner org", "academia")],
        )
        make_partner("Lone partner")
        make_blog("Fuzzed blog", body="\n\n".join(["A paragraph. " * 400] * 40))
        yield


parameters = st.lists(
    st.one_of(
        st.tuples(st.just("q"), st.text(string.ascii_letters + string.digits + " -", max_size=20)),
        st.tuples(st.sampled_from(KNOWN), st.text(max_size=30)),
        st.tuples(st.text(max_size=12).filter(lambda name: name != "q"), st.text(max_size=30)),
    ),
    max_size=6,
)


@pytest.fixture
def no_budgets(settings):
    settings.RATELIMIT_ENABLE = False


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(url=st.sampled_from(URLS), params=parameters)
def test_random_and_unknown_parameters_never_answer_500(
    client, db, records, no_budgets, url, params
):
    """Every answer is a decision, and a redirect leads to a URL with only parameters its page
    reads, which answers with a decision too. Budgets are off: every request reaches its view."""
    response = client.get(f"{url}?{urlencode(params)}")
    assert response.status_code in {200, 301, 400, 404}, (url, params)
    if response.status_code != 301:
        return
    location = response["Location"]
    names, _ = recognised(resolve(urlsplit(location).path))
    assert {name for name, _ in parse_qsl(urlsplit(location).query, True)} <= names
    assert client.get(location).status_code in {200, 400, 404}, (url, params)


# -- load ----------------------------------------------------------------------------------------

# Each request of the attack names a URL never asked before: a made-up parameter on a list, a
# full text, a download, the API and the search (redirected), or a page number of a full text
# and a download's filter (counted against the attacker's budgets, then refused).
BUSTING = """
local slug = "{slug}"
local client = {{["X-Forwarded-For"] = "203.0.113.8"}}
local shapes = {{
  "/plans/?x=%d", "/blogs/" .. slug .. "/full/?nonce=%d", "/plans/?format=csv&cb=%d",
  "/api/plans/?_=%d", "/search/?q=women&_=%d",
  "/blogs/" .. slug .. "/full/?page=%d", "/plans/?format=csv&q=%d",
}}
request = function()
  local shape = shapes[math.random(#shapes)]
  return wrk.format("GET", string.format(shape, math.random(1, 1000000000)), client)
end
"""
SECONDS = 3
ROUNDS = 3


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not shutil.which("wrk"):
        pytest.skip("wrk is not installed (apt-get install wrk): the load test drives it")
    folder = tmp_path_factory.mktemp("load")
    env = environment(f"sqlite:///{folder / 'db.sqlite3'}")
    manage(env, "migrate", "--verbosity", "0")
    manage(env, "import_seeds", "--verbosity", "0")
    with gunicorn(env, workers=2) as base:
        yield base, folder


def test_cache_busting_urls_cost_a_cached_page_no_more_than_visitors_do(server):
    """2 gunicorn workers; the cached plan list loaded by 8 connections alone, beside 8 more
    connections asking it too (ordinary visitors: each side gets about half of the workers'
    turns), and beside 8 connections asking cache-busting URLs from another client address;
    in turn for ROUNDS rounds, medians compared (on a shared machine a burst of other work
    slows either). Once the attacker has spent its budgets, the busting URLs leave the page at
    least the rate ordinary visitors leave it, less a margin for noise: about half its rate
    alone, as any 8 more connections do. Before, each busting URL rendered a page afresh and
    the cached page fell to nearly 0."""
    base, folder = server
    slug = re.search(r'href="/blogs/([^/"]+)/"', get(f"{base}/blogs/")[2])[1]
    script = folder / "busting.lua"
    script.write_text(BUSTING.format(slug=slug))
    page = f"{base}/plans/"
    for _ in range(4):
        assert get(page)[0] == 200

    def beside(command):
        """The page's figures while `command` (8 wrk connections) runs, and its output."""
        other = subprocess.Popen(
            ["wrk", "-t1", "-c8", f"-d{SECONDS + 2}s", *command], stdout=subprocess.PIPE, text=True
        )
        time.sleep(1)
        figures = with_wrk(page, SECONDS, 8)
        return figures, other.communicate(timeout=60)[0]

    # The attacker first spends the budgets of its minute: the downloads and full texts they
    # allow are rendered, as for any client.
    subprocess.run(["wrk", "-t1", "-c8", "-d2s", "-s", str(script), base], capture_output=True)
    alone, visited, attacked, attacks = [], [], [], []
    for _ in range(ROUNDS):
        alone.append(with_wrk(page, SECONDS, 8))
        visited.append(beside([page])[0])
        figures, output = beside(["-s", str(script), base])
        attacked.append(figures)
        attacks.append(output)

    sent = [int(re.search(r"(\d+) requests in", output)[1]) for output in attacks]
    assert min(sent) > 100, attacks  # the attack ran
    assert [rate[3] for rate in alone + visited + attacked] == [0] * 3 * ROUNDS  # no failure
    rates = {
        name: statistics.median(rate[0] for rate in runs)
        for name, runs in (("alone", alone), ("visited", visited), ("attacked", attacked))
    }
    assert rates["attacked"] >= 0.8 * rates["visited"], (rates, visited, attacked, sent)
