"""Time the public pages on a real corpus, uncached, and weigh them.

Usage (from the repository root):

    python bench/bench_pages.py path/to/archive/files            # import, then time
    python bench/bench_pages.py path/to/archive/files --scale 10 # the corpus copied 10 times
    python bench/bench_pages.py path/to/archive/files --runs 30
    python bench/bench_pages.py --db corpus.sqlite3 path/to/archive/files  # keep the DB;
                                                                  # a later run reuses it

It imports the corpus (records.importing.import_paths) into a fresh SQLite database in a
temporary folder (or into --db, once); with --scale N it first builds a folder N times the
corpus (bench/scale_corpus.py: every copy a new record). It then requests the home page, each
list page (without filters, with a filter, with a text query), a facet's page of all values,
and a plan, a partner and a blog page with Django's test Client, with the cache off
(DummyCache): every request is a first request after a write, counting its facets and
rendering afresh. Each page is fetched once to warm up, then --runs times; it prints the
median and the slowest time per page (server time: URL routing, middleware, queries and
template rendering), the median CPU time of the process (the same work, without the waits of a
machine busy with other processes: SQLite runs in the process) and the size of its HTML before
compression and as GZipMiddleware sends it.

Budget: median CPU time under 50 ms per page at the corpus's size, 100 ms at 10 times it or
more; the HTML of a list page under 40 KB before compression. The script exits non-zero when a
page is over budget.

Not collected by pytest (no test_ prefix, outside tests/).
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_MS = {1: 50, 10: 100}  # by scale: the budget of the largest scale not above it
BUDGET_LIST_KB = 40


def pages(plan, partner, blog):
    """(name, URL) of each page timed; list pages' names start with their list."""
    return [
        ("home", "/"),
        ("plans", "/plans/"),
        ("plans, filtered", "/plans/?sdg=5&region=central-asia&sdg=4"),
        ("plans, by country", "/plans/?country=AZE"),
        ("plans, text query", "/plans/?q=women+in+STEM"),
        ("plans, theme facet page", "/plans/facets/theme/"),
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
        ("plan page", plan.get_absolute_url()),
        ("partner page", partner.get_absolute_url()),
        ("blog page", blog.get_absolute_url()),
    ]


def setup_django(database: Path):
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "labknowledge.settings")
    sys.path.insert(0, str(ROOT))
    import django
    from django.conf import settings

    django.setup()
    from django.test.utils import setup_test_environment

    # Serve static files without collectstatic, as the tests do; no cache: every request
    # renders as the first one after a write does.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    setup_test_environment()  # the test Client needs it; it turns nothing else on


def import_corpus(corpus: str, scale: int, scratch: str):
    from django.core.management import call_command

    from records.importing import import_paths

    if scale > 1:
        sys.path.insert(0, str(ROOT / "bench"))
        from scale_corpus import build

        folder = Path(scratch) / f"x{scale}"
        print(f"{build(Path(corpus), folder, scale)} files written for --scale {scale}")
        corpus = str(folder)
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    report = import_paths([corpus])
    print(f"imported in {time.perf_counter() - started:.0f} s: {report.summary()}")


def sample_records():
    """A published plan and partner with the most to show (the closing report with the most
    partners, the partner in the most plans) and the newest blog (the longest bodies are
    whole scraped reports, hundreds of kB)."""
    from django.db.models import Count

    from records.models import Blog, LearningPlan, Partner

    plans = LearningPlan.objects.published().filter(stage="closing")
    plan = plans.annotate(n=Count("partnerships")).order_by("-n", "pk").first()
    partners = Partner.objects.published().annotate(n=Count("partnerships"))
    partner = partners.order_by("-n", "pk").first()
    blog = Blog.objects.published().order_by("-published_on", "-pk").first()
    return plan, partner, blog


def time_pages(runs: int, budget_ms: int) -> list[str]:
    """Print each page's median, slowest and sizes; return the names of those over budget."""
    from django.test import Client

    client = Client(HTTP_ACCEPT_ENCODING="gzip")
    plain = Client()
    over = []
    columns = ("median ms", 9), ("max ms", 7), ("CPU ms", 7), ("HTML KB", 8), ("gzip KB", 8)
    print(f"{'page':26}", *(f"{label:>{width}}" for label, width in columns), " URL")
    for name, url in pages(*sample_records()):
        response = plain.get(url)
        assert response.status_code == 200, (url, response.status_code)
        html_kb = len(response.content) / 1024
        gzip_kb = len(client.get(url).content) / 1024
        times, cpu_times = [], []
        for _ in range(runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
            cpu_times.append((time.process_time() - started_cpu) * 1000)
        median, cpu = statistics.median(times), statistics.median(cpu_times)
        print(
            f"{name:26} {median:9.1f} {max(times):7.1f} {cpu:7.1f} {html_kb:8.1f} {gzip_kb:8.1f}"
            f"  {url}"
        )
        is_list = "," not in name and name.endswith("s") or name == "country page"
        if cpu > budget_ms or (is_list and html_kb > BUDGET_LIST_KB):
            over.append(name)
    return over


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="folder of archive files, e.g. path/to/archive/files")
    parser.add_argument("--scale", type=int, default=1, help="copies of the corpus to import")
    parser.add_argument("--runs", type=int, default=15, help="timed requests per page")
    parser.add_argument("--db", help="SQLite file to import into once and reuse")
    args = parser.parse_args(argv)

    # Without --db the database lives in a folder removed when the script ends.
    with tempfile.TemporaryDirectory() as scratch:
        database = Path(args.db) if args.db else Path(scratch) / "bench.sqlite3"
        fresh = not database.exists()
        setup_django(database)
        if fresh:
            import_corpus(args.corpus, args.scale, scratch)
        budget_ms = max(ms for scale, ms in BUDGET_MS.items() if scale <= args.scale)
        over = time_pages(args.runs, budget_ms)
    if over:
        print(f"over budget ({budget_ms} ms CPU, {BUDGET_LIST_KB} KB a list): {', '.join(over)}")
        return 1
    print(f"every page within budget ({budget_ms} ms CPU, {BUDGET_LIST_KB} KB a list)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
