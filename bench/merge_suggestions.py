"""Time the partner merge suggestions on a database, and the rules on N times its names.

    DATABASE_URL=sqlite:///corpus.sqlite3 python bench/merge_suggestions.py
    DATABASE_URL=... python bench/merge_suggestions.py --scale 15 --runs 3
    DATABASE_URL=... python bench/merge_suggestions.py --list 30   # the first 30 groups

Prints the number of partners, of suggested groups and of partners in them, and the median
time of `merge_suggestions()` (its three queries and the rules) over --runs runs, wall and CPU
(on a busy machine the CPU time is the work alone). With --scale N it also times the rules
alone (records.partner_names.find_pairs) on N times the partners' names: the names themselves
and N-1 copies of each with one letter changed in one word of 5 letters or more (a typo), so
every block of like names is N times fuller than in the archive, the hard case for the
close-spelling rule. Run on purpose; not part of the test suite.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def typo(name: str, k: int) -> str:
    """`name` with letter `k` (from the second) of its first long word changed, else with " k"
    added: a new name one edit away."""
    words = name.split()
    for i, word in enumerate(words):
        if len(word) >= 5 and word.isalpha():
            at = 1 + k % (len(word) - 1)
            words[i] = word[:at] + "xqzjw"[k % 5] + word[at + 1 :]
            return " ".join(words)
    return f"{name} {k}"


def timed(function, runs):
    """(median wall seconds, median CPU seconds of this process, the last result)."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = function()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return f"{statistics.median(walls):.3f} s, CPU {statistics.median(cpus):.3f} s", result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scale", type=int, default=0)
    parser.add_argument("--list", type=int, default=0, help="print the first N groups")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "labknowledge.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from records.merge_suggestions import merge_suggestions
    from records.models import Country, Partner
    from records.partner_names import find_pairs, place_words

    took, suggestions = timed(merge_suggestions, args.runs)
    grouped = sum(len(s.partners) for s in suggestions)
    print(
        f"{Partner.objects.count()} partners: {len(suggestions)} suggestions "
        f"({grouped} partners), merge_suggestions() {took} (median of {args.runs})"
    )
    for number, suggestion in enumerate(suggestions[: args.list], start=1):
        print(f"{number}. " + " | ".join(f"{p} ({p.plan_count})" for p in suggestion.partners))
        for reason in suggestion.reasons:
            print(f"     {reason}")
    if args.scale > 1:
        names = list(Partner.objects.values_list("pk", "name"))
        places = place_words(Country.objects.values_list("name", flat=True))
        scaled = [
            (pk * args.scale + k, typo(name, k) if k else name, frozenset())
            for pk, name in names
            for k in range(args.scale)
        ]
        took, pairs = timed(lambda: find_pairs(scaled, places), args.runs)
        print(f"x{args.scale}: {len(scaled)} names, {len(pairs)} pairs, rules {took}")


if __name__ == "__main__":
    main()
