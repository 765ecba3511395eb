"""Meetings as an iCalendar feed (RFC 5545) that Outlook, Google and Apple calendars
subscribe to.

A calendar needs a day: meetings known only to the month or year are left out by the
selector. Times are wall-clock times in England, so they are written with the
Europe/London time zone and its VTIMEZONE, and summer time is right on both sides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from accord.approvals.models import Meeting

LONDON = ZoneInfo("Europe/London")
PRODID = "-//Accord//Meetings of partnership bodies//EN"


def meeting_uid(meeting: Meeting) -> str:
    """Stable for the life of the meeting, so a calendar updates the event in place."""
    return f"meeting-{meeting.pk}@accord"


def _description(meeting: Meeting) -> str:
    items = getattr(meeting, "public_items", [])
    if not items:
        return "No public agenda items recorded yet."
    lines = ["Agenda:"] + [f"{number}. {item.title}" for number, item in enumerate(items, 1)]
    return "\n".join(lines)


def _event(meeting: Meeting, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", meeting_uid(meeting))
    event.add("dtstamp", stamp)
    if meeting.start_time is None:
        # An all-day event: DTEND is the day after, because it is exclusive.
        event.add("dtstart", meeting.date)
        event.add("dtend", meeting.date + dt.timedelta(days=1))
    else:
        event.add("dtstart", dt.datetime.combine(meeting.date, meeting.start_time, LONDON))
        if meeting.end_time is not None:
            event.add("dtend", dt.datetime.combine(meeting.date, meeting.end_time, LONDON))
        # With no end time recorded, DTEND is left out rather than guessed: the standard
        # then reads the event as starting at that time.
    event.add("summary", f"{meeting.body.name}: {meeting.title}")
    if meeting.location:
        event.add("location", meeting.location)
    event.add("url", settings.ACCORD_BASE_URL + meeting.get_absolute_url())
    event.add("description", _description(meeting))
    return event


def calendar_bytes(meetings: Iterable[Meeting], *, name: str) -> bytes:
    """One VCALENDAR with a VEVENT per meeting; the library folds long lines."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/London")
    stamp = timezone.now().astimezone(dt.UTC).replace(microsecond=0)
    dates = []
    for meeting in meetings:
        calendar.add_component(_event(meeting, stamp))
        dates.append(meeting.date)
    if dates:
        # Outlook needs a VTIMEZONE for every TZID an event uses. It lists each change of
        # the clocks, so it covers the feed's own years only, to stay short.
        margin = dt.timedelta(days=366)
        calendar.add_missing_timezones(
            first_date=min(dates) - margin, last_date=max(dates) + margin
        )
    return calendar.to_ical()
