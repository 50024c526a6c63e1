"""The titles staff see on every admin page."""

from django.contrib import admin

admin.site.site_header = "Lab Knowledge"
admin.site.site_title = "Lab Knowledge admin"
admin.site.index_title = "Knowledge base administration"
