"""State changes of meetings, agendas and the approval route.

Each service checks permission, acts, then writes the audit entry, in one transaction.
A refusal raises one of accord.core.errors (Refused, Conflict, Invalid) saying why in
plain words, and changes nothing.
"""

from accord.approvals.services.agenda import (
    agenda_item_add,
    agenda_item_move,
    agenda_item_remove,
)
from accord.approvals.services.decisions import RecordedDecision, decision_record
from accord.approvals.services.meetings import meeting_create, meeting_update
from accord.approvals.services.notifications import route_notify_next_step

__all__ = [
    "RecordedDecision",
    "agenda_item_add",
    "agenda_item_move",
    "agenda_item_remove",
    "decision_record",
    "meeting_create",
    "meeting_update",
    "route_notify_next_step",
]
