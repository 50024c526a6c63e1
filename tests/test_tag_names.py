"""The rules by which two spellings are one tag (records.tag_names): each with its reason, and
the guards that keep distinct words apart."""

import pytest

from records import tag_names
from records.tag_names import Vocabulary, find_pairs, tag_key, typo, unknown_words


@pytest.mark.parametrize(
    ("known", "spelling", "reason"),
    [
        (
            "Co-creation",
            "co creation",
            "the same words once case, accents and plurals are set aside",
        ),
        (
            "women empowerment",
            "Woman Empowerment",
            "the same words once case, accents and plurals are set aside",
        ),
        ("fin-tech", "fintech", "the same words once hyphens and spaces are removed"),
        ("e-commerce", "ecommerce", "the same words once hyphens and spaces are removed"),
        (
            "digital agriculture",
            "digitalagriculture",
            "the same words once hyphens and spaces are removed",
        ),
        ("water", "agua", "Spanish for “water” (UN thesaurus)"),
        ("gender equality", "Igualdad de género", "Spanish for “gender equality” (UN thesaurus)"),
        ("social justice", "justice sociale", "French for “social justice” (UN thesaurus)"),
        ("justicia social", "justice sociale", "both name “social justice” (UN thesaurus)"),
        ("environment", "enviroment", "one letter apart (enviroment / environment)"),
        (
            "public sector innovation",
            "punlic sector innovation",
            "one letter apart (punlic / public)",
        ),
        ("renewable energy", "reneweable energy", "one letter apart (reneweable / renewable)"),
        ("strategic foresight", "startegic foresight", "one letter apart (startegic / strategic)"),
        (
            "community involvement",
            "community involment",
            "two letters left out (involment / involvement)",
        ),
        (
            "women empowerment",
            "womenempowerment",
            "one letter apart once hyphens and spaces are removed",
        ),
    ],
)
def test_a_spelling_apart_matches_the_known_one_with_its_reason(known, spelling, reason):
    vocabulary = Vocabulary()
    vocabulary.add(known, "tag")

    match = vocabulary.match(spelling)

    assert (match.tag, match.key, match.reason) == ("tag", tag_key(known), reason)


@pytest.mark.parametrize(
    ("known", "spelling"),
    [
        ("urban planning", "urban planting"),  # a letter for another, not its neighbour
        ("waste management", "water management"),
        ("e-governance", "governance"),  # another first letter
        ("climate policy", "climate police"),  # two English words
        ("trade", "grade"),
        ("data", "date"),  # too short to tell
        ("social inclusion", "social inclusive"),
        ("education", "educational"),  # two letters more, both English words
        ("youth", "youth employment"),
        ("economía circular", "circular economy"),  # not in the thesaurus: no guess
    ],
)
def test_distinct_spellings_do_not_match(known, spelling):
    vocabulary = Vocabulary()
    vocabulary.add(known, "tag")

    assert vocabulary.match(spelling) is None


def test_tag_key_takes_irregular_plurals_to_the_singular():
    assert tag_key("Women in crises") == tag_key("woman in crisis") == "woman-in-crisis"


@pytest.mark.parametrize(
    ("word", "other", "how"),
    [
        ("punlic", "public", "one letter apart"),  # b and n are neighbours
        ("responsability", "responsibility", "one letter apart"),  # a vowel for a vowel
        ("planting", "planning", ""),
        ("relience", "resilience", "two letters left out"),
        ("involve", "involvement", ""),  # four letters
        ("abcde1", "abcde2", ""),  # not words
    ],
)
def test_typo(word, other, how):
    assert typo(word, other) == typo(other, word) == how


def test_the_better_spelling_has_fewer_words_the_thesaurus_does_not_know():
    assert unknown_words("environment") < unknown_words("enviroment")
    assert unknown_words("water") < unknown_words("agua")
    assert unknown_words("digital agriculture") < unknown_words("digitalagriculture")
    assert unknown_words("AI for development") == 0  # a word of two letters counts for nothing


def test_find_pairs_pairs_each_tag_with_those_before_it_it_is_one_with():
    pairs = find_pairs(
        [
            (1, ["fin-tech"]),
            (2, ["water", "h2o"]),
            (3, ["fintech", "agua"]),  # one with two tags: paired with each
            (4, ["Fintech"]),
            (5, ["agriculture"]),
        ]
    )

    assert [(p.a, p.b) for p in pairs] == [(3, 1), (3, 2), (4, 3)]
    assert pairs[1].reason == "Spanish for “water” (UN thesaurus)"


def test_a_match_compares_a_few_spellings_whatever_the_vocabulary(monkeypatch):
    compared = []

    def counting(word, other):
        compared.append((word, other))
        return ""

    monkeypatch.setattr(tag_names, "typo", counting)
    vocabulary = Vocabulary()
    for n in range(3000):
        vocabulary.add(f"theme{n:04d} management", n)

    assert vocabulary.match("theme0001 managment") is None  # patched: no typo is one
    assert len(compared) <= 2  # the spellings sharing a block, not all 3,000
