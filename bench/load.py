"""Load benchmark: the plan list under concurrent clients, beside a trivial view, one server.

Usage (from the repository root):

    python bench/load.py path/to/archive/files             # import into a temporary SQLite
    python bench/load.py path/to/archive/files --db corpus.sqlite3   # import once, reuse
    python bench/load.py postgres://postgres@127.0.0.1:5432/corpus        # an imported database
    python bench/load.py SOURCE --duration 10 --connections 4 --workers 2 [--redis-url URL]
    python bench/load.py SOURCE --rounds 3 --duration 5   # each URL 3 x 5 s, interleaved
    python bench/load.py SOURCE --app-dir DIR    # serve another checkout (a before/after run)

It starts gunicorn (--workers sync workers) on a free loopback port over that database,
fetches each URL once (so cached pages are warm), then loads each URL in turn for --duration
seconds with --connections concurrent clients: wrk when it is installed, else a bounded
Python client (one thread per connection, one request at a time each). It prints requests/s,
p50 and p99 latency per URL and each URL's rate as a share of the trivial view's.

On a machine others use too, a burst of their work slows whichever URL is being loaded at the
time: --rounds N loads the URLs in turn N times and prints, per URL, the median of its rounds'
figures (its share: the median of its rounds' shares).

The trivial view is /robots.txt: a Django view that renders a few lines of text through the
whole middleware stack and is never cached (it is cheaper to render than to fetch). The
country filter is the country with the most published plans; --query is the `q` text.

Target: the cached list pages at 30% or more of the trivial view's rate; exits non-zero below
it when --check is given. Run on purpose; it is not part of the test suite.
"""

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from serving import ROOT, environment, gunicorn, manage

TARGET = 0.30


def most_planned_country(env, app_dir) -> str:
    code = (
        "from django.db.models import Count\n"
        "from records.models import Country\n"
        "print(Country.objects.filter(plans__is_published=True).annotate(n=Count('plans'))"
        ".order_by('-n', 'code').values_list('code', flat=True).first() or 'AZE')"
    )
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=app_dir,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1]


def with_wrk(url, duration, connections):
    """(requests/s, p50 ms, p99 ms, errors) measured by wrk."""
    threads = min(connections, 2)
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rate, ms(percentiles["50"]), ms(percentiles["99"]), int(errors.group(1)) if errors else 0


def ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def with_python(url, duration, connections):
    """(requests/s, p50 ms, p99 ms, errors) measured by `connections` threads, each sending
    one request at a time until the duration is over."""
    latencies, errors = [], [0]
    lock = threading.Lock()
    deadline = time.monotonic() + duration

    def client():
        mine, failed = [], 0
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=30) as response:
                    response.read()
            except OSError:
                failed += 1
                continue
            mine.append((time.perf_counter() - started) * 1000)
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    cuts = statistics.quantiles(latencies, n=100)
    return len(latencies) / elapsed, cuts[49], cuts[98], errors[0]


def load(base, pages, args, measure):
    """One row per round and URL: (round, name, path, requests/s, p50, p99, errors)."""
    for _, path in pages:
        for _ in range(args.workers * 2):  # warm every worker
            urllib.request.urlopen(base + path, timeout=60).read()
    return [
        (number, name, path, *measure(base + path, args.duration, args.connections))
        for number in range(args.rounds)
        for name, path in pages
    ]


def report(rows, pages):
    """Print each URL's median figures over the rounds; the names of those below the target."""
    trivial = {number: rate for number, name, _, rate, *_ in rows if name == pages[0][0]}
    print(f"{'page':28} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} {'share':>6}  URL")
    below = []
    for name, path in pages:
        mine = [row for row in rows if row[1] == name]
        rate, p50, p99 = (statistics.median(row[column] for row in mine) for column in (3, 4, 5))
        share = statistics.median(row[3] / trivial[row[0]] for row in mine)
        errors = sum(row[6] for row in mine)
        print(f"{name:28} {rate:8.0f} {p50:7.1f} {p99:7.1f} {errors:6d} {share:6.0%}  {path}")
        if share < TARGET:
            below.append(name)
    return below


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="folder of archive files, or a database URL")
    parser.add_argument("--db", help="SQLite file to import the folder into once and reuse")
    parser.add_argument("--duration", type=int, default=10, help="seconds per URL and round")
    parser.add_argument("--rounds", type=int, default=1, help="times each URL is loaded")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--redis-url", default="", help="cache in Redis (default: local memory)")
    parser.add_argument("--query", default="women", help="the text of the `q` URL")
    parser.add_argument("--app-dir", type=Path, default=ROOT, help="the checkout to serve")
    parser.add_argument("--client", choices=("wrk", "python"), help="default: wrk if installed")
    parser.add_argument("--check", action="store_true", help="exit 1 below the target")
    args = parser.parse_args(argv)

    scratch = tempfile.TemporaryDirectory()
    if "://" in args.source:
        database_url, corpus = args.source, None
    else:
        database = Path(args.db) if args.db else Path(scratch.name) / "corpus.sqlite3"
        database_url = f"sqlite:///{database.resolve()}"
        corpus = None if database.exists() else args.source
    env = environment(database_url, args.redis_url)
    manage(env, "migrate", "--verbosity", "0", app_dir=args.app_dir)
    if corpus and manage(env, "import_seeds", corpus, app_dir=args.app_dir, check=False).returncode:
        print("some files failed to import (listed above); measuring the pages of the rest")

    client = args.client or ("wrk" if shutil.which("wrk") else "python")
    measure = with_wrk if client == "wrk" else with_python
    country = most_planned_country(env, args.app_dir)
    pages = [
        ("trivial view (/robots.txt)", "/robots.txt"),
        ("plans", "/plans/"),
        ("plans, one country", f"/plans/?country={country}"),
        ("plans, text query", f"/plans/?q={args.query}"),
    ]
    cache = "Redis" if args.redis_url else "local memory"
    print(
        f"{client}, {args.connections} connections, {args.duration} s per URL and round, "
        f"{args.rounds} round(s); gunicorn {args.workers} workers; cache: {cache}; "
        f"database: {database_url.split(':')[0]}"
    )
    with gunicorn(env, workers=args.workers, app_dir=args.app_dir) as base:
        rows = load(base, pages, args, measure)
    scratch.cleanup()

    below = report(rows, pages)
    if below:
        print(f"below {TARGET:.0%} of the trivial view: {', '.join(below)}")
    else:
        print(f"every list page at {TARGET:.0%} or more of the trivial view's rate")
    return 1 if args.check and below else 0


if __name__ == "__main__":
    sys.exit(main())
