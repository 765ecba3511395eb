"""``accord audit verify``: check that no audit entry was changed or removed."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from accord.audit.services import audit_verify


class Command(BaseCommand):
    help = "Work with the audit trail. 'accord audit verify' checks the hash chain."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["verify"])

    def handle(self, *args, action, **options):
        checked, problems = audit_verify()
        if problems:
            for problem in problems:
                self.stderr.write(f"Entry {problem.sequence} {problem.message}.")
            raise CommandError(
                f"The audit trail has been tampered with: {len(problems)} problem(s) in "
                f"{checked} entries."
            )
        self.stdout.write(
            self.style.SUCCESS(f"The audit trail is intact: {checked} entries checked.")
        )
