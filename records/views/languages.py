"""The interface language's addresses.

English lives at the root, where the site's addresses always were; French under /fr/ and
Spanish under /es/ (i18n_patterns with prefix_default_language=False). A visitor whose choice
(the language cookie) or browser (Accept-Language) asks for French or Spanish is redirected
from an English address to the same page in that language; /en/… chooses English.
"""

from django.conf import settings
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.middleware.locale import LocaleMiddleware
from django.urls import get_script_prefix, is_valid_path
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme


def has_page_in(language: str, path: str) -> bool:
    """Whether the page at the English address `path` exists under `language`'s prefix."""
    with translation.override(language):
        return is_valid_path(f"/{language}{path}")


def translated_path(request) -> str | None:
    """The address of this English page in the visitor's language (its cookie, then
    Accept-Language), when that is French or Spanish and the page exists there; else None."""
    if translation.get_language_from_path(request.path_info):
        return None
    language = translation.get_language_from_request(request)
    if language == settings.LANGUAGE_CODE or not has_page_in(language, request.path_info):
        return None
    prefix = get_script_prefix()
    return request.get_full_path().replace(prefix, f"{prefix}{language}/", 1)


class LanguageRedirectMiddleware:
    """Redirects a request for an English address to the visitor's language, when that is
    another interface language and the page exists under its prefix. Before the page cache,
    so a cached page always answers in the language of its address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        target = translated_path(request) if request.method in ("GET", "HEAD") else None
        if target:
            response = HttpResponseRedirect(target)
            patch_vary_headers(response, ("Accept-Language", "Cookie"))
            return response
        return self.get_response(request)


class VisitorLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except on pages outside the language prefixes (the admin,
    the switcher): Django would serve those in English, they follow the visitor's language."""

    def process_request(self, request):
        super().process_request(request)
        if translation.get_language_from_path(request.path_info):
            return
        language = translation.get_language_from_request(request)
        if language != settings.LANGUAGE_CODE and not has_page_in(language, request.path_info):
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()


def english_prefix_redirect(request, path):
    """/en/<path>?<query> → /<path>?<query>, permanently, choosing English for the visitor
    (the language cookie) so that their browser's language does not take them away again."""
    target = "/" + path
    if not url_has_allowed_host_and_scheme(target, allowed_hosts=None):
        target = "/"
    query = request.META.get("QUERY_STRING", "")
    response = HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        settings.LANGUAGE_CODE,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
    )
    return response
