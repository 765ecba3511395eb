"""Rows for the meeting pages the secretaries use, and the calendar feeds.

The "secretary" persona is the Health and Wellbeing Board's secretary; the demo's HWB
meetings are public, and the Brighter Futures board meeting is private.
"""

from __future__ import annotations

from accord.approvals.models import AgendaItem, Meeting
from tests.permissions.rows import Row, everyone, only

POST_ONLY = {**everyone(405), "anonymous": 302}
HWB_SECRETARY = {"secretary", "administrator"}


def _meeting(body: str) -> Meeting:
    return Meeting.objects.filter(body__slug=body).order_by("pk").first()


def _meeting_path(body: str, suffix: str = ""):
    return lambda: f"/meetings/{_meeting(body).pk}/{suffix}"


def _item_path(body: str, suffix: str):
    """An item with no decision yet: a free item added to the body's first meeting."""

    def path() -> str:
        item, _ = AgendaItem.objects.get_or_create(
            meeting=_meeting(body), order=99, defaults={"title": "Any other business"}
        )
        return f"/meetings/{item.meeting_id}/items/{item.pk}/{suffix}"

    return path


ROWS = [
    # Calendar apps cannot sign in: the feeds are public, and hold public meetings only.
    Row("approvals:calendar", "/meetings/calendar.ics", everyone()),
    Row("approvals:body_calendar", "/meetings/body/hwb/calendar.ics", everyone()),
    Row("approvals:body_calendar", "/meetings/body/bf-partnership/calendar.ics", everyone()),
    Row("approvals:meeting_add", "/meetings/body/hwb/add/", only(HWB_SECRETARY)),
    # An officer or member of a body does not run its meetings; its secretary does.
    Row("approvals:meeting_add", "/meetings/body/bf-partnership/add/", only({"administrator"})),
    Row("approvals:meeting_edit", _meeting_path("hwb", "edit/"), only(HWB_SECRETARY)),
    Row(
        "approvals:meeting_edit", _meeting_path("bf-partnership", "edit/"), only({"administrator"})
    ),
    Row("approvals:item_add", _meeting_path("hwb", "items/add/"), only(HWB_SECRETARY)),
    Row("approvals:decision", _item_path("hwb", "decision/"), only(HWB_SECRETARY)),
    Row("approvals:decision", _item_path("bf-partnership", "decision/"), only({"administrator"})),
    # POST only: a GET is refused whoever asks (anonymous is sent to sign in first).
    Row("approvals:item_move", _item_path("hwb", "move/"), POST_ONLY),
    # Taking an item off shows "Are you sure?" first, to those who may.
    Row("approvals:item_remove", _item_path("hwb", "remove/"), only(HWB_SECRETARY)),
]
