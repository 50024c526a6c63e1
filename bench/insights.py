"""Insight figures of the parser on a folder of archive files.

    python bench/insights.py PATH [--show]

Parses every closing report (a learning plan whose form is CLOSE-A or CLOSE-B) under PATH, no
database, and prints:

- the reports losing over 15% of their insights answer's words: the words of the answer
  (letters only, two or more, each counted as often as it occurs) that no insight and not the
  answer's intro holds;
- the long single insights (one insight of 40 words or more) and, of them, those that are a
  flattened list: the answer has two separators or more of one kind (runs of spaces or NBSP,
  " / ", "; " before a capital, inline numbers "2)" / "2.", inline dashes or bullets).

`--show` names the files behind each count (for a folder one may read, never a held-out one).
Run on purpose; not part of the test suite.
"""

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from records.archive import decode, parse  # noqa: E402

CLOSING_FORMS = ("close-a", "close-b")
MAX_LOSS = 0.15
LONG_WORDS = 40
WORD = re.compile(r"[^\W\d_]{2,}")
SEPARATORS = (
    re.compile(r"\S {3,}(?=\S)|\S {2,}(?=[A-Z])"),
    re.compile(r"\S; (?=[A-Z])"),
    re.compile(r"\S / (?=\S)"),
    re.compile(r"(?<=\S)\s+\(?\d{1,2}[.)]\s"),
    re.compile(r"(?<=\S)\s+[-•·]\s"),
)


def words(text: str) -> Counter:
    return Counter(WORD.findall(text.casefold()))


def is_flattened(answer: str) -> bool:
    return any(len(separator.findall(answer)) >= 2 for separator in SEPARATORS)


def figures(path: Path) -> dict:
    reports, losing, long_single, flattened = 0, [], [], []
    for file in sorted(path.rglob("*.md")):
        text = decode(file.read_bytes())
        if "[[type:learningplan]]" not in text:
            continue
        doc = parse(text, file.name)
        answer = next((a.text for a in doc.answers if a.key == "insights" and a.text), "")
        if doc.form not in CLOSING_FORMS or not answer:
            continue
        reports += 1
        source = words(answer)
        stored = words(" ".join([getattr(doc, "insights_intro", ""), *doc.insights]))
        lost = sum((source - stored).values()) / max(1, sum(source.values()))
        if lost > MAX_LOSS:
            losing.append(f"{file.name} ({lost:.0%})")
        if len(doc.insights) == 1 and len(doc.insights[0].split()) >= LONG_WORDS:
            long_single.append(file.name)
            if is_flattened(answer):
                flattened.append(file.name)
    return {
        "closing reports with insights": (reports, []),
        f"losing over {MAX_LOSS:.0%} of their insights' words": (len(losing), losing),
        f"long single insights ({LONG_WORDS}+ words)": (len(long_single), long_single),
        "of them flattened lists": (len(flattened), flattened),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="folder of archive files")
    parser.add_argument("--show", action="store_true", help="name the files behind each count")
    args = parser.parse_args()
    for name, (count, files) in figures(args.path).items():
        print(f"{name}: {count}")
        for file in files if args.show else ():
            print(f"    {file}")


if __name__ == "__main__":
    main()
