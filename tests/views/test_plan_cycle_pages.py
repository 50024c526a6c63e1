"""A learning cycle on its pages: the plan shows its closing reports and what was learned;
the closing report shows the plan, its challenge and learning questions."""

import pytest

from records.enums import CycleSource
from records.models import LearningPlan
from tests.factories import make_plan

pytestmark = pytest.mark.django_db


def close(report, plan):
    LearningPlan.objects.filter(pk=report.pk).update(closes=plan, closes_source=CycleSource.STAFF)


def section(response, heading_id):
    """The HTML of the section labelled by `heading_id`, or "" when the page has none."""
    html = response.content.decode()
    marker = f'aria-labelledby="{heading_id}"'
    return html.split(marker, 1)[1].split("</section>", 1)[0] if marker in html else ""


@pytest.fixture
def cycle():
    plan = make_plan(
        "Urban heat",
        countries=["KEN"],
        challenge="Our challenge is that streets <b>overheat</b>.",
        learning_questions=["Which streets are hottest?", "Who suffers most?"],
    )
    report = make_plan(
        "Closing report: Urban heat",
        stage="closing",
        countries=["KEN"],
        insights=["Heat maps convince mayors.", "Shade <script>matters</script>."],
    )
    hidden = make_plan("Hidden closing", stage="closing", insights=["Secret."], is_published=False)
    close(report, plan)
    close(hidden, plan)
    return plan, report


def test_plan_page_shows_its_closing_report_and_what_was_learned(client, cycle):
    plan, report = cycle
    shown = section(client.get(plan.get_absolute_url()), "cycle-reports-heading")
    assert f'<a href="{report.get_absolute_url()}">Closing report: Urban heat</a>' in shown
    assert "<p>Heat maps convince mayors.</p>" in shown
    assert "Shade &lt;script&gt;matters&lt;/script&gt;." in shown
    assert "Hidden closing" not in shown and "Secret." not in shown


def test_closing_report_page_shows_the_plan_its_challenge_and_questions(client, cycle):
    plan, report = cycle
    shown = section(client.get(report.get_absolute_url()), "cycle-plan-heading")
    assert f'<a href="{plan.get_absolute_url()}">Urban heat</a> (2023)' in shown
    assert "<h3>Its challenge</h3>" in shown
    assert "Our challenge is that streets &lt;b&gt;overheat&lt;/b&gt;." in shown
    assert shown.count("<h3>Its learning questions</h3>") == 1
    assert "Which streets are hottest?" in shown and "Who suffers most?" in shown


def test_a_hidden_plan_is_not_shown_on_its_report(client, cycle):
    plan, report = cycle
    LearningPlan.objects.filter(pk=plan.pk).update(is_published=False)
    assert section(client.get(report.get_absolute_url()), "cycle-plan-heading") == ""


def test_plan_without_cycle_shows_no_cycle_section(client):
    plan = make_plan("Alone")
    response = client.get(plan.get_absolute_url())
    assert section(response, "cycle-plan-heading") == section(response, "cycle-reports-heading")
    assert section(response, "cycle-reports-heading") == ""


def test_cycle_page_query_counts_are_the_same_at_1_and_3_reports(client, django_assert_num_queries):
    plan = make_plan("Plan", learning_questions=["Why?"])
    first = make_plan("Report 0", stage="closing", insights=["One."])
    close(first, plan)
    # The plan page reads its closing reports and their insights; a report's page, the
    # plan's challenge and questions, SDGs and themes, and its own (no) closing reports.
    with django_assert_num_queries(13):
        client.get(plan.get_absolute_url())
    with django_assert_num_queries(15):
        client.get(first.get_absolute_url())
    for n in (1, 2):
        close(make_plan(f"Report {n}", stage="closing", insights=["A.", "B."]), plan)
    with django_assert_num_queries(13):
        response = client.get(plan.get_absolute_url())
    assert section(response, "cycle-reports-heading").count("<h3>") == 3


def test_closing_report_page_says_it_is_listed_under_its_plans_sdgs_and_themes(client):
    plan = make_plan("Urban heat", sdgs=[13], thematic_areas=["climate"])
    report = make_plan("Closing: Urban heat", stage="closing", sdgs=[11])
    close(report, plan)
    shown = section(client.get(report.get_absolute_url()), "cycle-plan-heading")
    assert "<h3>SDGs and themes of the plan it closes</h3>" in shown
    assert 'href="/sdgs/13/"' in shown and 'href="/themes/climate/"' in shown
    assert 'href="/sdgs/11/"' not in shown
