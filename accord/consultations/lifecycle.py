"""What status changes do to consultations. Registered in ``ConsultationsConfig.ready``.

A consultation shapes a draft: when the agreement leaves consultation (for approval,
back to draft, or withdrawn) every consultation still open on it closes, so no link
accepts comments on a text that has moved on.
"""

from __future__ import annotations

from django.utils import timezone

from accord.agreements.models import AgreementStatus as S
from accord.agreements.services.transitions import Move, on_leave
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.consultations.models import Consultation


@on_leave(S.CONSULTATION)
def _close_open_consultations(move: Move) -> None:
    still_open = [
        c
        for c in Consultation.objects.select_for_update().filter(
            version__agreement=move.agreement, closed_at__isnull=True
        )
        if c.is_open
    ]
    for consultation in still_open:
        consultation.closed_at, consultation.closed_by = timezone.now(), move.actor
        consultation.save(update_fields=["closed_at", "closed_by"])
        audit_record(
            actor=move.actor,
            action=AuditAction.CONSULTATION_CLOSE,
            obj=consultation,
            subject=History.agreement(move.agreement.pk),
            before={"closes_on": consultation.closes_on, "closed_at": None},
            after={"closes_on": consultation.closes_on, "closed_at": consultation.closed_at},
            note=f"closed because the agreement moved to {S(move.to).label.lower()}",
        )


def register() -> None:
    """Importing this module registers its effects; nothing else to subscribe."""
