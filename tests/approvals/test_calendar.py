"""The calendar feeds, read back as a calendar app reads them."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar

from tests.approvals.factories import AgendaItemFactory, MeetingFactory
from tests.governance.factories import BodyFactory

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")


def soon(days: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=days)


@pytest.fixture
def board():
    return BodyFactory(name="Thurrock Health and Wellbeing Board", slug="hwb")


def feed(client, url: str = "/meetings/calendar.ics") -> Calendar:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events(calendar: Calendar) -> dict[str, object]:
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_the_feed_is_one_calendar_that_outlook_and_google_accept(client, board):
    MeetingFactory(body=board, date=soon(3), start_time=dt.time(14), end_time=dt.time(16))
    calendar = feed(client)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//Accord//")
    assert str(calendar["CALSCALE"]) == "GREGORIAN" and str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == f"{settings.ACCORD_SITE_NAME}: meetings"
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/London"]


def test_a_meeting_with_a_time_is_an_event_in_london_time(client, board):
    meeting = MeetingFactory(
        body=board,
        title="Board meeting",
        date=dt.date(timezone.localdate().year + 1, 6, 18),
        start_time=dt.time(14),
        end_time=dt.time(16, 30),
        location="Council Chamber, Civic Offices, Grays",
    )
    AgendaItemFactory(meeting=meeting, order=1, title="Children's Partnership MOU")
    AgendaItemFactory(meeting=meeting, order=2, title="Exempt: staffing", public=False)
    event = events(feed(client))[f"meeting-{meeting.pk}@accord"]
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == dt.datetime.combine(meeting.date, dt.time(14), LONDON)
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert start.utcoffset() == dt.timedelta(hours=1)  # British Summer Time in June
    assert end - start == dt.timedelta(hours=2, minutes=30)
    assert str(event["SUMMARY"]) == "Thurrock Health and Wellbeing Board: Board meeting"
    assert str(event["LOCATION"]) == "Council Chamber, Civic Offices, Grays"
    assert str(event["URL"]) == f"{settings.ACCORD_BASE_URL}/meetings/{meeting.pk}/"
    assert "1. Children's Partnership MOU" in str(event["DESCRIPTION"])
    assert "staffing" not in str(event["DESCRIPTION"])
    assert event.decoded("DTSTAMP").tzinfo is not None


def test_a_meeting_without_a_time_is_an_all_day_event(client, board):
    meeting = MeetingFactory(body=board, date=soon(10))
    event = events(feed(client))[f"meeting-{meeting.pk}@accord"]
    assert event.decoded("DTSTART") == meeting.date
    assert event.decoded("DTEND") == meeting.date + dt.timedelta(days=1)
    assert "No public agenda items" in str(event["DESCRIPTION"])


def test_a_start_without_an_end_is_not_given_an_invented_end(client, board):
    meeting = MeetingFactory(body=board, date=soon(10), start_time=dt.time(9, 30))
    event = events(feed(client))[f"meeting-{meeting.pk}@accord"]
    assert event.decoded("DTSTART").time() == dt.time(9, 30) and "DTEND" not in event


def test_private_undated_and_long_past_meetings_are_left_out(client, board):
    shown = MeetingFactory(body=board, date=soon(1))
    MeetingFactory(body=board, date=soon(2), public=False)
    MeetingFactory(body=board, date=soon(40).replace(day=1), date_precision="month")
    MeetingFactory(body=board, date=dt.date(soon(400).year, 1, 1), date_precision="year")
    MeetingFactory(body=board, date=soon(-400))
    assert list(events(feed(client))) == [f"meeting-{shown.pk}@accord"]


def test_a_bodys_feed_has_only_that_bodys_meetings(client, board):
    mine = MeetingFactory(body=board, date=soon(1))
    MeetingFactory(body=BodyFactory(), date=soon(1))
    calendar = feed(client, "/meetings/body/hwb/calendar.ics")
    assert list(events(calendar)) == [f"meeting-{mine.pk}@accord"]
    assert str(calendar["X-WR-CALNAME"]) == "Thurrock Health and Wellbeing Board: meetings"
    assert client.get("/meetings/body/nobody/calendar.ics").status_code == 404


def test_long_lines_are_folded_and_the_uid_is_stable(client, board):
    meeting = MeetingFactory(body=board, date=soon(5), title="A very long title " * 10)
    first = client.get("/meetings/calendar.ics").content
    assert all(len(line) <= 75 for line in first.split(b"\r\n"))
    assert f"meeting-{meeting.pk}@accord" in events(feed(client))


def test_the_feed_needs_no_sign_in_and_its_query_count_does_not_grow(client, board):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/meetings/calendar.ics").status_code == 200
        return len(queries)

    for day in range(3):
        AgendaItemFactory(meeting=MeetingFactory(body=board, date=soon(day)), order=1)
    small = count()
    for day in range(20):
        AgendaItemFactory(meeting=MeetingFactory(body=BodyFactory(), date=soon(day)), order=1)
    assert count() == small <= 3
