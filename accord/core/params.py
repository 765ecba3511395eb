"""Reading free text from a query string safely: bounded, and without NUL or control characters
(PostgreSQL refuses NUL in text, and nothing a person types contains them)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils import timezone

from accord.core.forms.errors import Problem

if TYPE_CHECKING:
    from django.http import HttpRequest

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def text_param(request: HttpRequest, name: str, max_length: int = 100) -> str:
    value = request.GET.get(name) or ""
    return _CONTROL.sub("", value)[:max_length].strip()


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EARLIEST = dt.date(1900, 1, 1)


@dataclass(frozen=True)
class AsAt:
    """The "as at" date a page was asked for (``?on=2021-04-01``), or why it was not used."""

    day: dt.date | None = None
    problem: str = ""
    typed: str = ""

    @property
    def query(self) -> str:
        return f"on={self.day.isoformat()}" if self.day else ""

    def page_errors(self, name: str) -> list[Problem]:
        """The problem for the page's error summary, linked to the day box of the date
        control named ``name``; none when the date was fine or not given."""
        return [Problem(self.problem, f"{name}-day")] if self.problem else []

    @property
    def parts(self) -> dict[str, str]:
        """What the day, month and year boxes show."""
        if self.day:
            return {
                "day": str(self.day.day),
                "month": str(self.day.month),
                "year": str(self.day.year),
            }
        return {"day": "", "month": "", "year": ""}


def as_at_param(request: HttpRequest, name: str = "on") -> AsAt:
    """The day a page is to be shown as it stood on: a real date in the form YYYY-MM-DD,
    not in the future. Anything else is ignored with a message saying why, and the page
    shows today."""
    typed = text_param(request, name, 20)
    parts = [text_param(request, f"{name}-{part}", 4) for part in ("year", "month", "day")]
    if not typed and any(parts):
        # The GOV.UK date input: day, month and year in three boxes.
        year, month, day = parts
        if not (year and month and day):
            missing = [n for n, v in zip(("year", "month", "day"), parts, strict=True) if not v]
            return AsAt(
                problem=f"The date must include a {' and '.join(missing)}.",
                typed=" ".join(p for p in parts if p),
            )
        if not (year.isdigit() and month.isdigit() and day.isdigit()):
            return AsAt(problem="The date must be a real date, in numbers.", typed=" ".join(parts))
        typed = f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    if not typed:
        return AsAt()
    problem = "Enter the date as year, month and day, like 2021-04-01."
    if _ISO_DAY.match(typed):
        try:
            chosen = dt.date.fromisoformat(typed)
        except ValueError:
            return AsAt(problem="That is not a real date. " + problem, typed=typed)
        if chosen > timezone.localdate():
            return AsAt(problem="Choose a day that has passed, or today.", typed=typed)
        if chosen < EARLIEST:
            return AsAt(problem="Choose a day after 1900.", typed=typed)
        return AsAt(day=chosen, typed=typed)
    return AsAt(problem=problem, typed=typed)
