"""How a permission table row is written: a URL name, how to build its path from the
demo data, and the status each persona gets for a GET."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tests.permissions.personas import PERSONAS


@dataclass(frozen=True)
class Row:
    url_name: str
    path: Callable[[], str] | str
    statuses: dict[str, int]

    def __post_init__(self):
        missing = set(PERSONAS) - set(self.statuses)
        assert not missing, f"row {self.url_name} has no status for {sorted(missing)}"

    def build_path(self) -> str:
        return self.path() if callable(self.path) else self.path


def everyone(status: int = 200) -> dict[str, int]:
    return dict.fromkeys(PERSONAS, status)


def signed_in(status: int = 200, anonymous: int = 302) -> dict[str, int]:
    return {**dict.fromkeys(PERSONAS, status), "anonymous": anonymous}


def only(allowed: set[str], *, allowed_status: int = 200, others: int = 403) -> dict[str, int]:
    table = {p: (allowed_status if p in allowed else others) for p in PERSONAS}
    if "anonymous" not in allowed:
        table["anonymous"] = 302
    return table
