"""Import benchmark: a folder into a fresh SQLite database, then the same folder again.

    python bench/bench_import.py PATH [--database-url URL] [--base SMALLER]

Runs `manage.py import_seeds PATH` twice as separate processes against a fresh database
(a temporary SQLite file unless --database-url names an empty database) and prints, for each
run, the number of files, wall seconds, CPU seconds (user and system: the same work without the
waits of a machine busy with other processes), peak memory (max RSS of the process) and the
summary line. Run on purpose; it is not part of the test suite.

First it times the floor: the CPU of reading every file as the importer reads it (bytes to
text, refusing what is not text) and matching its tag lines, the parser's first step. No import
can cost less; each run's CPU is also printed as a multiple of it.

With --base (the archive a scaled folder was built from, bench/scale_corpus.py), SMALLER is
benchmarked first, in a database of its own, and the import checked to be linear. Budget: the
first run of PATH takes at most as many times the CPU of SMALLER's as it has times the files,
and no run peaks over 200 MB; exits non-zero over it.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from records import archive  # noqa: E402 - pure Python: no Django setup
from records.archive.tags import read_tags  # noqa: E402
from records.archive.text import clean_text  # noqa: E402

MAX_PEAK_MB = 200


def run(args, env):
    """Run manage.py with args; return (seconds, CPU seconds, peak RSS in MB, last line of
    its standard output). Exit status 1 (a file failed) is an import's normal end."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "manage.py"), *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        output = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode not in (0, 1):
            errors.seek(0)
            sys.exit(
                f"manage.py {' '.join(args)} exited {process.returncode}:\n{output}{errors.read()}"
            )
    lines = output.strip().splitlines()
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, lines[-1] if lines else ""


def floor(path: str) -> tuple[int, float]:
    """(files, CPU seconds) of reading every file under `path` and matching its tag lines."""
    root = Path(path)
    paths = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
    started = time.process_time()
    for file in paths:
        try:
            text, _ = archive.read_text(file.read_bytes())
        except archive.NotText:
            continue
        read_tags(clean_text(text).split("\n"), [])
    return len(paths), time.process_time() - started


def bench(path: str, database_url: str | None) -> list[tuple[int, float, float]]:
    """Benchmark `path` in a fresh database; print and return each run's (files, CPU s,
    peak MB)."""
    runs = []
    files, floor_cpu = floor(path)
    print(f"floor: {files} files read and their tag lines matched in {floor_cpu:.2f} CPU s")
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "DATABASE_URL": database_url or f"sqlite:///{scratch}/bench.sqlite3"}
        # The project's modules compiled once, as a deployed site has them, by the migrate
        # run: the runs time the import, not Python compiling the project's source.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        run(["migrate", "--verbosity", "0"], env)
        header = f"{'run':<10} {'files':>6} {'seconds':>8} {'CPU s':>8} {'x floor':>8}"
        print(f"{header} {'peak MB':>8}  summary")
        for label in ("first", "unchanged"):
            seconds, cpu, peak, summary = run(["import_seeds", path], env)
            times = cpu / floor_cpu if floor_cpu else float("inf")
            print(
                f"{label:<10} {files:>6} {seconds:>8.2f} {cpu:>8.2f} {times:>8.1f} {peak:>8.0f}"
                f"  {summary}"
            )
            runs.append((files, cpu, peak))
    return runs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="file or folder of archive files")
    parser.add_argument("--database-url", help="an empty database; default: a temporary SQLite")
    parser.add_argument("--base", help="the smaller folder PATH was scaled from: check linearity")
    options = parser.parse_args()
    if not options.base:
        bench(options.path, options.database_url)
        return
    if options.database_url:
        sys.exit("--base needs a database for each folder: leave --database-url out")
    base = bench(options.base, None)
    scaled = bench(options.path, None)
    (base_files, base_cpu, _), (files, cpu, _) = base[0], scaled[0]
    times, allowed = cpu / base_cpu, files / base_files
    peak = max(peak for _, _, peak in base + scaled)
    print(f"CPU {times:.1f} times the base's for {allowed:.1f} times the files; peak {peak:.0f} MB")
    if times > allowed or peak > MAX_PEAK_MB:
        sys.exit(f"over budget: at most {allowed:.1f} times the CPU and {MAX_PEAK_MB} MB")


if __name__ == "__main__":
    main()
