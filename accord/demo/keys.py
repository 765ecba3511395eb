"""What every part of the demo loader shares: its error, keys resolved with a clear
message, the naming of synthetic copies, and dates as the file writes them."""

from __future__ import annotations

from typing import Any

from django.utils.text import slugify

from accord.core.dates import parse_partial_date
from accord.core.errors import Conflict


class DemoDataError(Conflict):
    """The demo data cannot be loaded: the database is not empty, or the file is wrong."""


def file_date(value: Any):
    return parse_partial_date(value)[0] if value not in (None, "") else None


def file_dated(value: Any) -> tuple:
    return parse_partial_date(value) if value not in (None, "") else (None, "day")


class Keys:
    """Objects by their key in the file, with a clear error for a key that is not there."""

    def __init__(self, kind: str):
        self.kind = kind
        self.objects: dict[str, Any] = {}

    def add(self, key: str, obj) -> None:
        if key in self.objects:
            raise DemoDataError(f"The {self.kind} key {key!r} is used twice.")
        self.objects[key] = obj

    def __getitem__(self, key: str | None):
        if key is None:
            return None
        try:
            return self.objects[key]
        except KeyError:
            raise DemoDataError(f"No {self.kind} has the key {key!r}.") from None


class Copy:
    """How one load names its rows: the demo itself, or the n-th synthetic copy of it."""

    def __init__(self, number: int | None):
        self.number = number

    def slug(self, key: str) -> str:
        return slugify(key if self.number is None else f"{key}-{self.number}")

    def name(self, name: str) -> str:
        return name if self.number is None else f"{name} ({self.number})"
