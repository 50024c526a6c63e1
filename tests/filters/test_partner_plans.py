"""The partner list's plan filters: a partner is kept, and counted, through one published plan
matching them all."""

import pytest
from django.http import QueryDict

from records.filters import PartnerFilter
from records.importing import import_paths
from records.models import LearningPlan, Partner, Partnership
from tests.factories import DATA, make_plan
from tests.filters.results import facet, titles

pytestmark = pytest.mark.django_db


# Two real plans, one in Senegal about floods, one in Mauritania about waste management, with
# one academic partner in common (their files name "Academia", a sector: no partner).
ACADEMIA_PLANS = (
    "learningplan/in_senegal__floods_are_a_major_and_recurring_issue_heavily_impacting_urban__.md",
    "learningplan/mapping_the_waste_in_mauritania__a_multifaceted_strategy_for_identifying_and_"
    "managing_dumping_site_.md",
)
UNIVERSITY = "Université Cheikh Anta Diop"


@pytest.fixture
def academia_plans():
    import_paths([DATA / path for path in ACADEMIA_PLANS])
    university = Partner.objects.create(name=UNIVERSITY, slug="ucad", sector="academia")
    Partnership.objects.bulk_create(
        Partnership(plan=plan, partner=university) for plan in LearningPlan.objects.all()
    )


@pytest.mark.usefixtures("academia_plans")
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Its Senegalese plan is about floods, its plan about waste is in Mauritania.
        ("sector=academia&theme=waste-management&country=SEN", []),
        ("sector=academia&theme=waste-management&country=MRT", [UNIVERSITY]),
        ("sector=academia&theme=climate-resiliency&country=SEN", [UNIVERSITY]),
        ("sector=academia&sdg=15&country=SEN", []),
        ("sector=academia&sdg=15&sdg=13&country=SEN", [UNIVERSITY]),
        # Both countries are in Western Africa.
        ("sector=academia&theme=waste-management&region=western-africa", [UNIVERSITY]),
        ("sector=academia&theme=waste-management&theme=water&country=SEN", [UNIVERSITY]),
    ],
)
def test_partner_plan_filters_match_one_plan_together(query, expected):
    assert titles(PartnerFilter(data=QueryDict(query))) == expected


@pytest.mark.usefixtures("academia_plans")
def test_partner_facets_count_partners_with_one_plan_matching_the_other_filters():
    filterset = PartnerFilter(data=QueryDict("sector=academia&country=SEN"))

    # Only the Senegalese plan's themes and goals: not those of the plan about waste.
    assert facet(filterset, "theme") == {
        "climate-resiliency": (1, False),
        "urbanization": (1, False),
        "water": (1, False),
    }
    assert facet(filterset, "sdg") == {"6": (1, False), "11": (1, False), "13": (1, False)}
    assert facet(filterset, "country") == {"MRT": (1, False), "SEN": (1, True)}


@pytest.mark.usefixtures("academia_plans")
def test_partner_facets_keep_a_selected_value_no_plan_matches_with_the_others():
    filterset = PartnerFilter(data=QueryDict("sector=academia&theme=waste-management&country=SEN"))

    assert facet(filterset, "country") == {"MRT": (1, False), "SEN": (0, True)}
    assert facet(filterset, "theme") == {
        "climate-resiliency": (1, False),
        "urbanization": (1, False),
        "water": (1, False),
        "waste-management": (0, True),
    }
    assert facet(filterset, "sector") == {"academia": (0, True)}


def test_partner_filters_academia_waste_serbia_is_not_a_serbian_plan_about_stem():
    make_plan(
        "STEM careers in Serbia",
        countries=["SRB"],
        thematic_areas=["stem"],
        partners=[("University of Belgrade", "academia")],
    )
    make_plan(
        "Waste in Kenya",
        countries=["KEN"],
        thematic_areas=["waste"],
        partners=[("University of Belgrade", "academia"), ("Nairobi Recyclers", "private_sector")],
    )
    make_plan(
        "Waste in Serbia",
        countries=["SRB"],
        thematic_areas=["waste"],
        partners=[("Belgrade Recyclers", "private_sector")],
        is_published=False,
    )

    assert titles(PartnerFilter(data=QueryDict("sector=academia&theme=waste&country=SRB"))) == []
    assert titles(PartnerFilter(data=QueryDict("theme=waste&country=KEN"))) == [
        "Nairobi Recyclers",
        "University of Belgrade",
    ]
