"""The dates tables print a row at a time (accord.core.dates.day_text, moment_text) are
exactly what Django's ``date`` filter gives, in the local time zone."""

from __future__ import annotations

import datetime as dt

from django.template import Context, Template
from django.template.defaultfilters import date as date_filter
from django.utils import timezone

from accord.core.dates import day_text, moment_text

MOMENTS = [
    dt.datetime(2025, 3, 30, 0, 59, tzinfo=dt.UTC),  # the hour before the clocks go forward
    dt.datetime(2025, 3, 30, 1, 0, tzinfo=dt.UTC),
    dt.datetime(2025, 10, 25, 23, 30, tzinfo=dt.UTC),  # 00:30 on the 26th in London
    dt.datetime(2025, 12, 31, 23, 59, tzinfo=dt.UTC),
    dt.datetime(1999, 1, 1, 9, 5, tzinfo=dt.UTC),
    dt.datetime(987, 5, 7, 12, 0, tzinfo=dt.UTC),  # a year of three figures is padded
]
DAYS = [dt.date(2024, 2, 29), dt.date(2025, 9, 1), dt.date(2026, 11, 30), dt.date(45, 6, 6)]


def test_days_are_as_the_date_filter_gives_them():
    for moment in MOMENTS:
        assert day_text(moment) == date_filter(timezone.localtime(moment), "j F Y")
    for day in DAYS:
        assert day_text(day) == date_filter(day, "j F Y")
    assert day_text(None) == ""
    assert day_text(dt.date(2025, 3, 4)) == "4 March 2025"


def test_moments_are_as_the_date_filter_gives_them():
    for moment in MOMENTS:
        assert moment_text(moment) == date_filter(timezone.localtime(moment), "j M Y, H:i")
    assert moment_text(None) == ""
    assert moment_text(dt.datetime(2025, 7, 4, 8, 7, tzinfo=dt.UTC)) == "4 Jul 2025, 09:07"


def test_the_filters_in_a_template_match_the_date_filter():
    template = Template(
        '{% load accord %}{{ m|day }}|{{ m|date:"j F Y" }}|{{ m|moment }}|{{ m|date:"j M Y, H:i" }}'
    )
    for moment in MOMENTS:
        ours_day, theirs_day, ours_moment, theirs_moment = template.render(
            Context({"m": moment})
        ).split("|")
        assert ours_day == theirs_day
        assert ours_moment == theirs_moment
