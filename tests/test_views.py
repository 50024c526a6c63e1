import csv
import datetime
import gzip
import io
import re

import pytest
from django.template.loader import render_to_string
from pytest_django.asserts import assertContains, assertNotContains

from records.models import LearningPlan, PlanAnswer
from records.templatetags.records_text import http_url, paragraphs
from tests.factories import FOCAL_POINT, make_blog, make_plan

CARD_TITLE = re.compile(r'<h3 class="card-title"><a href="[^"]*">([^<]*)</a></h3>')


def card_titles(response):
    return CARD_TITLE.findall(response.content.decode())


def chip_links(response):
    """{label: href} of the active-filter chips."""
    html = response.content.decode()
    return {
        label: href.replace("&amp;", "&")
        for href, label in re.findall(
            r'<a class="chip" href="([^"]*)"><span class="visually-hidden">Remove </span>'
            r"([^<]*)<",
            html,
        )
    }


@pytest.fixture
def site(db):
    """A published closing report with everything filled, a hidden plan sharing its country,
    SDG and blog, a published and a hidden blog."""
    blog = make_blog(
        "Women who code",
        source_url="https://www.undp.org/azerbaijan/blog/women-who-code",
        published_on=datetime.date(2023, 5, 17),
        country="AZE",
        body="First paragraph, see https://example.org/report.\n\nSecond paragraph.",
        authors=[("Leyla Seyidzade", "Head of Exploration"), ("Nargiz Guliyeva", "")],
    )
    hidden_blog = make_blog(
        "Hidden blog",
        source_url="https://www.undp.org/azerbaijan/blog/hidden",
        published_on=datetime.date(2023, 6, 1),
        country="AZE",
        is_published=False,
    )
    plan = make_plan(
        "Women in STEM",
        stage="closing",
        year=2023,
        countries=["AZE"],
        sdgs=[5, 8],
        thematic_areas=["gender focus"],
        methods=["Sensemaking"],
        data_sources=["press"],
        challenge="Our challenge is that women leave STEM careers.",
        learning_questions=["Why do they leave?"],
        insights=["Mentors matter.", "Role models matter."],
        partners=[("Baku State University", "academia")],
        blog_urls=[
            blog.source_url,
            hidden_blog.source_url,
            "https://example.org/not-imported",
        ],
    )
    other = make_plan(
        "Youth jobs",
        year=2022,
        countries=["KGZ"],
        sdgs=[8],
        thematic_areas=["youth"],
        challenge="Young people cannot find work.",
    )
    hidden = make_plan(
        "Hidden plan",
        stage="closing",
        countries=["AZE"],
        sdgs=[5],
        thematic_areas=["gender focus"],
        insights=["Hidden insight."],
        partners=[("Baku State University", "academia"), ("Hidden Partner", "other")],
        blog_urls=[blog.source_url],
        is_published=False,
    )
    return {
        "plan": plan,
        "other": other,
        "hidden": hidden,
        "blog": blog,
        "hidden_blog": hidden_blog,
    }


# -- home --------------------------------------------------------------------------------------


def test_home_shows_counts_entry_points_and_latest(client, site):
    response = client.get("/")

    html = response.content.decode()
    assert re.findall(r'<span class="stat-number">(\d+)</span> ([a-z ]+)', html) == [
        ("1", "learning plan"),
        ("1", "closing report"),
        ("2", "insights"),
        ("1", "partner"),
        ("1", "blog and publications"),
        ("2", "countries"),
    ]
    assertContains(response, '<a class="sdg sdg-5" href="/sdgs/5/">', count=1)
    assertContains(response, '<a href="/regions/western-asia/">Western Asia</a>', count=1)
    assertContains(response, 'href="/themes/gender-focus/">gender focus <span class="count">1')
    assert card_titles(response) == ["Women in STEM", "Women who code"]
    assertNotContains(response, "Hidden")


def test_home_query_count_does_not_grow_with_records(client, db, django_assert_num_queries):
    make_plan("Only plan", stage="closing", countries=["AZE"], sdgs=[5], thematic_areas=["a"])
    make_blog("Only blog", published_on=datetime.date(2023, 1, 1), authors=[("A", "")])
    with django_assert_num_queries(12):
        response = client.get("/")
    assert card_titles(response) == ["Only plan", "Only blog"]

    for n in range(20):
        make_plan(f"Plan {n}", stage="closing", countries=["KEN"], sdgs=[n % 17 + 1])
        make_blog(f"Blog {n}", published_on=datetime.date(2023, 1, 2), authors=[("B", "")])
    with django_assert_num_queries(12):
        client.get("/")


# -- list pages --------------------------------------------------------------------------------


def test_plan_list_shows_published_plans_with_facets(client, site):
    response = client.get("/plans/")

    assert response.status_code == 200
    assert card_titles(response) == ["Women in STEM", "Youth jobs"]
    assertContains(response, '<h2 id="results-heading" class="results-count">2 plans</h2>')
    assertContains(
        response,
        '<li><label><input type="checkbox" name="country" value="AZE"> Azerbaijan '
        '<span class="count">1</span></label></li>',
        html=True,
    )
    assertContains(
        response,
        '<li><label><input type="checkbox" name="sdg" value="8"> 8. Decent work and economic '
        'growth <span class="count">2</span></label></li>',
        html=True,
    )
    assertContains(response, "Our challenge is that women leave STEM careers.")
    assertNotContains(response, "Hidden")
    assertNotContains(response, FOCAL_POINT)


def test_plan_list_filters_and_shows_removable_chips(client, site):
    response = client.get("/plans/?sdg=8&country=AZE&q=women")

    assert card_titles(response) == ["Women in STEM"]
    assertContains(
        response,
        '<input type="checkbox" name="country" value="AZE" checked>',
    )
    assert chip_links(response) == {
        "Search: women": "/plans/?sdg=8&country=AZE",
        "Country: Azerbaijan": "/plans/?sdg=8&q=women",
        "SDG: 8. Decent work and economic growth": "/plans/?country=AZE&q=women",
    }
    assertContains(response, 'href="/plans/?sdg=8&amp;country=AZE&amp;q=women&amp;format=csv"')
    assertContains(response, 'href="/plans/?sdg=8&amp;country=AZE&amp;q=women&amp;format=json"')


def test_plan_list_removing_the_last_chip_gives_the_whole_list(client, site):
    response = client.get("/plans/?sdg=5&sdg=8")

    assert chip_links(response) == {
        "SDG: 5. Gender equality": "/plans/?sdg=8",
        "SDG: 8. Decent work and economic growth": "/plans/?sdg=5",
    }
    response = client.get("/plans/?sdg=5")
    assert chip_links(response) == {"SDG: 5. Gender equality": "/plans/"}


def test_plan_list_pagination_keeps_the_filters(client, db):
    for n in range(23):
        make_plan(f"Plan {n:02d}", year=2023, sdgs=[5])
    make_plan("Other goal", year=2023, sdgs=[6])

    first = client.get("/plans/?sdg=5&sort=title")
    second = client.get("/plans/?sdg=5&sort=title&page=2")

    assert card_titles(first) == [f"Plan {n:02d}" for n in range(20)]
    assertContains(first, 'href="?sdg=5&amp;sort=title&amp;page=2" rel="next"')
    assert card_titles(second) == ["Plan 20", "Plan 21", "Plan 22"]
    assertContains(second, 'href="?sdg=5&amp;sort=title&amp;page=1" rel="prev"')
    assertContains(second, '<span aria-current="page"><span class="visually-hidden">Page </span>2')


def test_plan_list_sort_form_keeps_the_filters(client, site):
    response = client.get("/plans/?sdg=8&q=women&sort=title")

    assertContains(response, '<input type="hidden" name="sdg" value="8">', count=1)
    assertContains(response, '<input type="hidden" name="q" value="women">', count=1)
    assertContains(response, '<option value="title" selected>Title A–Z</option>', html=True)
    # The filter form carries the chosen sort along.
    assertContains(response, '<input type="hidden" name="sort" value="title">', count=1)


@pytest.mark.parametrize(
    "url",
    [
        "/plans/?sdg=abc",
        "/plans/?year=abc",
        "/plans/?country=AZERB",
        "/plans/?sort=random",
        "/plans/?stage=draft&sdg=5",
        "/insights/?sdg=99",
        "/partners/?sector=pirates",
        "/blogs/?kind=video",
        "/blogs/?year=-1",
        "/countries/aze/?sdg=abc",
    ],
)
def test_list_page_answers_a_malformed_filter_with_400_and_no_results(client, site, url):
    response = client.get(url)

    assert response.status_code == 400
    assert card_titles(response) == []
    assertContains(response, "Some filter values are not valid", status_code=400)


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/plans/?country=ZZZ", 200),
        ("/plans/?theme=no-such-theme", 200),
        ("/plans/?q=%00", 400),
        ("/plans/?q=" + "%F0%9F%A6%8A" * 10, 200),
        ("/plans/?q=%22unclosed", 200),
        ("/plans/?q=a%20%26%20%7C%20!", 200),
        ("/plans/?page=abc", 404),
        ("/plans/?page=99", 404),
        ("/plans/?format=xml", 400),
        ("/insights/?country=zz%27", 400),
        ("/blogs/?q=%27%3B%20DROP%20TABLE", 200),
    ],
)
def test_list_page_never_fails_on_odd_input(client, site, url, status):
    assert client.get(url).status_code == status


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/insights/", ["Mentors matter.", "Role models matter."]),
        ("/insights/?sdg=5", ["Mentors matter.", "Role models matter."]),
        ("/insights/?country=KGZ", []),
    ],
)
def test_insight_list_shows_insights_of_published_plans(client, site, url, expected):
    response = client.get(url)

    html = response.content.decode()
    assert re.findall(r'<div class="insight-text"><p>([^<]*)</p></div>', html) == expected
    assertNotContains(response, "Hidden insight")
    if expected:
        assertContains(
            response, f'href="/plans/women-in-stem/#insight-{site["plan"].insights.first().pk}"'
        )


def test_partner_list_shows_partners_of_published_plans(client, site):
    response = client.get("/partners/")

    assert card_titles(response) == ["Baku State University"]
    assertContains(response, "<span>Academia</span> <span>1 plan</span>", html=True)
    assertNotContains(response, "Hidden Partner")


def test_blog_list_shows_published_blogs(client, site):
    response = client.get("/blogs/?country=AZE")

    assert card_titles(response) == ["Women who code"]
    assertContains(response, '<time datetime="2023-05-17">17 May 2023</time>')
    assertContains(response, "By Leyla Seyidzade, Nargiz Guliyeva")
    assertNotContains(response, "Hidden blog")


def test_list_download_gives_the_filtered_list(client, site):
    make_plan("Second STEM plan", year=2021, countries=["AZE"], sdgs=[5])
    page = client.get("/countries/aze/?sdg=5")

    response = client.get("/countries/aze/?sdg=5&format=csv")

    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert (
        [row["title"] for row in rows]
        == card_titles(page)
        == [
            "Women in STEM",
            "Second STEM plan",
        ]
    )


def list_rows(kind, count):
    """`count` records shown on the `kind` list, each with every relation its card shows."""
    for n in range(count):
        if kind == "blogs":
            make_blog(
                f"Blog {n:02d}",
                published_on=datetime.date(2023, 1, 1) + datetime.timedelta(days=n),
                country="KEN",
                body="Body.",
                authors=[("Jane Doe", "Head of Exploration"), ("John Roe", "")],
            )
        else:
            make_plan(
                f"Plan {n:02d}",
                stage="closing",
                countries=["AZE", "KEN"],
                sdgs=[5, 8],
                thematic_areas=["gender focus", f"theme {n}"],
                methods=["Sensemaking"],
                data_sources=["press"],
                challenge="Our challenge is that...",
                insights=[f"Insight {n}."],
                partners=[(f"Partner {n:02d}", "academia")],
            )


@pytest.mark.parametrize(
    ("kind", "url", "queries"),
    [
        ("plans", "/plans/", 13),
        ("plans", "/plans/?sdg=5&country=AZE&theme=gender-focus&q=challenge", 14),
        ("plans", "/countries/aze/", 14),
        ("plans", "/themes/gender-focus/", 14),
        ("insights", "/insights/?region=western-asia", 11),
        ("partners", "/partners/?sector=academia", 8),
        ("blogs", "/blogs/?kind=blog", 8),
    ],
)
def test_list_page_query_count_is_the_same_at_1_and_20_rows(
    client, db, django_assert_num_queries, kind, url, queries
):
    list_rows(kind, 1)
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert (
        len(card_titles(response) or re.findall('class="insight-text"', str(response.content))) == 1
    )

    list_rows(kind, 19)
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200


# -- filtered views with their own URL ---------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "same_as", "heading"),
    [
        ("/countries/aze/", "/plans/?country=AZE", "Plans in Azerbaijan"),
        ("/regions/central-asia/", "/plans/?region=central-asia", "Plans in Central Asia"),
        ("/sdgs/8/", "/plans/?sdg=8", "Plans on SDG 8: Decent work and economic growth"),
        ("/themes/youth/", "/plans/?theme=youth", "Plans on youth"),
    ],
)
def test_filtered_view_is_the_plan_list_with_its_filter(client, site, url, same_as, heading):
    response = client.get(url)

    assert card_titles(response) == card_titles(client.get(same_as))
    assert card_titles(response) != []
    assertContains(response, f"<h1>{heading}</h1>", count=1, html=True)
    # Its facets submit to the plan list, with the view's own filter ticked.
    assertContains(response, '<form class="filter-form" method="get" action="/plans/">')


def test_country_view_filter_comes_from_the_url(client, site):
    response = client.get("/countries/aze/?country=KGZ")

    assert card_titles(response) == ["Women in STEM"]
    assert chip_links(response) == {"Country: Azerbaijan": "/plans/"}


@pytest.mark.parametrize(
    "url", ["/countries/zzz/", "/regions/atlantis/", "/sdgs/18/", "/themes/nope/"]
)
def test_filtered_view_of_an_unknown_value_is_not_found(client, site, url):
    response = client.get(url)

    assert response.status_code == 404
    assertContains(response, "<h1>Page not found</h1>", status_code=404)


# -- detail pages ------------------------------------------------------------------------------


def test_plan_page_reads_like_the_plan(client, site):
    plan = site["plan"]
    PlanAnswer.objects.filter(plan=plan).delete()
    PlanAnswer.objects.bulk_create(
        [
            PlanAnswer(
                plan=plan,
                position=0,
                section="Challenge statement",
                prompt="Challenge type",
                text="",
            ),
            PlanAnswer(
                plan=plan,
                position=1,
                section="Challenge statement",
                prompt="Challenge statement: what is it?",
                text="Women leave STEM.\n\nThey leave early.",
            ),
            PlanAnswer(
                plan=plan,
                position=2,
                section="Challenge statement",
                prompt="Background",
                text="See https://example.org/data.",
            ),
            PlanAnswer(
                plan=plan,
                position=3,
                section="Learning questions",
                prompt="Learning question",
                text="Why do they leave?",
            ),
        ]
    )

    response = client.get(plan.get_absolute_url())

    html = response.content.decode()
    assert re.findall(r"<h2[^>]*>([^<]*)</h2>", html) == [
        "Challenge statement",
        "Learning questions",
        "Key insights",
        "Partners",
        "Blogs about this plan",
        "Related plans",
    ]
    assert re.findall(r'<p class="prompt">([^<]*)</p>', html) == [
        "Challenge statement: what is it?",
        "Background",
        "Learning question",
    ]
    assertContains(response, "<p>Women leave STEM.</p>\n<p>They leave early.</p>")
    assertContains(
        response,
        '<p>See <a href="https://example.org/data" rel="nofollow ugc noopener">'
        "https://example.org/data</a>.</p>",
    )
    assertNotContains(response, "Challenge type")


def test_plan_page_shows_insights_partners_blogs_and_tags(client, site):
    plan = site["plan"]
    insights = list(plan.insights.all())

    response = client.get(plan.get_absolute_url())

    assertContains(response, f'<li id="insight-{insights[0].pk}"><p>Mentors matter.</p></li>')
    assertContains(response, f'<li id="insight-{insights[1].pk}"><p>Role models matter.</p></li>')
    assertContains(
        response,
        '<p class="partner-name"><a href="/partners/baku-state-university/">Baku State '
        'University</a> <span class="muted">Academia</span></p>',
    )
    assertContains(response, '<a href="/blogs/women-who-code/">Women who code</a>')
    assertContains(
        response,
        '<a href="https://www.undp.org/azerbaijan/blog/hidden" rel="nofollow ugc noopener">',
    )
    assertNotContains(response, "Hidden blog")
    assertContains(response, '<a href="/countries/aze/">Azerbaijan</a>')
    assertContains(response, '<a href="/regions/western-asia/">Western Asia</a>')
    assertContains(response, '<a class="tag" href="/sdgs/5/">5. Gender equality</a>')
    assertContains(response, '<a class="tag" href="/themes/gender-focus/">gender focus</a>')
    assertContains(response, '<a class="tag" href="/plans/?method=sensemaking">Sensemaking</a>')
    assertContains(response, '<a class="tag" href="/plans/?data_source=press">press</a>')
    assertContains(response, "<h1>Women in STEM</h1>", count=1)
    assertNotContains(response, FOCAL_POINT)


def test_plan_page_of_a_hidden_plan_is_not_found(client, site):
    assert client.get(site["hidden"].get_absolute_url()).status_code == 404


def test_plan_page_relates_plans_by_shared_goals_themes_and_country(client, db):
    plan = make_plan("Subject", countries=["AZE"], sdgs=[5, 8], thematic_areas=["gender", "jobs"])
    make_plan("All three", year=2020, countries=["AZE"], sdgs=[5, 8], thematic_areas=["gender"])
    make_plan("Two goals", year=2021, sdgs=[5, 8])
    make_plan("One theme, newer", year=2024, thematic_areas=["jobs"])
    make_plan("One theme", year=2022, thematic_areas=["jobs"])
    make_plan("Country only", year=2019, countries=["AZE"])
    make_plan("Same country, hidden", countries=["AZE"], sdgs=[5, 8], is_published=False)
    make_plan("Nothing shared", countries=["KEN"], sdgs=[1])

    response = client.get(plan.get_absolute_url())

    related = response.content.decode().split('id="related-heading"')[1]
    assert CARD_TITLE.findall(related) == [
        "All three",
        "Two goals",
        "One theme, newer",
        "One theme",
        "Country only",
    ]


def test_plan_page_query_count_is_the_same_at_1_and_20_rows(client, db, django_assert_num_queries):
    def plan_with(n):
        return make_plan(
            f"Plan with {n}",
            countries=["AZE", "KEN"][: min(n, 2)],
            sdgs=list(range(1, n + 1))[:17],
            thematic_areas=[f"theme {i}" for i in range(n)],
            methods=[f"method {i}" for i in range(n)],
            data_sources=[f"source {i}" for i in range(n)],
            learning_questions=[f"Question {i}?" for i in range(n)],
            insights=[f"Insight {i}." for i in range(n)],
            partners=[(f"Partner {i}", "academia") for i in range(n)],
            blog_urls=[f"https://example.org/{n}/{i}" for i in range(n)],
        )

    small, large = plan_with(1), plan_with(20)
    for plan in (small, large):
        with django_assert_num_queries(14):
            response = client.get(plan.get_absolute_url())
        assert response.status_code == 200


def test_blog_page_shows_the_article_and_the_plans_linking_to_it(client, site):
    response = client.get(site["blog"].get_absolute_url())

    assertContains(response, "<h1>Women who code</h1>", count=1)
    assertContains(
        response,
        "<p>First paragraph, see "
        '<a href="https://example.org/report" rel="nofollow ugc noopener">'
        "https://example.org/report</a>.</p>\n<p>Second paragraph.</p>",
    )
    assertContains(response, '<span class="author-name">Leyla Seyidzade</span>')
    assertContains(response, '<span class="muted">, Head of Exploration</span>')
    assertContains(response, '<time datetime="2023-05-17">17 May 2023</time>')
    assertContains(response, '<a href="/blogs/?country=AZE">Azerbaijan</a>')
    assertContains(
        response, '<a href="https://www.undp.org/azerbaijan/blog/women-who-code" rel="noopener">'
    )
    assert card_titles(response) == ["Women in STEM"]
    assertNotContains(response, "Hidden plan")


def test_blog_page_of_a_hidden_blog_is_not_found(client, site):
    assert client.get(site["hidden_blog"].get_absolute_url()).status_code == 404


def test_blog_page_query_count_is_the_same_at_1_and_20_rows(client, db, django_assert_num_queries):
    blog = make_blog(
        "Linked", published_on=datetime.date(2023, 1, 1), country="AZE", authors=[("A", "")]
    )
    make_plan("Linking 0", countries=["AZE"], blog_urls=[blog.source_url])
    with django_assert_num_queries(5):
        response = client.get(blog.get_absolute_url())
    assert card_titles(response) == ["Linking 0"]

    for n in range(1, 20):
        make_plan(f"Linking {n}", countries=["AZE", "KEN"], blog_urls=[blog.source_url])
    with django_assert_num_queries(5):
        response = client.get(blog.get_absolute_url())
    assert len(card_titles(response)) == 20


def test_partner_page_shows_its_sector_and_published_plans(client, site):
    response = client.get("/partners/baku-state-university/")

    assertContains(response, "<h1>Baku State University</h1>", count=1)
    assertContains(response, '<a class="badge" href="/partners/?sector=academia">Academia</a>')
    assert card_titles(response) == ["Women in STEM"]
    assertNotContains(response, "Hidden plan")


def test_partner_page_of_a_partner_of_hidden_plans_only_is_not_found(client, site):
    assert client.get("/partners/hidden-partner/").status_code == 404


def test_partner_page_query_count_is_the_same_at_1_and_20_rows(
    client, db, django_assert_num_queries
):
    make_plan("Plan 0", countries=["AZE"], partners=[("Busy", "academia")])
    with django_assert_num_queries(3):
        client.get("/partners/busy/")
    for n in range(1, 20):
        make_plan(f"Plan {n}", countries=["AZE", "KEN"], partners=[("Busy", "academia")])
    with django_assert_num_queries(3):
        response = client.get("/partners/busy/")
    assert len(card_titles(response)) == 20


# -- text from the archive ---------------------------------------------------------------------


def test_archive_text_is_escaped_everywhere(client, db):
    plan = make_plan(
        "<script>alert(1)</script> plan",
        countries=["AZE"],
        challenge='<img src=x onerror="alert(2)"> javascript:alert(3) www.example.org a@b.org',
        thematic_areas=['<b>tag</b> "quoted"'],
        insights=["<b>bold</b>"],
        partners=[("<i>Partner</i>", "other")],
    )

    for url in ["/", "/plans/", "/insights/", "/partners/", plan.get_absolute_url()]:
        response = client.get(url)
        assertNotContains(response, "<script>alert")
        assertNotContains(response, "<img src=x")
        assertNotContains(response, "<b>bold")
        assertNotContains(response, "<i>Partner")
        assertNotContains(response, "<b>tag")
    assertContains(client.get("/plans/"), "&lt;b&gt;tag&lt;/b&gt; &quot;quoted&quot;")
    response = client.get(plan.get_absolute_url())
    assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt; plan")
    assertNotContains(response, 'href="javascript')
    assertNotContains(response, 'href="www.')
    assertNotContains(response, 'href="mailto')


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("", ""),
        ("One.\n\nTwo\nlines.", "<p>One.</p>\n<p>Two<br>lines.</p>"),
        ("a < b & c", "<p>a &lt; b &amp; c</p>"),
        (
            "See https://example.org/a?b=1&c=2.",
            '<p>See <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc noopener">'
            "https://example.org/a?b=1&amp;c=2</a>.</p>",
        ),
        (
            "(https://en.wikipedia.org/wiki/Foo_(bar))",
            '<p>(<a href="https://en.wikipedia.org/wiki/Foo_(bar)" rel="nofollow ugc noopener">'
            "https://en.wikipedia.org/wiki/Foo_(bar)</a>)</p>",
        ),
        (
            'http://x.org/"onmouseover="alert(1)',
            '<p><a href="http://x.org/" rel="nofollow ugc noopener">http://x.org/</a>'
            "&quot;onmouseover=&quot;alert(1)</p>",
        ),
        ("ftp://example.org www.example.org me@example.org", None),
        ("javascript:alert(1) data:text/html,x", None),
        (
            "[the report](https://example.org/r) and [https://x.org](https://x.org)",
            '<p><a href="https://example.org/r" rel="nofollow ugc noopener">the report</a> and '
            '<a href="https://x.org" rel="nofollow ugc noopener">https://x.org</a></p>',
        ),
        (
            "![Missing alt text](https://x.org/a.png) ![Chart](https://x.org/b.png)",
            '<p><a href="https://x.org/a.png" rel="nofollow ugc noopener">Image</a> '
            '<a href="https://x.org/b.png" rel="nofollow ugc noopener">Image: Chart</a></p>',
        ),
        ("[click](javascript:alert(1))", "<p>[click](javascript:alert(1))</p>"),
        (
            '[<b>x</b>](https://x.org/"a)',
            '<p>[&lt;b&gt;x&lt;/b&gt;](<a href="https://x.org/" rel="nofollow ugc noopener">'
            "https://x.org/</a>&quot;a)</p>",
        ),
        ("http:// and https://[::1 and http://", None),
        ("xhttps://example.org", None),
    ],
)
def test_paragraphs_escape_and_link_only_http_urls(text, html):
    expected = html if html is not None else f"<p>{text}</p>"
    assert paragraphs(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("HTTP://example.org", "HTTP://example.org"),
        ("javascript:alert(1)", ""),
        ("ftp://example.org", ""),
        ("https://", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_http_url_keeps_only_http_urls(url, expected):
    assert http_url(url) == expected


# -- pages around the records ------------------------------------------------------------------


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().splitlines() == [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "Disallow: /*?*format=",
        "Sitemap: http://testserver/sitemap.xml",
    ]


def test_missing_page_is_friendly(client, db):
    response = client.get("/no/such/page/")

    assert response.status_code == 404
    assertContains(response, "<h1>Page not found</h1>", count=1, status_code=404)
    assertContains(
        response, '<form class="hero-search" method="get" action="/plans/"', status_code=404
    )


def test_server_error_page_renders_without_context_or_database(client, db, monkeypatch):
    assert "<h1>Something went wrong</h1>" in render_to_string("500.html")

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("records.views.render", broken)
    client.raise_request_exception = False
    response = client.get("/")

    assert response.status_code == 500
    assertContains(response, "<h1>Something went wrong</h1>", status_code=500)


def test_every_page_has_one_h1_and_the_stylesheet(client, site):
    for url in [
        "/",
        "/plans/",
        "/insights/",
        "/partners/",
        "/blogs/",
        site["plan"].get_absolute_url(),
        site["blog"].get_absolute_url(),
        "/partners/baku-state-university/",
        "/countries/aze/",
        "/no/such/page/",
    ]:
        html = client.get(url).content.decode()
        assert html.count("<h1") == 1, url
        assert '<link rel="stylesheet" href="/static/records/site.css">' in html, url
        assert '<a class="skip-link" href="#main">' in html, url


def test_list_page_is_sent_compressed(client, db):
    list_rows("plans", 20)

    response = client.get("/plans/", HTTP_ACCEPT_ENCODING="gzip")

    assert response["Content-Encoding"] == "gzip"
    assert len(card_titles_from(gzip.decompress(response.content))) == 20


def card_titles_from(content):
    return CARD_TITLE.findall(content.decode())


def test_focal_point_never_reaches_a_page(client, site):
    pages = ["/", "/plans/", "/insights/", "/partners/", "/blogs/", "/countries/aze/"]
    pages += [site["plan"].get_absolute_url(), site["blog"].get_absolute_url()]
    for url in pages:
        assertNotContains(client.get(url), FOCAL_POINT)
    assert LearningPlan.objects.filter(focal_point=FOCAL_POINT).count() == 3
