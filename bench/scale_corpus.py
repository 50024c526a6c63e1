"""Build a folder N times the size of an archive folder, for the benchmarks at scale.

    python bench/scale_corpus.py path/to/archive/files OUT --scale 10

Writes the original files and N-1 copies of each under OUT (the same sub-folders). Every copy
gets a new natural key so it imports as a new record, not as the same one again: its `# `
title line ends with "(copy k)" and each `[[source:URL]]` gets a "/copy-k" path segment (a
blog is keyed by its normalised source URL). Files without a title line or a source stay
byte-for-byte copies, and are unchanged on import like any duplicate.
"""

import argparse
import re
import shutil
import sys
from pathlib import Path

TITLE_RE = re.compile(r"^# (.+?)\s*$", re.MULTILINE)
SOURCE_RE = re.compile(r"\[\[source:\s*([^\]\s]+?)/?\s*\]\]")


def copy_text(text: str, k: int) -> str:
    """The text of copy `k`: a new title line and new source URLs."""
    text = TITLE_RE.sub(lambda m: f"# {m.group(1)} (copy {k})", text, count=1)
    return SOURCE_RE.sub(lambda m: f"[[source:{m.group(1)}/copy-{k}]]", text)


def build(source: Path, out: Path, scale: int) -> int:
    """Write `scale` versions of every file under `source` to `out`; return the file count."""
    written = 0
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        relative = path.relative_to(source)
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        text = path.read_bytes().decode("utf-8", errors="surrogateescape")
        for k in range(1, scale):
            copy = target.with_name(f"copy{k}_{relative.name}")
            copy.write_bytes(copy_text(text, k).encode("utf-8", errors="surrogateescape"))
        written += scale
    return written


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="folder of archive files")
    parser.add_argument("out", help="folder to write (created; must be empty or absent)")
    parser.add_argument("--scale", type=int, default=10, help="versions of each file")
    args = parser.parse_args(argv)
    out = Path(args.out)
    if out.exists() and any(out.iterdir()):
        sys.exit(f"{out} is not empty")
    count = build(Path(args.source), out, args.scale)
    print(f"{count} files written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
