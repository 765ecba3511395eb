"""``accord restore FILE``: check a backup archive and load it into this instance.

Refuses a wrong passphrase, an archive whose manifest does not match its contents, and
an instance that already holds data unless ``--replace`` is given. ``--check`` only
checks the archive. The passphrase comes from ACCORD_BACKUP_PASSPHRASE or a prompt.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management import call_command

from accord.backup.passphrase import read_passphrase
from accord.backup.restore import backup_restore
from accord.core.commands import AccordCommand


class Command(AccordCommand):
    help = "Restore this instance from a backup archive made by `accord backup`."

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help="the archive to restore")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="replace the data, files and keys this instance holds (moved aside, not deleted)",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="only check the archive and the passphrase; change nothing",
        )

    def handle(self, *args, file, replace=False, check=False, **options):
        passphrase = read_passphrase(confirm=False)
        if not check:
            # A new server has no tables yet; the archive's rows need them.
            call_command("migrate", interactive=False, verbosity=0)
        result = backup_restore(
            path=Path(file), passphrase=passphrase, replace=replace, check_only=check
        )
        summary = f"{result.rows} records and {result.files} files, made {result.created_at}"
        if check:
            self.stdout.write(self.style.SUCCESS(f"The archive is intact: {summary}."))
            return
        for path in result.moved_aside:
            self.stdout.write(f"What this instance held before is kept at {path}.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {summary} (seal: {result.seal}); statistics updated for the "
                "query planner. Run `accord audit verify` to check the audit trail."
            )
        )
