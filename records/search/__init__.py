"""Full-text search: the query language (query.py), the index kept in step with every write
(entries.py), one module per database (sqlite.py: FTS5; postgres.py: tsvector with unaccent
and each record's language), the engine the lists and the search page call (engine.py), the
language detection of the importer (language.py), and suggestions when nothing matches
(suggestions.py)."""

from .engine import matching, ranked
from .query import Query, fold, parse, words

__all__ = ["Query", "fold", "matching", "parse", "ranked", "words"]
