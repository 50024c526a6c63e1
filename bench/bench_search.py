"""Time search: the search page and `q` on each list, at the corpus's size and at 10×.

Usage (from the repository root):

    python bench/bench_search.py path/to/archive/files               # the corpus as it is
    python bench/bench_search.py path/to/archive/files --scale 10    # ten copies of it
    python bench/bench_search.py path/to/archive/files --db bench.sqlite3  # keep the DB

It imports the plans, blogs and publications of the corpus into a fresh SQLite database (or
the database DATABASE_URL names, which must be empty and migrated: --no-import to reuse it).
With --scale N it first writes N copies of each file into a temporary folder, each with its
own title and source URL, so the importer makes N records of each. It then requests each page
with Django's test Client, once to warm up and --runs times, and prints the median and the
slowest server time. The page cache is left out (every request renders), the vocabulary of
suggestions is cached as in production. Then, --writes times, it saves a plan (its title
changed, as an admin save does: a new data version) and times the misspelt search right
after, the first request to read the vocabulary of that version.

Budget: median ≤ 50 ms per page at the corpus's size, ≤ 100 ms at 10×; the first search after
a write ≤ 1 s every time. Exits non-zero over either.
Not collected by pytest (no test_ prefix, outside tests/).
"""

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPES = ("learningplan", "blog", "publications")
TITLE = re.compile(r"^# (.*)$", re.M)
SOURCE = re.compile(r"\[\[source:\s*(\S+?)\s*\]\]")
MISSPELT = ("search page, misspelt", "/search/?q=digital+paymnets")
PAGES = [
    ("search page", "/search/?q=women+STEM"),
    ("search page, accents", "/search/?q=economia+circular"),
    ("search page, phrase -word", "/search/?q=%22circular+economy%22+-plastic"),
    MISSPELT,
    ("plans q", "/plans/?q=women+STEM"),
    ("insights q", "/insights/?q=youth+employment"),
    ("partners q", "/partners/?q=university"),
    ("blogs q", "/blogs/?q=circular+economy"),
]

AFTER_WRITE_BUDGET = 1000  # ms


def copy_corpus(corpus: Path, target: Path, scale: int) -> None:
    """`scale` copies of each importable file of `corpus` under `target`, the n-th with
    " (copy n)" after its title and "/copy-n" after its source URL (the first is the file)."""
    for kind in TYPES:
        for path in sorted((corpus / kind).glob("*")):
            text = path.read_text(encoding="utf-8", errors="replace")
            for n in range(scale):
                folder = target / kind / f"copy-{n}"
                folder.mkdir(parents=True, exist_ok=True)
                copy = text
                if n:
                    copy = TITLE.sub(lambda m, n=n: f"# {m.group(1)} (copy {n})", copy, 1)
                    copy = SOURCE.sub(lambda m, n=n: f"[[source:{m.group(1)}/copy-{n}]]", copy)
                (folder / path.name).write_text(copy, encoding="utf-8")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="folder of archive files (type folders)")
    parser.add_argument("--scale", type=int, default=1, help="copies of the corpus")
    parser.add_argument("--runs", type=int, default=15, help="timed requests per page")
    parser.add_argument("--writes", type=int, default=5, help="searches timed after a write")
    parser.add_argument("--db", help="SQLite file to import into once and reuse")
    parser.add_argument("--no-import", action="store_true", help="use the database as it is")
    args = parser.parse_args(argv)

    scratch = tempfile.TemporaryDirectory()
    if "DATABASE_URL" not in os.environ:
        database = Path(args.db) if args.db else Path(scratch.name) / "bench.sqlite3"
        args.no_import = args.no_import or database.exists()
        os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "labknowledge.settings")
    sys.path.insert(0, str(ROOT))

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if not m.endswith("PageCacheMiddleware")]
    setup_test_environment()

    if not args.no_import:
        from records.importing import import_paths

        call_command("migrate", verbosity=0)
        source = args.corpus
        if args.scale > 1:
            source = Path(scratch.name) / "copies"
            copy_corpus(args.corpus, source, args.scale)
        started = time.perf_counter()
        report = import_paths([source / kind for kind in TYPES if (source / kind).is_dir()])
        print(f"imported in {time.perf_counter() - started:.0f} s: {report.summary()}")

    budget = 50 if args.scale == 1 else 100
    client = Client()
    over = []
    print(f"{'page':28} {'median ms':>9} {'max ms':>7}  URL")
    for name, url in PAGES:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        median = statistics.median(times)
        print(f"{name:28} {median:9.1f} {max(times):7.1f}  {url}")
        if median > budget:
            over.append(name)
    after_write = time_after_writes(client, MISSPELT[1], args.writes)
    print(f"{'first search after a write':28} {statistics.median(after_write):9.1f}", end=" ")
    print(f"{max(after_write):7.1f}  {MISSPELT[1]}")
    scratch.cleanup()
    if over:
        print(f"over budget ({budget} ms median): {', '.join(over)}")
    if max(after_write) > AFTER_WRITE_BUDGET:
        print(f"first search after a write over budget ({AFTER_WRITE_BUDGET} ms)")
    return 1 if over or max(after_write) > AFTER_WRITE_BUDGET else 0


def time_after_writes(client, url, writes) -> list[float]:
    """Milliseconds of the request for `url` right after each of `writes` saves of a plan."""
    from records.models import LearningPlan

    plan = LearningPlan.objects.published().order_by("pk").first()
    title = plan.title
    times = []
    for n in range(writes):
        plan.title = f"{title} (revised)" if n % 2 == 0 else title
        plan.save()
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    plan.title = title
    plan.save()
    return times


if __name__ == "__main__":
    sys.exit(main())
