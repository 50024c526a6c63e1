"""The titles staff see on every admin page, and its "View on site" redirect."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("Lab Knowledge")
admin.site.site_title = _("Lab Knowledge admin")
admin.site.index_title = _("Knowledge base administration")


def view_on_site(request, content_type_id, object_id):
    """The admin's "View on site" (`/admin/r/<content type>/<id>/`), which redirects to a
    record's public page: only for staff who may view that record in the admin, so that the
    address of a hidden record (its slug) is told to no one else. Anyone else gets a 404."""
    content_type = get_object_or_404(ContentType, pk=content_type_id)
    model_admin = admin.site._registry.get(content_type.model_class())
    record = model_admin.get_object(request, unquote(object_id)) if model_admin else None
    if record is None or not model_admin.has_view_permission(request, record):
        raise Http404("No such record.")
    return shortcut(request, content_type_id, object_id)


view_on_site = admin.site.admin_view(view_on_site)
