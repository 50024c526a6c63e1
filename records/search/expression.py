"""A parsed query (records.search.query.Query) as the words the index holds: the expression
both databases match (records.search.sqlite, records.search.postgres compile it).

- Each typed word is looked for as its stem in each language and as typed (folded), since a
  record is stemmed in its own language: empleos → empleo, emploi → emploi.
- A word the tokenizer cuts (e-commerce, fin-tech) is also looked for joined (ecommerce).
- Words that carry no meaning (records.search.concepts.STOPWORDS) are left out, unless the
  query has nothing else.
- Words that name a concept (a country, an SDG, a thesaurus entry) also find its other names:
  "gestión forestal" → forest management | gestion forestiere; vietnam → viet nam.
"""

from dataclasses import dataclass

from .analysis import LANGUAGES, stem
from .concepts import STOPWORDS, named
from .query import Query, Term

# A record whose title matches the whole query ranks as if its relevance were this many times
# greater: its title names what was asked for.
TITLE_BOOST = 3.0
# A record that matches the words as typed (not only their concepts' names in other languages
# or spellings), this many times: matches in the query's own language come first.
TYPED_BOOST = 1.5
# A record written in the language a search ranks first (records.search.query_language: the
# query's, or the interface's), this many times: gentle, so that a clearly better match in
# another language still comes first.
LANGUAGE_BOOST = 1.25
# The field of each kind's record that holds the language it is written in (a partner, a name
# alone, has none).
RECORD_LANGUAGE = {"plan": "language", "insight": "plan__language", "blog": "language"}


@dataclass(frozen=True)
class Phrase:
    """Words that follow each other (one word: that word), the last also as a prefix."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Any:
    parts: tuple


@dataclass(frozen=True)
class Names(Any):
    """A run of typed words that names a concept, or any of the concept's other names."""


@dataclass(frozen=True)
class All:
    parts: tuple


@dataclass(frozen=True)
class Without:
    kept: object
    left_out: tuple


def _any(parts) -> object:
    parts = tuple(dict.fromkeys(parts))
    return parts[0] if len(parts) == 1 else Any(parts)


def _all(parts) -> object:
    parts = tuple(dict.fromkeys(parts))
    return parts[0] if len(parts) == 1 else All(parts)


def term_expression(term: Term) -> object:
    """`term` as the index may hold it: its words' stems in each language, or as typed."""
    spellings = [term.words] + [tuple(stem(w, lang) for w in term.words) for lang in LANGUAGES]
    phrases = [Phrase(words, term.prefix) for words in spellings]
    if len(term.words) > 1 and not term.phrase:
        joined = "".join(term.words)
        phrases += [Phrase((stem(joined, lang),), term.prefix) for lang in LANGUAGES]
    return _any(phrases)


def _plain(group) -> str | None:
    """The word of a group of one unquoted word, else None."""
    (term,) = group if len(group) == 1 else (None,)
    return term.words[0] if term and not term.phrase and len(term.words) == 1 else None


def _meaningful(groups):
    kept = [group for group in groups if _plain(group) not in STOPWORDS]
    return kept or list(groups)


def _name(words: tuple[str, ...]) -> object:
    """A concept's name: its words in any order, each as a typed word (a record in another
    language than the name's may hold it, a place name in a French record)."""
    return _all(term_expression(Term((word,))) for word in words)


def _with_concepts(groups, expressions) -> list:
    """`expressions`, those of `groups`, with each run of plain words that names a concept
    matched by the typed words or by any of the concept's names."""
    parts = []
    index = 0
    while index < len(groups):
        run_end = index
        while run_end < len(groups) and _plain(groups[run_end]):
            run_end += 1
        if run_end == index:
            parts.append(expressions[index])
            index += 1
            continue
        position = index
        for start, end, variants in named([_plain(g) for g in groups[index:run_end]]):
            parts += expressions[position : index + start]
            typed = _all(expressions[index + start : index + end])
            names = tuple(dict.fromkeys([typed, *map(_name, variants)]))
            parts.append(names[0] if len(names) == 1 else Names(names))
            position = index + end
        parts += expressions[position:run_end]
        index = run_end
    return parts


def expand(query: Query, every: bool = True, concepts: bool = True):
    """The expression of `query`: all its word groups (or, not `every`, any of them), with the
    other names of the concepts it names unless not `concepts`; None when it has no word."""
    groups = _meaningful(query.groups)
    expressions = [_any(map(term_expression, group)) for group in groups]
    parts = _with_concepts(groups, expressions) if concepts else expressions
    if not parts:
        return None
    kept = _all(parts) if every else _any(parts)
    if query.excluded:
        return Without(kept, tuple(map(term_expression, query.excluded)))
    return kept
