"""Records of a blind curator audit (golden files under tests/data/learningplan/golden/), imported
beside the plans and reports they go with (real files of tests/data): the joins the curator
checked and found right, and the partners stored as parsed."""

from records.models import LearningPlan, Partner
from tests.factories import DATA, run_import

GOLDEN = DATA / "learningplan" / "golden"
CYCLES = DATA / "cycles"

# (plan, closing report) as the curator found them joined.
JOINS = [
    (
        GOLDEN / "exploration_de_solutions_digitales_pour_aider_les_jeunes_des_r_gions_du_nor_.md",
        CYCLES
        / (
            "une_plateforme_digitale_pour_la_promotion_de_la_participation_citoyenne_des_jeunes"
            "___djam_bissi.md"
        ),
    ),
    (
        GOLDEN
        / (
            "l_emballages___l_appel_aux_secours_des_unit_s_de_transformation_locale_du_moringa"
            "_par_les_organisa_.md"
        ),
        CYCLES / "a_travers_ce_d_fi__nous_avons_pu_voir_que_le_probl_me_de_l_emballage_ne_tou_.md",
    ),
    (
        CYCLES / "community_well_being_through_leisure_and_recreation.md",
        GOLDEN / "on_going_management_of_implementation_modality.md",
    ),
    (
        CYCLES / "increased_access_for_young_graduates_in_the_job_market.md",
        GOLDEN
        / (
            "addressing_access_challenges_into_the_job_market_and_entrepreneurship_for_young"
            "_graduates_.md"
        ),
    ),
    (
        GOLDEN / "the_san_felipe_neri_market_as_a_lab_for_circular_economy_in_panama.md",
        CYCLES / "the_san_felipe_neri_market_as_a_lab_for_circular_economy.md",
    ),
    (
        GOLDEN / "youth_unemployment_in_nigeria__an_economic_crisis.md",
        CYCLES / "there_are_many_unemployed_youth_in_the_country__but_also_many_job_opportuni_.md",
    ),
    (
        GOLDEN / "from_citizen_participation_to_citizen_action.md",
        GOLDEN / "digital_inclusion_for_citizen_engagement.md",
    ),
    (
        GOLDEN / "action_plan_2021_lao_pdr__waste_management_.md",
        DATA / "search" / "files" / "learningplan" / "waste_management_open_burning_study.md",
    ),
    (
        CYCLES / "empowering_rural_women_through_enabling_environment_of_women_creative_labs.md",
        GOLDEN / "2__empowering_rural_women_through_enabling_environment_of_women_creative_lab.md",
    ),
]


def test_the_joins_the_curator_found_right_and_the_partners_stored(db):
    _, code = run_import(*(path for pair in JOINS for path in pair))
    assert code == 0
    joined = dict(
        LearningPlan.objects.filter(closes__isnull=False).values_list(
            "source_file", "closes__source_file"
        )
    )
    assert joined == {report.name: plan.name for plan, report in JOINS}

    # The partners are stored as parsed (Go Teddy's app "SUPERAPP" is none), each once in the
    # directory.
    laos = LearningPlan.objects.get(source_file=JOINS[7][0].name)
    assert {
        p.partner.name: p.partner.sector for p in laos.partnerships.select_related("partner")
    } == {
        "Vientiane City Office for Management and Services": "government",
        "Go Teddy": "private_sector",
        "Ministry of Natural Resources and Environment": "government",
        "National University of Laos": "academia",
        "Disadvantaged Children and Youth Development Association": "civil_society",
    }
    assert Partner.objects.filter(name="Go Teddy").count() == 1
    gambia = LearningPlan.objects.get(source_file=JOINS[2][1].name)
    assert not gambia.partnerships.exists()
