"""``accord audit``: check, anchor and re-key the audit trail.

- ``accord audit verify [--against FILE_OR_URL]``: check the keyed hash chain, and with
  ``--against`` also that it still matches a head published earlier (a file someone kept,
  or the address of a published head).
- ``accord audit publish``: seal and publish the chain's current end (run it daily from
  cron or a systemd timer; Accord also publishes whenever an agreement comes into force).
- ``accord audit rotate-key``: start hashing new entries with a new audit key; earlier
  keys stay in the key file so old entries still verify.
"""

from __future__ import annotations

import urllib.request
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser

from accord.audit import keys
from accord.audit.anchoring import HeadRefused, audit_publish_head, compare_with_head, read_head
from accord.audit.services import audit_verify
from accord.core.commands import AccordCommand
from accord.core.seal_keys import load_trust_roots


def _fetch(source: str) -> str:
    if source.startswith(("http://", "https://")):
        with urllib.request.urlopen(source, timeout=20) as response:  # noqa: S310 (operator's own URL)
            return response.read(5_000_000).decode("utf-8")
    path = Path(source)
    if not path.is_file():
        raise CommandError(f"There is no file at {source}.")
    return path.read_text(encoding="utf-8")


class Command(AccordCommand):
    help = "Check (verify), anchor (publish) or re-key (rotate-key) the audit trail."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["verify", "publish", "rotate-key"])
        parser.add_argument(
            "--against",
            metavar="FILE_OR_URL",
            help="a head published earlier: the chain must still match it",
        )
        parser.add_argument(
            "--certificate",
            metavar="PEM",
            help="trust this certificate (or authority) for the head's seal instead of this "
            "Accord's own",
        )
        parser.add_argument("--reason", default="daily publication")

    def handle(
        self,
        *args: Any,
        action: str,
        against: str | None = None,
        certificate: str | None = None,
        reason: str = "",
        **options: Any,
    ) -> None:
        if action == "publish":
            published = audit_publish_head(reason=reason)
            if published is None:
                self.stdout.write("The audit trail is empty: nothing to publish.")
            else:
                self.stdout.write(
                    f"Published the audit head at entry {published.sequence} "
                    f"({published.entry_hash})."
                )
            return
        if action == "rotate-key":
            key_id = keys.rotate()
            self.stdout.write(
                f"New audit key {key_id} written to {keys.key_file()}; earlier keys are kept "
                "there. Copy the file to every app server and into your backups."
            )
            return
        self._verify(against, certificate)

    def _verify(self, against: str | None, certificate: str | None) -> None:
        checked, problems = audit_verify()
        for problem in problems:
            self.stderr.write(f"Entry {problem.sequence} {problem.message}.")
        divergence = None
        if against:
            try:
                roots = load_trust_roots(certificate) if certificate else None
                head = read_head(_fetch(against), trust_roots=roots)
            except HeadRefused as refused:
                raise CommandError(str(refused)) from None
            divergence = compare_with_head(head)
            if divergence:
                self.stderr.write(
                    f"Against the head published {head['published_at']}: {divergence.message}."
                )
        if problems or divergence:
            raise CommandError(
                f"The audit trail has been tampered with: {len(problems) + bool(divergence)} "
                f"problem(s) in {checked} entries."
            )
        message = f"The audit trail is intact: {checked} entries checked."
        if against:
            message += (
                f" It matches the head published {head['published_at']} at entry "
                f"{head['sequence']}."
            )
        self.stdout.write(self.style.SUCCESS(message))
