"""Words that name a place or a field, not an organisation: countries and regions (the Unicode
CLDR's English names, as Babel ships them) and the subjects of the UN's thesaurus (UNBIS:
"Nepal", "Cooperatives", "Health"). A list of partners' names holding one is no list of
organisations alone ("Ministry of Land Management, Cooperatives and Poverty Alleviation")."""

from functools import cache

from babel import Locale

from ..thesaurus import concept_of


@cache
def _territories() -> frozenset[str]:
    return frozenset(name.casefold() for name in Locale("en").territories.values())


def place_or_field(text: str) -> bool:
    """Whether `text` is a country's or region's name or a subject of the UN's thesaurus."""
    return text.strip().casefold() in _territories() or concept_of(text) is not None
