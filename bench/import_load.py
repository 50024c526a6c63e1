"""Browsing while an import runs: anonymous clients on the public pages of one gunicorn server
while `import_seeds` writes a folder of archive files into the same database.

Usage (from the repository root):

    python bench/import_load.py path/to/archive/files                  # a fresh SQLite file
    python bench/import_load.py path/to/archive/files --database-url postgres://.../empty_db
    python bench/import_load.py SOURCE --duration 20 --connections 4 --workers 2

It migrates the database (give PostgreSQL an empty one), starts gunicorn on a free loopback
port, starts the import, and for --duration seconds has --connections clients each fetch the
pages below in turn, one request at a time. It prints the import's summary line, then the
requests, errors (any answer but 200, or no answer) and p50/p99 latency of the browsing.
Target: 0 errors, and never "database is locked". Run on purpose; not part of the tests.
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from serving import PYTHON, ROOT, environment, gunicorn, manage

PAGES = [
    "/",
    "/plans/",
    "/insights/",
    "/partners/",
    "/blogs/",
    "/plans/?stage=closing",
    "/api/plans/",
]


def browse(base, deadline, latencies, errors):
    """Fetch PAGES in turn until `deadline`, noting each latency (ms) or error."""
    n = 0
    while time.monotonic() < deadline:
        url = base + PAGES[n % len(PAGES)]
        n += 1
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(url, timeout=60) as response:
                response.read()
        except urllib.error.HTTPError as error:
            body = error.read().decode(errors="replace")
            locked = " (database is locked)" if "database is locked" in body else ""
            errors.append(f"{error.code} {url}{locked}")
            continue
        except OSError as error:
            errors.append(f"{url}: {error}")
            continue
        latencies.append((time.perf_counter() - started) * 1000)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="folder of archive files to import")
    parser.add_argument("--database-url", help="an empty database (default: a fresh SQLite)")
    parser.add_argument("--duration", type=int, default=20, help="seconds of browsing")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    args = parser.parse_args(argv)

    scratch = tempfile.TemporaryDirectory()
    database_url = args.database_url or f"sqlite:///{Path(scratch.name) / 'db.sqlite3'}"
    env = environment(database_url)
    manage(env, "migrate", "--verbosity", "0")
    latencies, errors = [], []
    with gunicorn(env, workers=args.workers) as base:
        importing = subprocess.Popen(
            [PYTHON, "manage.py", "import_seeds", args.source],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + args.duration
        clients = [
            threading.Thread(target=browse, args=(base, deadline, latencies, errors))
            for _ in range(args.connections)
        ]
        for client in clients:
            client.start()
        for client in clients:
            client.join()
        import_running = importing.poll() is None
        output, import_errors = importing.communicate()
    scratch.cleanup()

    locked = (output + import_errors).count("database is locked") + sum(
        "database is locked" in e for e in errors
    )
    cuts = statistics.quantiles(latencies, n=100)
    print(f"database: {database_url.split(':')[0]}; gunicorn {args.workers} workers")
    print(f"import ({'still running at the end of the browsing' if import_running else 'ended'}):")
    print(f"  {output.strip().splitlines()[-1]}  (exit {importing.returncode})")
    print(
        f"browsing {args.duration} s, {args.connections} clients: {len(latencies)} requests, "
        f"{len(errors)} errors, p50 {cuts[49]:.1f} ms, p99 {cuts[98]:.1f} ms; "
        f'"database is locked": {locked}'
    )
    for error in errors[:10]:
        print(f"  {error}")
    # The import's own exit status says whether a file failed by the format's rules: it is
    # reported above, not a failure of writing beside the readers.
    return 1 if errors or locked else 0


if __name__ == "__main__":
    sys.exit(main())
