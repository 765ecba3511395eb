"""Pages of meetings: reading them, managing their agendas, recording decisions, and
the calendar feeds."""

from accord.approvals.views.agenda import decision, item_add, item_move, item_remove
from accord.approvals.views.calendar import body_calendar, calendar
from accord.approvals.views.meetings import meeting_add, meeting_detail, meeting_edit, meeting_list

__all__ = [
    "body_calendar",
    "calendar",
    "decision",
    "item_add",
    "item_move",
    "item_remove",
    "meeting_add",
    "meeting_detail",
    "meeting_edit",
    "meeting_list",
]
