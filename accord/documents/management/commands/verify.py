"""``accord verify FILE.pdf``: is this file exactly what Accord issued?"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import CommandError

from accord.core.commands import AccordCommand
from accord.documents.verify import verify_pdf


class Command(AccordCommand):
    help = (
        "Check a PDF's seals and say, in plain words, whether it is exactly what Accord "
        "issued. Exits 0 when it is, 1 when it has been changed or cannot be vouched for."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the PDF to check")

    def handle(self, *args, file: str, **options):
        try:
            data = Path(file).read_bytes()
        except OSError as error:
            raise CommandError(f"{file} cannot be read: {error.strerror}.", returncode=1) from None
        report = verify_pdf(data)
        for line in report.lines():
            self.stdout.write(line)
        if not report.exactly_as_issued:
            raise CommandError(f"{file} is not exactly what Accord issued.", returncode=1)
