"""Dates known only to the month or the year, as the source documents give them.

A report says "November 2019" or "Autumn 2018"; Accord keeps the first day of that
period and how precise it is, and never prints a day nobody wrote down.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.db import models


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
