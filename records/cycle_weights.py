"""Words weighed by their rarity among a set of records (idf), and the overlap of two records'
words so weighed: what records.cycle_matching and records.cycle_naming compare texts with.
Pure Python."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable


class Weights:
    """Each word's rarity among a set of records."""

    def __init__(self, texts: Iterable[frozenset[str]]):
        """`texts` is read once, one at a time: a generator need not hold them all."""
        n = 0
        df = Counter()  # word → the texts holding it
        for text in texts:
            n += 1
            df.update(text)
        # Each word's squared weight computed once, not once a pair of records; its weight,
        # log(1 + n / count), only orders words, as its square does. Worked out once a count
        # (most words are in one text or a few), and given to the words by a pass in C.
        by_count = {count: math.log(1 + n / count) ** 2 for count in set(df.values())}
        self.squared = dict(zip(df, map(by_count.__getitem__, df.values()), strict=True))
        self.unknown = math.log(1 + n) ** 2  # a word of no text weighs as one text's
        self.sums: dict[frozenset[str], float] = {}

    def mass(self, words: frozenset[str]) -> float:
        """The sum of the squared weights of `words`."""
        try:  # summed in C when every word is a record's (a plan's questions may not be)
            return sum(map(self.squared.__getitem__, words))
        except KeyError:
            squared, unknown = self.squared, self.unknown
            return sum(squared.get(w, unknown) for w in words)

    def record_mass(self, words: frozenset[str]) -> float:
        """`mass` of a record's own word set, kept for its next pair."""
        total = self.sums.get(words)
        if total is None:
            total = self.sums[words] = self.mass(words)
        return total

    def overlap(self, a: frozenset[str], b: frozenset[str], shared=None) -> float:
        """Cosine of the two word sets, each word weighed by its rarity; `shared` is a & b
        when the caller has it."""
        shared = a & b if shared is None else shared
        return self.cosine(shared, self.record_mass(a), self.record_mass(b))

    def cosine(self, shared: frozenset[str], mass_a: float, mass_b: float) -> float:
        """Cosine of two word sets of masses `mass_a` and `mass_b` sharing the words `shared`."""
        norm = math.sqrt(mass_a * mass_b)
        return self.mass(shared) / norm if norm else 0.0

    def contained(self, a: frozenset[str], b: frozenset[str]) -> float:
        """The weighted share of the words of `a` found in `b`."""
        total = self.record_mass(a)
        return self.mass(a & b) / total if total else 0.0

    def rarest_first(self, words: frozenset[str]) -> list[str]:
        """`words`, the rarest first (alphabetical among equals)."""
        # Sorted alphabetically, then by weight: a stable sort keeps equals in that order.
        return sorted(sorted(words), key=self.squared.__getitem__, reverse=True)
