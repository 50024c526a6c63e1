"""Blogs and publications, with their authors inline and on a page of their own."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from ..models import Blog, BlogAuthor
from .edits import HTTPS_URLS, SOURCE_FIELDS, ChildAdmin, OrderedInline, SourceRecordAdmin
from .ranking import TitleMatchFirst


class BlogAuthorInline(OrderedInline, admin.TabularInline):
    model = BlogAuthor
    fields = ["position", "name", "role"]


@admin.register(Blog)
class BlogAdmin(TitleMatchFirst, SourceRecordAdmin):
    list_display = [
        "title",
        "kind",
        "country",
        "year",
        "published_on",
        "is_published",
        "edited_since_import",
    ]
    list_filter = [
        "kind",
        ("country", admin.RelatedOnlyFieldListFilter),
        "country__region",
        "year",
        "is_published",
        "edited_since_import",
    ]
    list_select_related = ["country"]
    search_fields = ["title", "search_document", "source_url", "authors__name"]
    search_help_text = _("Title, text, original URL or author.")
    date_hierarchy = "published_on"
    autocomplete_fields = ["country"]
    formfield_overrides = HTTPS_URLS
    inlines = [BlogAuthorInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "source_url", "is_published"]}),
        (_("Where and when"), {"fields": [("published_on", "year"), "country"]}),
        (_("Article"), {"fields": ["body"]}),
        (_("Source"), {"fields": SOURCE_FIELDS}),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "body":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 24, "class": "vLargeTextField"})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@admin.register(BlogAuthor)
class BlogAuthorAdmin(ChildAdmin):
    parent_field = "blog"
    list_display = ["name", "role", "blog"]
    list_filter = ["blog__kind", "blog__year"]
    list_select_related = ["blog"]
    search_fields = ["name", "role", "blog__title"]
    autocomplete_fields = ["blog"]
