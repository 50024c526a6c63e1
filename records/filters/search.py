"""Free-text search of a list: PostgreSQL full-text search where the database has it, a
substring match elsewhere."""

import django_filters
from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import connections
from django.db.models import Expression


def uses_full_text_search(queryset) -> bool:
    return connections[queryset.db].vendor == "postgresql"


class SearchFilter(django_filters.CharFilter):
    """Free text. PostgreSQL: full-text search on the indexed `search_vector` column of
    migration 0003 (the english to_tsvector of `field_name`); SQLite: a case-insensitive
    substring match on `field_name` itself."""

    def filter(self, qs, value):
        if not value:
            return qs
        if not uses_full_text_search(qs):
            return qs.filter(**{f"{self.field_name}__icontains": value})
        return qs.alias(search=SearchVectorColumn()).filter(search=search_query(value))


class SearchVectorColumn(Expression):
    """The stored `search_vector` column that migration 0003 adds to each searchable table on
    PostgreSQL, read from the query's own table. Django has no field for it."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        return f"{table}.search_vector", []


def search_query(text: str) -> SearchQuery:
    return SearchQuery(text, config="english", search_type="websearch")
