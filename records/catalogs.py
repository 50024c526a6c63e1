"""The interface's translations compiled: each locale/<language>/LC_MESSAGES/django.po into the
django.mo Django reads, with Babel (a dependency already), so no gettext tools are needed to
run the site or its tests. `python -m records.catalogs` compiles those that are out of date."""

import os
import sys
import tempfile
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parent.parent / "locale"


def compile_catalogs(locale: Path = LOCALE) -> list[Path]:
    """Compile every catalog under `locale` whose .mo is missing or older than its .po; return
    the .mo files written. Each is written whole, then moved into place, so processes that
    compile at once (parallel test workers) never read half a file."""
    written = []
    for po in sorted(locale.glob("*/LC_MESSAGES/django.po")):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        with po.open("rb") as source:
            catalog = read_po(source)
        with tempfile.NamedTemporaryFile(dir=mo.parent, delete=False) as out:
            write_mo(out, catalog)
        os.replace(out.name, mo)
        written.append(mo)
    return written


if __name__ == "__main__":
    for path in compile_catalogs():
        print(f"compiled {path.relative_to(LOCALE.parent)}", file=sys.stderr)
