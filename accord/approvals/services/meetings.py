"""Adding a body's meeting to the calendar, and correcting its details."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from django.db import transaction

from accord.approvals.models import Decision, Meeting
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.dates import Precision
from accord.core.errors import Invalid, Refused

if TYPE_CHECKING:
    from accord.accounts.models import User
    from accord.governance.models import Body

TITLE_MAX = 300
LOCATION_MAX = 300


def _snapshot(meeting: Meeting) -> dict:
    return {
        "title": meeting.title,
        "date": meeting.date,
        "date_precision": meeting.date_precision,
        "start_time": meeting.start_time,
        "end_time": meeting.end_time,
        "location": meeting.location,
        "public": meeting.public,
    }


def _cleaned(
    *,
    title: str,
    date: dt.date,
    date_precision: str,
    start_time: dt.time | None,
    end_time: dt.time | None,
    location: str,
) -> dict:
    """The details as they will be stored, or Invalid naming each problem."""
    title, location = title.strip(), location.strip()
    problems: dict[str, str] = {}
    if not title:
        problems["title"] = "Give the meeting a title, such as “Board meeting”."
    elif len(title) > TITLE_MAX:
        problems["title"] = f"A title can be at most {TITLE_MAX} characters."
    if len(location) > LOCATION_MAX:
        problems["location"] = f"A place can be at most {LOCATION_MAX} characters."
    if date_precision not in Precision.values:
        problems["date"] = "Give the date as a day, a month or a year."
    elif start_time is not None and date_precision != Precision.DAY:
        problems["start_time"] = "A start time needs the day of the meeting as well."
    if end_time is not None and start_time is None:
        problems["end_time"] = "Give the start time as well as the end time."
    elif end_time is not None and start_time is not None and end_time <= start_time:
        problems["end_time"] = "The meeting must end after it starts."
    if problems:
        raise Invalid(problems)
    return {
        "title": title,
        "date": date,
        "date_precision": date_precision,
        "start_time": start_time,
        "end_time": end_time,
        "location": location,
    }


@transaction.atomic
def meeting_create(
    *,
    actor: User,
    body: Body,
    title: str,
    date: dt.date,
    date_precision: str = Precision.DAY,
    start_time: dt.time | None = None,
    end_time: dt.time | None = None,
    location: str = "",
    public: bool = True,
) -> Meeting:
    """A new meeting of ``body``, added by its secretary or an administrator."""
    if not actor.has_perm("approvals.add_meeting", body):
        raise Refused(
            f"Only the secretary of {body.name} or an administrator can add its meetings."
        )
    details = _cleaned(
        title=title,
        date=date,
        date_precision=date_precision,
        start_time=start_time,
        end_time=end_time,
        location=location,
    )
    meeting = Meeting.objects.create(body=body, public=public, **details)
    audit_record(
        actor=actor,
        action=AuditAction.MEETING_CREATE,
        obj=meeting,
        subject=History.meeting(meeting.pk),
        after={"body": body.name, **_snapshot(meeting)},
    )
    return meeting


@transaction.atomic
def meeting_update(
    *,
    actor: User,
    meeting: Meeting,
    title: str,
    date: dt.date,
    date_precision: str = Precision.DAY,
    start_time: dt.time | None = None,
    end_time: dt.time | None = None,
    location: str = "",
    public: bool = True,
) -> Meeting:
    """Correct a meeting's details. Its body never changes: that would be another meeting."""
    if not actor.has_perm("approvals.manage_meeting", meeting):
        raise Refused(
            f"Only the secretary of {meeting.body.name} or an administrator can change its "
            "meetings."
        )
    meeting = (
        Meeting.objects.select_for_update(of=("self",)).select_related("body").get(pk=meeting.pk)
    )
    details = _cleaned(
        title=title,
        date=date,
        date_precision=date_precision,
        start_time=start_time,
        end_time=end_time,
        location=location,
    )
    moved = (date, date_precision) != (meeting.date, meeting.date_precision)
    if moved and Decision.objects.filter(agenda_item__meeting=meeting).exists():
        # Each decision took the meeting's date as its own; moving the meeting would
        # make the record say a decision was taken on a day the body did not meet.
        raise Invalid(
            {
                "date": "Decisions have been recorded at this meeting, so its date can no "
                "longer change."
            }
        )
    before = _snapshot(meeting)
    for name, value in {**details, "public": public}.items():
        setattr(meeting, name, value)
    meeting.save()
    after = _snapshot(meeting)
    changed = [name for name in after if after[name] != before[name]]
    audit_record(
        actor=actor,
        action=AuditAction.MEETING_UPDATE,
        obj=meeting,
        subject=History.meeting(meeting.pk),
        before={name: before[name] for name in changed},
        after={name: after[name] for name in changed},
    )
    return meeting
