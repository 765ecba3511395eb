"""Rows for the document pages: the public checker, and the downloads of a version.

The Children's MOU is in sign-up (public); the Alliance MOU is in consultation, so its
documents are for those with a role at its body and administrators, as its pages are.
Nobody has answered the Children's MOU in the demo, so it has no certificate yet.
"""

from __future__ import annotations

from tests.permissions.rows import Row, everyone, only

ALLIANCE_READERS = {"officer_b", "secretary", "administrator"}

ROWS = [
    Row("documents:check", "/documents/check/", everyone()),
    Row("documents:pdf", "/documents/childrens-mou/v1.pdf", everyone()),
    Row("documents:pdf", "/documents/alliance-mou/v1.pdf", only(ALLIANCE_READERS)),
    Row("documents:docx", "/documents/childrens-mou/v1.docx", everyone()),
    Row("documents:docx", "/documents/alliance-mou/v1.docx", only(ALLIANCE_READERS)),
    Row("documents:certificate", "/documents/childrens-mou/v1-certificate.pdf", everyone(404)),
    Row(
        "documents:certificate",
        "/documents/alliance-mou/v1-certificate.pdf",
        only(ALLIANCE_READERS, allowed_status=404),
    ),
    # Evidence (IP address and browser of each answer): the agreement's officers and
    # administrators only, whatever the agreement's status.
    Row(
        "documents:evidence",
        "/documents/childrens-mou/v1-evidence/",
        only({"officer_a", "administrator"}),
    ),
    Row(
        "documents:evidence",
        "/documents/alliance-mou/v1-evidence/",
        only({"officer_b", "administrator"}),
    ),
]
