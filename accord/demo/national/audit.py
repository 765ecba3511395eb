"""The audit trail of the synthetic country: an entry for each thing a real instance would
have audited (agreements made, parties added, versions published, status changes,
decisions, signatures), appended to the keyed chain so ``accord audit verify`` passes."""

from __future__ import annotations

import datetime as dt

from accord.audit import keys
from accord.audit.models import AuditEntry, AuditHead
from accord.audit.services import compute_hash, head_mac

from .agreements import Made, owner_area
from .outcomes import Outcomes
from .register import BATCH, World, known

ROUTE = {
    "draft": [],
    "consultation": ["consultation"],
    "approval": ["approval"],
    "sign_up": ["approval", "sign_up"],
    "in_force": ["approval", "sign_up", "in_force"],
    "under_review": ["approval", "sign_up", "in_force", "under_review"],
    "superseded": ["approval", "sign_up", "in_force", "superseded"],
    "withdrawn": ["withdrawn"],
}


def _utc(day: dt.date | None, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(day or dt.date(2020, 1, 1), dt.time(hour), tzinfo=dt.UTC)


def _entry(when, actor, label, action, obj_type, obj_id, text, subject, after) -> AuditEntry:
    return AuditEntry(
        created_at=when,
        actor_id=actor,
        actor_label=label,
        action=action,
        object_type=obj_type,
        object_id=str(obj_id),
        object_repr=text[:300],
        subject=subject,
        after=after,
    )


def chunk_entries(world: World, made: Made, outcomes: Outcomes) -> list[AuditEntry]:
    entries = []
    for agreement in made.agreements:
        officer = world.officer.get(world.place_of(owner_area(world, agreement)))
        label = f"officer-{officer}@example.org" if officer else "anonymous"
        subject, title = f"agreement:{agreement.pk}", agreement.title
        day = min((v.date for v in made.versions[agreement.pk] if v.date), default=None)
        entries.append(
            _entry(
                _utc(day),
                officer,
                label,
                "agreement.create",
                "agreements.agreement",
                agreement.pk,
                title,
                subject,
                {"title": title},
            )
        )
        for party in made.parties[agreement.pk]:
            entries.append(
                _entry(
                    _utc(day, 10),
                    officer,
                    label,
                    "agreement.party.add",
                    "agreements.party",
                    party.pk,
                    world.org_name[party.organisation_id],
                    subject,
                    {"category": party.category},
                )
            )
        for version in made.versions[agreement.pk]:
            if version.published_at is not None:
                entries.append(
                    _entry(
                        _utc(version.date, 11),
                        officer,
                        label,
                        "agreement.version.publish",
                        "agreements.agreementversion",
                        version.pk,
                        f"{title} version {version.number}",
                        subject,
                        {"content_hash": version.content_hash},
                    )
                )
        for status in ROUTE[agreement.status]:
            entries.append(
                _entry(
                    _utc(day, 12),
                    officer,
                    label,
                    "agreement.status.change",
                    "agreements.agreement",
                    agreement.pk,
                    title,
                    subject,
                    {"status": status},
                )
            )
    for decision in outcomes.decisions:
        step = known(decision.approval_step, "a decision's approval step")
        entries.append(
            _entry(
                decision.recorded_at.astimezone(dt.UTC).replace(microsecond=0),
                decision.recorded_by_id,
                f"secretary-{decision.recorded_by_id}@example.org",
                "meeting.item.decide",
                "approvals.decision",
                decision.pk,
                str(step.action),
                f"agreement:{step.agreement_id}",
                {"outcome": decision.outcome},
            )
        )
    for signature in outcomes.signatures:
        entries.append(
            _entry(
                signature.signed_at.astimezone(dt.UTC).replace(microsecond=0),
                None,
                f"{signature.full_name} by e-mailed link",
                f"signing.{signature.decision}",
                "signing.signature",
                signature.pk,
                signature.organisation_name,
                f"agreement:{signature.party.agreement_id}",
                {"version": signature.version.number},
            )
        )
    return entries


def append_to_chain(entries: list[AuditEntry]) -> None:
    """Number, link and key the entries exactly as ``audit_record`` would, then insert
    them in bulk and move the chain's head (its MAC too) to the last one."""
    head, _ = AuditHead.objects.select_for_update().get_or_create(pk=1)
    key_id, _ = keys.current_key(entries_so_far=head.last_sequence, chain_is_keyed=bool(head.mac))
    ring = keys.keyring()
    sequence, previous = head.last_sequence, head.last_hash
    for entry in entries:
        sequence += 1
        entry.sequence, entry.previous_hash, entry.key_id = sequence, previous, key_id
        entry.entry_hash = previous = compute_hash(entry, ring)
    AuditEntry.objects.bulk_create(entries, batch_size=BATCH)
    head.last_sequence, head.last_hash = sequence, previous
    head.mac = head_mac(sequence, previous, ring)
    head.save(update_fields=["last_sequence", "last_hash", "mac"])
