"""Partner figures of the parser on a folder of archive files.

    python bench/partners.py PATH

Parses every learning plan under PATH (no database) and prints:

- of the plans whose partner answers name an organisation (a non-n/a answer with a word in
  capitals or an acronym), the share that has at least one partner;
- the share of partner names over 8 words;
- the partner names that keep a list marker ("i)", "(iv)", "·", "●", "1.") or HTML;
- the share of partner mentions whose sector is unknown;
- the partner names that are fragments: starting in lower case ("les secteurs privés", "la
  société civile", "diaspora"; not "eBay") or with no letter to start ("// N A");
- the CLOSE-A sector answers ("what private sector partners did you actually work with…")
  naming an organisation (a capitalised run of two words or an acronym, past the first
  word) of which no partner was recorded: no partner's name is in the answer.

`--show` names the examples behind each count (for a folder one may read, never a held-out
one). Run on purpose; not part of the test suite.
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
# Past an answer's first word: "Bahir Dar", "Blufu SARL", "GIZ".
ORGANISATION_NAME = re.compile(r"(?<=\S)\s+(?:[A-Z][\w&'-]+\s+[A-Z][\w&'-]+|[A-Z]{3,})\b")


def is_fragment(name: str) -> bool:
    name = name.lstrip("\"“«'")
    first = name.split()[0]
    return not name[:1].isalnum() or (first[:1].islower() and first.islower())


def names_an_organisation(text: str) -> bool:
    text = text.strip()
    return bool(text) and not is_void(text) and bool(NAMES_SOMETHING.search(text))


def figures(path: Path) -> dict:
    plans = with_partners = mentions = unknown = long_names = 0
    marked: list[str] = []
    fragments: list[str] = []
    unrecorded: list[str] = []
    for file in sorted(path.rglob("*.md")):
        text = decode(file.read_bytes())
        if "[[type:learningplan]]" not in text:
            continue
        doc = parse(text, file.name)
        answers = [a.text for a in doc.answers if a.key in PARTNER_KEYS]
        names = [p.name.casefold() for p in doc.partners]
        for answer in doc.answers:
            text = answer.text
            named = answer.key in SECTOR_OF_PROMPT and ORGANISATION_NAME.search(text)
            if named and not is_void(text) and not any(n in text.casefold() for n in names):
                unrecorded.append(f"{file.name}: {text[:100]!r}")
        if any(names_an_organisation(a) for a in answers):
            plans += 1
            with_partners += bool(doc.partners)
        for partner in doc.partners:
            mentions += 1
            unknown += partner.sector == UNKNOWN
            long_names += len(partner.name.split()) > 8
            if MARKER.search(partner.name) or HTML.search(partner.name):
                marked.append(partner.name)
            if is_fragment(partner.name):
                fragments.append(f"{file.name}: {partner.name!r}")
    return {
        "plans naming an organisation": plans,
        "of them with partners": f"{with_partners / plans:.1%}" if plans else "-",
        "partner mentions": mentions,
        "names over 8 words": f"{long_names / mentions:.1%}" if mentions else "-",
        "names with a list marker or HTML": len(marked),
        "sector unknown": f"{unknown / mentions:.1%}" if mentions else "-",
        "lower-case fragments": fragments,
        "sector answers naming an organisation never recorded": unrecorded,
        "examples of marked names": marked[:5],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="folder of archive files")
    parser.add_argument("--show", action="store_true", help="name the examples behind counts")
    args = parser.parse_args()
    for name, value in figures(args.path).items():
        if isinstance(value, list) and name != "examples of marked names":
            print(f"{name}: {len(value)}")
            for example in value if args.show else ():
                print(f"    {example}")
        elif args.show or name != "examples of marked names":
            print(f"{name}: {value}")


if __name__ == "__main__":
    main()
