"""Dates known only to the month or the year, as the source documents give them.

A report says "November 2019" or "Autumn 2018"; Accord keeps the first day of that
period and how precise it is, and never prints a day nobody wrote down.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from django.db import models
from django.utils import timezone
from django.utils.dates import MONTHS, MONTHS_3
from django.utils.translation import get_language


class Precision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_partial_date(value: str | dt.date) -> tuple[dt.date, str]:
    """``"2019-11"`` -> (1 November 2019, "month"); ``"2019"`` -> (1 January 2019, "year")."""
    if isinstance(value, dt.date):
        return value, Precision.DAY
    match = _PARTIAL.match(str(value).strip())
    if not match:
        raise ValueError(f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.")
    year, month, day = match.groups()
    if day:
        return dt.date(int(year), int(month), int(day)), Precision.DAY
    if month:
        return dt.date(int(year), int(month), 1), Precision.MONTH
    return dt.date(int(year), 1, 1), Precision.YEAR


def format_partial_date(value: dt.date | None, precision: str = Precision.DAY) -> str:
    if value is None:
        return ""
    if precision == Precision.YEAR:
        return str(value.year)
    if precision == Precision.MONTH:
        return value.strftime("%B %Y")
    return f"{value.day} {value.strftime('%B %Y')}"


def partial_iso(value: dt.date | None, precision: str = Precision.DAY) -> str:
    """The ISO form at the stored precision, as the gold files and exports write it."""
    if value is None:
        return ""
    if precision == Precision.YEAR:
        return f"{value.year:04d}"
    if precision == Precision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def precision_field(**kwargs: Any) -> models.CharField[str, str]:
    return models.CharField(
        max_length=5, choices=Precision.choices, default=Precision.DAY, **kwargs
    )


# The `date` filter parses its format string and looks each part up on every call (about
# 25 microseconds); tables print a date a row, so the two formats they use are put
# together here, with the month names of the language in use.
@lru_cache(maxsize=8)
def _month_names(language: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    full = tuple(str(MONTHS[m]) if m else "" for m in range(13))
    short = tuple(str(MONTHS_3[m]).title() if m else "" for m in range(13))
    return full, short


def _local(value: dt.date) -> dt.date:
    if isinstance(value, dt.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def day_text(value: dt.date | None) -> str:
    """What ``|date:"j F Y"`` gives: "4 March 2025" (a moment in the local time zone)."""
    if value is None or value == "":
        return ""
    value = _local(value)
    return f"{value.day} {_month_names(get_language())[0][value.month]} {value.year:04d}"


def moment_text(value: dt.datetime | None) -> str:
    """What ``|date:"j M Y, H:i"`` gives: "4 Mar 2025, 09:30", in the local time zone."""
    if value is None or value == "":
        return ""
    local = _local(value)
    assert isinstance(local, dt.datetime)
    month = _month_names(get_language())[1][local.month]
    return f"{local.day} {month} {local.year:04d}, {local.hour:02d}:{local.minute:02d}"
