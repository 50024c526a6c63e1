"""Scale-out proof: two app servers sharing one PostgreSQL database and one Redis; a write
shows on the other server at once.

Usage (from the repository root):

    python bench/scale_out.py --database-url postgres://postgres@127.0.0.1:5432/postgres \
        --redis-url redis://127.0.0.1:6379/0

It creates a scratch database on that PostgreSQL server (dropped at the end), migrates it and
imports seeds/, then starts two gunicorn servers, A and B, on free loopback ports, both with
that database and that Redis. It reads a plan's list, detail and API pages from B twice (the
second read comes from B's cache), then writes through A's side (the ORM in this process,
as A's code would: a title edit that sends signals, then an unpublish by QuerySet.update()
and an explicit bump()), and after each write reads the same pages from B: each must show the
change at once; a revisit with the list's ETag gets 304 before the write and the page after.
It prints what it checked and exits non-zero on the first failure.
"""

import argparse
import json
import os
import re
import sys
import uuid
from html import escape

import psycopg
from psycopg import sql
from serving import ROOT, environment, get, gunicorn, manage


def check(label, ok):
    print(f"{'ok  ' if ok else 'FAIL'} {label}")
    if not ok:
        raise SystemExit(1)


def api_titles(base):
    status, _, body = get(base + "/api/plans/?page_size=100")
    assert status == 200, status
    return [plan["title"] for plan in json.loads(body)["results"]]


def links_to(html, url, text):
    """Whether `html` has a link to `url` whose text is `text`."""
    pattern = rf'href="{re.escape(url)}"[^>]*>\s*{re.escape(escape(text))}\s*<'
    return re.search(pattern, html) is not None


def pages(base, plan_url):
    """The list, detail and API as B serves them: (list HTML, detail status, detail HTML,
    API titles, list ETag)."""
    _, headers, listing = get(base + "/plans/")
    status, _, detail = get(base + plan_url)
    return listing, status, detail, api_titles(base), headers.get("ETag")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", required=True, help="a PostgreSQL server to use")
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", ""), required=False)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    if not args.redis_url:
        parser.error("--redis-url (or REDIS_URL) is required: the servers share one Redis")

    server_url, _, _ = args.database_url.rpartition("/")
    scratch = f"labknowledge_scale_out_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(args.database_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(scratch)))
    try:
        return run(f"{server_url}/{scratch}", args)
    finally:
        with psycopg.connect(args.database_url, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(scratch)))


def run(database_url, args):
    env = environment(database_url, args.redis_url)
    manage(env, "migrate", "--verbosity", "0")
    manage(env, "import_seeds", str(ROOT / "seeds"))

    # Writes go through the same settings as the servers: this process is "A's code".
    os.environ.update(DATABASE_URL=database_url, REDIS_URL=args.redis_url)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "labknowledge.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from records.models import LearningPlan
    from records.versioning import bump, current

    plan = LearningPlan.objects.published().order_by("pk").first()
    old, new = plan.title, f"Scale-out check {uuid.uuid4().hex[:8]}"
    url = plan.get_absolute_url()
    print(f"database {database_url.rsplit('/', 1)[1]}, Redis {args.redis_url}")
    print(f"plan {plan.slug!r}: {old!r}")

    with gunicorn(env, workers=args.workers) as a, gunicorn(env, workers=args.workers) as b:
        print(f"server A {a}, server B {b}, {args.workers} workers each")
        for base in (a, b):  # warm both, every worker
            for _ in range(args.workers * 2):
                pages(base, url)
        listing, status, detail, titles, etag = pages(b, url)
        check(
            "B serves the plan on its list, detail page and API",
            (links_to(listing, url, old) and status == 200 and old in detail and old in titles),
        )
        check(f"B's list comes from its cache (ETag {etag})", etag is not None)
        revisit, _, _ = get(b + "/plans/", {"If-None-Match": etag})
        check("B answers a revisit with that ETag 304 Not Modified", revisit == 304)

        version = current()
        plan.title = new
        plan.save()  # signals: post_save bumps the data version once committed
        check(
            f"A's title edit bumped the data version ({version} -> {current()})",
            (current() > version),
        )
        listing, status, detail, titles, _ = pages(b, url)
        # The old title may still stand in another record's (a closing report named after
        # the plan it closes): it must no longer be the text of the plan's own link.
        shown = new in listing and not links_to(listing, url, old)
        check(f"B's list shows the new title {new!r} at once", shown)
        check("B's detail page shows the new title at once", status == 200 and new in detail)
        check("B's API shows the new title at once", new in titles and old not in titles)
        revisit, _, _ = get(b + "/plans/", {"If-None-Match": etag})
        check("B answers the ETag from before the edit with the new page (200)", revisit == 200)
        listing, status, detail, titles, _ = pages(a, url)
        check("A shows it too", new in listing and new in detail and new in titles)

        # A write that sends no signal, as the admin's unpublish action makes: update() + bump().
        LearningPlan.objects.filter(pk=plan.pk).update(is_published=False)
        bump()
        listing, status, detail, titles, _ = pages(b, url)
        check("B's list no longer shows the unpublished plan", new not in listing)
        check("B's detail page of the unpublished plan is 404", status == 404)
        check("B's API no longer lists it", new not in titles)
    print("every check passed: a write through one server shows on the other at once")
    return 0


if __name__ == "__main__":
    sys.exit(main())
