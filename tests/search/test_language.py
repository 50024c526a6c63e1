"""The language a record's text is detected in: English, French and Spanish told by their
function words when they are clear, the rest by lingua."""

import pytest

from records.enums import TextLanguage
from records.search.language import clearly_english, clearly_romance, detect_language

ENGLISH = (
    "The lab worked with the municipality and two universities to map where the waste of the "
    "market goes. We tested a deposit scheme for plastic bottles in three districts, and "
    "the results show that the vendors are willing to sort their waste when the collection "
    "is regular. This was the first time the city had data on informal collection."
)
FRENCH = (
    "Le laboratoire a travaillé avec la municipalité et deux universités pour cartographier "
    "les déchets du marché. Nous avons testé un système de consigne pour les bouteilles en "
    "plastique dans trois quartiers, et les résultats montrent que les vendeurs sont prêts à "
    "trier leurs déchets quand la collecte est régulière."
)
SPANISH = (
    "El laboratorio trabajó con la municipalidad y dos universidades para mapear los "
    "residuos del mercado. Probamos un sistema de depósito para las botellas de plástico en "
    "tres distritos, y los resultados muestran que los vendedores están dispuestos a separar "
    "sus residuos cuando la recolección es regular."
)


@pytest.mark.parametrize(
    ("text", "english"),
    [
        (ENGLISH, True),
        (FRENCH, False),
        (SPANISH, False),
        ("The lab and the city.", False),  # too short to tell by its words
        (ENGLISH + " " + FRENCH, False),  # French words enough to ask lingua
    ],
)
def test_clearly_english_reads_function_words(text, english):
    assert clearly_english(text) is english


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ENGLISH, TextLanguage.ENGLISH),
        (FRENCH, TextLanguage.FRENCH),
        (SPANISH, TextLanguage.SPANISH),
        ("The lab and the city worked on waste.", TextLanguage.ENGLISH),
        ("   ", TextLanguage.OTHER),
        # Turkish, which the archive also holds, is not taken for Spanish.
        (
            "Pandemi ve hayalet mekanlar: şehirlerimizde boş kalan yerleri nasıl yeniden "
            "kullanabiliriz? Bu yazıda salgın döneminde yaşadıklarımızı anlatıyoruz.",
            TextLanguage.OTHER,
        ),
    ],
)
def test_detect_language_of_records_texts(text, language):
    assert detect_language(text) == language


PORTUGUESE = (
    "O laboratório trabalhou com a prefeitura e duas universidades para mapear os resíduos "
    "do mercado. Testamos um sistema de depósito para as garrafas de plástico em três "
    "distritos, e os resultados mostram que os vendedores estão dispostos a separar os seus "
    "resíduos quando a coleta é regular."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (FRENCH, TextLanguage.FRENCH),
        (SPANISH, TextLanguage.SPANISH),
        (ENGLISH, None),
        (PORTUGUESE, None),  # left to lingua
        ("Le laboratoire et la ville.", None),  # too short to tell by its words
        (FRENCH + " " + SPANISH, None),  # both languages' words: lingua decides
    ],
)
def test_clearly_romance_reads_function_words(text, language):
    assert clearly_romance(text) == language


def test_detect_language_tells_portuguese_from_spanish():
    assert detect_language(PORTUGUESE) == TextLanguage.OTHER
