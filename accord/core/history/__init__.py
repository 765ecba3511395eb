"""Audit entries as sentences a council officer can read on a history page.

Each audit action (``agreement.section.update``) has a sentence written from the entry's
before and after values. An action without one still reads as words, never as a code:
its name is turned into a phrase and its values listed by name. Values that are evidence
rather than history (IP addresses, browsers, content hashes) are never shown here.
"""

from __future__ import annotations

from accord.core.history.agreements import AGREEMENT_WRITERS
from accord.core.history.changes import CHANGE_WRITERS
from accord.core.history.register import REGISTER_WRITERS
from accord.core.history.words import DETAIL_LIMIT, HIDDEN_KEYS, HistoryLine, clip, label

WRITERS = {**AGREEMENT_WRITERS, **REGISTER_WRITERS, **CHANGE_WRITERS}


def _fallback(action: str, before: dict, after: dict) -> HistoryLine:
    """An action with no sentence yet: its name as words, and its values by name."""
    name = " ".join(label(part) for part in action.split(".") if part)
    values = [
        f"{label(key)}: {clip(value)}"
        for key, value in {**(before or {}), **(after or {})}.items()
        if key not in HIDDEN_KEYS
    ]
    sentence = f"{name[:1].upper()}{name[1:]}." if name else "A change was recorded."
    return HistoryLine(sentence, "; ".join(values))


def history_line(
    action: str, before: dict | None, after: dict | None, note: str = ""
) -> HistoryLine:
    before, after = before or {}, after or {}
    writer = WRITERS.get(action)
    try:
        line = writer(before, after) if writer else _fallback(action, before, after)
    except (KeyError, TypeError, ValueError, AttributeError):
        # An entry written before its action's values changed shape still reads.
        line = _fallback(action, before, after)
    if note and action != "agreement.section.update":
        detail = f"{line.detail} ({note})" if line.detail else note[:DETAIL_LIMIT]
        line = HistoryLine(line.sentence, detail)
    return line


def who_did_it(actor_label: str) -> str:
    """Who made a change, as a history page may show it: an e-mailed link is named as
    such, without the internet address it was used from (that is evidence, kept for
    officers in the audit trail itself)."""
    if actor_label.startswith("signing link from"):
        return "Someone using a signing link"
    return actor_label
