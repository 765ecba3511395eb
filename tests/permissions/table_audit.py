"""Rows for the audit trail's published heads: public record, so that anyone can keep
copies. The rows publish one first, as the daily publication would."""

from __future__ import annotations

from accord.audit.models import PublishedHead
from tests.permissions.rows import Row, everyone


def _published() -> str:
    from accord.audit.anchoring import audit_publish_head
    from accord.audit.services import audit_record

    head = PublishedHead.objects.first()
    if head is None:
        audit_record(actor=None, action="test.entry", obj=None, actor_label="permission table")
        head = audit_publish_head(reason="permission table")
    return f"/audit/heads/{head.pk}.json"


ROWS = [
    Row("audit:latest", lambda: _published() and "/audit/head.json", everyone()),
    Row("audit:heads", "/audit/heads/", everyone()),
    Row("audit:head", _published, everyone()),
    Row("audit:certificate", "/audit/seal-certificate.pem", everyone()),
]
