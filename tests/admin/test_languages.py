"""The admin in French and Spanish: every model's list and change pages show none of our
English messages, neither the catalog's nor the models' and fields' verbose names."""

import html
import re
from functools import cache

import pytest
from django.contrib import admin
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.functional import Promise
from django.utils.text import capfirst

from records.models import LearningPlan, PlanAnswer
from tests.admin.examples import example_blog, example_plan
from tests.test_catalogs import LANGUAGES, TAG, catalog, english_messages_left

# Scripts, and the records' own text (in text areas, list cells, read-only fields and
# inline headings), are no interface text.
NOT_INTERFACE = re.compile(
    r"<(script|style|textarea)\b.*?</\1>"
    r'|<(td|th) class="field-[^"]*"[^>]*>.*?</\2>'
    r'|<div class="readonly">.*?</div>'
    r'|<span class="inline_label">.*?</span>',
    re.S,
)


def our_admins() -> list[admin.ModelAdmin]:
    return [
        model_admin
        for model, model_admin in admin.site._registry.items()
        if model._meta.app_label == "records"
    ]


def verbose_names(model) -> list:
    """The model's names and its fields' (reverse relations have none; Django names the
    automatic primary key)."""
    opts = model._meta
    fields = [
        f
        for f in opts.get_fields()
        if not isinstance(f, models.ForeignObjectRel) and not (f.primary_key and f.auto_created)
    ]
    return [opts.verbose_name, opts.verbose_name_plural, *(f.verbose_name for f in fields)]


@cache
def translated_names(language: str) -> dict[str, re.Pattern]:
    """Each English verbose name of our models and their fields whose translation into
    `language` differs, as is or capitalised, with the pattern finding it as a word."""
    forms = {}
    for model_admin in our_admins():
        for name in verbose_names(model_admin.model):
            with translation.override("en"):
                english = str(name)
            with translation.override(language):
                translated = str(name)
            if english.casefold() == translated.casefold():
                continue
            for form in {english, capfirst(english)}:
                forms[form] = re.compile(rf"(?<![\w/]){re.escape(form)}(?![\w/])")
    return forms


def english_names_left(page: str, language: str) -> list[str]:
    """The English verbose names of our models and their fields whose translation differs
    that the page's text still shows, as a word (as is, or capitalised)."""
    text = " ".join(html.unescape(TAG.sub(" ", NOT_INTERFACE.sub(" ", page))).split())
    return sorted(form for form, word in translated_names(language).items() if word.search(text))


def test_every_verbose_name_of_our_models_is_translated():
    untranslated = {}
    for language in LANGUAGES:
        ids = {message.id for message in catalog(language) if message.string}
        for model_admin in our_admins():
            for name in verbose_names(model_admin.model):
                if not isinstance(name, Promise):
                    untranslated.setdefault(language, []).append(name)
                    continue
                with translation.override("en"):
                    english = str(name)
                with translation.override(language):
                    if str(name) == english and english not in ids:
                        untranslated.setdefault(language, []).append(english)
    assert untranslated == {}


@pytest.fixture
def records(db):
    """One row of each model the admin lists."""
    # The parser's warnings are stored as it writes them, in English.
    example_plan()
    LearningPlan.objects.update(parse_warnings=[])
    # A prompt is the archive's text, shown as the answer's name: one that is no field's name.
    PlanAnswer.objects.filter(prompt="Name your plan.").update(prompt="What do you call it?")
    example_blog()
    for model_admin in our_admins():
        assert model_admin.model.objects.exists(), model_admin.model


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_admin_pages_of_each_model_show_no_english_message_of_ours(
    editor_client, records, language
):
    left = {}
    for model_admin in our_admins():
        opts = model_admin.model._meta
        row = model_admin.model.objects.first()
        for url in (
            reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
            reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[row.pk]),
        ):
            response = editor_client.get(url, HTTP_ACCEPT_LANGUAGE=language)
            assert response.status_code == 200, url
            page = response.content.decode()
            assert f'<html lang="{language}"' in page, url
            found = english_messages_left(page, language) + english_names_left(page, language)
            if found:
                left[url] = found
    assert left == {}
