"""Blog authors measured: how many pages whose text has a byline get authors.

    python bench/blog_authors.py FOLDER [FOLDER ...] [--misses]

Parses every file of the folders (blog and publication files) and prints, for the pages whose
raw text has a byline, how many have authors; also how many bodies still start with a byline
and how many pages have no date. "Has a byline" is `BYLINE_RE` on a raw line: a credit word
("By", "Written by", "Author(s)", "Autor(es)", "Por", "Par", "Lead Author", "Co-Author"), an
optional colon, then two capitalised words (a name), the line at most 300 characters. Run on
purpose; not part of the test suite.
"""

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from records.archive import parse  # noqa: E402

BYLINE_RE = re.compile(
    r"^[*_ ]*(?:by|written by|authors?|autor(?:es|as?)?|por|par|lead authors?|co-authors?)"
    r"[*_ ]*:?[*_ ]*\s+[A-ZÀ-Ý][\w'’.-]*\.?\s+(?:[a-z]{1,3}\s+)?[A-ZÀ-Ý]",
    re.IGNORECASE,
)
_CAPITAL_RE = re.compile(r"\s+(?:[a-z]{1,3}\s+)?[A-ZÀ-Ý]")


def byline(text: str) -> str:
    """The first byline line of a raw page, "" when none (see the module docstring)."""
    for line in text.splitlines():
        s = line.strip()
        m = BYLINE_RE.match(s)
        # The two capitalised words must really be capitalised: the regex ignores case.
        if m and len(s) <= 300 and _capital_words(s):
            return s
    return ""


def _capital_words(s: str) -> bool:
    head = re.match(r"[*_ ]*(?:(?:written|lead) )?[A-Za-z-]+[*_ ]*:?[*_ ]*\s+", s, re.IGNORECASE)
    rest = s[head.end() :] if head else ""
    return bool(rest[:1].isupper()) and bool(_CAPITAL_RE.match(rest, len(rest.split()[0])))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--misses", action="store_true", help="list pages with no authors")
    args = parser.parse_args()
    pages = with_byline = with_authors = byline_first = undated = 0
    for folder in args.folders:
        for path in sorted(folder.glob("*.md")):
            text = path.read_text(encoding="utf-8", errors="replace")
            doc = parse(text, path.name)
            pages += 1
            undated += doc.published_on is None
            first = doc.body.split("\n\n", 1)[0]
            byline_first += bool(byline(first))
            line = byline(text)
            if not line:
                continue
            with_byline += 1
            with_authors += bool(doc.authors)
            if args.misses and not doc.authors:
                print(f"MISS {path.name}: {line[:120]}")
    share = with_authors / with_byline if with_byline else 1.0
    print(f"pages {pages}; with a byline {with_byline}; of those with authors {with_authors}")
    print(f"share {share:.1%}; bodies starting with a byline {byline_first}; undated {undated}")


if __name__ == "__main__":
    main()
