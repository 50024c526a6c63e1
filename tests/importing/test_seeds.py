"""What the import makes of the five seed documents. The seeds are imported once for the
module: these tests only read."""

import datetime
import hashlib

import pytest
from django.db import connection

from records.enums import BlogKind, Stage
from records.models import Blog, LearningPlan, Partner
from tests.factories import SEEDS, run_import, seed_file, shared_rows

SEED_001_INSIGHTS = [
    "To progress STEM students need personal interaction with role models, individual approach",
    "While advocating for women in STEM, need to include men into the dialogue",
    "Quotas for women in STEM could be applied, but there should be development work behind",
    "We have to be careful with positive discrimination issues",
]


@pytest.fixture(scope="module")
def _seeds_for_module(django_db_setup, django_db_blocker):
    with shared_rows(django_db_blocker):
        lines, code = run_import(SEEDS)
        assert code == 0, lines
        yield


@pytest.fixture
def imported_seeds(_seeds_for_module, db):
    """The five seed documents, as the module's one import left them."""


def plan_by_seed(n):
    return LearningPlan.objects.get(source_file=seed_file(n).name)


def tag_names(manager):
    return sorted(manager.names())


def partners_of(plan):
    return [
        (p.partner.name, p.partner.sector)
        for p in plan.partnerships.select_related("partner").order_by("position")
    ]


# -- plans and closing reports ----------------------------------------------------------------


def test_seed_plan_000_fields(imported_seeds):
    plan = plan_by_seed(0)
    assert plan.title == (
        "Growing number of women in STEM fields and helping them to advance throughout their "
        "careers."
    )
    assert plan.stage == Stage.PLAN
    assert plan.year == 2023
    assert list(plan.countries.values_list("code", flat=True)) == ["AZE"]
    assert list(plan.sdgs.values_list("number", flat=True)) == [5, 8, 9]
    assert tag_names(plan.thematic_areas) == [
        "behavioral change",
        "community project",
        "gender focus",
    ]
    assert tag_names(plan.methods) == [
        "Crowdsourcing",
        "Proof of concept",
        "Sensemaking",
        "System Thinking",
    ]
    assert tag_names(plan.data_sources) == ["press", "solutions mapping", "trend watchers news"]
    assert plan.answer("challenge_statement") == (
        "Our challenge is that female students in STEM fields leave the field or get stuck in "
        "their careers at early stages."
    )
    assert plan.answer("learning_question") == (
        "What are the best mechanisms to bring young females into STEM fields, retain them and "
        "ensure the progress?"
    )


def test_seed_plan_000_partners_with_sector_and_description(imported_seeds):
    plan = plan_by_seed(0)
    assert partners_of(plan) == [
        ("Association of Women Scientists of Azerbaijan", "civil_society"),
        ("American Chamber of Commerce", "private_sector"),
        ("SmartNation", "civil_society"),
        ("Innovation and Digital Development Agency", "government"),
        ("Safavvy.org", "private_sector"),
    ]
    descriptions = [p.description for p in plan.partnerships.order_by("position")]
    assert descriptions[0] == "helping us to implement our mentorship program"
    assert all(descriptions)


def test_seed_closing_report_001_title_insights_and_blog(imported_seeds):
    plan = plan_by_seed(1)
    # Its "# " line is its first insight, not a title: joined to the plan it closes (seed
    # 000), it is named after that plan.
    assert plan.title == (
        "Closing report: Growing number of women in STEM fields and helping them to advance "
        "throughout their careers."
    )
    assert (plan.title_from_text, plan.closes) == (True, plan_by_seed(0))
    assert plan.stage == Stage.CLOSING
    assert [i.text for i in plan.insights.order_by("position")] == SEED_001_INSIGHTS
    blog = Blog.objects.get(source_file=seed_file(3).name)
    assert [link.blog for link in plan.blog_links.all()] == [blog]


def test_seed_closing_report_001_partners_by_sector(imported_seeds):
    assert sorted(partners_of(plan_by_seed(1)), key=lambda p: (p[1], p[0])) == [
        ("Baku Oil Higher School", "academia"),
        ("State Oil Academy", "academia"),
        ("State Technical University", "academia"),
        ("Association of Women Scientists of Azerbaijan", "civil_society"),
        ("SmartNation", "civil_society"),
        ("Innovation and Digital Development Agency", "government"),
        ("American Chamber of Commerce", "private_sector"),
        ("Safavvy.org", "private_sector"),
    ]


def test_seed_plans_000_and_001_share_partner_records(imported_seeds):
    plans = [plan_by_seed(0), plan_by_seed(1)]
    assert Partner.objects.filter(partnerships__plan__in=plans).distinct().count() == 8


def test_seed_closing_report_002(imported_seeds):
    plan = plan_by_seed(2)
    assert list(plan.countries.values_list("code", flat=True)) == ["UZB"]
    assert tag_names(plan.data_sources) == [
        "ethnographic data",
        "focus group",
        "in-depth interviews",
    ]
    insights = list(plan.insights.values_list("text", flat=True))
    assert "Surprisingly many fathers support their daughters in getting STEM education" in insights
    names = Partner.objects.filter(partnerships__plan=plan).values_list("name", flat=True)
    assert not [n for n in names if n.casefold().startswith("n/a")]


def test_seed_closing_report_001_insights_stored_once(imported_seeds):
    plan = plan_by_seed(1)
    # The "insights" answer (position 0) became the Insight rows and is not stored.
    assert list(plan.answers.values_list("position", "key")) == [
        (1, "blog_links"),
        (2, "barriers"),
        (3, "time_allocation"),
        (4, "time_sense"),
        (5, "time_explore"),
        (6, "time_test"),
        (7, "time_grow"),
        (8, "data_rationale"),
        (9, "method_rationale"),
        (10, "partners_civil_society"),
        (11, "partners_academia"),
        (12, "partners_private_sector"),
        (13, "partners_government"),
        (14, "partners_new_unusual"),
        (15, "partners_un"),
        (16, "evidence_uploads"),
    ]
    assert plan.answer("insights") == ""
    # Each insight once: the report is named after its plan, not after its first insight.
    assert [plan.search_document.count(text) for text in SEED_001_INSIGHTS] == [1, 1, 1, 1]
    assert plan.search_document == plan.build_search_document()


def test_seed_closing_report_002_insights_stored_once_beside_their_intro(imported_seeds):
    plan = plan_by_seed(2)
    assert plan.insights.count() == 5
    # The insights answer keeps the phases and the line introducing the insights, no insight.
    [intro] = plan.answers.filter(key="insights").values_list("text", flat=True)
    assert intro.startswith("Gender Mainstreaming in Women’s STEM Education and Career ")
    assert intro.endswith(
        "\nFirst insights gathered during focus group talks and deep interviews are:"
    )
    assert plan.insights.first().text not in intro
    assert plan.search_document == plan.build_search_document()


# -- blogs ---------------------------------------------------------------------------------


def test_seed_blog_003(imported_seeds):
    blog = Blog.objects.get(source_file=seed_file(3).name)
    assert blog.title == "More women and girls in Azerbaijan are getting involved in science"
    assert blog.kind == BlogKind.BLOG
    assert blog.published_on == datetime.date(2022, 10, 13)
    assert blog.country_id == "AZE"
    assert [(a.name, a.role) for a in blog.authors.order_by("position")] == [
        ("Leyla Seyidzade", "Head of Exploration"),
        ("Nargiz Guliyeva", "Head of Solutions Mapping"),
    ]
    assert "Bridging the gender gap" in blog.body
    for boilerplate in ("Skip to main content", "WHO WE ARE", "Report Fraud", "© 2023"):
        assert boilerplate not in blog.body


def test_seed_blog_004(imported_seeds):
    blog = Blog.objects.get(source_file=seed_file(4).name)
    assert blog.title == "Join Community of Practices #STEM4ALL"
    assert blog.published_on == datetime.date(2021, 10, 12)
    assert blog.country_id == "KGZ"
    assert [a.name for a in blog.authors.all()] == ["Jenny Jenish Kyzy (Ensi Tszie)"]
    for boilerplate in ("Skip to main content", "WHO WE ARE", "Report Fraud", "READ MORE", "©"):
        assert boilerplate not in blog.body


# -- what every record keeps ----------------------------------------------------------------


def test_focal_point_emails_only_in_staff_field(imported_seeds):
    emails = set(LearningPlan.objects.values_list("focal_point", flat=True))
    assert emails == {"leyla.seyidzade@undp.org", "farida.ahmatiy@undp.org"}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            if not table.startswith("records_"):
                continue
            columns = [
                c.name
                for c in connection.introspection.get_table_description(cursor, table)
                if c.name != "focal_point"
            ]
            for column in columns:
                cursor.execute(f'SELECT "{column}" FROM "{table}"')
                values = " ".join(str(row[0]) for row in cursor.fetchall())
                assert not [e for e in emails if e in values], (table, column)


def test_import_seeds_every_record_keeps_its_source(imported_seeds):
    for record in [*LearningPlan.objects.all(), *Blog.objects.all()]:
        data = (SEEDS / record.source_file).read_bytes()
        assert record.source_sha256 == hashlib.sha256(data).hexdigest()
        assert record.source_key
        assert record.imported_at is not None
        assert record.edited_since_import is False
    assert Blog.objects.get(source_file=seed_file(3).name).source_key == (
        "https://undp.org/azerbaijan/blog/more-women-and-girls-azerbaijan-are-getting-involved-science"
    )
