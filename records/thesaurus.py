"""The UN's multilingual thesaurus (UNBIS): one concept's English, French and Spanish labels.

`data/unbis-en-fr-es.tsv` holds the concepts of the UNBIS Thesaurus (the United Nations Dag
Hammarskjöld Library's subject vocabulary), one a line with no header line: English, French and
Spanish preferred labels, lower-cased, French and Spanish without accents. A phrase in one
language names the same concept as its labels in the others: "gestion des dechets" ~ "waste
management". Labels are compared folded (records.folding.fold): "Gestion des déchets" finds
the concept too.
"""

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from records.folding import fold

SOURCE = Path(__file__).parent / "data" / "unbis-en-fr-es.tsv"
LANGUAGES = ("en", "fr", "es")


@dataclass(frozen=True)
class Concept:
    en: str
    fr: str
    es: str

    def label(self, language: str) -> str:
        """The concept's label in `language` ("en", "fr" or "es")."""
        return getattr(self, language)

    @property
    def labels(self) -> tuple[str, str, str]:
        return (self.en, self.fr, self.es)


@cache
def concepts() -> tuple[Concept, ...]:
    """Every concept of the thesaurus, in the file's order."""
    with SOURCE.open(encoding="utf-8", newline="") as source:
        rows = csv.DictReader(source, fieldnames=LANGUAGES, delimiter="\t")
        return tuple(Concept(row["en"], row["fr"], row["es"]) for row in rows)


@cache
def by_label() -> dict[str, Concept]:
    """Each folded label, in any of the three languages, with its concept. A label two
    concepts share keeps the first concept that has it as its English label, else the first."""
    found: dict[str, Concept] = {}
    for concept in concepts():
        found.setdefault(fold(concept.en), concept)
    for concept in concepts():
        for label in (concept.fr, concept.es):
            found.setdefault(fold(label), concept)
    return found


@cache
def longest_label() -> int:
    """The number of words of the longest label."""
    return max(len(label.split()) for label in by_label())


def concept_of(phrase: str) -> Concept | None:
    """The concept whose label, in any language, is `phrase` (folded), or None."""
    return by_label().get(" ".join(fold(phrase).split()))


def concepts_in(words: list[str]) -> list[tuple[int, int, Concept]]:
    """The concepts a run of folded words names, as (start, end, concept) over `words`,
    longest label first from left to right, without overlaps: ["gestion", "des", "dechets",
    "urbains"] → [(0, 3, waste management)]."""
    labels = by_label()
    found = []
    start = 0
    while start < len(words):
        for end in range(min(len(words), start + longest_label()), start, -1):
            concept = labels.get(" ".join(words[start:end]))
            if concept:
                found.append((start, end, concept))
                start = end
                break
        else:
            start += 1
    return found
