"""The rules behind partner merge suggestions, on partner names from the archive."""

import pytest

from records.partner_names import (
    ACRONYM,
    CLOSE_SPELLING,
    SAME_NAME,
    SAME_WITHOUT_ACRONYM,
    AcronymIndex,
    Pair,
    find_pairs,
    per_country,
    place_words,
    read_name,
    words,
)

PLACES = place_words(["Malawi", "Zambia", "Gambia", "Azerbaijan", "Nigeria", "Cabo Verde"])
MALAWI, ZAMBIA = frozenset({"MWI"}), frozenset({"ZMB"})


def rule_of(a, b, countries_a=MALAWI, countries_b=MALAWI):
    """The rule pairing names `a` and `b`, or None."""
    pairs = find_pairs([(1, a, countries_a), (2, b, countries_b)], PLACES)
    assert len(pairs) <= 1, pairs
    return pairs[0].rule if pairs else None


@pytest.mark.parametrize(
    "a, b, rule",
    [
        ("Ministry of Environment", "The ministry of environment", SAME_NAME),
        ("Ministry of Commerce & Industry", "The Ministry of Commerce and Industries", SAME_NAME),
        ("National University of Asuncion", "National University of Asunción", SAME_NAME),
        (
            "International Organization for Migration",
            "International Organisation for Migration",
            SAME_NAME,
        ),
        ("Citizen Lab", "Citizenlab", SAME_NAME),
        ("University of Malawi", "University of Malawi (UNIMA)", SAME_WITHOUT_ACRONYM),
        ("Copperbelt University", "Copperbelt University(CBU)", SAME_WITHOUT_ACRONYM),
        ("Ministry of Agriculture", "Ministry of Agriculture (MoA)", SAME_WITHOUT_ACRONYM),
        ("University of Malawi", "UNIMA - University of Malawi", SAME_WITHOUT_ACRONYM),
        ("UNIMA", "University of Malawi", ACRONYM),
        ("FAO", "Food and Agriculture Organization", ACRONYM),
        ("GIZ", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)", ACRONYM),
        ("CONATEL", "Conseil National des Télécommunications", ACRONYM),
        ("Ministry of the Presidency", "Ministry of the Presidence", CLOSE_SPELLING),
        ("Minsitry of social development", "Ministry of Social Development", CLOSE_SPELLING),
        ("Karsiyaka Municipality", "Karsikaya Municipality", CLOSE_SPELLING),
    ],
)
def test_names_of_one_organisation_pair_by_their_rule(a, b, rule):
    assert rule_of(a, b) == rule


@pytest.mark.parametrize(
    "a, b",
    [
        ("University of Malawi", "University of Zambia"),
        ("Ministry of Health", "Ministry of Education"),
        ("University of Gambia", "University of Zambia"),  # one letter, but two countries
        ("UNDP Azerbaijan", "UNICEF Azerbaijan"),
        ("UNDP Malawi office", "Malawi office"),  # UNDP is no acronym of "Malawi office"
        ("Ministry of Health (MINSA)", "Ministry of Health (MOH)"),
        ("UTA", "Urban Tank"),  # U from one word, TA from the next: no acronym
        ("GIS", "GIS specialist"),
        ("UNCT", "University of Cape Town"),
        ("Lab 1", "Lab 2"),
        ("Dream Lab", "Dream Team"),  # short words are never typos
    ],
)
def test_names_of_different_organisations_never_pair(a, b):
    assert rule_of(a, b) is None


def test_an_acronym_pairs_with_the_name_it_abbreviates_only_within_a_country():
    assert rule_of("UNIMA", "University of Malawi", MALAWI, ZAMBIA) is None
    assert rule_of("UNIMA", "University of Malawi", MALAWI, MALAWI | ZAMBIA) == ACRONYM


def test_an_acronym_that_may_stand_for_two_names_pairs_with_neither():
    names = [
        (1, "UNIMA", MALAWI),
        (2, "University of Malawi", MALAWI),
        (3, "University of Maroua", MALAWI),
    ]
    assert find_pairs(names) == []
    assert find_pairs(names[:2]) == [Pair(1, 2, ACRONYM, "UNIMA")]


def test_a_declared_acronym_pairs_across_countries():
    names = [
        (1, "FILAC", MALAWI),
        (2, "Fund for the Development of Indigenous Peoples (FILAC)", ZAMBIA),
    ]
    assert find_pairs(names) == [Pair(1, 2, ACRONYM, "FILAC")]


@pytest.mark.parametrize(
    "a, b",
    [
        ("Ministry of Industry and Commerce (MIC)", "Ministry of Industry and Commerce"),
        ("Ministry of Health", "the Ministry of Health"),
        ("Minsitry of social development", "Ministry of Social Development"),
        ("Municipalities", "Municipality"),
        ("MoA", "Ministry of Agriculture (MoA)"),
    ],
)
def test_public_bodies_of_one_name_pair_only_within_a_country(a, b):
    assert rule_of(a, b, MALAWI, ZAMBIA) is None
    assert rule_of(a, b, MALAWI, MALAWI | ZAMBIA) is not None


def test_public_bodies_naming_their_place_pair_across_countries():
    assert (
        rule_of("Ministry of Health of Malawi", "the Ministry of Health of Malawi", MALAWI, ZAMBIA)
        == SAME_NAME
    )


def test_close_spellings_are_found_within_a_group_of_like_names():
    names = [
        (1, "Ministry of Health", MALAWI),
        (2, "Ministry of Housing", MALAWI),
        (3, "Ministry of Heatlh", MALAWI),
        (4, "Ministry of Health and Housing", MALAWI),
    ]
    assert find_pairs(names) == [Pair(1, 3, CLOSE_SPELLING, "health/heatlh")]


@pytest.mark.parametrize(
    "name, base, acronym",
    [
        ("University of Malawi (UNIMA)", ("university", "of", "malawi"), "UNIMA"),
        ("UNIMA University of Malawi", ("university", "of", "malawi"), "UNIMA"),
        ("Marmara Municipalities Union (MMU)", ("marmara", "municipality", "union"), "MMU"),
        ("UNDP's Chief Digital Office (CDO)", ("undp", "s", "chief", "digital", "office"), "CDO"),
        ("UNDP Azerbaijan", ("undp", "azerbaijan"), ""),
        ("Water Warriors (University Malaya)", ("water", "warrior", "university", "malaya"), ""),
    ],
)
def test_read_name_sets_an_acronym_aside(name, base, acronym):
    read = read_name(1, name)
    assert (read.base, read.acronym) == (base, acronym)


def test_acronym_index_takes_initials_or_syllables_never_both():
    index = AcronymIndex(["UNIMA", "UTA", "MUBAS", "UNDP"])
    assert index.abbreviated_by(words("University of Malawi")) == {"UNIMA"}
    assert index.abbreviated_by(words("Urban Tank")) == set()
    assert index.abbreviated_by(words("Malawi University of Business and Applied Sciences")) == {
        "MUBAS"
    }
    assert index.abbreviated_by(words("United Nations Development Programme")) == {"UNDP"}


def test_place_words_leave_out_words_that_name_no_place_alone():
    countries = ["Korea, Republic of", "United Kingdom", "South Sudan", "Côte d'Ivoire"]
    assert place_words(countries) == {"korea", "sudan", "cote", "ivoire"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ministry of Health", True),
        ("Minsitry of Health", True),
        ("Local Council", True),
        ("UNDP CO", True),
        ("UNDP Country Office", True),
        ("RCO", True),
        ("Ministry of Health of Malawi", False),
        ("UNDP", False),
        ("University of Malawi", False),
    ],
)
def test_per_country_names(name, expected):
    assert per_country(read_name(0, name).base, frozenset({"malawi"})) is expected
