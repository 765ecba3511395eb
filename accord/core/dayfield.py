"""A form field for one whole day, typed as a person writes it: ``27 3 2025``,
``27/03/2025``, ``27 March 2025`` or ``2025-03-27``."""

from __future__ import annotations

import datetime as dt
import re

from django import forms

_MONTHS = {
    name: number
    for number in range(1, 13)
    for name in (
        dt.date(2000, number, 1).strftime("%B").lower(),
        dt.date(2000, number, 1).strftime("%b").lower(),
    )
} | {"sept": 9}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMBERS = re.compile(r"^(\d{1,2})[\s/.-]+(\d{1,2})[\s/.-]+(\d{4})$")
_WORDS = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?\s+(\d{4})$")


def parse_day(text: str) -> dt.date:
    text = " ".join(text.strip().lower().replace(",", " ").split())
    if match := _ISO.match(text):
        year, month, day = match.groups()
    elif match := _NUMBERS.match(text):
        day, month, year = match.groups()
    elif (match := _WORDS.match(text)) and match.group(2) in _MONTHS:
        day, name, year = match.groups()
        month = _MONTHS[name]
    else:
        raise ValueError(text)
    return dt.date(int(year), int(month), int(day))


class DayField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(max_length=40, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, dt.date):
            return f"{value.day} {value.month} {value.year}"
        return value

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        try:
            return parse_day(text)
        except ValueError:
            raise forms.ValidationError(
                f"Enter {self.label[0].lower() + self.label[1:] if self.label else 'the date'} "
                "as a day, month and year, for example 27 3 2025."
            ) from None
