"""Partners every country has, named by plans of two countries a blind audit read (golden
files under tests/data/learningplan/golden/): each country's is a partner of its own."""

import pytest

from records.models import Partner
from tests.factories import DATA, run_import

GOLDEN = DATA / "learningplan" / "golden"


@pytest.mark.parametrize(
    ("name", "files"),
    [
        # Serbia's depopulation portfolio and Namibia's public service plan.
        (
            "Office of the Prime Minister",
            [
                GOLDEN / "depopulation_portfolio.md",
                GOLDEN / "introducing_a_learning_revolution_for_the_public_service_of_namibia.md",
            ],
        ),
        # Trinidad and Tobago's report and Ukraine's maps plan.
        (
            "Ministry of Digital Transformation",
            [
                GOLDEN / "closing_form_2022___digital_government_transformation.md",
                DATA / "learningplan" / "locals_governments_and_business_rely_on_outdated_maps.md",
            ],
        ),
    ],
)
def test_a_partner_every_country_has_is_one_per_country(db, name, files):
    _, code = run_import(*files)
    assert code == 0
    partners = Partner.objects.filter(name=name).order_by("pk")
    plans = [list(p.partnerships.values_list("plan__source_file", flat=True)) for p in partners]
    assert plans == [[f.name] for f in files]
