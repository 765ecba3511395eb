"""Rows for importing documents.

Officers and administrators may upload. An import waits for its uploader (officer_a
here) or an administrator to review it; its original file is theirs to download until a
draft is made from it.
"""

from __future__ import annotations

from accord.accounts.models import User
from accord.imports.models import ImportedDocument
from accord.imports.services import import_create
from tests.importing import THURROCK
from tests.permissions.rows import Row, only

DOCUMENT = THURROCK
UPLOADERS = {"officer_a", "officer_b", "administrator"}
REVIEWERS = {"officer_a", "administrator"}


def _record() -> ImportedDocument:
    record = ImportedDocument.objects.filter(filename="permissions-table.txt").first()
    if record is None:
        officer = User.objects.get(email="officer_a@personas.example.org")
        content = (DOCUMENT / "thurrock-alliance-mou.txt").read_bytes()
        record = import_create(actor=officer, content=content, filename="permissions-table.txt")
    return record


ROWS = [
    Row("imports:upload", "/imports/", only(UPLOADERS)),
    Row("imports:review", lambda: f"/imports/{_record().pk}/", only(REVIEWERS)),
    Row("imports:status", lambda: f"/imports/{_record().pk}/status", only(REVIEWERS)),
    Row("imports:original", lambda: f"/imports/{_record().pk}/file", only(REVIEWERS)),
    Row("imports:reject", lambda: f"/imports/{_record().pk}/reject/", only(REVIEWERS)),
]
