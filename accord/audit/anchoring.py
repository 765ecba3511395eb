"""Publishing the end of the audit chain, sealed, so that copies outside Accord anchor it.

The keyed chain (accord/audit/services.py) shows any change made without the audit key.
Someone who holds the database *and* the key could still rewrite the chain and make it
verify. Publishing the head (its position and hash) sealed with the instance's seal
key, daily and whenever an agreement comes into force, lets anyone keep copies; a later
rewrite of any entry up to a published position then no longer matches that copy, and
``accord audit verify --against`` says where the chain and the copies part.

What this proves: every entry up to a published position is exactly as it was when the
head was published. What it does not: entries written after the last copy someone kept,
and which actions were never recorded at all (the trail records what Accord's services
did; a change made straight in the database leaves no entry, only, often, a state the
invariants reject).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from asn1crypto import x509 as asn1_x509
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accord.audit.models import AuditEntry, AuditHead, PublishedHead
from accord.core.errors import Invalid
from accord.core.seal_keys import check_sealed_bytes, seal_bytes

FORMAT = "accord-audit-head/1"


class HeadRefused(Invalid):
    """A published head that cannot be trusted: unreadable, or not sealed by this Accord."""


def _canonical(head: dict) -> bytes:
    return json.dumps(head, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@transaction.atomic
def audit_publish_head(*, reason: str) -> PublishedHead | None:
    """Seal and keep the chain's current end; None when the chain is empty. Publishing
    again with nothing new written returns the last publication."""
    head = AuditHead.objects.select_for_update().filter(pk=1).first()
    if head is None or head.last_sequence == 0:
        return None
    last = PublishedHead.objects.order_by("-sequence", "-pk").first()
    if last is not None and last.sequence == head.last_sequence:
        return last
    now = timezone.now().replace(microsecond=0)
    earlier = [
        [sequence, entry_hash]
        for sequence, entry_hash in PublishedHead.objects.order_by("sequence").values_list(
            "sequence", "entry_hash"
        )
    ]
    document = {
        "format": FORMAT,
        "instance": settings.ACCORD_BASE_URL,
        "sequence": head.last_sequence,
        "entry_hash": head.last_hash,
        "published_at": now.isoformat(),
        "reason": reason[:200],
        # Every earlier publication, so that one copy brackets where a rewrite began.
        "checkpoints": [*earlier, [head.last_sequence, head.last_hash]],
    }
    sealed = {
        "head": document,
        "signature": base64.b64encode(seal_bytes(_canonical(document))).decode(),
    }
    return PublishedHead.objects.create(
        sequence=head.last_sequence,
        entry_hash=head.last_hash,
        published_at=now,
        reason=reason[:200],
        document=json.dumps(sealed, indent=2, ensure_ascii=False),
    )


def read_head(
    text: str, *, trust_roots: Iterable[asn1_x509.Certificate] | None = None
) -> dict[str, Any]:
    """The head inside a published document, once its seal is checked; HeadRefused if
    it is unreadable or not sealed by a certificate this Accord trusts."""
    try:
        sealed = json.loads(text)
        document, signature = sealed["head"], base64.b64decode(sealed["signature"])
        if document.get("format") != FORMAT:
            raise ValueError("format")
        int(document["sequence"]), str(document["entry_hash"])
    except (ValueError, KeyError, TypeError) as error:
        raise HeadRefused(f"This is not a published audit head ({error}).") from None
    problem = check_sealed_bytes(_canonical(document), signature, trust_roots)
    if problem:
        raise HeadRefused(f"The published head's seal does not hold: {problem}.")
    return document


@dataclass
class Divergence:
    """Where the chain in the database stops matching a published head."""

    matches_up_to: int  # the last published position that still matches (0: none)
    differs_at: int | None  # the first published position that does not, or None
    message: str


def compare_with_head(document: dict) -> Divergence | None:
    """None when every checkpoint in the published head matches the chain today."""
    checkpoints = sorted((int(s), str(h)) for s, h in document.get("checkpoints", []))
    checkpoints.append((int(document["sequence"]), str(document["entry_hash"])))
    positions = sorted({sequence for sequence, _ in checkpoints})
    stored = dict(
        AuditEntry.objects.filter(sequence__in=positions).values_list("sequence", "entry_hash")
    )
    matches_up_to = 0
    for sequence, published in sorted(set(checkpoints)):
        current = stored.get(sequence)
        if current == published:
            matches_up_to = sequence
            continue
        if current is None:
            message = (
                f"entry {sequence} was published on {document['published_at'][:10]} but is no "
                f"longer in the chain: entries after {matches_up_to} have been removed or "
                "renumbered"
            )
        else:
            message = (
                f"the chain matches the published head up to entry {matches_up_to} and differs "
                f"from it at entry {sequence}: an entry after {matches_up_to}, up to and "
                f"including {sequence}, has been rewritten"
            )
        return Divergence(matches_up_to, sequence, message)
    return None
