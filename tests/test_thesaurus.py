from records import thesaurus


def test_a_label_in_any_language_names_its_concept():
    concept = thesaurus.concept_of("Gestion des déchets")
    assert concept is not None
    assert concept.en == "waste management"
    assert thesaurus.concept_of("waste management") == concept
    assert thesaurus.concept_of(concept.es) == concept
    assert concept.label("fr") == "gestion des dechets"


def test_an_unknown_phrase_names_no_concept():
    assert thesaurus.concept_of("lab knowledge") is None


def test_concepts_in_takes_the_longest_label_without_overlaps():
    words = ["la", "gestion", "des", "dechets", "et", "l", "eau"]
    found = thesaurus.concepts_in(words)
    assert [(start, end, concept.en) for start, end, concept in found][0] == (
        1,
        4,
        "waste management",
    )
    assert all(a[1] <= b[0] for a, b in zip(found, found[1:], strict=False))


def test_every_concept_has_three_labels():
    assert len(thesaurus.concepts()) > 7000
    assert all(all(concept.labels) for concept in thesaurus.concepts())
