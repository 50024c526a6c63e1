"""Free-text search of a list (`q`): the query language and the index of records.search, the
same on SQLite and PostgreSQL."""

import django_filters
from django.utils.translation import gettext_lazy as _

from ..search import matching


class SearchFilter(django_filters.CharFilter):
    """Free text in the query language of records.search.query: the records whose search
    entry matches. The list's "Best match" sort (SortFilter) ranks them."""

    def __init__(self, *, label=None, max_length=200, **kwargs):
        super().__init__(label=label or _("Search"), max_length=max_length, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        return matching(qs, value)
