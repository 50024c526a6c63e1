"""Import benchmark: a folder into a fresh SQLite database, then the same folder again.

    python bench/bench_import.py PATH [--database-url URL]

Runs `manage.py import_seeds PATH` twice as separate processes against a fresh database
(a temporary SQLite file unless --database-url names an empty database) and prints, for each
run, the number of files, wall seconds, CPU seconds (user and system: the same work without the
waits of a machine busy with other processes), peak memory (max RSS of the process) and the
summary line. Run on purpose; it is not part of the test suite.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(args, env):
    """Run manage.py with args; return (seconds, CPU seconds, peak RSS in MB, last line of
    output)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        sys.exit(f"manage.py {' '.join(args)} exited {process.returncode}:\n{output}")
    lines = output.strip().splitlines()
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, lines[-1] if lines else ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="file or folder of archive files")
    parser.add_argument("--database-url", help="an empty database; default: a temporary SQLite")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        env = {
            **os.environ,
            "DATABASE_URL": options.database_url or f"sqlite:///{scratch}/bench.sqlite3",
        }
        run(["migrate", "--verbosity", "0"], env)
        root = Path(options.path)
        files = sum(1 for p in root.rglob("*") if p.is_file()) if root.is_dir() else 1
        print(f"{'run':<10} {'files':>6} {'seconds':>8} {'CPU s':>8} {'peak MB':>8}  summary")
        for label in ("first", "unchanged"):
            seconds, cpu, peak, summary = run(["import_seeds", options.path], env)
            print(f"{label:<10} {files:>6} {seconds:>8.2f} {cpu:>8.2f} {peak:>8.0f}  {summary}")


if __name__ == "__main__":
    main()
