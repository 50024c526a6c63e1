"""The French and Spanish catalogs: complete, consistent with their English messages, and
used: no page in French or Spanish shows a message of the catalog left in English."""

import html
import re
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from tests.factories import make_catalogue, make_plan

LOCALE = Path(__file__).resolve().parent.parent / "locale"
LANGUAGES = ("fr", "es")
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
TAG = re.compile(r"<[^>]+>")


@cache  # read once: the tests only read it
def catalog(language):
    with (LOCALE / language / "LC_MESSAGES" / "django.po").open("rb") as source:
        return read_po(source)


def messages(language):
    return [message for message in catalog(language) if message.id]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_none_is_fuzzy(language):
    untranslated = [
        message.id
        for message in messages(language)
        if "fuzzy" in message.flags
        or not all(message.string if isinstance(message.string, tuple) else [message.string])
    ]
    assert untranslated == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_of_their_message(language):
    wrong = []
    for message in messages(language):
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(PLACEHOLDER.findall(ids[-1])) - {"counter"}
        for string in strings:
            if set(PLACEHOLDER.findall(string)) - {"counter"} != wanted:
                wrong.append((ids[0], string))
    assert wrong == []


def as_text(markup: str) -> str:
    return " ".join(html.unescape(TAG.sub(" ", markup)).split())


@cache
def english_messages(language) -> list[str]:
    """The catalog's English messages of two words or more, without placeholders, with a
    translation that differs, as a page's text shows them."""
    return [
        english
        for message in messages(language)
        if not isinstance(message.id, tuple)
        and not PLACEHOLDER.search(message.id)
        and message.string != message.id
        and len((english := as_text(message.id)).split()) > 1
    ]


def english_messages_left(page: str, language: str) -> list[str]:
    """The English messages (`english_messages`) that the page's text still shows."""
    text = as_text(page)
    return [english for english in english_messages(language) if english in text]


PAGES = [
    "/",
    "/plans/",
    "/insights/",
    "/partners/",
    "/blogs/",
    "/search/?q=women",
    "/countries/",
    "/regions/",
    "/sdgs/",
    "/themes/",
    "/statistics/",
    "/plans/women-in-stem/",
    "/partners/baku-state-university/",
    "/countries/aze/",
    "/sdgs/5/",
    "/plans/facets/theme/",
    "/regions/western-asia/",
    "/themes/gender-focus/",
    "/no-such-page/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_shows_an_interface_message_left_in_english(client, language):
    blog = make_catalogue()["blog"]
    make_plan("Second plan", countries=["KEN"], sdgs=[1], thematic_areas=["water"])
    left = {}
    for url in [*PAGES, blog.get_absolute_url(), f"{blog.get_absolute_url()}full/"]:
        response = client.get(f"/{language}{url}")
        assert response.status_code in (200, 404), url
        assert f'<html lang="{language}"' in response.content.decode(), url
        found = english_messages_left(response.content.decode(), language)
        if found:
            left[url] = found
    assert left == {}
