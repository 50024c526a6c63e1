"""The held-out fifth of an archive folder: files the import rules are never tuned on.

    python bench/holdout.py PATH OUT [--part held-out|tuning]

A file is held out when the SHA-256 of SEED and its path under PATH ("learningplan/x.md"),
read as a number, is divisible by five: a random fifth of every type, fixed by SEED, the same
whoever runs it and whatever other files the folder holds. Copies the chosen part of PATH to
OUT, under the same sub-folders. The fidelity benchmarks import a whole folder (a closing
report's plan may sit in the other part) and count their figures over the files
`is_held_out` names, as well as over all.

Rules are written from the tuning part (`--part tuning`); the held-out part is only measured
and, before a fidelity issue is closed, read blind beside its records.
"""

import argparse
import hashlib
import shutil
import sys
from pathlib import Path

SEED = "lab-knowledge-holdout-1"


def is_held_out(relative: str) -> bool:
    """Whether the file at `relative` (a path under the archive folder, "/"-separated) is in
    the held-out fifth."""
    digest = hashlib.sha256(f"{SEED}:{relative}".encode()).hexdigest()
    return int(digest, 16) % 5 == 0


def part(folder: Path, held_out: bool) -> list[Path]:
    """The files under `folder` in the held-out fifth (or, with held_out=False, the rest)."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return [p for p in files if is_held_out(p.relative_to(folder).as_posix()) == held_out]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", type=Path, help="an archive folder (files/<type>/...)")
    parser.add_argument("out", type=Path, help="the folder to copy the chosen files to")
    parser.add_argument("--part", choices=("held-out", "tuning"), default="held-out")
    args = parser.parse_args(argv)
    chosen = part(args.path, args.part == "held-out")
    for path in chosen:
        target = args.out / path.relative_to(args.path)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    print(f"{len(chosen)} files ({args.part}) copied to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
