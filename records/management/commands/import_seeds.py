"""`manage.py import_seeds [PATH ...]`: load archive files into the knowledge base."""

import os
import sys
from functools import partial
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from records.enums import Outcome
from records.importing import import_paths, iter_paths
from records.importing.limits import MAX_FILE_BYTES, MiB
from records.importing.one_at_a_time import WAIT_SECONDS, ImportRunning, one_import_at_a_time
from records.importing.report import plural
from records.terminal import printable


class Command(BaseCommand):
    # The system checks import every URL and view module, start-up work an import does not
    # need (`manage.py check` and the server run them).
    requires_system_checks = []
    help = (
        "Import archive files (learning plans, closing reports, blogs, publications) from "
        "files or folders (searched recursively); the seeds/ folder by default. Ends with "
        "the files that failed, conflict or were skipped, with their reasons (each file's "
        "warnings too with -v 2), and one summary line; exits with status 1 when a file failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="files or folders; default: seeds/")
        parser.add_argument(
            "--overwrite",
            action="store_true",
            help="replace records staff edited since their last import (reported as "
            "conflicts otherwise)",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="parse and report, write nothing"
        )
        parser.add_argument(
            "--max-file-size",
            type=int,
            default=MAX_FILE_BYTES // MiB,
            metavar="MIB",
            help="fail files larger than this many MiB (default: %(default)s)",
        )
        parser.add_argument(
            "--wait",
            type=float,
            default=WAIT_SECONDS,
            metavar="SECONDS",
            help="while another import runs on the database, wait this long for it to finish "
            "before giving up (default: %(default)g; 0 refuses at once)",
        )

    def handle(self, *args, paths, overwrite, dry_run, max_file_size, wait, verbosity, **options):
        paths = paths or [settings.BASE_DIR / "seeds"]
        missing = [str(p) for p in paths if not Path(p).exists()]
        if missing:
            raise CommandError(f"no such file or folder: {printable(', '.join(missing))}")

        bar = None
        if sys.stderr.isatty() and verbosity > 0:
            bar = tqdm(total=sum(1 for _ in iter_paths(paths)), unit="file", file=sys.stderr)

        def progress(result):
            """Each file once its batch committed: the bar moves on, and with -v 2 a file that
            wrote is printed with its warnings."""
            if bar:
                bar.update()
            if verbosity < 2 or not result.outcome.wrote:
                return
            lines = [result.line(), *(f"  warning: {warning}" for warning in result.warnings)]
            for line in lines:
                (bar.write if bar else self.stdout.write)(printable(line))

        def on_wait(other):
            self.stderr.write(f"waiting for another import to finish: {printable(other)}")

        try:
            report = import_paths(
                paths,
                overwrite=overwrite,
                dry_run=dry_run,
                max_file_bytes=max_file_size * MiB,
                progress=progress,
                turn=partial(
                    one_import_at_a_time, f"import_seeds, process {os.getpid()}", wait, on_wait
                ),
            )
        except ImportRunning as exc:
            raise CommandError(printable(str(exc))) from None
        finally:
            if bar:
                bar.close()
        if verbosity > 0:
            for line in report.problem_lines():
                self.stdout.write(printable(line))
        if dry_run:
            self.stdout.write("dry run: nothing was written")
        self.stdout.write(report.summary())
        failed = report.counts[Outcome.FAILED]
        if failed:
            # Printed on stderr after the summary; the exit status is 1.
            raise CommandError(f"{plural(failed, 'file')} failed", returncode=1)
