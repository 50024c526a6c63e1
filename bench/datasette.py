"""The plan list uncached beside Datasette serving the same plans: requests/s of each, and
the ratio, on the unfiltered list, one country and a text query.

Usage (from the repository root; Datasette in a virtualenv of its own, not a requirement):

    python3 -m venv VENV && VENV/bin/pip install datasette
    python bench/datasette.py path/to/archive/files VENV/bin/datasette
    python bench/datasette.py path/to/archive/files DATASETTE --db corpus.sqlite3  # import once
    python bench/datasette.py SOURCE DATASETTE --duration 10 --connections 4 --rounds 3
    python bench/datasette.py SOURCE DATASETTE --app-dir DIR  # serve another checkout
    python bench/datasette.py SOURCE DATASETTE --country-filter facet   # see below
    python bench/datasette.py SOURCE DATASETTE --no-facets   # Datasette's bare table pages

It imports the folder into a SQLite database (or reuses --db), and exports its published plans
as a Datasette user would publish them: a `plans` table with what a plan's card shows (title,
stage, year, countries, the quoted summary) and the plan's other facet values as JSON arrays
(regions, SDGs, themes, methods, data sources), a `plan_countries` table (plan, country code
and name) and a `plans_fts` FTS5 table over each plan's title and text, which the metadata
names as the plans' search index. It then starts gunicorn over the project, with Django's
dummy cache (every request the first after a write: facet counts and pages computed afresh),
and `datasette serve` on loopback ports, and loads each pair of equivalent pages in turn with
wrk (--duration seconds, --connections connections):

    project              Datasette's table page: 20 rows newest first, the cards' columns,
                         the project's facets counted (_facet, _facet_array), and
    /plans/              nothing more
    /plans/?country=C    _where=id in (select plan_id from plan_countries ...), or with
                         --country-filter facet countries__arraycontains=NAME (what a click
                         on the country facet's value gives)
    /plans/?q=QUERY      _search=QUERY

C is the country with the most published plans. It prints requests/s of each and the
project's rate as a multiple of Datasette's; --rounds N interleaves N rounds and prints the
medians. Target: 2x or more on each page; exits 1 below it with --check.

Not collected by pytest (no test_ prefix, outside tests/).
"""

import argparse
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from load import most_planned_country, with_wrk
from serving import ROOT, environment, free_port, get, gunicorn, manage

TARGET = 2.0
PAGE_SIZE = 20

# Run by manage.py shell in the served checkout: the published plans as JSON lines.
EXPORT = """
import json
from records.models import LearningPlan
from records.queries import plan_cards
plans = plan_cards(LearningPlan.objects.published().order_by("pk")).prefetch_related(
    "countries__region", "sdgs", "thematic_areas", "methods", "data_sources"
)
for plan in plans:
    countries = [(country.code, country.name) for country in plan.countries.all()]
    facets = {
        "regions": sorted({country.region.name for country in plan.countries.all()}),
        "sdgs": [f"{sdg.number}. {sdg.name}" for sdg in plan.sdgs.all()],
        "themes": [tag.name for tag in plan.thematic_areas.all()],
        "methods": [tag.name for tag in plan.methods.all()],
        "data_sources": [tag.name for tag in plan.data_sources.all()],
    }
    print(json.dumps([plan.pk, plan.slug, plan.title, plan.stage, plan.year, countries,
                      plan.card_summary or "", plan.search_document, facets]))
"""

SCHEMA = """
CREATE TABLE plans (
    id INTEGER PRIMARY KEY, slug TEXT, title TEXT, stage TEXT, year INTEGER,
    countries TEXT, summary TEXT,
    regions TEXT, sdgs TEXT, themes TEXT, methods TEXT, data_sources TEXT
);
CREATE TABLE plan_countries (
    plan_id INTEGER REFERENCES plans(id), country_code TEXT, country_name TEXT,
    PRIMARY KEY (plan_id, country_code)
);
CREATE INDEX plan_countries_code ON plan_countries (country_code);
CREATE INDEX plans_year ON plans (year);
CREATE VIRTUAL TABLE plans_fts USING fts5 (title, text);
"""


def export(env, app_dir, target: Path) -> int:
    """Writes the published plans into a new Datasette database at `target`; their number."""
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", EXPORT],
        cwd=app_dir,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("[")]
    target.unlink(missing_ok=True)
    with sqlite3.connect(target) as db:
        db.executescript(SCHEMA)
        for pk, slug, title, stage, year, countries, summary, text, facets in rows:
            names = json.dumps([name for _, name in countries])
            arrays = [json.dumps(facets[column]) for column in ARRAY_FACETS[1:]]
            db.execute(
                "INSERT INTO plans VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (pk, slug, title, stage, year, names, summary, *arrays),
            )
            db.executemany(
                "INSERT INTO plan_countries VALUES (?, ?, ?)",
                [(pk, code, name) for code, name in countries],
            )
            db.execute(
                "INSERT INTO plans_fts (rowid, title, text) VALUES (?, ?, ?)", (pk, title, text)
            )
    return len(rows)


# The project's facets, as Datasette counts them: columns, and JSON arrays of names.
FACETS = ("stage", "year")
ARRAY_FACETS = ("countries", "regions", "sdgs", "themes", "methods", "data_sources")
# What the project's cards show.
SHOWN = ("id", "title", "stage", "year", "countries", "summary")

METADATA = {
    "databases": {"plans": {"tables": {"plans": {"fts_table": "plans_fts", "fts_pk": "id"}}}}
}


class Datasette:
    """`datasette serve` of one database on a free loopback port; `base` its URL."""

    def __init__(self, executable: str, database: Path, metadata: Path):
        self.port = free_port()
        self.process = subprocess.Popen(
            [executable, "serve", str(database), "--metadata", str(metadata)]
            + ["--host", "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        self.base = f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        deadline = time.monotonic() + 30
        while True:
            try:
                get(self.base + "/-/versions.json")
                return self
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.process.kill()
                    error = self.process.stderr.read().decode()[-2000:]
                    raise RuntimeError(f"datasette did not start: {error}") from None
                time.sleep(0.2)

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)


def pages(country: tuple[str, str], query: str, facets: bool, country_filter: str):
    """(name, project path, Datasette path) of each pair of equivalent pages: Datasette's
    shows the columns of the project's cards, and with `facets` counts the same facets.
    `country` is (code, name); `country_filter` how Datasette's page filters by it."""
    code, name = country
    params = [("_size", PAGE_SIZE), ("_sort_desc", "year"), *(("_col", c) for c in SHOWN[1:])]
    if facets:
        params += [("_facet", facet) for facet in FACETS]
        params += [("_facet_array", facet) for facet in ARRAY_FACETS]
    table = f"/plans/plans?{urllib.parse.urlencode(params)}"
    if country_filter == "facet":
        in_country = {"countries__arraycontains": name}
    else:
        where = f"id in (select plan_id from plan_countries where country_code = '{code}')"
        in_country = {"_where": where}
    return [
        ("plans", "/plans/", table),
        (
            f"plans, country {code}",
            f"/plans/?country={code}",
            f"{table}&{urllib.parse.urlencode(in_country)}",
        ),
        (
            f"plans, q={query}",
            f"/plans/?{urllib.parse.urlencode({'q': query})}",
            f"{table}&{urllib.parse.urlencode({'_search': query})}",
        ),
    ]


def country_name(database: Path, code: str) -> str:
    connection = sqlite3.connect(database)
    try:
        row = connection.execute(
            "SELECT country_name FROM plan_countries WHERE country_code = ?", (code,)
        ).fetchone()
    finally:
        connection.close()
    return row[0] if row else code


def checked(base: str, path: str) -> str:
    """The URL, once it answers 200 (a wrong page would be measured at its error's speed)."""
    status, _, body = get(base + path)
    if status != 200:
        raise RuntimeError(f"{base + path} answered {status}: {body[:300]}")
    return base + path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="folder of archive files")
    parser.add_argument("datasette", help="the datasette executable (its own virtualenv)")
    parser.add_argument("--db", help="SQLite file to import the folder into once and reuse")
    parser.add_argument("--duration", type=int, default=10, help="seconds per URL and round")
    parser.add_argument("--rounds", type=int, default=1, help="times each URL is loaded")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--query", default="women", help="the text of the `q` URL")
    parser.add_argument("--app-dir", type=Path, default=ROOT, help="the checkout to serve")
    parser.add_argument(
        "--no-facets", action="store_true", help="Datasette's pages without facet counts"
    )
    parser.add_argument(
        "--country-filter",
        choices=("where", "facet"),
        default="where",
        help="Datasette's country page: _where on plan_countries, or the countries facet",
    )
    parser.add_argument("--check", action="store_true", help="exit 1 below the target")
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        parser.error("wrk is not installed (apt-get install wrk)")

    scratch = tempfile.TemporaryDirectory()
    folder = Path(scratch.name)
    database = Path(args.db) if args.db else folder / "corpus.sqlite3"
    imported = database.exists()
    env = environment(f"sqlite:///{database.resolve()}")
    manage(env, "migrate", "--verbosity", "0", app_dir=args.app_dir)
    if not imported:
        manage(
            env, "import_seeds", "--verbosity", "0", args.source, app_dir=args.app_dir, check=False
        )
    plans = export(env, args.app_dir, folder / "plans.db")
    (folder / "metadata.json").write_text(json.dumps(METADATA))
    country = most_planned_country(env, args.app_dir)
    pairs = pages(
        (country, country_name(folder / "plans.db", country)),
        args.query,
        facets=not args.no_facets,
        country_filter=args.country_filter,
    )

    # Settings with Django's dummy cache: bench/uncached_settings.py.
    served = {**env, "DJANGO_SETTINGS_MODULE": "uncached_settings"}
    served["PYTHONPATH"] = ":".join(filter(None, [str(ROOT / "bench"), env.get("PYTHONPATH")]))
    print(
        f"{plans} published plans; wrk, {args.connections} connections, {args.duration} s per "
        f"URL and round, {args.rounds} round(s); gunicorn {args.workers} workers, dummy cache; "
        f"datasette serve, {'no' if args.no_facets else 'the same'} facets, country by "
        f"{args.country_filter}"
    )
    rows = []
    with (
        gunicorn(served, workers=args.workers, app_dir=args.app_dir) as project,
        Datasette(args.datasette, folder / "plans.db", folder / "metadata.json") as datasette,
    ):
        urls = [
            (name, checked(project, ours), checked(datasette.base, theirs))
            for name, ours, theirs in pairs
        ]
        for _ in range(args.rounds):
            for name, ours, theirs in urls:
                for url in (ours, theirs):  # warm up
                    urllib.request.urlopen(url, timeout=60).read()
                mine = with_wrk(ours, args.duration, args.connections)[0]
                theirs_rate = with_wrk(theirs, args.duration, args.connections)[0]
                rows.append((name, mine, theirs_rate))
    scratch.cleanup()

    print(f"{'page':24} {'project':>9} {'datasette':>9} {'ratio':>6}")
    below = []
    for name, *_ in pairs:
        mine = [row for row in rows if row[0] == name]
        ours = statistics.median(row[1] for row in mine)
        theirs = statistics.median(row[2] for row in mine)
        ratio = statistics.median(row[1] / row[2] for row in mine)
        print(f"{name:24} {ours:9.1f} {theirs:9.1f} {ratio:5.1f}x")
        if ratio < TARGET:
            below.append(name)
    print(f"below {TARGET:.0f}x: {', '.join(below)}" if below else f"every page {TARGET:.0f}x+")
    return 1 if args.check and below else 0


if __name__ == "__main__":
    sys.exit(main())
