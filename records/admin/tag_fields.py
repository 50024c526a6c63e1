"""Themes, methods and data sources picked from the existing tags with the admin's
autocomplete, instead of typed as one comma-separated string (where a typo makes a new tag)."""

from django import forms
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

TAG_FIELDS = ("thematic_areas", "methods", "data_sources")


class TagAutocomplete:
    """ModelAdmin mixin for a model with the TAG_FIELDS taggit managers. The autocomplete
    searches the tag model's admin (its search_fields)."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name not in TAG_FIELDS:
            return super().formfield_for_dbfield(db_field, request, **kwargs)
        tags = db_field.remote_field.model
        return forms.ModelMultipleChoiceField(
            queryset=tags.objects.all(),
            required=False,
            label=capfirst(db_field.verbose_name),
            help_text=_(
                "Type to pick from the existing %(names)s; a new one is added under %(section)s "
                "first."
            )
            % {
                "names": tags._meta.verbose_name_plural,
                "section": capfirst(tags._meta.verbose_name_plural),
            },
            widget=AutocompleteSelectMultiple(db_field, self.admin_site),
        )
