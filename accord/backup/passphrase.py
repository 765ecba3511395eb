"""Where a backup passphrase comes from: the environment or a prompt, never the command
line, where every user of the machine could read it in the process list."""

from __future__ import annotations

import getpass
import os
import sys

from accord.backup.crypto import BackupRefused

ENVIRONMENT = "ACCORD_BACKUP_PASSPHRASE"


def read_passphrase(*, confirm: bool) -> str:
    given = os.environ.get(ENVIRONMENT)
    if given:
        return given
    if not sys.stdin.isatty():
        raise BackupRefused(
            f"No passphrase: set {ENVIRONMENT}, or run the command at a terminal to be asked."
        )
    passphrase = getpass.getpass("Backup passphrase: ")
    if confirm and getpass.getpass("The same passphrase again: ") != passphrase:
        raise BackupRefused("The two passphrases differ; nothing was written.")
    return passphrase
