"""Shared words and helpers for history sentences."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from accord.core.dates import format_partial_date

# Evidence rather than history (where a link was used from, which browser, a file's
# fingerprint) and internal numbers are never shown on a history page.
HIDDEN_KEYS = {"ip_address", "user_agent", "content_hash", "sha256", "invitation", "comment"}
STATUS_WORDS = {
    "draft": "a draft",
    "consultation": "in consultation",
    "approval": "in approval",
    "sign_up": "open for sign-up",
    "in_force": "in force",
    "under_review": "under review",
    "superseded": "superseded",
    "withdrawn": "withdrawn",
}
OUTCOME_WORDS = {
    "approved": "approved",
    "approved_with_amendments": "approved with amendments",
    "rejected": "rejected",
    "deferred": "deferred",
    "noted": "noted",
    "accepted": "accepted",
    "accepted_with_changes": "accepted with changes",
    "not_accepted": "not accepted",
}
DETAIL_LIMIT = 300


@dataclass(frozen=True)
class HistoryLine:
    sentence: str
    detail: str = ""


def words(value: object) -> str:
    if value is None or value == "":
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(words(v) for v in value) or "none"
    return str(value)


def status(value: object) -> str:
    return STATUS_WORDS.get(str(value), str(value).replace("_", " "))


def outcome(value: object) -> str:
    return OUTCOME_WORDS.get(str(value), str(value).replace("_", " "))


def clip(text: object) -> str:
    text = words(text)
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 1] + "…"


def date(value: object) -> str:
    try:
        return format_partial_date(dt.date.fromisoformat(str(value)[:10]))
    except ValueError:
        return words(value)


def label(name: str) -> str:
    return name.replace("_", " ")
