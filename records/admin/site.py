"""The titles staff see on every admin page."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("Lab Knowledge")
admin.site.site_title = _("Lab Knowledge admin")
admin.site.index_title = _("Knowledge base administration")
