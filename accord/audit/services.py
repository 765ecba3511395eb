"""Writing and checking the audit trail.

Every service that changes state calls ``audit_record`` inside its own transaction,
after the change: if the change rolls back, so does its entry.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from accord.audit.models import AuditEntry, AuditHead

GENESIS = "0" * 64


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def compute_hash(entry: AuditEntry) -> str:
    payload = {
        "sequence": entry.sequence,
        "created_at": entry.created_at.isoformat(),
        "actor_id": entry.actor_id,
        "actor_label": entry.actor_label,
        "action": entry.action,
        "object_type": entry.object_type,
        "object_id": entry.object_id,
        "object_repr": entry.object_repr,
        "subject": entry.subject,
        "before": entry.before,
        "after": entry.after,
        "note": entry.note,
        "previous_hash": entry.previous_hash,
    }
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _head() -> AuditHead:
    head = AuditHead.objects.select_for_update().filter(pk=1).first()
    if head is None:
        AuditHead.objects.get_or_create(pk=1)
        head = AuditHead.objects.select_for_update().get(pk=1)
    return head


def audit_record(
    *,
    actor,
    action: str,
    obj,
    before: dict | None = None,
    after: dict | None = None,
    subject: str = "",
    note: str = "",
    actor_label: str = "",
) -> AuditEntry:
    """Append an entry to the chain. ``actor`` may be None for someone without an
    account (an e-mailed link): ``actor_label`` then says who it was."""
    with transaction.atomic():
        head = _head()
        user = actor if actor is not None and getattr(actor, "is_authenticated", False) else None
        entry = AuditEntry(
            sequence=head.last_sequence + 1,
            created_at=timezone.now().replace(microsecond=0),
            actor=user,
            actor_label=(actor_label or (user.email if user else "anonymous"))[:300],
            action=action,
            object_type=obj._meta.label_lower if obj is not None else "",
            object_id=str(obj.pk) if obj is not None else "",
            object_repr=str(obj)[:300] if obj is not None else "",
            subject=subject,
            before=_plain(before or {}),
            after=_plain(after or {}),
            note=note,
            previous_hash=head.last_hash,
        )
        entry.entry_hash = compute_hash(entry)
        entry.save()
        head.last_sequence, head.last_hash = entry.sequence, entry.entry_hash
        head.save(update_fields=["last_sequence", "last_hash"])
    return entry


@dataclass
class Problem:
    sequence: int
    message: str


def audit_verify(batch: int = 2000) -> tuple[int, list[Problem]]:
    """Walk the whole chain; report entries changed, removed or out of order."""
    problems: list[Problem] = []
    expected_sequence, previous_hash, checked = 1, GENESIS, 0
    last_id = 0
    while True:
        entries = list(AuditEntry.objects.filter(sequence__gt=last_id).order_by("sequence")[:batch])
        if not entries:
            break
        for entry in entries:
            if entry.sequence != expected_sequence:
                problems.append(
                    Problem(
                        expected_sequence,
                        f"entries {expected_sequence} to {entry.sequence - 1} have been removed",
                    )
                )
            elif entry.previous_hash != previous_hash:
                problems.append(
                    Problem(entry.sequence, "does not follow the entry before it (chain broken)")
                )
            if compute_hash(entry) != entry.entry_hash:
                problems.append(Problem(entry.sequence, "has been changed since it was written"))
            expected_sequence, previous_hash = entry.sequence + 1, entry.entry_hash
            checked += 1
        last_id = entries[-1].sequence
    head = AuditHead.objects.filter(pk=1).first()
    if head and head.last_sequence >= expected_sequence:
        problems.append(
            Problem(
                expected_sequence,
                f"entries {expected_sequence} to {head.last_sequence} have been removed from the end",
            )
        )
    return checked, problems
