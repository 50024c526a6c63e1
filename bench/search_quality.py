"""Judge search: the judged queries of tests/data/search/judged.tsv on the site's /search/
page beside a plain bm25 baseline built from the same records.

Usage (from the repository root):

    python bench/search_quality.py path/to/archive/files
    python bench/search_quality.py path/to/archive/files --database-url postgres://u@h/name

It imports the folder's plans, blogs and publications into a fresh database (Django's test
database beside the one named: a SQLite file of its own, or test_<name> on PostgreSQL, dropped
at the end), requests /search/?q= for each query with the page cache left out, and reads the
records the page links to, in order (an insight counts as its closing report). The baseline is
what Datasette gives: an FTS5 table (unicode61) over each published plan's and blog's title and
text, every word of the query required, ranked by bm25.

A judged query is a known item (one record the query was written from: found in the first 10,
and reciprocal rank), a cross-language known item (a query in another language than the
record's) or a topical query (precision of the first 10 against the records judged relevant).
Queries naming records the folder does not hold are left out. The judgements name records of
the tuning part of the archive; figures over another folder are only indicative.

Not collected by pytest (no test_ prefix, outside tests/).
"""

import argparse
import csv
import os
import re
import sqlite3
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from statistics import mean
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "tests" / "data" / "search" / "judged.tsv"
TYPES = ("learningplan", "blog", "publications")
TOP = 10
# The links of the hits on /search/, in the order shown.
HIT_LINK = re.compile(r'class="card-title"[^>]*><a href="([^"]+)"')


@dataclass(frozen=True)
class Judged:
    query: str
    language: str
    kind: str  # known, cross or topical
    relevant: frozenset[str]


def read_judged(path: Path = JUDGED) -> list[Judged]:
    # Tab-separated, no quoting: a query may hold a quote.
    with path.open(encoding="utf-8", newline="") as file:
        rows = csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Judged(r["query"], r["language"], r["kind"], frozenset(r["relevant"].split("|")))
            for r in rows
        ]


def held(cases: list[Judged], files: set[str]) -> list[Judged]:
    """The cases whose records `files` hold, judged against those records alone."""
    kept = []
    for case in cases:
        relevant = case.relevant & files
        if relevant and (case.kind == "topical" or relevant == case.relevant):
            kept.append(Judged(case.query, case.language, case.kind, frozenset(relevant)))
    return kept


def figures(cases: list[Judged], ranked, each: dict | None = None) -> dict[str, float]:
    """Known-item found-in-10 and reciprocal rank, and topical precision@10 by language, of
    `ranked(query)`: the files a search finds, best first. `each`, when given, receives each
    query's figure."""
    found, reciprocal, precision = defaultdict(list), defaultdict(list), defaultdict(list)
    each = {} if each is None else each
    for case in cases:
        files = list(dict.fromkeys(ranked(case.query)))[:TOP]
        if case.kind == "topical":
            hits = sum(file in case.relevant for file in files)
            precision[case.language].append(hits / TOP)
            precision["all"].append(hits / TOP)
            each[case.query] = hits / TOP
            continue
        rank = next((n for n, file in enumerate(files, 1) if file in case.relevant), None)
        each[case.query] = 1 / rank if rank else 0.0
        found[case.kind].append(1 if rank else 0)
        reciprocal[case.kind].append(1 / rank if rank else 0.0)
    result = {}
    for kind, values in found.items():
        result[f"{kind} items found in {TOP}"] = f"{sum(values)}/{len(values)}"
        result[f"{kind} items reciprocal rank"] = round(mean(reciprocal[kind]), 3)
    for language in ("all", "en", "fr", "es"):
        if precision[language]:
            result[f"topical precision@{TOP}, {language}"] = round(mean(precision[language]), 3)
    return result


def site_ranking(client, timings: list):
    """The files of the records /search/ links to for a query, in order; each request's
    milliseconds appended to `timings`."""
    files = {url: file for url, file, _ in documents()}

    def ranked(query: str) -> list[str]:
        started = time.perf_counter()
        response = client.get("/search/?" + urlencode({"q": query}))
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (query, response.status_code)
        links = HIT_LINK.findall(response.content.decode())
        return [files[path] for path in (urlsplit(link).path for link in links) if path in files]

    return ranked


def documents():
    """(URL, file, record) of each published plan and blog, its file named as the judgements
    name it: its type folder and its name (imported from the folder above the type folders,
    its source_file names them already)."""
    from records.models import Blog, LearningPlan

    def named(folder: str, record) -> str:
        file = record.source_file
        return file if "/" in file else f"{folder}/{file}"

    for plan in LearningPlan.objects.published():
        yield plan.get_absolute_url(), named("learningplan", plan), plan
    for blog in Blog.objects.published():
        folder = "publications" if blog.kind == "publication" else "blog"
        yield blog.get_absolute_url(), named(folder, blog), blog


def bm25_ranking():
    """A plain FTS5 table over the published plans and blogs, searched as Datasette does."""
    table = sqlite3.connect(":memory:")
    table.execute("CREATE VIRTUAL TABLE docs USING fts5(file UNINDEXED, title, body)")
    rows = [(file, r.title, r.search_document) for _, file, r in documents()]
    table.executemany("INSERT INTO docs VALUES (?, ?, ?)", rows)

    def ranked(query: str) -> list[str]:
        # Datasette's escape_fts: every word quoted, all of them required.
        words = [w for w in re.split(r"\s+", query) if w]
        expression = " ".join('"{}"'.format(w.replace('"', "")) for w in words)
        sql = "SELECT file FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?"
        return [file for (file,) in table.execute(sql, (expression, TOP))]

    return ranked


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="archive folder (learningplan/, blog/...)")
    parser.add_argument("--database-url", help="the database beside which to work (SQLite)")
    parser.add_argument("--judged", type=Path, default=JUDGED)
    parser.add_argument("--each", action="store_true", help="print each query's figures")
    args = parser.parse_args(argv)

    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "labknowledge.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    from records.importing import import_paths

    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if not m.endswith("PageCacheMiddleware")]
    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        started = time.perf_counter()
        folders = [args.folder / kind for kind in TYPES if (args.folder / kind).is_dir()]
        report = import_paths(folders)
        print(f"{connection.vendor}: imported in {time.perf_counter() - started:.0f} s:", end=" ")
        print(report.summary())
        files = {file for _, file, _ in documents()}
        cases = held(read_judged(args.judged), files)
        timings = []
        site_each, baseline_each = {}, {}
        site = figures(cases, site_ranking(Client(), timings), site_each)
        baseline = figures(cases, bm25_ranking(), baseline_each)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    if args.each:
        for case in cases:
            query = f"{case.kind} {case.language} {case.query}"
            print(f"{query:56} {site_each[case.query]:8.2f} {baseline_each[case.query]:8.2f}")
    print(f"{len(cases)} judged queries")
    if not cases:  # the judgements name records of the tuning part of the archive only
        return 0
    print(f"{'':40} {'site':>8} {'bm25':>8}")
    for name, value in site.items():
        print(f"{name:40} {value!s:>8} {baseline[name]!s:>8}")
    print(f"/search/ server time: median {sorted(timings)[len(timings) // 2]:.0f} ms,", end=" ")
    print(f"max {max(timings):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
