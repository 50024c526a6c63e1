from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

from records.admin.site import view_on_site
from records.views.languages import english_prefix_redirect

urlpatterns = [
    # Before the admin's own, which redirects any staff member to any record's page.
    path("admin/r/<int:content_type_id>/<path:object_id>/", view_on_site),
    path("admin/", admin.site.urls),
    # The language switcher posts here from cached public pages, whose forms carry no CSRF
    # token; choosing a language changes nothing but the visitor's own cookie.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    re_path(r"^en/(?P<path>.*)$", english_prefix_redirect),
    # English at the root (the addresses the site always had), French under /fr/, Spanish
    # under /es/.
    *i18n_patterns(path("", include("records.urls")), prefix_default_language=False),
]
