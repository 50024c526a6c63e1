"""Records of a third blind audit (golden files under tests/data/learningplan/golden/), as the
curator expects them once imported: a partner plans spell two ways under its best spelling,
no answer for a heading that only names the insights, and the partners a curator signs."""

import pytest

from records.importing.partner_rows import better_spelled
from records.models import LearningPlan, Partner
from tests.factories import DATA, run_import

GOLDEN = DATA / "learningplan" / "golden"
# "Samoa Bureau of statistics, Ministry of Health, …"
LOOP_1 = GOLDEN / "digital_transformation_of_the_crvs_system_in_samoa___learning_loop_1.md"
# "·       Samoa Bureau of Statistics – our main partner …"
BIRTHS = GOLDEN / "enhancing_samoa_s_birth_registration_system.md"


def bureau() -> Partner:
    return Partner.objects.get(aliases__key="samoa bureau of statistics")


@pytest.mark.parametrize("files", [(LOOP_1, BIRTHS), (BIRTHS, LOOP_1)], ids=["later", "first"])
def test_a_shared_partner_takes_the_spelling_with_its_words_capitalised(db, files):
    _, code = run_import(*files)
    assert code == 0
    partner = bureau()
    assert partner.name == "Samoa Bureau of Statistics"
    plans = partner.partnerships.values_list("plan__source_file", flat=True)
    assert sorted(plans) == sorted(f.name for f in files)


def test_a_partner_of_an_earlier_import_keeps_its_name(db):
    run_import(LOOP_1)
    run_import(BIRTHS)
    assert bureau().name == "Samoa Bureau of statistics"


@pytest.mark.parametrize(
    ("name", "than", "better"),
    [
        ("Samoa Bureau of Statistics", "Samoa Bureau of statistics", True),
        ("Samoa Bureau of statistics", "Samoa Bureau of Statistics", False),
        ("SAMOA BUREAU OF STATISTICS", "Samoa Bureau of statistics", False),
        ("UNDP", "undp", True),
        ("World Bank", "World Bank", False),
    ],
)
def test_better_spelled(name, than, better):
    assert better_spelled(name, than) is better


def test_a_heading_that_names_the_insights_is_no_answer(db):
    report = GOLDEN / "reflections_on_mapping_the_effect_of_decreased_water_levels.md"
    run_import(report)
    plan = LearningPlan.objects.get(source_file=report.name)
    assert plan.insights.count() == 5
    assert not plan.answers.filter(key="insights").exists()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # "Turkonfed, local business associations, business entities, disability specialized
        # agencies": a plan that had no partner.
        ("collective_solution.md", {"Turkonfed"}),
        # "ZEEM Authority, UNDP ZEEM Project Team, Oecusse Local Entepreneurs, High Schools
        # Students, Association of Farmers in Oecusse"
        (
            "sdg_localisation_in_municipality_of_oecusse.md",
            {"ZEEM Authority", "UNDP ZEEM Project Team", "Association of Farmers in Oecusse"},
        ),
    ],
)
def test_the_partners_a_curator_signs(db, name, expected):
    _, code = run_import(GOLDEN / name)
    assert code == 0
    plan = LearningPlan.objects.get(source_file=name)
    assert set(plan.partnerships.values_list("partner__name", flat=True)) == expected
