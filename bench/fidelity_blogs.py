"""Blogs and publications measured: the links that tie them to plans, their bodies and bylines.

    python bench/fidelity_blogs.py PATH [--lists FOLDER]

Imports PATH (a folder of archive files) into a fresh temporary SQLite database and prints,
over all files and over the held-out fifth (`holdout.is_held_out` on the path under PATH),
one line per defect:

- blogs linked from a plan (a blog counts when its file is held out);
- plan links resolved to a blog, to an archived blog left unresolved, and pointing outside
  the archive (a link counts when its plan's file is held out). A link "has an archived
  blog" when the last word of its URL path (without ".html"), folded to letters and digits,
  is that of a blog's source URL or its title: a yardstick of its own, not the importer's;
- bodies with "(link is external)"; with literal markdown (a line "> …", "*…*" around words)
  or a contact line ("Email:", "Twitter:", …); with a photo credit ("Photo: …"); with
  sentences run together ("practices.For instance");
- bylined blogs with no author (a byline is `blog_authors.byline` on the file's raw text);
- several authors kept as one (a name holding " and "/", "/" & " before a capital, or a role
  holding "Author" or two words glued, "ExplorationCo-Author");
- publications stored one PDF line per paragraph (at least 5 paragraph breaks, a fifth of
  them, where a paragraph ends without a stop and the next starts in lower case);
- files failed and skipped, and why.

--lists FOLDER writes the records behind each figure to FOLDER/<figure>.txt (linked,
resolved, unresolved, outside, external, markdown, photo, runon, byline, joined, pdf, failed,
skipped). Run on purpose; not part of the test suite.
"""

import argparse
import os
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from blog_authors import byline  # noqa: E402
from holdout import is_held_out  # noqa: E402

EXTERNAL = "(link is external)"
MARKDOWN_RE = re.compile(r"^>\s|(?<![\w*])\*[^*\s][^*\n]{0,200}(?<=\S)\*(?![\w*])", re.MULTILINE)
CONTACT_RE = re.compile(
    r"^(?:e-?mail|twitter|contact|tel|phone|linkedin|facebook|instagram)\s*:", re.I | re.M
)
RUN_ON_RE = re.compile(r"[a-z]{2}[.!?][A-Z][a-z]+ ")
PHOTO_RE = re.compile(r"\b(?:photo|photograph|image|picture|foto)(?: credits?)?\s*:", re.I)
JOINED_NAME_RE = re.compile(r"(?: and | & | y | et |, )[A-Z]")
JOINED_ROLE_RE = re.compile(r"(?i:\bco-?authors?\b|\bauthors?\s*:)|[a-z]{3}[A-Z][a-z]")
MID_SENTENCE_RE = re.compile(r"[\w,;–-]\n\n[a-z]")
WORD_RE = re.compile(r"[^a-z0-9]+")


def setup(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "labknowledge.settings")
    sys.path.insert(0, str(ROOT))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def last_word(text: str) -> str:
    """The last segment of a URL path (or a title), without ".html", folded to [a-z0-9]."""
    from records.folding import fold

    segment = text.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")
    return WORD_RE.sub("", fold(segment))


def archived_words() -> set[str]:
    from records.models import Blog

    words = set()
    for url, title in Blog.objects.values_list("source_url", "title"):
        words.update(w for w in (last_word(url.split("?")[0]), last_word(title)) if len(w) >= 8)
    return words


class Figures:
    """Counts over all and held out, with the names behind each."""

    def __init__(self):
        self.names: dict[str, list[tuple[str, str]]] = {}
        self.totals: dict[str, tuple[int, int]] = {}

    def add(self, figure: str, name: str, detail: str = "") -> None:
        self.names.setdefault(figure, []).append((name, detail))

    def total(self, figure: str, names) -> None:
        names = list(names)
        self.totals[figure] = (len(names), sum(map(is_held_out, names)))

    def line(self, label: str, figure: str, of: str = "") -> str:
        names = self.names.get(figure, [])
        held = sum(is_held_out(name) for name, _ in names)
        all_of, held_of = self.totals.get(of, (0, 0)) if of else ("", "")
        a = f"{len(names)}" + (f" of {all_of}" if of else "")
        h = f"{held}" + (f" of {held_of}" if of else "")
        return f"{label:<62} {a:>14} {h:>12}"


def measure(folder: Path, report) -> Figures:
    from records.enums import BlogKind
    from records.models import Blog, BlogAuthor, BlogLink

    f = Figures()
    blogs = list(Blog.objects.values_list("pk", "source_file", "kind", "body"))
    f.total("blogs", (b[1] for b in blogs))
    f.total("publications", (b[1] for b in blogs if b[2] == BlogKind.PUBLICATION))
    linked = set(BlogLink.objects.exclude(blog=None).values_list("blog", flat=True))
    authored = set(BlogAuthor.objects.values_list("blog", flat=True))
    words = archived_words()
    for pk, name, kind, body in blogs:
        if pk in linked:
            f.add("linked", name)
        if EXTERNAL in body:
            f.add("external", name)
        if MARKDOWN_RE.search(body) or CONTACT_RE.search(body):
            f.add("markdown", name)
        if PHOTO_RE.search(body):
            f.add("photo", name)
        if RUN_ON_RE.search(body):
            f.add("runon", name)
        if pk not in authored:
            raw = (folder / name).read_text(encoding="utf-8", errors="replace")
            if byline(raw):
                f.add("byline", name)
        breaks = body.count("\n\n")
        mid = len(MID_SENTENCE_RE.findall(body))
        if kind == BlogKind.PUBLICATION and mid >= 5 and mid * 5 >= breaks:
            f.add("pdf", name)
    for name, author, role in BlogAuthor.objects.values_list("blog__source_file", "name", "role"):
        if JOINED_NAME_RE.search(author) or JOINED_ROLE_RE.search(role):
            f.add("joined", name, f"{author!r} {role!r}")
    links = list(BlogLink.objects.values_list("plan__source_file", "url", "blog"))
    f.total("links", (plan for plan, _, _ in links))
    for plan, url, blog in links:
        if blog is not None:
            f.add("resolved", plan, url)
        else:
            word = last_word(url)
            f.add("unresolved" if word in words else "outside", plan, url)
    for problem in report.problems:
        f.add(str(problem.outcome), problem.name, problem.reason)
    return f


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="folder of archive files")
    parser.add_argument("--lists", type=Path, help="a folder for the records behind each figure")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        setup(f"sqlite:///{scratch}/fidelity.sqlite3")
        from records.importing.run import import_paths

        report = import_paths([options.path])
        f = measure(options.path, report)
    print(f"{'figure':<62} {'all':>14} {'held-out':>12}")
    print(f.line("blogs linked from a plan", "linked", "blogs"))
    print(f.line("plan links resolved to an archived blog", "resolved", "links"))
    print(f.line("plan links to an archived blog left unresolved", "unresolved", "links"))
    print(f.line("plan links pointing outside the archive", "outside", "links"))
    print(f.line('bodies with "(link is external)"', "external", "blogs"))
    print(f.line("bodies with literal markdown or contact lines", "markdown", "blogs"))
    print(f.line("bodies with a photo credit", "photo", "blogs"))
    print(f.line('bodies with sentences run together ("practices.For instance")', "runon", "blogs"))
    print(f.line("bylined blogs with no author", "byline", "blogs"))
    print(f.line("authors holding several people or another's role", "joined"))
    print(f.line("publications stored one PDF line per paragraph", "pdf", "publications"))
    print(f.line("files failed", "failed"))
    print(f.line("files skipped", "skipped"))
    reasons = Counter(
        (p.outcome, re.sub(r"'[^']*'", "'…'", p.reason)[:70]) for p in report.problems
    )
    for (outcome, reason), count in reasons.most_common():
        print(f"  {outcome:<8} {count:>5}  {reason}")
    if options.lists:
        options.lists.mkdir(parents=True, exist_ok=True)
        for figure, names in f.names.items():
            lines = (f"{name}  {detail}\n" for name, detail in names)
            (options.lists / f"{figure}.txt").write_text("".join(lines))


if __name__ == "__main__":
    main()
