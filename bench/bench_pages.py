"""Time the public list pages on a real corpus, and weigh them.

Usage (from the repository root):

    python bench/bench_pages.py path/to/archive/files            # import, then time
    python bench/bench_pages.py path/to/archive/files --runs 30
    python bench/bench_pages.py --db /tmp/corpus.sqlite3 path/to/archive/files  # keep the DB;
                                                                  # a later run reuses it

It imports the corpus (records.importing.import_paths) into a fresh SQLite database in a
temporary folder (or into --db, once), then requests each list page with Django's test Client:
without filters, with a filter (its facets counted under it), and with a text query. Each page
is fetched once to warm up, then --runs times; it prints the median and the slowest time per
page (server time: URL routing, middleware, queries and template rendering) and the size of the
HTML as GZipMiddleware sends it, and with the page's stylesheet and script gzip'd.

Budget: median under 50 ms per page on SQLite; a list page (HTML + CSS, gzip'd) under 150 KB.
The script exits non-zero when a page is over either budget.

Not collected by pytest (no test_ prefix, outside tests/).
"""

import argparse
import gzip
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_MS = 50
BUDGET_KB = 150
# What a list page loads besides its HTML (no image, no font: system fonts).
ASSETS = ("site.css", "filters.js")


def pages():
    """(name, URL) of each list page, with a filter and with a text query."""
    return [
        ("plans", "/plans/"),
        ("plans, filtered", "/plans/?sdg=5&region=central-asia&sdg=4"),
        ("plans, text query", "/plans/?q=women+in+STEM"),
        ("insights", "/insights/"),
        ("insights, filtered", "/insights/?sdg=5&year=2023"),
        ("insights, text query", "/insights/?q=youth"),
        ("partners", "/partners/"),
        ("partners, filtered", "/partners/?sector=academia&sdg=5"),
        ("partners, text query", "/partners/?q=university"),
        ("blogs", "/blogs/"),
        ("blogs, filtered", "/blogs/?kind=blog&region=central-asia"),
        ("blogs, text query", "/blogs/?q=women+in+STEM"),
        ("country page", "/countries/aze/"),
    ]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="folder of archive files, e.g. path/to/archive/files")
    parser.add_argument("--runs", type=int, default=15, help="timed requests per page")
    parser.add_argument("--db", help="SQLite file to import into once and reuse")
    args = parser.parse_args(argv)

    # Without --db the database lives in a folder removed when the script ends.
    scratch = None if args.db else tempfile.TemporaryDirectory()
    database = Path(args.db) if args.db else Path(scratch.name) / "bench.sqlite3"
    fresh = not database.exists()
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "labknowledge.settings")
    sys.path.insert(0, str(ROOT))

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    # Serve static files without collectstatic, as the tests do.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    setup_test_environment()  # the test Client needs it; it turns nothing else on

    if fresh:
        from records.importing import import_paths

        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        report = import_paths([args.corpus])
        print(f"imported in {time.perf_counter() - started:.0f} s: {report.summary()}")

    static = ROOT / "records" / "static" / "records"
    assets_kb = sum(len(gzip.compress((static / name).read_bytes())) for name in ASSETS) / 1024
    client = Client(HTTP_ACCEPT_ENCODING="gzip")
    over = []
    print(f"{'page':24} {'median ms':>9} {'max ms':>7} {'HTML gz KB':>10} {'+assets':>8}  URL")
    for name, url in pages():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        html_kb = len(response.content) / 1024
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        median = statistics.median(times)
        total_kb = html_kb + assets_kb
        print(f"{name:24} {median:9.1f} {max(times):7.1f} {html_kb:10.1f} {total_kb:8.1f}  {url}")
        if median > BUDGET_MS or total_kb > BUDGET_KB:
            over.append(name)
    print(f"stylesheet and script: {assets_kb:.1f} KB gzip'd")
    if scratch:
        scratch.cleanup()
    if over:
        print(f"over budget ({BUDGET_MS} ms median, {BUDGET_KB} KB): {', '.join(over)}")
        return 1
    print(f"every page within budget ({BUDGET_MS} ms median, {BUDGET_KB} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
