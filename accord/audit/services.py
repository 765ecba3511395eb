"""Writing and checking the audit trail.

Every service that changes state calls ``audit_record`` inside its own transaction,
after the change: if the change rolls back, so does its entry. Each entry's hash is an
HMAC of its fields and the previous entry's hash, with a key kept outside the database
(accord/audit/keys.py); the head row that ends the chain carries an HMAC too, so an
entry cannot be changed, added or cut from the end without the key. Published heads
(accord/audit/anchoring.py) cover the case where the key itself is taken.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from accord.audit import keys
from accord.audit.models import AuditEntry, AuditHead

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
    from django.db.models import Model


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


def _canonical(payload: dict) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def compute_hash(entry: AuditEntry, ring: keys.Keyring | None = None) -> str:
    """The entry's hash: HMAC-SHA256 with the key it names, or plain SHA-256 for an entry
    written before the chain was keyed. Raises KeyError for a key this instance lacks."""
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
    if not entry.key_id:
        return hashlib.sha256(_canonical(payload)).hexdigest()
    payload["key_id"] = entry.key_id
    key = (ring or keys.keyring()).keys[entry.key_id]
    return hmac.new(key, _canonical(payload), hashlib.sha256).hexdigest()


def head_mac(sequence: int, last_hash: str, ring: keys.Keyring | None = None) -> str:
    """The head row's own HMAC, with the current key: cutting entries off the end of the
    chain means rewriting the head, which needs the key."""
    ring = ring or keys.keyring()
    key_id = list(ring.keys)[-1]
    message = f"{sequence}:{last_hash}".encode()
    return f"{key_id}:" + hmac.new(ring.keys[key_id], message, hashlib.sha256).hexdigest()


def _head_mac_valid(head: AuditHead, ring: keys.Keyring) -> bool:
    key_id, _, digest = head.mac.partition(":")
    if key_id not in ring.keys:
        return False
    message = f"{head.last_sequence}:{head.last_hash}".encode()
    expected = hmac.new(ring.keys[key_id], message, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, digest)


def _head() -> AuditHead:
    head = AuditHead.objects.select_for_update().filter(pk=1).first()
    if head is None:
        AuditHead.objects.get_or_create(pk=1)
        head = AuditHead.objects.select_for_update().get(pk=1)
    return head


def audit_record(
    *,
    actor: AbstractBaseUser | AnonymousUser | None,
    action: str,
    obj: Model | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    subject: str = "",
    note: str = "",
    actor_label: str = "",
) -> AuditEntry:
    """Append an entry to the chain. ``actor`` may be None for someone without an
    account (an e-mailed link): ``actor_label`` then says who it was."""
    with transaction.atomic():
        head = _head()
        key_id, _ = keys.current_key(
            entries_so_far=head.last_sequence, chain_is_keyed=bool(head.mac)
        )
        user = actor if isinstance(actor, AbstractBaseUser) and actor.is_authenticated else None
        entry = AuditEntry(
            sequence=head.last_sequence + 1,
            created_at=timezone.now().replace(microsecond=0),
            # By id: the audit app sits below accounts and cannot name its User model.
            actor_id=user.pk if user is not None else None,
            # The username is the e-mail address (User.USERNAME_FIELD); audit sits below
            # accounts, so it knows the user only as Django's base class.
            actor_label=(actor_label or (user.get_username() if user else "anonymous"))[:300],
            action=action,
            object_type=obj._meta.label_lower if obj is not None else "",
            object_id=str(obj.pk) if obj is not None else "",
            object_repr=str(obj)[:300] if obj is not None else "",
            subject=subject,
            before=_plain(before or {}),
            after=_plain(after or {}),
            note=note,
            previous_hash=head.last_hash,
            key_id=key_id,
        )
        entry.entry_hash = compute_hash(entry)
        entry.save()
        head.last_sequence, head.last_hash = entry.sequence, entry.entry_hash
        head.mac = head_mac(entry.sequence, entry.entry_hash)
        head.save(update_fields=["last_sequence", "last_hash", "mac"])
    return entry


@dataclass
class Problem:
    sequence: int
    message: str


def audit_verify(batch: int = 2000) -> tuple[int, list[Problem]]:
    """Walk the whole chain; report entries changed, removed, out of order, or written
    without the key, and a head that does not match the chain's end."""
    head = AuditHead.objects.filter(pk=1).first()
    ring = keys.keyring(
        entries_so_far=head.last_sequence if head else 0,
        chain_is_keyed=bool(head and head.mac),
    )
    problems: list[Problem] = []
    expected_sequence, previous_hash, checked = 1, GENESIS, 0
    last_id = 0
    while True:
        entries = list(AuditEntry.objects.filter(sequence__gt=last_id).order_by("sequence")[:batch])
        if not entries:
            break
        for entry in entries:
            problems += _entry_problems(entry, expected_sequence, previous_hash, ring)
            expected_sequence, previous_hash = entry.sequence + 1, entry.entry_hash
            checked += 1
        last_id = entries[-1].sequence
    if head and head.last_sequence >= expected_sequence:
        problems.append(
            Problem(
                expected_sequence,
                f"entries {expected_sequence} to {head.last_sequence} have been removed from the end",
            )
        )
    elif (
        head
        and checked
        and (head.last_sequence, head.last_hash)
        != (
            expected_sequence - 1,
            previous_hash,
        )
    ):
        problems.append(Problem(expected_sequence - 1, "is not the end the chain's head records"))
    if head and checked > ring.legacy_until and not _head_mac_valid(head, ring):
        problems.append(
            Problem(
                head.last_sequence,
                "is where the chain's head says it ends, but the head was not written with "
                "the audit key (entries may have been cut from the end)",
            )
        )
    return checked, problems


def _entry_problems(
    entry: AuditEntry, expected_sequence: int, previous_hash: str, ring: keys.Keyring
) -> list[Problem]:
    problems = []
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
    if not entry.key_id and entry.sequence > ring.legacy_until:
        problems.append(
            Problem(entry.sequence, "has no audit key, but the chain was keyed before it")
        )
        return problems
    try:
        valid = hmac.compare_digest(compute_hash(entry, ring), entry.entry_hash)
    except KeyError:
        problems.append(
            Problem(entry.sequence, f"names audit key {entry.key_id}, which this Accord lacks")
        )
        return problems
    if not valid:
        problems.append(Problem(entry.sequence, "has been changed since it was written"))
    return problems
