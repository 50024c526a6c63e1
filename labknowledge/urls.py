from django.contrib import admin
from django.urls import include, path

from records.admin.site import view_on_site

urlpatterns = [
    # Before the admin's own, which redirects any staff member to any record's page.
    path("admin/r/<int:content_type_id>/<path:object_id>/", view_on_site),
    path("admin/", admin.site.urls),
    path("", include("records.urls")),
]
