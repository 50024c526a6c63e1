"""Words of a partner answer that are not the organisation's name (records.archive.
partner_clauses), on lines of archive plans: what the partner was engaged for, an acronym
after "or", classes of actors with their members, a list of sectors, the collaboration as a
heading, and a programme's field in a sentence."""

from records.archive.document import Answer
from records.archive.partner_clauses import (
    classes_with_members,
    has_clause,
    is_deed,
    names_sectors,
    purpose_apart,
    with_acronym,
)
from records.archive.partners import mentions_in, partners
from records.archive.sectors import UNKNOWN


def names(line: str) -> dict[str, str]:
    return {m.name: m.description for m in mentions_in(line, UNKNOWN)}


def test_what_a_partner_was_engaged_for_goes_to_its_description():
    # A private sector answer listing companies and what each co-designed.
    assert names("2. Start-up Blink to Co-design the National Startup Strategy") == {
        "Start-up Blink": "To Co-design the National Startup Strategy"
    }
    text = (
        "We worked with the following Private Sector Companies 1. Hostalite Uganda Limited to"
        " Co-design the MSMEs Business to Business market intelligence Platform 2. Start-up"
        " Blink to Co-design the National Startup Strategy"
    )
    found = {
        m.name: m.description
        for m in partners([Answer("Partners", "", "partners_private_sector", text)])
    }
    assert found["Start-up Blink"] == "To Co-design the National Startup Strategy"
    assert found["Hostalite Uganda Limited"].startswith("To Co-design the MSMEs Business")


def test_a_name_with_to_in_it_stays_whole():
    assert purpose_apart("Blue Waste to Value", "") == ("Blue Waste to Value", "")
    assert purpose_apart("Alliance to End Plastic Waste", "") == (
        "Alliance to End Plastic Waste",
        "",
    )
    # A verb before "to": the line is a sentence, read as one.
    line = "Private Sector Foundation Uganda (PSFU) helped to mobilize the different companies."
    assert list(names(line)) == ["Private Sector Foundation Uganda (PSFU)"]


def test_an_acronym_after_or_is_the_names():
    line = "Badan Riset dan Inovasi Nasional (National Research & Innovation Agency) or BRIN"
    assert names(line) == {
        "Badan Riset dan Inovasi Nasional (BRIN)": "National Research & Innovation Agency"
    }
    assert with_acronym("Otorita Ibu Kota Nusantara or OIKN") == (
        "Otorita Ibu Kota Nusantara (OIKN)"
    )
    assert with_acronym("UNDP or UNICEF") == "UNDP or UNICEF"


def test_classes_with_their_members_give_the_members():
    line = "Incubators like Womwork and Banks like Elsalam Bank "
    assert set(names(line)) == {"Womwork", "Elsalam Bank"}
    assert classes_with_members(line.strip()) == [
        ("Incubators", "Womwork"),
        ("Banks", "Elsalam Bank"),
    ]
    # One class and its members is read as before ("Donors" and what follows it).
    assert classes_with_members("Donors including Japan and the EU-GEPP Consortium") == []


def test_a_list_of_sectors_names_no_partner():
    assert names("Académia, Government, Civil Society, United Nations Private sector") == {}
    assert names("ONG & Associations") == {}
    assert names_sectors("Think tanks and Universities")
    # A UN organisation is a name, not the UN sector.
    assert not names_sectors("UNICEF, UNDP")
    assert not names_sectors("UNDP, Government")
    assert not names_sectors("Ministry of Health, Government")


def test_the_collaboration_as_a_heading_gives_the_organisations_its_text_names():
    line = (
        "-Technical collaboration & data partnership for GeoAI platform: The research paper"
        " ‘Slavery from Space’  from the Rights Lab, University of Nottingham showcased a novel"
        " approach of using geospatial technologies and artificial intelligence to detect the"
        " exact locations of brick kilns using satellite imagery."
    )
    assert set(names(line)) == {"Rights Lab", "University of Nottingham"}
    assert not is_deed("Donor coordination group")
    assert not is_deed("Global Partnership for Education")


def test_a_programmes_field_before_work_is_not_its_name():
    line = (
        "We worked with the CO Transcending Peace Program for the Disability Inclusive"
        " Innovation work. "
    )
    assert list(names(line)) == ["Transcending Peace Program"]
    # Without a piece of work after it, "for the …" is the name's.
    assert "Parley for the Oceans" in names("Our main partner is Parley for the Oceans, an NGO.")
    # Nor before a word other than one of work ("initiative").
    assert "Alliance for Financial Inclusion" in names(
        "We worked with the Alliance for Financial Inclusion initiative on policy."
    )
    # Nor after a name that is not a programme's.
    line = "We worked with the Centre for the Fourth Industrial Revolution work stream."
    assert "Centre for the Fourth Industrial Revolution" in names(line)


def test_a_relative_clause_on_a_long_name_is_its_description():
    line = (
        "Ministry of Education and Science of the Kyrgyz Republic, who inform all public"
        " schools about the BalaTech Olympiad."
    )
    assert names(line) == {"Ministry of Education and Science of the Kyrgyz Republic": line}
    assert not has_clause("Ministry of Education and Science of the Kyrgyz Republic")
