"""The learning cycle in the admin: staff see the importer's candidates with their evidence,
and set, change or clear the plan a closing report closes; their choice survives imports."""

import pytest

from records.enums import CycleSource
from records.importing.run import import_paths
from records.models import LearningPlan
from tests.admin.pages import change_url, form_data
from tests.factories import DATA, shared_rows

# One focal point's Iraq cycles: two closing reports, their two plans and a third report
# whose plan was filed by another lab member.
FILES = [
    "closing_the_first_phase____re_imagine_social_contract__in_iraq.md",
    "re_imagine_social_contract__in_iraq.md",
    "closing_third_phase___enabling_innovation_ecosystem___iraq.md",
    "enabling_innovation_ecosystem___iraq.md",
    "closing__innovation_environment_in_iraq___youth_and_unemployment.md",
]


@pytest.fixture(scope="module")
def imported(django_db_setup, django_db_blocker):
    with shared_rows(django_db_blocker):
        import_paths([DATA / "cycles" / name for name in FILES])
        yield


@pytest.fixture
def iraq(imported, db):
    return {p.source_file: p for p in LearningPlan.objects.all()}


def test_closing_report_page_lists_candidates_with_their_evidence(editor_client, iraq):
    report = iraq[FILES[0]]
    page = editor_client.get(change_url(report)).content.decode()
    candidates = page.split('<ol class="cycle-candidates">')[1].split("</ol>")[0]
    plan = iraq[FILES[1]]
    assert candidates.startswith(
        f'<li><a href="{change_url(plan)}">Re-Imagine Social Contract in Iraq</a> (2022): score '
    )
    assert "(current)</li>" in candidates.split("</li>")[0] + "</li>"
    assert "shared: " in candidates
    assert "Matched by the importer" in page
    assert report.closes_evidence in page


def test_staff_change_the_join_and_it_survives_reimport(editor_client, iraq):
    report, other = iraq[FILES[0]], iraq[FILES[3]]
    data = form_data(editor_client.get(change_url(report)))
    data["closes"] = str(other.pk)
    assert editor_client.post(change_url(report), data).status_code == 302
    report.refresh_from_db()
    assert (report.closes, report.closes_source, report.closes_evidence) == (
        other,
        CycleSource.STAFF,
        "",
    )
    assert report.edited_since_import is False  # the join alone is no edit of the text
    LearningPlan.objects.update(source_sha256="")
    import_paths([DATA / "cycles" / name for name in FILES])
    report.refresh_from_db()
    assert (report.closes, report.closes_source) == (other, CycleSource.STAFF)


def test_staff_clear_the_join_and_it_stays_cleared(editor_client, iraq):
    report = iraq[FILES[2]]
    assert report.closes == iraq[FILES[3]]
    data = form_data(editor_client.get(change_url(report)))
    data["closes"] = ""
    editor_client.post(change_url(report), data)
    LearningPlan.objects.update(source_sha256="")
    import_paths([DATA / "cycles" / name for name in FILES])
    report.refresh_from_db()
    assert (report.closes, report.closes_source) == (None, CycleSource.STAFF)


def test_staff_may_join_across_focal_points(editor_client, iraq):
    """To a plan the report's title does not name: staff know these two go together."""
    report = iraq[FILES[4]]
    assert report.closes is None
    plan = LearningPlan.objects.create(title="Innovation Environment in Iraq", slug="iei")
    data = form_data(editor_client.get(change_url(report)))
    data["closes"] = str(plan.pk)
    editor_client.post(change_url(report), data)
    report.refresh_from_db()
    assert (report.closes, report.closes_source) == (plan, CycleSource.STAFF)


def test_a_report_cannot_close_itself(editor_client, iraq):
    report = iraq[FILES[0]]
    data = form_data(editor_client.get(change_url(report)))
    data["closes"] = str(report.pk)
    response = editor_client.post(change_url(report), data)
    assert response.context["adminform"].form.errors == {
        "closes": ["A closing report cannot close itself."]
    }


def test_candidates_include_a_colleagues_plan_the_title_names(editor_client, iraq):
    import_paths([DATA / "cycles" / "innovation_environment_in_iraq___youth_and_unemployment.md"])
    report = LearningPlan.objects.get(source_file=FILES[4])
    plan = LearningPlan.objects.get(
        source_file="innovation_environment_in_iraq___youth_and_unemployment.md"
    )
    assert report.closes == plan
    assert report.closes_evidence.startswith("title names the plan 1.00, score 1.00; shared: ")
    page = editor_client.get(change_url(report)).content.decode()
    candidates = page.split('<ol class="cycle-candidates">')[1].split("</ol>")[0]
    assert (
        f'<a href="{change_url(plan)}">Innovation Environment in Iraq - Youth and Unemployment'
        "</a> (2021): score 1.00; title names the plan 1.00" in candidates
    )
    assert report.closes_evidence in page
