import re
from datetime import date, timedelta

import pytest
from django.template.loader import render_to_string
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from records.merging import merge_partners
from records.models import Blog, LearningPlan, Partner, PlanAnswer
from tests.factories import FOCAL_POINT, make_blog, make_partner, make_plan
from tests.views.html import card_titles, section

pytestmark = pytest.mark.django_db


def add_answers(plan, *answers):
    """(key, section, prompt, text) answers, after those the plan has."""
    start = plan.answers.count()
    PlanAnswer.objects.bulk_create(
        PlanAnswer(plan=plan, position=position, key=key, section=section, prompt=prompt, text=text)
        for position, (key, section, prompt, text) in enumerate(answers, start)
    )


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


# -- plan page ---------------------------------------------------------------------------------


def test_plan_page_leads_with_the_challenge_then_folds_the_form(client, site):
    plan = site["plan"]
    PlanAnswer.objects.filter(plan=plan).delete()
    add_answers(
        plan,
        ("title", "Title", "Please provide a name", "Women in STEM"),
        ("", "Challenge statement", "Challenge type", ""),
        (
            "challenge_statement",
            "Challenge statement",
            "Challenge statement: what is it?",
            "Women leave STEM.\n\nThey leave early.",
        ),
        ("background", "Challenge statement", "Background", "See https://example.org/data."),
        ("partner_name", "Partners", "Please state the name of the partner", "BSU"),
        ("learning_question", "Learning questions", "Learning question", "Why do they leave?"),
        ("data_gaps", "Data and Methods", "Existing data gaps", "No data."),
        ("barriers", "Closing", "Did you experience any barriers", "Time."),
        ("end", "End", "End of action learning plan", "Thanks."),
        ("", "End", "Anything else?", "A note."),
    )

    response = client.get(plan.get_absolute_url())

    html = response.content.decode()
    assert re.findall(r"<h2[^>]*>([^<]*)</h2>", html) == [
        "On this page",
        "Challenge",
        "Learning question",
        "Key insights",
        "Partners",
        "Blogs about this plan",
        "Themes, methods and data",
        "The closing report as written",
        "Related plans",
    ]
    # The rest of the form folds by section; the partner prompts show once, as Partners,
    # and the title and the form's end note not at all.
    assert re.findall(
        r'<details class="form-section" id="([^"]*)">\s*<summary><h3>([^<]*)', html
    ) == [
        ("section-1-challenge-statement", "Challenge statement"),
        ("section-2-data-and-methods", "Data and Methods"),
        ("section-3-closing", "Closing"),
        ("section-4-other-answers", "Other answers"),
    ]
    assert re.findall(r'<p class="prompt">([^<]*)</p>', html) == [
        "Background",
        "Existing data gaps",
        "Did you experience any barriers",
        "Anything else?",
    ]
    assertContains(response, "<p>Women leave STEM.</p>\n<p>They leave early.</p>", count=1)
    assertContains(response, "<li><p>Why do they leave?</p></li>", count=1)
    assertContains(
        response,
        '<p>See <a href="https://example.org/data" rel="nofollow ugc noopener">'
        "https://example.org/data</a>.</p>",
    )
    assertNotContains(response, "Challenge type")
    assertNotContains(response, "Thanks.")
    assertNotContains(response, "BSU")
    assertContains(response, '<a href="#form-heading">The closing report as written</a>')


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
    # A link to an unpublished blog shows nowhere: not its page, not its URL.
    assert re.findall(r'<li><a href="([^"]*)"', section(response, "blogs-heading")) == [
        "/blogs/women-who-code/",
        "https://example.org/not-imported",
    ]
    assertNotContains(response, site["hidden_blog"].source_url)
    assertNotContains(response, "Hidden blog")
    assertContains(response, '<a href="/countries/aze/">Azerbaijan</a>')
    assertContains(response, '<a href="/regions/western-asia/">Western Asia</a>')
    assertContains(response, '<a class="tag" href="/sdgs/5/">5. Gender equality</a>')
    assertContains(response, '<a class="tag" href="/themes/gender-focus/">gender focus</a>')
    assertContains(response, '<a class="tag" href="/plans/?method=sensemaking">Sensemaking</a>')
    assertContains(response, '<a class="tag" href="/plans/?data_source=press">press</a>')
    assertContains(response, "<h1>Women in STEM</h1>", count=1)
    assertNotContains(response, FOCAL_POINT)


def test_plan_page_shows_insights_with_their_intro_and_blog_urls_once(client, site):
    plan = site["plan"]
    raw_links = f"{site['blog'].source_url}\n{site['hidden_blog'].source_url}"
    add_answers(
        plan,
        # The insights answer as imported: the text around the list of insights.
        ("insights", "Closing", "What are the top 5 key insights?", "We learned two things:"),
        ("blog_links", "Closing", "Please paste the link(s) to the blog(s).", raw_links),
    )

    response = client.get(plan.get_absolute_url())

    assertContains(response, "Mentors matter.", count=1)
    assertContains(response, "Role models matter.", count=1)
    assertContains(
        response,
        '<div class="answer-text insights-intro"><p>We learned two things:</p></div>',
        count=1,
        html=False,
    )
    assertNotContains(response, "What are the top 5 key insights?")
    assertNotContains(response, "Please paste the link(s) to the blog(s).")
    assertNotContains(response, site["hidden_blog"].source_url)


def test_plan_page_shows_the_closing_text_of_the_insights_after_their_list(client, site):
    plan = site["plan"]
    add_answers(
        plan,
        ("insights", "Closing", "What are the top 5 key insights?", "We learned two things:"),
        ("insights_after", "Closing", "What are the top 5 key insights?", "More to come."),
    )

    html = client.get(plan.get_absolute_url()).content.decode()

    intro = html.index('<div class="answer-text insights-intro"><p>We learned two things:</p>')
    items = html.index('<ol class="insights"')
    after = html.index('<div class="answer-text insights-after"><p>More to come.</p></div>')
    assert intro < items < html.index("Mentors matter.") < after
    assert html.count("More to come.") == 1


def test_plan_page_shows_the_raw_blog_answer_of_a_plan_without_links(client, db):
    plan = make_plan("No blog yet", challenge="A challenge.")
    PlanAnswer.objects.create(
        plan=plan, position=5, key="blog_links", prompt="Blogs?", text="Blog is on its way."
    )

    response = client.get(plan.get_absolute_url())

    assertContains(response, '<p class="prompt">Blogs?</p>', count=1)
    assertContains(response, "<p>Blog is on its way.</p>", count=1)
    assertNotContains(response, 'id="blogs-heading"')


def test_plan_page_lists_each_question_of_a_learning_question_answer_listing_several(client, db):
    # As the archive writes them: "A)" items with blank and space-only lines between, and a
    # checklist answer of the form.
    plan = make_plan(
        "Waste is wealth",
        challenge="A challenge.",
        learning_questions=[
            "A)    Why is waste sorted at home?\n\n \n\nB)     Which jobs use waste?",
            "How can carts 1) collect and 2) sort?",
        ],
    )
    PlanAnswer.objects.create(
        plan=plan, position=50, key="", prompt="Stages?", text="- Sense\n- Explore"
    )

    response = client.get(plan.get_absolute_url())

    questions = re.search(r'<ol class="questions"[^>]*>(.*?)</ol>', response.text, re.S)[1]
    assert re.findall(r"<li><p>(.*?)</p></li>", questions) == [
        "Why is waste sorted at home?",
        "Which jobs use waste?",
        "How can carts 1) collect and 2) sort?",
    ]
    assertContains(response, "<ul><li>Sense</li><li>Explore</li></ul>", count=1)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Building resilience of rural small holder farming communities to climate change.", True),
        ("climate  resilience EXPERIMENT.", False),
        ("Missing title", False),
        ("1.", False),
    ],
)
def test_plan_page_shows_the_name_answer_only_when_it_says_more_than_the_title(
    client, db, name, shown
):
    plan = make_plan("Climate Resilience Experiment", challenge="A challenge.")
    PlanAnswer.objects.create(
        plan=plan, position=1, key="title", prompt="Please provide a name.", text=name
    )

    response = client.get(plan.get_absolute_url())

    assert ('<p class="prompt">Please provide a name.</p>' in response.text) is shown
    assert (f"<p>{name}</p>" in response.text) is shown


def test_plan_page_shows_the_partner_sets_that_name_none_of_its_partners(client, db):
    plan = make_plan(
        "Vaccines", partners=[("National Center for Disease Control (NCDC)", "government")]
    )
    for position, (key, text) in enumerate(
        [
            ("partner_name", "NCDC"),
            ("partner_description", "Co-designed the campaign."),
            ("partner_name", "1. Research institutions."),
            ("partner_sector", "Academia"),
            ("partner_description", "We aim to involve researchers in vaccine uptake trends."),
        ]
    ):
        PlanAnswer.objects.create(
            plan=plan, position=position, key=key, prompt=f"Partner {key}?", text=text
        )

    response = client.get(plan.get_absolute_url())

    assertContains(response, "<p>1. Research institutions.</p>", count=1)
    assertContains(response, "<p>We aim to involve researchers in vaccine uptake trends.</p>")
    assertContains(response, "<p>Academia</p>", count=1)
    assertNotContains(response, "<p>NCDC</p>")
    assertNotContains(response, "Co-designed the campaign.")


def test_plan_page_of_a_hidden_plan_is_not_found(client, site):
    assert client.get(site["hidden"].get_absolute_url()).status_code == 404


# -- blog and partner pages --------------------------------------------------------------------


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


def test_partner_page_shows_its_sector_and_published_plans(client, site):
    response = client.get("/partners/baku-state-university/")

    assertContains(response, "<h1>Baku State University</h1>", count=1)
    assertContains(response, '<a class="badge" href="/partners/?sector=academia">Academia</a>')
    assert card_titles(response) == ["Women in STEM"]
    assertNotContains(response, "Hidden plan")


def test_partner_page_lists_its_plans_in_pages_of_20_latest_first(client):
    for n in range(21):
        make_plan(f"Plan {n:02}", year=2000 + n, partners=[("Busy", "academia")])
    make_plan("Hidden plan", year=2030, partners=[("Busy", "academia")], is_published=False)

    first = client.get("/partners/busy/")
    last = client.get("/partners/busy/?page=2")

    assert card_titles(first) == [f"Plan {n:02}" for n in range(20, 0, -1)]
    assertContains(first, "Showing plans 1–20 of 21.")
    assertContains(first, '<a href="?page=2#plans-heading" rel="next">Next plans ›</a>', html=True)
    assert card_titles(last) == ["Plan 00"]
    assertContains(last, "Showing plans 21–21 of 21.")
    previous = '<a href="?page=1#plans-heading" rel="prev">‹ Previous plans</a>'
    assertContains(last, previous, html=True)


def test_partner_page_of_a_partner_of_hidden_plans_only_is_not_found(client, site):
    assert client.get("/partners/hidden-partner/").status_code == 404


def test_merged_partner_pages_redirect_to_the_kept_one_after_a_chain_of_merges(
    client, site, django_assert_num_queries
):
    kept = Partner.objects.get(name="Baku State University")
    bsu, baku_uni = make_partner("BSU"), make_partner("Baku Uni")
    merge_partners(baku_uni, [bsu])
    merge_partners(kept, [baku_uni])
    for old in ("/partners/bsu/", "/partners/baku-uni/"):
        with django_assert_num_queries(3):  # data version, partner, redirect
            response = client.get(old)
        assert (response.status_code, response["Location"]) == (
            301,
            "/partners/baku-state-university/",
        )


def test_merged_partner_page_is_not_found_when_the_kept_one_is_not_public(client, site):
    merge_partners(Partner.objects.get(name="Hidden Partner"), [make_partner("HP")])
    assert client.get("/partners/hp/").status_code == 404


# -- every page --------------------------------------------------------------------------------


def test_archive_text_is_escaped_everywhere(client):
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


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().splitlines() == [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "Disallow: /*?*format=",
        "Sitemap: http://testserver/sitemap.xml",
    ]


def test_missing_page_is_friendly(client):
    response = client.get("/no/such/page/")

    assert response.status_code == 404
    assertContains(response, "<h1>Page not found</h1>", count=1, status_code=404)
    assertContains(
        response, '<form class="hero-search" method="get" action="/plans/"', status_code=404
    )


def test_server_error_page_renders_without_context_or_database(client, monkeypatch):
    assert "<h1>Something went wrong</h1>" in render_to_string("500.html")

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("records.views.pages.render", broken)
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


def test_focal_point_never_reaches_a_page(client, site):
    pages = ["/", "/plans/", "/insights/", "/partners/", "/blogs/", "/countries/aze/"]
    pages += [site["plan"].get_absolute_url(), site["blog"].get_absolute_url()]
    for url in pages:
        assertNotContains(client.get(url), FOCAL_POINT)
    assert LearningPlan.objects.filter(focal_point=FOCAL_POINT).count() == 3


def test_home_lists_the_latest_closing_reports_and_blogs_by_year_then_import(client, db):
    # Only this test's records: those other tests of the module share are hidden.
    LearningPlan.objects.update(is_published=False)
    Blog.objects.update(is_published=False)
    now = timezone.now()
    for title, year, imported_days_ago in [
        ("Report 2021", 2021, 1),
        ("Report 2023", 2023, 5),
        ("Report 2022", 2022, 3),
        ("Report 2024 older import", 2024, 9),
        ("Report 2024 newer import", 2024, 2),
        ("Report without year", None, 0),
    ]:
        plan = make_plan(title, stage="closing", year=year)
        LearningPlan.objects.filter(pk=plan.pk).update(
            imported_at=now - timedelta(days=imported_days_ago)
        )
    for title, published_on, year in [
        ("Blog of 2020", date(2020, 5, 1), 2020),
        ("Blog of 2024", date(2024, 1, 2), 2024),
        ("Blog of a year", None, 2023),
        ("Blog undated", None, None),
    ]:
        make_blog(title, published_on=published_on, year=year)

    response = client.get("/")

    assert card_titles(response) == [
        "Report 2024 newer import",
        "Report 2024 older import",
        "Report 2023",
        "Report 2022",
        "Report 2021",
        "Blog of 2024",
        "Blog of a year",
        "Blog of 2020",
        "Blog undated",
    ]
    assertContains(response, '<p class="order-note">By year, the latest first.</p>')
