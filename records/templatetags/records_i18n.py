"""The interface's languages in templates: the same page in each language (the switcher and
hreflang alternates), and continents named in the visitor's language (countries, regions and
SDGs name themselves so: records.place_names)."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.safestring import SafeString, mark_safe

from records.enums import text_lang, written_in
from records.place_names import area_name

register = template.Library()


register.filter("area_name", area_name)
# "In French" of a record written in French, on a page in another language; else "".
register.filter("written_in", written_in)


@register.filter("text_lang")
def text_lang_attribute(language: str) -> SafeString:
    """The ` lang="…"` attribute of a record's text in another language than the page's."""
    return mark_safe(text_lang(language))  # a code of TextLanguage, or nothing


@register.simple_tag(takes_context=True)
def page_in_languages(context) -> list[dict]:
    """This page's address in each interface language, with the language's code and name in
    itself: [{"code": "fr", "name": "Français", "url": "/fr/plans/?country=ken"}, …]."""
    request = context["request"]
    here = request.get_full_path()
    return [
        {"code": code, "name": name, "url": translate_url(here, code)}
        for code, name in settings.LANGUAGES
    ]
