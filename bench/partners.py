"""Partner figures of the parser on a folder of archive files.

    python bench/partners.py PATH

Parses every learning plan under PATH (no database) and prints:

- of the plans whose partner answers name an organisation (a non-n/a answer with a word in
  capitals or an acronym), the share that has at least one partner;
- the share of partner names over 8 words;
- the partner names that keep a list marker ("i)", "(iv)", "·", "●", "1.") or HTML;
- the share of partner mentions whose sector is unknown.

Run on purpose; not part of the test suite.
"""

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from records.archive import decode, parse  # noqa: E402
from records.archive.partners import is_void  # noqa: E402
from records.archive.sectors import SECTOR_OF_PROMPT, UNKNOWN  # noqa: E402

PARTNER_KEYS = {"partner_name", *SECTOR_OF_PROMPT}
# A capitalised word or an acronym: what an organisation's name has.
NAMES_SOMETHING = re.compile(r"\b(?:[A-Z][\w&'-]+|[A-Z]{2,})\b")
MARKER = re.compile(r"^\s*(?:\(?[ivxlc]+\)|\(?\d+[.)-]\s|[-*·●•▪])|[·●•▪]", re.IGNORECASE)
HTML = re.compile(r"</?[a-z][^>]*>|&[a-z]+;", re.IGNORECASE)


def names_an_organisation(text: str) -> bool:
    text = text.strip()
    return bool(text) and not is_void(text) and bool(NAMES_SOMETHING.search(text))


def figures(path: Path) -> dict:
    plans = with_partners = mentions = unknown = long_names = 0
    marked: list[str] = []
    for file in sorted(path.rglob("*.md")):
        text = decode(file.read_bytes())
        if "[[type:learningplan]]" not in text:
            continue
        doc = parse(text, file.name)
        answers = [a.text for a in doc.answers if a.key in PARTNER_KEYS]
        if any(names_an_organisation(a) for a in answers):
            plans += 1
            with_partners += bool(doc.partners)
        for partner in doc.partners:
            mentions += 1
            unknown += partner.sector == UNKNOWN
            long_names += len(partner.name.split()) > 8
            if MARKER.search(partner.name) or HTML.search(partner.name):
                marked.append(partner.name)
    return {
        "plans naming an organisation": plans,
        "of them with partners": f"{with_partners / plans:.1%}" if plans else "-",
        "partner mentions": mentions,
        "names over 8 words": f"{long_names / mentions:.1%}" if mentions else "-",
        "names with a list marker or HTML": len(marked),
        "sector unknown": f"{unknown / mentions:.1%}" if mentions else "-",
        "examples of marked names": marked[:5],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="folder of archive files")
    for name, value in figures(parser.parse_args().path).items():
        print(f"{name}: {value}")


if __name__ == "__main__":
    main()
