"""Closing reports under their learning cycle's SDGs and themes: a report joined to a plan is
listed, filtered and counted under the plan's SDGs and themes as well as its own, on the plan
list, its facets, the SDG and theme pages and indexes, the statistics, the downloads and the
API; a hidden plan lends nothing to the report that closes it."""

import csv
import io

import pytest
from django.http import QueryDict

from records import plan_counts
from records.enums import CycleSource
from records.filters import InsightFilter, PlanFilter
from records.models import LearningPlan
from tests.factories import make_plan, shared_rows
from tests.filters.results import facet

pytestmark = pytest.mark.django_db


def closing(title, plan, **fields):
    report = make_plan(title, stage="closing", countries=["KEN"], **fields)
    LearningPlan.objects.filter(pk=report.pk).update(closes=plan, closes_source=CycleSource.MATCHED)
    return report


@pytest.fixture(scope="module")
def cycles(django_db_setup, django_db_blocker):
    """A climate plan (SDG 13) closed by a report with no SDG or theme of its own; a report
    tagged 13 itself closing a climate plan; a report on SDG 5; and a hidden plan (SDG 13,
    a theme, method and data source of its own) closed by a published report."""
    with shared_rows(django_db_blocker):
        heat = make_plan("Urban heat", countries=["KEN"], sdgs=[13], thematic_areas=["climate"])
        closing("Closing: Urban heat", heat, insights=["Heat maps convince mayors."])
        floods = make_plan("Floods", countries=["KEN"], sdgs=[13], thematic_areas=["climate"])
        closing("Closing: Floods", floods, sdgs=[13], thematic_areas=["climate"])
        make_plan("Closing: Women traders", stage="closing", countries=["KEN"], sdgs=[5])
        hidden = make_plan(
            "Secret drought",
            countries=["KEN"],
            sdgs=[13],
            thematic_areas=["secret theme"],
            methods=["secret method"],
            data_sources=["secret source"],
            is_published=False,
        )
        closing("Closing: Secret drought", hidden, insights=["Wells last."])
        yield


def titles(queryset):
    return sorted(plan.title for plan in queryset)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("stage=closing&sdg=13", ["Closing: Floods", "Closing: Urban heat"]),
        ("stage=closing&theme=climate", ["Closing: Floods", "Closing: Urban heat"]),
        ("stage=closing&sdg=5", ["Closing: Women traders"]),
        ("sdg=13", ["Closing: Floods", "Closing: Urban heat", "Floods", "Urban heat"]),
        ("theme=secret-theme", []),
    ],
)
def test_closing_reports_are_filtered_by_their_cycle(cycles, query, expected):
    assert titles(PlanFilter(data=QueryDict(query)).qs) == expected


def test_plan_facets_count_a_closing_report_under_its_cycle_once(cycles):
    counts = PlanFilter(data=QueryDict("stage=closing"))
    assert facet(counts, "sdg") == {"5": (1, False), "13": (2, False)}
    assert facet(counts, "theme") == {"climate": (2, False)}


def test_sdg_and_theme_pages_and_indexes_count_closing_reports_under_their_cycle(client, cycles):
    page = client.get("/sdgs/13/").content.decode()
    assert "Closing: Urban heat" in page and "Closing: Secret drought" not in page
    assert "under the SDGs and themes of the plan it closes" in page
    assert {sdg.number: sdg.plan_count for sdg in plan_counts.sdgs()}[13] == 4
    assert [(t.slug, t.plan_count) for t in plan_counts.themes()] == [("climate", 4)]
    assert "secret-theme" not in client.get("/themes/").content.decode()
    closing_page = client.get("/plans/?stage=closing&sdg=13").content.decode()
    assert "Closing: Urban heat" in closing_page


def test_downloads_and_api_filter_closing_reports_by_their_cycle(client, cycles):
    download = client.get("/plans/?stage=closing&sdg=13&format=csv")
    text = b"".join(download.streaming_content).decode("utf-8-sig")
    assert sorted(row["title"] for row in csv.DictReader(io.StringIO(text))) == [
        "Closing: Floods",
        "Closing: Urban heat",
    ]
    api = client.get("/api/plans/?stage=closing&theme=climate").json()
    assert sorted(row["title"] for row in api["results"]) == [
        "Closing: Floods",
        "Closing: Urban heat",
    ]


@pytest.mark.parametrize(
    ("name", "value"),
    [("theme", "secret-theme"), ("method", "secret-method"), ("data_source", "secret-source")],
)
def test_hidden_plan_lends_no_tag_to_the_insights_of_its_closing_report(
    client, cycles, name, value
):
    facet_page = client.get(f"/insights/facets/{name}/").content.decode()
    assert value not in facet_page and "secret" not in facet_page
    listed = client.get(f"/insights/?{name}={value}").content.decode()
    assert "Wells last." not in listed


def test_hidden_plan_lends_no_sdg_to_the_counts_of_its_closing_report(client, cycles):
    # Only "Heat maps convince mayors." is on SDG 13: "Wells last." closes a hidden plan.
    assert facet(InsightFilter(data=QueryDict()), "sdg") == {"13": (1, False)}
    assert "Wells last." not in client.get("/insights/?sdg=13").content.decode()
