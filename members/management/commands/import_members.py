"""``manage.py import_members FILE [--dry-run]``: load the member spreadsheet, all or nothing."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from tqdm import tqdm

from members import importing


class Command(BaseCommand):
    help = (
        "Import member authorities from a CSV (UTF-8) or XLSX file, matching them on their slug. "
        "Every row is loaded, or none when any row is wrong."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="the .csv or .xlsx file")
        parser.add_argument(
            "--dry-run", action="store_true", help="show what would change; write nothing"
        )

    def handle(self, *args, file: Path, dry_run: bool, verbosity: int, **options):
        data = read_limited(file)
        with tqdm(unit=" rows", file=sys.stderr, disable=verbosity == 0) as bar:
            report = self.run(data, file.name, dry_run, on_row=progress(bar))
        self.print_report(report, details=verbosity > 1)
        if not report.is_valid:
            raise CommandError(bad_rows(len(report.errors)))
        if dry_run:
            self.stdout.write(_("Dry run: nothing was written."))
        else:
            self.stdout.write(self.style.SUCCESS(_("Import done.")))

    def run(self, data: bytes, filename: str, dry_run: bool, on_row):
        if dry_run:
            return importing.preview(data, filename, on_row=on_row)
        try:
            return importing.apply(data, filename, on_row=on_row)
        except importing.ImportRejected as rejected:
            return rejected.preview

    def print_report(self, report: importing.ImportPreview, details: bool) -> None:
        self.stdout.write(_("New: %(count)d") % {"count": len(report.new)})
        self.stdout.write(_("Changed: %(count)d") % {"count": len(report.changed)})
        self.stdout.write(_("Unchanged: %(count)d") % {"count": len(report.unchanged)})
        if details:
            for row in report.changed:
                self.stdout.write(f"  {row.line}: {row.slug} ({', '.join(row.fields)})")
        for error in report.errors:
            self.stderr.write(str(error))


def read_limited(file: Path) -> bytes:
    """The file's bytes, one more than the import accepts at most (so too big is refused)."""
    try:
        with file.open("rb") as stream:
            return stream.read(importing.MAX_BYTES + 1)
    except OSError as error:
        message = _("Cannot read %(file)s: %(error)s") % {"file": file, "error": error.strerror}
        raise CommandError(message) from None


def bad_rows(count: int) -> str:
    return ngettext(
        "%(count)d bad row: nothing was imported.",
        "%(count)d bad rows: nothing was imported.",
        count,
    ) % {"count": count}


def progress(bar: tqdm):
    def on_row(done: int, total: int) -> None:
        bar.total = total
        bar.update()

    return on_row
