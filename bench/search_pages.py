"""Time the search page and the ranked lists, uncached, on a database already imported.

Usage (from the repository root):

    python bench/search_pages.py --database-url postgres://user@host:5432/name
    python bench/search_pages.py --database-url sqlite:///corpus.sqlite3 --runs 9

It imports nothing: the database must hold an archive (`manage.py import_seeds`). With the
settings of bench/uncached_settings.py (no cache: each page renders as the first after a
write does), it requests /search/?q= for each judged query of tests/data/search/judged.tsv
and each of QUERIES (misspelt ones, and ones that find nothing, whose page looks for
suggestions), then each of ACROSS on /fr/search/, /es/search/ and the plan and blog lists
ranked by relevance, with Django's test Client in this process: once to warm up, then --runs
times. It prints each page's median and slowest server time and the median CPU time of this
process (the same work without the database's, and without the waits of a busy machine).
Then, --writes times, it saves a plan (its title changed, then restored) and times a
misspelt search right after, the first request to read the vocabulary of that data version
(bench/bench_search.py).

Budget: each page's median ≤ 300 ms, the first search after a write ≤ 1 s. Exits non-zero
over either.
Not collected by pytest (no test_ prefix, outside tests/).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 300  # ms, a page's median
AFTER_WRITE_BUDGET = 1000  # ms, the slowest first search after a write
# Beside the judged queries: misspelt ones, and ones that find nothing (suggestions).
QUERIES = (
    "digital paymnets",
    "acess to justise libya",
    "climate flurbish zorgle",
    "xqzvw plorbnik",
    "masques en tissu réutilisables zambie quixotry",
)
# Queries also timed on the French and Spanish pages and on the ranked plan and blog lists.
ACROSS = (
    "masques en tissu réutilisables zambie",
    "qualité de l'air almaty",
    "gestión forestal uganda",
    "climate change adaptation",
)


def urls() -> list[str]:
    from search_quality import read_judged

    queries = dict.fromkeys([case.query for case in read_judged()] + list(QUERIES))
    found = [f"/search/?{urlencode({'q': q})}" for q in queries]
    for query in ACROSS:
        q = urlencode({"q": query})
        found += [f"/fr/search/?{q}", f"/es/search/?{q}", f"/plans/?{q}", f"/blogs/?{q}"]
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", required=True, help="a migrated, imported database")
    parser.add_argument("--runs", type=int, default=5, help="timed requests per page")
    parser.add_argument("--writes", type=int, default=3, help="searches timed after a write")
    args = parser.parse_args(argv)

    os.environ["DATABASE_URL"] = args.database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "uncached_settings"
    sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
    import warnings

    import django

    warnings.filterwarnings("ignore", message="No directory at")  # no collectstatic needed

    django.setup()
    from bench_search import MISSPELT, time_after_writes
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    client = Client()
    over, medians = [], []
    print(f"{'median ms':>9} {'max ms':>7} {'CPU ms':>7}  URL")
    for url in urls():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        times, cpu_times = [], []
        for _ in range(args.runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
            cpu_times.append((time.process_time() - started_cpu) * 1000)
        median, cpu = statistics.median(times), statistics.median(cpu_times)
        medians.append(median)
        print(f"{median:9.1f} {max(times):7.1f} {cpu:7.1f}  {url}", flush=True)
        if median > BUDGET:
            over.append(url)
    print(f"slowest median {max(medians):.1f} ms, median of medians", end=" ")
    print(f"{statistics.median(medians):.1f} ms over {len(medians)} pages")
    after_write = time_after_writes(client, MISSPELT[1], args.writes)
    print(f"first search after a write: median {statistics.median(after_write):.1f} ms,", end=" ")
    print(f"max {max(after_write):.1f} ms  {MISSPELT[1]}")
    if over:
        print(f"over budget ({BUDGET} ms median): {len(over)} pages")
    if max(after_write) > AFTER_WRITE_BUDGET:
        print(f"first search after a write over budget ({AFTER_WRITE_BUDGET} ms)")
    return 1 if over or max(after_write) > AFTER_WRITE_BUDGET else 0


if __name__ == "__main__":
    sys.exit(main())
