"""``accord backup FILE``: write one archive of this instance (database, issued and
imported files, the seal and audit keys encrypted with a passphrase, and a manifest of
hashes). The passphrase comes from ACCORD_BACKUP_PASSPHRASE or a prompt."""

from __future__ import annotations

from pathlib import Path

from accord.backup.archive import backup_create
from accord.backup.passphrase import read_passphrase
from accord.core.commands import AccordCommand


class Command(AccordCommand):
    help = (
        "Write a backup archive of this instance to FILE; the passphrase comes from "
        "ACCORD_BACKUP_PASSPHRASE or a prompt."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help="where to write the archive")

    def handle(self, *args, file, **options):
        result = backup_create(path=Path(file), passphrase=read_passphrase(confirm=True))
        for note in result.notes:
            self.stderr.write(note)
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up {result.rows} records and {result.files} files to {result.path} "
                f"(seal: {result.seal}). Keep the passphrase apart from the archive: without "
                "it the archive cannot be restored."
            )
        )
