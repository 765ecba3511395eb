"""Permissions for importing documents (declared once, here).

Officers and administrators import; an import waits for the officer who uploaded it (or
an administrator) to review it, since it may hold a draft nobody else has seen yet.
Imports made on the command line, without an uploader, are reviewed by administrators.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import rules

from accord.accounts.scope import Viewer
from accord.permissions.core import is_administrator, is_any_officer
from accord.permissions.predicate import predicate

if TYPE_CHECKING:
    from accord.imports.models import ImportedDocument


@predicate
def is_uploader(user: Viewer, record: ImportedDocument | None) -> bool:
    return (
        user is not None
        and record is not None
        and record.uploaded_by_id is not None
        and record.uploaded_by_id == user.pk
    )


rules.add_perm("imports.add_import", is_administrator | is_any_officer)
rules.add_perm("imports.review_import", is_administrator | (is_any_officer & is_uploader))
