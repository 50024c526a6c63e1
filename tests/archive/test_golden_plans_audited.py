"""Plans and closing reports of a third blind audit (golden files under
tests/data/learningplan/golden/), parsed as the curator expects them: the full title the file
holds, the insights intro where the curator keeps it, data sources that are tags, and each
partner's description and sector from what the file says of that partner."""

from tests.factories import parse_data


def golden(name: str):
    return parse_data(f"learningplan/golden/{name}")


def test_truncated_title_completed_though_a_compound_is_written_apart():
    # "# Redesigning public policymaking … National Devel…" and the name answer "Redesigning
    # public policy making through the development of a National Development Strategy …".
    doc = golden("redesigning_public_policymaking_through_the_development_of_a_national_devel_.md")
    assert (doc.title, doc.title_from_text) == (
        "Redesigning public policy making through the development of a National Development "
        "Strategy [NDS] in North Macedonia.",
        False,
    )
    assert not [w for w in doc.warnings if "title" in w]
