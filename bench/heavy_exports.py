"""Heavy requests beside page views: clients pulling the full plan CSV while one client times
a list page, on one gunicorn server over an imported database.

Usage (from the repository root):

    python bench/heavy_exports.py sqlite:///path/to/corpus.sqlite3
    python bench/heavy_exports.py DATABASE_URL --clients 8 --duration 20 --workers 4
    python bench/heavy_exports.py DATABASE_URL --app-dir DIR   # serve another checkout

For --duration seconds, --clients threads each download /plans/?format=csv in a loop while
one more thread loads /insights/?page=2 (a list page) one request at a time; it prints the
downloads done and the list page's requests, p50 and p99, then the same list page alone for
comparison. Run on purpose; it is not part of the test suite.
"""

import argparse
import statistics
import sys
import threading
import time
import urllib.request
from pathlib import Path

from serving import ROOT, environment, gunicorn

LIST_PAGE = "/insights/?page=2"
DOWNLOAD = "/plans/?format=csv"


def loop(url, deadline, latencies, errors):
    """GET `url` one request at a time until `deadline`, noting latencies (ms) and errors."""
    while time.monotonic() < deadline:
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(url, timeout=120) as response:
                response.read()
        except OSError:
            errors.append(url)
            continue
        latencies.append((time.perf_counter() - started) * 1000)


def run(base, clients, duration):
    """(downloads, list page latencies, errors) of `clients` downloaders beside one browser."""
    deadline = time.monotonic() + duration
    downloads, pages, errors = [], [], []
    threads = [
        threading.Thread(target=loop, args=(base + DOWNLOAD, deadline, downloads, errors))
        for _ in range(clients)
    ]
    threads.append(threading.Thread(target=loop, args=(base + LIST_PAGE, deadline, pages, errors)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return downloads, pages, errors


def describe(name, latencies):
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    return f"{name:34} {len(latencies):6d} requests  p50 {cuts[49]:8.1f} ms  p99 {cuts[98]:8.1f} ms"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database_url", help="an imported database")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--duration", type=int, default=20, help="seconds")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--app-dir", type=Path, default=ROOT, help="the checkout to serve")
    args = parser.parse_args(argv)

    env = environment(args.database_url)
    with gunicorn(env, workers=args.workers, app_dir=args.app_dir) as base:
        urllib.request.urlopen(base + DOWNLOAD, timeout=120).read()  # warm, as a visitor would
        _, alone, _ = run(base, 0, args.duration // 2)
        downloads, pages, errors = run(base, args.clients, args.duration)
    print(f"{args.clients} clients on {DOWNLOAD}, {args.duration} s, {args.workers} workers")
    print(describe(f"list page alone ({LIST_PAGE})", alone))
    print(describe("list page beside the downloads", pages))
    print(describe("full CSV downloads", downloads))
    print(f"errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
