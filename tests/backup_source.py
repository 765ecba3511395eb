"""An instance worth backing up, for the backup and restore tests: the Thurrock demo,
an agreement signed by both its parties, its sealed PDFs and certificate, and an
audit trail. Run as ``python -m tests.backup_source OUT`` it builds one on its own
SQLite database (ACCORD_DATA_DIR) and writes OUT/archive.tar.gz plus what the restored
instance must give back: the open-data exports and the SHA-256 of every issued file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from pathlib import Path

PASSPHRASE = "a long backup passphrase for tests"
CHECKED_PAGES = ["/open-data/popolo.json"]


def build_instance() -> None:
    from django.conf import settings
    from django.core import mail

    from accord.accounts.models import User
    from accord.demo.accounts import create_demo_accounts
    from accord.demo.loader import demo_load
    from accord.documents.services import document_current, document_final
    from accord.signing.services import invitations, signatures
    from tests.signing_setup import agreement_open_for_signing

    demo_load()
    create_demo_accounts()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []
    admin = User.objects.create_superuser(email="backup-admin@example.org", password="x")
    agreement, _ = agreement_open_for_signing(2)
    invitations.signing_open(actor=admin, agreement=agreement)
    context = signatures.Context(ip_address="127.0.0.1", user_agent="backup test")
    for message in mail.outbox:
        token = re.search(r"/sign-up/sign/([\w-]+)/", message.body).group(1)
        signatures.sign_with_link(
            token=token,
            full_name="Ada Signer",
            post="Chief Executive",
            decision="signed",
            context=context,
        )
    version = agreement.versions.get()
    document_current(version, actor=admin)
    document_final(version, actor=admin)


def open_data_exports() -> dict[str, bytes]:
    """Every open-data file, as a member of the public downloads it."""
    from django.test import Client

    from accord.api.opendata.datasets import DATASETS

    client = Client()
    pages = [*CHECKED_PAGES, *(f"/open-data/{slug}.csv" for slug in DATASETS)]
    exports = {}
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        exports[page] = (
            b"".join(response.streaming_content) if response.streaming else response.content
        )
    return exports


def issued_files() -> dict[str, str]:
    from accord.documents.models import IssuedDocument

    hashes = {}
    for document in IssuedDocument.objects.order_by("pk"):
        with document.file.open("rb") as handle:
            hashes[document.file.name] = hashlib.sha256(handle.read()).hexdigest()
    return hashes


def main(out: Path) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accord.settings")
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    build_instance()
    os.environ["ACCORD_BACKUP_PASSPHRASE"] = PASSPHRASE
    call_command("backup", str(out / "archive.tar.gz"), verbosity=0)
    exports = open_data_exports()
    (out / "exports.json").write_text(
        json.dumps({page: body.hex() for page, body in exports.items()})
    )
    (out / "files.json").write_text(json.dumps(issued_files()))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
