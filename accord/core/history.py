"""Audit entries as sentences a council officer can read on a history page.

Each audit action (``agreement.section.update``) has a sentence written from the entry's
before and after values. An action this module does not know yet still reads as words,
never as a code: its name is turned into a phrase and its values listed by name. Values
that are evidence rather than history (IP addresses, browsers, content hashes, links'
internal numbers) are never shown here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from accord.core.dates import format_partial_date

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


def _words(value) -> str:
    if value is None or value == "":
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(_words(v) for v in value) or "none"
    return str(value)


def _status(value) -> str:
    return STATUS_WORDS.get(str(value), str(value).replace("_", " "))


def _outcome(value) -> str:
    return OUTCOME_WORDS.get(str(value), str(value).replace("_", " "))


def _clip(text) -> str:
    text = _words(text)
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 1] + "…"


def _date(value) -> str:
    import datetime as dt

    try:
        return format_partial_date(dt.date.fromisoformat(str(value)[:10]))
    except ValueError:
        return _words(value)


# Each writer gets the entry's before and after values (dicts) and returns a line.
Writer = Callable[[dict, dict], HistoryLine]

WRITERS: dict[str, Writer] = {
    "agreement.create": lambda b, a: HistoryLine(
        f"Created the agreement “{a.get('title', '')}”"
        + (" from the starter template." if a.get("from_template") else ".")
    ),
    "agreement.adapt": lambda b, a: HistoryLine(
        f"Created the agreement by adapting {a.get('adapted_from', 'another agreement')}"
        + (f", version {a['from_version']}." if a.get("from_version") else ".")
    ),
    "agreement.import": lambda b, a: HistoryLine(
        f"Created the draft from the imported file {a.get('source_file', '')}."
    ),
    "agreement.draft.start": lambda b, a: HistoryLine(
        f"Started draft version {a.get('version')}"
        + (f" from version {a['from_version']}." if a.get("from_version") else ".")
    ),
    "agreement.section.add": lambda b, a: HistoryLine(
        f"Added section {a.get('number')}, “{a.get('heading', '')}”, to draft version "
        f"{a.get('version')}."
    ),
    "agreement.section.update": lambda b, a: HistoryLine(
        f"Changed section “{a.get('heading') or b.get('heading', '')}”"
        + (
            " (renamed from “" + b["heading"] + "”)"
            if b.get("heading") not in (None, a.get("heading"))
            else ""
        )
        + ".",
        _clip(a.get("text", "")),
    ),
    "agreement.section.delete": lambda b, a: HistoryLine(
        f"Deleted section {b.get('number')}, “{b.get('heading', '')}”."
    ),
    "agreement.section.move": lambda b, a: HistoryLine(
        f"Moved section “{b.get('heading', '')}” from number {b.get('number')} to "
        f"{a.get('number')}."
    ),
    "agreement.version.publish": lambda b, a: HistoryLine(
        f"Published version {a.get('version')}, “{a.get('label', '')}”."
    ),
    "agreement.status.change": lambda b, a: HistoryLine(
        f"Moved the agreement from {_status(b.get('status'))} to {_status(a.get('status'))}."
    ),
    "agreement.party.add": lambda b, a: HistoryLine(
        f"Added {a.get('organisation')} as a party, under “{a.get('category', '')}”."
    ),
    "agreement.party.remove": lambda b, a: HistoryLine(
        f"Removed {b.get('organisation')} as a party."
    ),
    "agreement.party.import": lambda b, a: HistoryLine(
        f"Added {len(a.get('added', []))} parties from a CSV file.", _clip(a.get("added"))
    ),
    "agreement.route.add": lambda b, a: HistoryLine(
        f"Added step {a.get('order')} to the approval route: {a.get('body')} to "
        f"{_words(a.get('action')).replace('_', ' ')}."
    ),
    "agreement.route.remove": lambda b, a: HistoryLine(
        f"Removed step {b.get('order')}, {b.get('body')}, from the approval route."
    ),
    "agreement.route.move": lambda b, a: HistoryLine(
        f"Moved the step “{a.get('step', '')}” from place {b.get('order')} to {a.get('order')}."
    ),
    "meeting.item.add": lambda b, a: HistoryLine(
        f"Put {a.get('step') or a.get('title')} on the agenda of {a.get('meeting')}."
    ),
    "meeting.item.move": lambda b, a: HistoryLine(
        f"Moved an agenda item from place {b.get('order')} to {a.get('order')}."
    ),
    "meeting.item.remove": lambda b, a: HistoryLine(
        f"Took {b.get('step') or b.get('title')} off the agenda of {b.get('meeting')}."
    ),
    "meeting.item.decide": lambda b, a: HistoryLine(
        f"Recorded the decision on “{a.get('item', '')}”: {_outcome(a.get('outcome'))}.",
        _clip(a.get("minute", "")) if a.get("minute") else "",
    ),
    "step.decide": lambda b, a: HistoryLine(
        f"Recorded the decision of {a.get('meeting')} on step {a.get('step_order')}: "
        f"{_outcome(a.get('outcome'))}."
        + (
            f" The route starts again at step {a['restart_from_step']}."
            if a.get("restart_from_step")
            else ""
        ),
        _clip(a.get("minute", "")) if a.get("minute") else "",
    ),
    "consultation.open": lambda b, a: HistoryLine(
        f"Opened the consultation “{a.get('title', '')}” on version {a.get('version')}, "
        f"closing on {_date(a.get('closes_on'))}."
    ),
    "consultation.close": lambda b, a: HistoryLine("Closed the consultation early."),
    "consultation.comment.add": lambda b, a: HistoryLine(
        f"Commented on {a.get('section', 'a section')}.", _clip(a.get("text", ""))
    ),
    "consultation.comment.respond": lambda b, a: HistoryLine(
        f"Responded to a comment: {_outcome(a.get('outcome'))}.", _clip(a.get("reason", ""))
    ),
    "consultation.invitation.resend": lambda b, a: HistoryLine(
        f"Sent a new consultation link to {a.get('email')}; the old one stopped working."
    ),
    "consultation.invitation.revoke": lambda b, a: HistoryLine(
        f"Withdrew the consultation link sent to {a.get('email')}."
    ),
    "signing.open": lambda b, a: HistoryLine(
        f"Opened sign-up on version {a.get('version')} and sent "
        f"{len(a.get('invited', []))} signing invitations."
        + (
            f" No signatory is recorded for {_words(a['without_signatory'])}."
            if a.get("without_signatory")
            else ""
        )
    ),
    "signing.signed": lambda b, a: HistoryLine(
        f"{a.get('full_name')}, {a.get('post')}, signed version {a.get('version')} for "
        f"{a.get('party')}."
    ),
    "signing.declined": lambda b, a: HistoryLine(
        f"{a.get('full_name')}, {a.get('post')}, declined to sign version {a.get('version')} "
        f"for {a.get('party')}.",
        _clip(a.get("reason", "")) if a.get("reason") else "",
    ),
    "signing.close": lambda b, a: HistoryLine(
        f"Closed sign-up with {len(a.get('signed', []))} parties signed"
        + (f"; {_words(a['not_signed'])} did not sign." if a.get("not_signed") else "."),
    ),
    "signing.invitation.resend": lambda b, a: HistoryLine(
        f"Sent a new signing link to {a.get('signatory')}."
    ),
    "signing.invitation.revoke": lambda b, a: HistoryLine(
        f"Withdrew the signing link of {a.get('signatory')}."
    ),
    "signing.hand_over": lambda b, a: HistoryLine(
        f"Handed signing for {a.get('party')} from {b.get('signatory')} to {a.get('signatory')}."
    ),
    "signing.remind": lambda b, a: HistoryLine(f"Reminded {a.get('signatory')} to sign."),
    "signing.link.refused": lambda b, a: HistoryLine("A signing link was refused."),
    "report.create": lambda b, a: HistoryLine("Drafted the cover report."),
    "report.version.create": lambda b, a: HistoryLine(
        f"Saved version {a.get('version')} of the cover report."
    ),
    "report.implication.request": lambda b, a: HistoryLine(
        f"Asked {a.get('verifier')} to verify the {_words(a.get('kind'))} implications."
    ),
    "report.implication.verify": lambda b, a: HistoryLine("Verified the implications."),
    "report.implication.return": lambda b, a: HistoryLine(
        "Returned the implications with comments.", _clip(a.get("comments", ""))
    ),
}


def _fallback(action: str, before: dict, after: dict) -> HistoryLine:
    """An action with no sentence yet: its name as words, and its values by name."""
    words = " ".join(part.replace("_", " ") for part in action.split(".") if part)
    values = [
        f"{key.replace('_', ' ')}: {_clip(value)}"
        for key, value in {**(before or {}), **(after or {})}.items()
        if key not in HIDDEN_KEYS
    ]
    sentence = f"{words[:1].upper()}{words[1:]}." if words else "A change was recorded."
    return HistoryLine(sentence, "; ".join(values))


def history_line(
    action: str, before: dict | None, after: dict | None, note: str = ""
) -> HistoryLine:
    before, after = before or {}, after or {}
    writer = WRITERS.get(action)
    try:
        line = writer(before, after) if writer else _fallback(action, before, after)
    except (KeyError, TypeError, ValueError):
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
