"""A placeholder or fragment title is replaced by one a curator would keep, and the record is
flagged for staff to review; no file with content is refused for its title. Golden files:
real plans and closing reports, with the titles a curator expects."""

import pytest

from records.archive import parse
from records.archive.titles import is_placeholder_title
from records.models import LearningPlan
from tests.factories import DATA, make_editor, parse_data, plan_text, run_import

INSIGHTS = "> What are the top 5 key insights you generated?\n\n"


@pytest.mark.parametrize(
    ("name", "title", "source"),
    [
        # A fragment, in a closing report: its first insight, to its first sentence.
        (
            "__smes_are.md",
            "mSMEs are ready to transform to digital but don't have enough resources for this",
            "the first insight",
        ),
        # The form's own word, in lower case: the same.
        ("challenge.md", "The environment dynamics impact youth unemployment", "the first insight"),
        # A word of the plan's name answer: the name answer.
        ("youth.md", "Understanding youth perspectives", "the Title answer"),
        (
            "telemedicine.md",
            "Telemedicine solution for improving health care services in remote areas.",
            "the Title answer",
        ),
    ],
)
def test_placeholder_title_replaced_and_marked(name, title, source):
    doc = parse_data(f"learningplan/{name}")
    assert (doc.title, doc.title_from_text) == (title, True)
    assert f"empty title: using {source}" in doc.warnings
    assert doc.warnings[-2].startswith("placeholder title: ")


def test_closing_report_titled_1_is_imported_with_its_insights():
    text = plan_text(INSIGHTS + "1) Mentors matter. 2) Role models matter.", title="1.")
    doc = parse(text)
    assert (doc.title, doc.title_from_text, doc.insights) == (
        "Mentors matter",
        True,
        ["Mentors matter.", "Role models matter."],
    )


@pytest.mark.parametrize(
    "title",
    ["Missing title", "1.", "youth", "SMEs are", "Plan de", "Telemedicine", "- "],
)
def test_is_placeholder_title(title):
    assert is_placeholder_title(title, "Telemedicine solution for remote areas")


@pytest.mark.parametrize(
    "title",
    [
        "KAFUKA",
        "BlueDIGITAL",
        "Digitalization",
        "100% renewable by 2030",
        "eCommerce pilots",
        "Plan A",
    ],
)
def test_real_titles_are_kept(title):
    assert not is_placeholder_title(title, "Something else entirely")


@pytest.mark.django_db
def test_admin_lists_the_titles_to_review(client):
    run_import(DATA / "learningplan" / "youth.md", DATA / "learningplan" / "crisis_ready.md")
    flagged = LearningPlan.objects.get(title="Understanding youth perspectives")
    client.force_login(make_editor())

    response = client.get("/admin/records/learningplan/?title_to_review=yes")

    assert [plan.pk for plan in response.context["cl"].result_list] == [flagged.pk]
    assert 'alt="True"' in response.content.decode()
    form = client.get(f"/admin/records/learningplan/{flagged.pk}/change/").content.decode()
    assert "title to review" in form.lower()
