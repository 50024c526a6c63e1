"""A plan page stays bounded however many rows one plan has: its insights and answers show a
page at a time, saying how many there are, with links to the rest."""

import re

from records.models import PlanAnswer
from records.views.plan_page import ANSWERS_PER_PAGE
from tests.factories import make_plan


def insight_items(response):
    return re.findall(r'<li id="insight-\d+"><p>(.*?)</p></li>', response.content.decode())


def test_plan_insights_show_fifty_at_a_time_with_a_way_to_the_rest(client, db):
    plan = make_plan("Many insights", insights=[f"Insight {n}" for n in range(1, 52)])
    make_plan("Hidden", insights=["Hidden insight"], is_published=False)

    first = client.get(plan.get_absolute_url())
    page = first.content.decode()
    assert insight_items(first) == [f"Insight {n}" for n in range(1, 51)]
    assert "Showing insights 1–50 of 51." in page
    assert '<a href="?insights=2#insights" rel="next">Next insights ›</a>' in page

    second = client.get(plan.get_absolute_url() + "?insights=2")
    assert insight_items(second) == ["Insight 51"]
    assert '<ol class="insights" start="51">' in second.content.decode()
    assert '<a href="?insights=1#insights" rel="prev">‹ Previous insights</a>' in (
        second.content.decode()
    )


def test_plan_insight_page_that_is_no_number_shows_the_first(client, db):
    plan = make_plan("Many insights", insights=[f"Insight {n}" for n in range(1, 52)])
    for value in ["abc", "9" * 5000, "0", "-1", "%00"]:
        response = client.get(plan.get_absolute_url(), {"insights": value})
        assert (response.status_code, insight_items(response)[:1]) in [
            (200, ["Insight 1"]),
            (200, ["Insight 51"]),
        ]


def test_plan_answers_show_a_page_at_a_time(client, db):
    plan = make_plan("Many answers")
    PlanAnswer.objects.bulk_create(
        PlanAnswer(plan=plan, position=10 + n, key="", prompt=f"Q{n}", text=f"Answer {n}")
        for n in range(ANSWERS_PER_PAGE + 5)
    )
    page = client.get(plan.get_absolute_url()).content.decode()
    assert "Showing answers 1–200 of 206." in page
    assert "Answer 198" in page and "Answer 199" not in page
    rest = client.get(plan.get_absolute_url() + "?answers=2").content.decode()
    assert "Showing answers 201–206 of 206." in rest
    assert "Answer 204" in rest and "Answer 198" not in rest
