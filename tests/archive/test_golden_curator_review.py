"""Plans and closing reports a curator reviewed beside their files (golden files under
tests/data/learningplan/golden/), parsed as the curator expects them: insights under headings
of their own one insight each, a truncated title completed from the name answer that writes
one of its words in the plural, and each partner of a group set described by what the set
says of it alone."""

from tests.factories import parse_data


def golden(name: str):
    return parse_data(f"learningplan/golden/{name}")


def test_insights_each_under_a_heading_line_are_one_insight_each():
    # "The Biohacking Laboratory as a Model…;", "Through Targeted Support create new
    # businesses", "Biowaste as art", each above its paragraph: three insights, not six.
    doc = golden("biowaste_and_circularity.md")
    assert doc.insights_intro == ""
    assert [insight.split("\n\n")[0] for insight in doc.insights] == [
        "The Biohacking Laboratory as a Model for Community-Driven Innovation, that can be "
        "easily replicated;",
        "Through Targeted Support create new businesses",
        "Biowaste as art",
    ]
    # The paragraph's line cut before "souvenir became…" is joined back.
    assert "crafted as part of the Biohacking Laboratory" in doc.insights[2]
    assert "The souvenir became a tangible example" in doc.insights[2]


def test_truncated_title_completed_from_the_name_answer_in_the_plural():
    # "# The Future of Small Island: Unveiling the Potential of Sustainable Tourism …" and the
    # name answer "The Future of Small Islands: … in Small Islands in Bangladesh".
    doc = golden("the_future_of_small_island__unveiling_the_potential_of_sustainable_tourism__.md")
    assert doc.title == (
        "The Future of Small Islands: Unveiling the Potential of Sustainable Tourism and "
        "Informal Economy in Small Islands in Bangladesh"
    )
    assert not [w for w in doc.warnings if "title" in w]


def test_partners_of_a_numbered_set_are_described_without_their_number_and_name():
    # "1. Bangladesh Tourism Board - Being one of the top collaborators of UNDP BTB…", "3. Tour
    # Operators Association of Bangladesh (TOAB) - As TOAB works…".
    doc = golden("the_future_of_small_island__unveiling_the_potential_of_sustainable_tourism__.md")
    described = {p.name: p.description for p in doc.partners}
    assert described["Bangladesh Tourism Board"].startswith("Being one of the top collaborators")
    assert described["Tour Operators Association of Bangladesh"].startswith("As TOAB works")
    assert described["Mangrove Conservation Committee"].startswith("This committee will work")


def test_each_partner_of_a_set_takes_the_line_of_the_description_naming_it():
    # "- With Urbanist AI we jointly worked…", "- with American Councils we conducted…", "- with
    # Scouts Association we worked…", each partner its line, not all three.
    doc = golden("citizen_engagement_for_the_climate_action.md")
    described = {p.name: p.description for p in doc.partners}
    assert described["Urbanist AI"] == (
        "With Urbanist AI we jointly worked and re-designed the city's heat islands"
    )
    assert described["American Councils"].startswith("with American Councils we conducted")
    assert described["Scouts Association"].startswith("with Scouts Association we worked")


def test_a_pasted_list_run_together_in_a_name_answer_is_one_partner_an_item():
    # "-        Ministry of information and Technology (MINT) -        Federal Civil Service
    # Commission -        Technology and innovation institute.": three partners, not MINT
    # described by the other two.
    doc = golden("embedding_public_innovation_for_continuity_of_critical_government_functions.md")
    assert [p.name for p in doc.partners][:3] == [
        "Ministry of information and Technology (MINT)",
        "Federal Civil Service Commission",
        "Technology and innovation institute",
    ]
    assert not doc.partners[0].description.startswith("Federal Civil Service Commission")
