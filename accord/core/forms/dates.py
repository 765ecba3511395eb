"""The GOV.UK date input: day, month and year in three boxes, with messages that say
which part is missing or wrong, and only that part marked as wrong.

``DateField`` wants a whole date; ``PartialDateField`` lets the day (or the day and the
month) be left out for a meeting known only to the month; ``MonthField`` asks for a month
and year. The parts render through crispy-forms-gds's date widget template.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, NoReturn, TypeAlias

from django import forms

from accord.core.dates import Precision, parse_partial_date
from accord.core.forms.base import _phrase

if TYPE_CHECKING:
    from django.core.files.uploadedfile import UploadedFile
    from django.utils.datastructures import MultiValueDict

WIDTHS = {"day": 2, "month": 2, "year": 4}


Parse: TypeAlias = Callable[[str], tuple[dt.date, str]]
# What a date field gives: a date, or (date, precision) for a date known only in part.
DateValue: TypeAlias = dt.date | tuple[dt.date, str]


class DateWidget(forms.MultiWidget):
    """One text box per part, labelled "Day", "Month", "Year"."""

    template_name = "gds/widgets/date.html"

    def __init__(self, parts: tuple[str, ...], parse: Parse | None = None) -> None:
        self.parts = parts
        self.parse = parse or parse_partial_date
        widgets = [
            forms.TextInput(
                attrs={
                    "class": f"govuk-input govuk-date-input__input govuk-input--width-{WIDTHS[part]}",
                    "label": part.capitalize(),
                    "inputmode": "numeric",
                }
            )
            for part in parts
        ]
        super().__init__(widgets)

    def decompress(self, value: object) -> list[int | None]:
        if not value:
            return [None] * len(self.parts)
        if isinstance(value, str):
            try:
                value = self.parse(value)
            except ValueError:
                return [None] * len(self.parts)
        date, precision = value if isinstance(value, tuple) else (value, Precision.DAY)
        known = {
            "day": date.day if precision == Precision.DAY else None,
            "month": date.month if precision in (Precision.DAY, Precision.MONTH) else None,
            "year": date.year,
        }
        return [known[part] for part in self.parts]

    def value_from_datadict(
        self, data: Mapping[str, Any], files: MultiValueDict[str, UploadedFile], name: str
    ) -> Any:
        # A program (or an older form) may send the date whole, as "2026-03-27": it is
        # split into the parts the page would have sent.
        if name in data and not any(f"{name}_{i}" in data for i in range(len(self.parts))):
            try:
                return [str(part or "") for part in self.decompress(self.parse(data[name]))]
            except ValueError:
                return [str(data[name])[:20]] + [""] * (len(self.parts) - 1)
        return super().value_from_datadict(data, files, name)


class _DatePartsField(forms.MultiValueField):
    parts: tuple[str, ...] = ("day", "month", "year")
    # Parts that may be left empty, from the smallest: a meeting may be known to the month.
    may_omit: tuple[str, ...] = ()

    def __init__(self, *, parse: Parse | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("help_text", self.example)
        fields = [forms.CharField(required=False) for _ in self.parts]
        super().__init__(
            fields=fields,
            require_all_fields=False,
            widget=DateWidget(self.parts, parse),
            **kwargs,
        )

    example = "For example, 27 3 2026"

    def prepare_value(self, value: Any) -> Any:
        # A (date, precision) pair would be taken by the widget for its parts already.
        if isinstance(value, tuple) and value and isinstance(value[0], dt.date):
            return self.widget.decompress(value)
        return value

    def _fail(self, message: str, parts: Iterable[str]) -> NoReturn:
        """Mark which boxes are wrong (crispy-forms-gds reads ``widget.errors``)."""
        for part in parts:
            self.fields[self.parts.index(part)].widget.errors = [message]
        raise forms.ValidationError(message)

    def clean(self, value: Any) -> Any:
        for field in self.fields:
            field.widget.errors = []
        given = dict(zip(self.parts, [str(v or "").strip() for v in (value or [])], strict=False))
        given = {part: given.get(part, "") for part in self.parts}
        phrase = _phrase(str(self.label or "date"))
        sentence = phrase[0].upper() + phrase[1:]
        if not any(given.values()):
            if self.required:
                own = self.error_messages.get("required")
                generic = forms.Field.default_error_messages["required"]
                self._fail(str(own) if own and own != generic else f"Enter {phrase}.", self.parts)
            return None
        wrong = [p for p in self.parts if given[p] and not given[p].isdigit()]
        if wrong:
            self._fail(f"{sentence} must be a real date, in numbers.", wrong)
        missing = [p for p in self.parts if not given[p] and p not in self._omittable(given)]
        if missing:
            self._fail(f"{sentence} must include a {' and '.join(missing)}.", missing)
        if len(given["year"]) != 4:
            self._fail("The year must have 4 numbers, like 2026.", ["year"])
        numbers = {p: int(v) for p, v in given.items() if v}
        try:
            date = dt.date(numbers["year"], numbers.get("month", 1), numbers.get("day", 1))
        except ValueError:
            bad = [p for p in ("month",) if p in numbers and not 1 <= numbers[p] <= 12]
            self._fail(f"{sentence} must be a real date.", bad or [p for p in numbers])
        return self.result(date, given)

    def _omittable(self, given: dict[str, str]) -> tuple[str, ...]:
        # The day may be left out only with the month given or also left out, and so on:
        # "27 (no month) 2026" is a mistake, not a date known to the year.
        omittable: list[str] = []
        for part in self.may_omit:
            if given[part]:
                break
            omittable.append(part)
        return tuple(omittable)

    def result(self, date: dt.date, given: dict[str, str]) -> DateValue:
        return date


class DateField(_DatePartsField):
    """A whole date: day, month and year."""


class PartialDateField(_DatePartsField):
    """A date known to the day, or only to the month or the year: (date, precision)."""

    may_omit = ("day", "month")
    example = "For example, 27 3 2026. If only the month is known, leave the day empty."

    def result(self, date: dt.date, given: dict[str, str]) -> DateValue:
        if given["day"]:
            return date, Precision.DAY
        return date, Precision.MONTH if given["month"] else Precision.YEAR


class MonthField(_DatePartsField):
    """A month and year, kept as the first day of that month."""

    parts = ("month", "year")
    example = "For example, 11 2019"

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("parse", _parse_month)
        super().__init__(**kwargs)


def _parse_month(text: str) -> tuple[dt.date, str]:
    date, precision = parse_partial_date(text)
    if precision != Precision.MONTH:
        raise ValueError(text)
    return date, precision
