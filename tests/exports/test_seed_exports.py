"""The API and the downloads over the real seed documents, imported once for the module."""

import pytest

from records.exports import FORMATS
from records.models import LearningPlan
from tests.exports.reading import API, KINDS, csv_rows, streamed
from tests.factories import SEEDS, run_import, shared_rows

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def seeds(django_db_setup, django_db_blocker):
    """The five seed documents, imported once for the module."""
    with shared_rows(django_db_blocker):
        lines, code = run_import(SEEDS)
        assert code == 0, lines
        yield lines


SEED_PLAN_000 = {
    "slug": "growing-number-of-women-in-stem-fields-and-helping-them-to-advance-throughout",
    "title": "Growing number of women in STEM fields and helping them to advance throughout "
    "their careers.",
    "url": "http://testserver/plans/"
    "growing-number-of-women-in-stem-fields-and-helping-them-to-advance-throughout/",
    "stage": "plan",
    "year": 2023,
    "countries": ["AZE"],
    "sdgs": [5, 8, 9],
    "thematic_areas": ["behavioral change", "community project", "gender focus"],
    "methods": ["Crowdsourcing", "Proof of concept", "Sensemaking", "System Thinking"],
    "data_sources": ["press", "solutions mapping", "trend watchers news"],
    "challenge_statement": "Our challenge is that female students in STEM fields leave the "
    "field or get stuck in their careers at early stages.",
    "learning_questions": [
        "What are the best mechanisms to bring young females into STEM fields, retain them "
        "and ensure the progress?"
    ],
    # The evidence is two items, each under the label of its question.
    "evidence": [
        {
            "text": "https://dim.gov.az/upload/iblock/e7d/e7deac5768f30b770dc2b07b541fcbd1.pdf\n"
            "Data is quite limited but we use most of all research conducted almost annually by "
            "State Examination Commission. One of the links attached.",
            "label": "Quantitative evidence",
        },
        {
            "text": "- Restructured Innovation Agency under Ministry of Digital Transformation and "
            "Transport with the special focus in their 5-years plan on girls in STEM\n"
            "- Growing number of organizations working in this direction, opening of chapters of "
            "international organizations focusing on women in Tech.\n"
            "- Growing number of donors interested to contribute to the topic",
            "label": "Qualitative evidence",
        },
    ],
    "insights": [],
    "partners": [
        {"name": "Association of Women Scientists of Azerbaijan", "sector": "civil_society"},
        {"name": "American Chamber of Commerce", "sector": "private_sector"},
        {"name": "SmartNation", "sector": "civil_society"},
        {"name": "Innovation and Digital Development Agency", "sector": "government"},
        {"name": "Safavvy.org", "sector": "private_sector"},
    ],
    "blogs": [],
}


def test_api_seed_plan_000_field_contract(client, seeds):
    body = client.get("/api/plans/", {"country": "AZE", "stage": "plan"}).json()

    assert body == {"count": 1, "next": None, "previous": None, "results": [SEED_PLAN_000]}


def test_api_seed_closing_report_links_its_imported_blog(client, seeds):
    body = client.get("/api/plans/", {"stage": "closing", "country": "AZE"}).json()

    [report] = body["results"]
    assert report["blogs"] == [
        "https://www.undp.org/azerbaijan/blog/more-women-and-girls-azerbaijan-are-getting-"
        "involved-science"
    ]
    assert report["insights"][1:] == [
        "While advocating for women in STEM, need to include men into the dialogue",
        "Quotas for women in STEM could be applied, but there should be development work behind",
        "We have to be careful with positive discrimination issues",
    ]


def test_api_seed_blogs_field_contract(client, seeds):
    body = client.get("/api/blogs/").json()

    assert body["count"] == 2
    assert body["results"][0] == {
        "slug": "more-women-and-girls-in-azerbaijan-are-getting-involved-in-science",
        "title": "More women and girls in Azerbaijan are getting involved in science",
        "url": "http://testserver/blogs/"
        "more-women-and-girls-in-azerbaijan-are-getting-involved-in-science/",
        "kind": "blog",
        "source_url": "https://www.undp.org/azerbaijan/blog/"
        "more-women-and-girls-azerbaijan-are-getting-involved-science",
        "published_on": "2022-10-13",
        "year": 2022,
        "country": "AZE",
        "authors": [
            {"name": "Leyla Seyidzade", "role": "Head of Exploration"},
            {"name": "Nargiz Guliyeva", "role": "Head of Solutions Mapping"},
        ],
    }
    assert body["results"][1]["country"] == "KGZ"


@pytest.mark.parametrize("kind", API)
def test_api_seed_lists_never_show_focal_point_emails(client, seeds, kind):
    text = client.get(API[kind], {"page_size": "100"}).content.decode()

    assert "@undp.org" not in text
    for focal_point in LearningPlan.objects.values_list("focal_point", flat=True):
        assert focal_point not in text


def test_download_seed_plans_csv(client, seeds):
    text = streamed(client.get("/plans/", {"format": "csv", "country": "AZE", "stage": "plan"}))

    header, row = csv_rows(text)
    assert dict(zip(header, row, strict=True)) == {
        "slug": "growing-number-of-women-in-stem-fields-and-helping-them-to-advance-throughout",
        "title": "Growing number of women in STEM fields and helping them to advance "
        "throughout their careers.",
        "url": "http://testserver/plans/"
        "growing-number-of-women-in-stem-fields-and-helping-them-to-advance-throughout/",
        "stage": "plan",
        "year": "2023",
        "countries": "AZE",
        "sdgs": "5; 8; 9",
        "thematic_areas": "behavioral change; community project; gender focus",
        "methods": "Crowdsourcing; Proof of concept; Sensemaking; System Thinking",
        "data_sources": "press; solutions mapping; trend watchers news",
        "challenge_statement": "Our challenge is that female students in STEM fields leave "
        "the field or get stuck in their careers at early stages.",
        "learning_questions": "What are the best mechanisms to bring young females into STEM "
        "fields, retain them and ensure the progress?",
        "evidence": "https://dim.gov.az/upload/iblock/e7d/e7deac5768f30b770dc2b07b541fcbd1.pdf\n"
        "Data is quite limited but we use most of all research conducted almost annually by "
        "State Examination Commission. One of the links attached. (Quantitative evidence); "
        "- Restructured Innovation Agency under Ministry of Digital "
        "Transformation and Transport with the special focus in their 5-years plan on girls in "
        "STEM\n- Growing number of organizations working in this direction, opening of chapters "
        "of international organizations focusing on women in Tech.\n- Growing number of donors "
        "interested to contribute to the topic (Qualitative evidence)",
        "insights": "",
        "partners": "Association of Women Scientists of Azerbaijan (civil_society); "
        "American Chamber of Commerce (private_sector); SmartNation (civil_society); "
        "Innovation and Digital Development Agency (government); "
        "Safavvy.org (private_sector)",
        "blogs": "",
    }


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_download_seed_lists_never_show_focal_point_emails(client, seeds, kind, fmt):
    text = streamed(client.get(f"/{kind}/", {"format": fmt}))

    assert len(text) > 100
    assert "@undp.org" not in text
