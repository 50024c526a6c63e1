"""Full-text search: the query language (query.py), the words the index holds (analysis.py:
folded, Snowball-stemmed in the record's language), the concepts a query names in three
languages (concepts.py) and the expression it becomes (expression.py), the index kept in step
with every write (entries.py), one module per database (sqlite.py: FTS5; postgres.py:
tsvector), the engine the lists and the search page call (engine.py), the search page's one
ranked list (results.py), the entries visitors may see (visibility.py), the language detection
of the importer (language.py), and suggestions when nothing matches (suggestions.py)."""

from .engine import matching, ranked, ranked_matches
from .query import Query, fold, parse, words

__all__ = ["Query", "fold", "matching", "parse", "ranked", "ranked_matches", "words"]
