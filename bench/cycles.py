"""Learning cycles measured: how many closing reports the importer joins to a plan.

    python bench/cycles.py PATH [--joins FILE]

Imports PATH (a folder of archive files) into a fresh temporary SQLite database and prints
the closing reports, how many are joined and their share: over all of them, over those of the
held-out fifth (bench/holdout.py; only counted, never read) and over the rest; and how many
were joined across focal points (by the plan their title names), and how many the plan list
shows under SDG 13 (/plans/?stage=closing&sdg=13). With --joins (a joins.tsv
of hand-checked pairs, as in tests/data/cycles: closing_file, plan_file, evidence; an empty
plan_file is a report no plan closes), also the precision and recall on that list. Files are
named as the importer names them: their path under PATH. Run on purpose; not part of the
test suite.
"""

import argparse
import csv
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "labknowledge.settings")
    sys.path.insert(0, str(ROOT))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def joined_files() -> dict[str, str]:
    """closing report's file → its plan's file ("" when unjoined)."""
    from records.enums import Stage
    from records.models import LearningPlan

    reports = LearningPlan.objects.filter(stage=Stage.CLOSING).select_related("closes")
    return {r.source_file: r.closes.source_file if r.closes else "" for r in reports}


def across_focal_points() -> int:
    """How many closing reports are joined to a plan another focal point filed."""
    from records.models import LearningPlan

    pairs = LearningPlan.objects.exclude(closes=None).values_list(
        "focal_point", "closes__focal_point"
    )
    return sum(1 for report, plan in pairs if report.casefold() != plan.casefold())


def under_sdg_13() -> str:
    """How many closing reports the plan list shows under SDG 13, and how many of them are
    of the held-out fifth."""
    from django.http import QueryDict
    from holdout import is_held_out

    from records.filters import PlanFilter

    listed = PlanFilter(data=QueryDict("stage=closing&sdg=13")).qs
    files = list(listed.values_list("source_file", flat=True))
    held_out = sum(1 for name in files if is_held_out(name))
    return f"closing reports under SDG 13: {len(files)} ({held_out} of the held-out fifth)"


def share(joined: dict[str, str], label: str) -> str:
    count = sum(1 for plan in joined.values() if plan)
    fraction = count / len(joined) if joined else 0.0
    return f"{label}: closing reports {len(joined)}, joined to a plan {count} ({fraction:.1%})"


def score(joined: dict[str, str], joins_file: Path) -> str:
    """Precision and recall of the joins on a hand-checked list."""
    with open(joins_file, newline="") as f:
        lines = (line for line in f if not line.startswith("#"))
        rows = list(csv.DictReader(lines, delimiter="\t"))
    expected = {Path(r["closing_file"]).name: Path(r["plan_file"]).name for r in rows}
    got = {Path(c).name: Path(p).name if p else "" for c, p in joined.items()}
    made = [c for c in expected if got.get(c)]
    right = [c for c in made if got[c] == expected[c]]
    wanted = [c for c, p in expected.items() if p]
    found = [c for c in wanted if got.get(c) == expected[c]]
    precision = len(right) / len(made) if made else 1.0
    recall = len(found) / len(wanted) if wanted else 1.0
    return (
        f"hand-checked: {len(wanted)} pairs, {len(expected) - len(wanted)} to leave unjoined; "
        f"joins made {len(made)}, right {len(right)}, wrong {len(made) - len(right)}; "
        f"precision {precision:.1%}, recall {recall:.1%}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="folder of archive files")
    parser.add_argument("--joins", type=Path, help="a joins.tsv of hand-checked pairs")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        setup(f"sqlite:///{scratch}/cycles.sqlite3")
        from records.importing.run import import_paths

        import_paths([options.path])
        from holdout import is_held_out

        joined = joined_files()
        held_out = {name: plan for name, plan in joined.items() if is_held_out(name)}
        print(share(joined, "all"))
        print(share(held_out, "held-out fifth"))
        print(share({n: p for n, p in joined.items() if n not in held_out}, "tuning part"))
        print(f"joined across focal points: {across_focal_points()}")
        print(under_sdg_13())
        if options.joins:
            print(score(joined, options.joins))


if __name__ == "__main__":
    main()
