"""A partner every country has, named by plans of two countries, read by a curator beside the
records (golden files under tests/data/learningplan/golden/): Samoa's Ministry of Health and
Malaysia's are two organisations, each a partner of its own country's plan only."""

from records.models import Partner
from tests.factories import DATA, run_import

GOLDEN = DATA / "learningplan" / "golden"
SAMOA = GOLDEN / "digital_transformation_of_the_crvs_system_in_samoa___learning_loop_1.md"
MALAYSIA = GOLDEN / "foresight_for_health_reform.md"


def test_a_ministry_of_health_per_country(db):
    _, code = run_import(SAMOA, MALAYSIA)
    assert code == 0
    ministries = Partner.objects.filter(name="Ministry of Health").order_by("pk")
    plans = [m.partnerships.values_list("plan__source_file", flat=True) for m in ministries]
    assert [list(files) for files in plans] == [
        [SAMOA.name],
        [MALAYSIA.name],
    ]
    assert [m.sector for m in ministries] == ["government", "government"]
    keys = [sorted(m.aliases.values_list("key", flat=True)) for m in ministries]
    assert keys == [["ministry of health @wsm"], ["ministry of health @mys"]]
