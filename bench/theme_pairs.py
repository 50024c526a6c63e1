"""Themes measured: how many, how many used once, and pairs still spelled apart or translated.

    python bench/theme_pairs.py PATH [--list]

Imports PATH (a folder of archive files) into a fresh temporary SQLite database and prints, over
all files and over the held-out fifth (bench/holdout.py: the themes of plans from held-out
files), the number of themes, the themes one plan uses, and the pairs of themes that are one
theme spelled apart or translated.

The pairs are found by a check of its own, not by the importer's rules: two themes pair when
their letters and digits, accents and case aside and each word without a final "s", are the
same; or are one edit apart (two from 12 letters) with the same first two letters, from 8
letters, unless they differ in one word only and both are English words of the thesaurus
("waste" / "water"); or when the UN thesaurus (records/thesaurus.py) gives both the same
concept. With --list, the pairs of themes no held-out file uses (the held-out fifth is only
counted). Run on purpose; not part of the test suite.
"""

import argparse
import re
import tempfile
from collections import defaultdict
from functools import cache

from cycles import setup
from holdout import is_held_out
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein


def words(name: str) -> list[str]:
    """The folded words of `name`, each without a final "s"."""
    from records.folding import fold

    found = re.findall(r"[a-z0-9]+", fold(name))
    return [w[:-1] if len(w) > 3 and w.endswith("s") and w[-2] != "s" else w for w in found]


@cache
def english() -> frozenset[str]:
    """The words of the thesaurus's English labels."""
    from records.thesaurus import concepts

    return frozenset(w for c in concepts() for w in words(c.en))


def two_words(a: str, b: str) -> bool:
    """Whether the names `a` and `b` differ in one word only, both English words ("waste
    management" / "water management"): two themes however close their letters."""
    a_words, b_words = words(a), words(b)
    if len(a_words) != len(b_words):
        return False
    differing = [(x, y) for x, y in zip(a_words, b_words, strict=True) if x != y]
    return len(differing) == 1 and all(w in english() for w in differing[0])


def concept(name: str):
    from records.thesaurus import concept_of

    plain = " ".join(re.findall(r"\w+", name))
    without_s = " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in plain.split())
    return concept_of(plain) or concept_of(without_s)


def same_theme(a: str, b: str, distance: int) -> str:
    """Why the themes of compact spellings `a` and `b` (`distance` apart) are one, or ""."""
    if a == b:
        return "same letters"
    shorter = min(len(a), len(b))
    if a[:2] == b[:2] and shorter >= 8 and distance <= (2 if shorter >= 12 else 1):
        return f"{distance} edit(s) apart"
    return ""


def pairs(themes: dict[int, str]) -> list[tuple[int, int, str]]:
    """(id, id, why) of the themes (id → name) that are one theme by the check above."""
    ids = list(themes)
    spelled = ["".join(words(themes[i])) for i in ids]
    found = {}
    for i, a in enumerate(spelled):
        near = process.extract(
            a, spelled[i + 1 :], scorer=Levenshtein.distance, score_cutoff=2, limit=None
        )
        for b, distance, j in near:
            why = same_theme(a, b, distance)
            if why and not two_words(themes[ids[i]], themes[ids[i + 1 + j]]):
                found[ids[i], ids[i + 1 + j]] = why
    by_concept = defaultdict(list)
    for i in ids:
        if (c := concept(themes[i])) is not None:
            by_concept[c].append(i)
    for c, members in by_concept.items():
        for k, a in enumerate(members):
            for b in members[k + 1 :]:
                found.setdefault((a, b), f"both “{c.en}” in the UN thesaurus")
    return [(a, b, why) for (a, b), why in found.items()]


def figures(label: str, themes: dict, uses: dict, found: list) -> None:
    once = sum(1 for i in themes if uses[i] == 1)
    print(f"{label}: {len(themes)} themes, {once} used by one plan, {len(found)} pairs apart")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="folder of archive files")
    parser.add_argument("--list", action="store_true", help="the pairs only tuning files use")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        setup(f"sqlite:///{scratch}/themes.sqlite3")
        from records.importing.run import import_paths
        from records.models import TaggedThematicArea, ThematicArea

        import_paths([options.path])
        themes = dict(ThematicArea.objects.values_list("pk", "name"))
        uses, held_out = defaultdict(int), set()
        rows = TaggedThematicArea.objects.values_list("tag_id", "content_object__source_file")
        for tag_id, source_file in rows:
            uses[tag_id] += 1
            if is_held_out(source_file):
                held_out.add(tag_id)
        themes = {i: n for i, n in themes.items() if uses[i]}
        found = pairs(themes)
        figures("all files", themes, uses, found)
        unseen = [p for p in found if p[0] in held_out or p[1] in held_out]
        figures("held-out fifth", {i: themes[i] for i in held_out}, uses, unseen)
        if options.list:
            seen = [p for p in found if p not in unseen]
            for a, b, why in sorted(seen, key=lambda p: themes[p[0]].casefold()):
                print(f"    {themes[a]!r} / {themes[b]!r}: {why}")


if __name__ == "__main__":
    main()
