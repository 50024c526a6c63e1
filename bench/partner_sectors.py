"""The sector of every partner mention of a folder's learning plans, saved and compared.

    python bench/partner_sectors.py PATH --save BEFORE.json
    python bench/partner_sectors.py PATH --against BEFORE.json

Parses every learning plan under PATH (no database) and writes (file, name, sector,
description) of each partner mention to a JSON file, or prints each mention whose sector
differs from the one the file saved: a rule on sectors is read change by change. Names
gone or new are counted, not listed (a change of names, not of sectors). Use it on the
tuning part (bench/holdout.py --part tuning), never on the held-out one. Run on purpose; not
part of the test suite.
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from records.archive import decode, parse  # noqa: E402


def mentions(path: Path) -> list[list[str]]:
    found = []
    for file in sorted(path.rglob("*.md")):
        text = decode(file.read_bytes())
        if "[[type:learningplan]]" not in text:
            continue
        for partner in parse(text, file.name).partners:
            relative = file.relative_to(path).as_posix()
            found.append([relative, partner.name, partner.sector, partner.description])
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="folder of archive files")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="JSON file to write the mentions to")
    group.add_argument("--against", type=Path, help="JSON file of mentions saved before")
    args = parser.parse_args()
    now = mentions(args.path)
    if args.save:
        args.save.write_text(json.dumps(now, ensure_ascii=False))
        print(f"{len(now)} partner mentions saved")
        return
    before = {(f, n): s for f, n, s, _ in json.loads(args.against.read_text())}
    after = {(f, n): (s, d) for f, n, s, d in now}
    changed = sorted(k for k in before.keys() & after.keys() if before[k] != after[k][0])
    for key in changed:
        sector, description = after[key]
        print(f"{key[0]} | {key[1]!r}: {before[key]} -> {sector} | {description[:120]!r}")
    print(
        f"{len(changed)} of {len(after)} sectors changed; "
        f"{len(before.keys() - after.keys())} names gone, {len(after.keys() - before.keys())} new"
    )


if __name__ == "__main__":
    main()
