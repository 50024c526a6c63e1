"""Words weighed by their rarity among a set of records (idf), and the overlap of two records'
words so weighed: what records.cycle_matching and records.cycle_naming compare texts with.
Pure Python."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from itertools import repeat


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
        # (most words are in one text or a few). A word of one text weighs `unknown`, as a word
        # of none: only the words of several texts are kept, most words being of one.
        self.unknown = math.log(1 + n) ** 2
        by_count = {count: math.log(1 + n / count) ** 2 for count in set(df.values())}
        self.squared = {word: by_count[count] for word, count in df.items() if count > 1}
        self.sums: dict[frozenset[str], float] = {}

    def mass(self, words: frozenset[str]) -> float:
        """The sum of the squared weights of `words`."""
        return sum(map(self.squared.get, words, repeat(self.unknown)))

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
        return sorted(sorted(words), key=self._squared, reverse=True)

    def _squared(self, word: str) -> float:
        return self.squared.get(word, self.unknown)
