"""Records of a blind curator audit (golden files under tests/data/learningplan/golden/), once
imported: the partner directory holds no "not carried out" answer and no fragment of a
centre's name, and a truncated title keeps the work's name."""

from records.models import LearningPlan, Partner
from tests.factories import DATA, run_import

GOLDEN = DATA / "learningplan" / "golden"
BURKINA = (
    "analyse_de_la_mobilit___le_processus_n_a_pu__tre_mener___termes__le_burkina_a_connu"
    "_au_cours_de_l__.md"
)
HATAY = "mapping_needs_and_stories_on_the_axis_of_mobility_in_hatay.md"


def test_the_partner_directory_holds_the_organisations_alone(db):
    _, code = run_import(GOLDEN / BURKINA, GOLDEN / HATAY)
    assert code == 0
    assert list(Partner.objects.values_list("name", flat=True)) == [
        "Mimar Sinan Fine Arts University Urban Planning Application and Research Center"
    ]
    burkina = LearningPlan.objects.get(source_file=BURKINA)
    assert burkina.title == "Analyse de la mobilité"
    assert not burkina.partnerships.exists()
