"""Names of the reference data in the visitor's language: SDGs, countries, regions, continents.

The records keep one English name each (the importer matches the archive's spellings against
it, and exports carry it). Pages show the name in the active language: the UN's official SDG
names (`data/sdg-names.tsv`, English, French, Spanish) and the Unicode CLDR's names of
countries and UN M49 regions, as Babel ships them. A name no source has stays English.
"""

import csv
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from django.utils import translation

SDG_NAMES = Path(__file__).parent / "data" / "sdg-names.tsv"

# The UN M49 spellings of sub-regions and continents whose CLDR English name differs.
M49_CODES = {"South-eastern Asia": "035", "Australia and New Zealand": "053"}
# Codes in use that CLDR's alpha-3 aliases leave out (user-assigned).
ALPHA_2 = {"XKX": "XK"}


@cache
def sdg_names() -> dict[int, dict[str, str]]:
    """Each SDG number with its official name in each language: {1: {"en": …, "fr": …}}."""
    with SDG_NAMES.open(encoding="utf-8", newline="") as source:
        return {int(row.pop("number")): row for row in csv.DictReader(source, delimiter="\t")}


@cache
def territories(language: str) -> dict[str, str]:
    """CLDR's territory names in `language`, by code (alpha-2 or M49 number)."""
    try:
        return dict(Locale.parse(language).territories)
    except (UnknownLocaleError, ValueError):
        return {}


@cache
def m49_code(english_name: str) -> str | None:
    """The M49 code of a sub-region or continent named in English ("Southern Asia" → "034")."""
    if english_name in M49_CODES:
        return M49_CODES[english_name]
    codes = {name: code for code, name in territories("en").items() if code.isdigit()}
    return codes.get(english_name)


def alpha_2(alpha_3: str) -> str | None:
    """The ISO alpha-2 code of an alpha-3 code ("VNM" → "VN"), from CLDR's aliases."""
    if alpha_3 in ALPHA_2:
        return ALPHA_2[alpha_3]
    aliases = get_global("territory_aliases").get(alpha_3)
    return aliases[0] if aliases else None


def language() -> str:
    return (translation.get_language() or "en").split("-")[0]


def sdg_name(number: int, english_name: str) -> str:
    return sdg_names().get(number, {}).get(language()) or english_name


def country_name(code: str, english_name: str) -> str:
    if language() == "en":
        return english_name
    return territories(language()).get(alpha_2(code) or "", english_name)


def area_name(english_name: str) -> str:
    """A sub-region's or continent's name in the active language."""
    if language() == "en":
        return english_name
    return territories(language()).get(m49_code(english_name) or "", english_name)


# How to name a record of each reference model from its key and English name.
NAMERS = {
    "country": country_name,
    "region": lambda _slug, english_name: area_name(english_name),
    "sdg": lambda number, english_name: sdg_name(int(number), english_name),
}


def local_name(model_name: str, key: str, english_name: str) -> str:
    """The name, in the active language, of the record keyed `key` of the model `model_name`
    ("country", "region", "sdg") named `english_name` in English; a record of another model
    (a theme, a method) keeps its name."""
    namer = NAMERS.get(model_name)
    return namer(key, english_name) if namer else english_name
