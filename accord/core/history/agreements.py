"""Sentences for what happens to an agreement: drafting, its route, meetings,
consultation, sign-up and cover reports (the entries on an agreement's history page)."""

from __future__ import annotations

from collections.abc import Callable

from accord.core.history.words import HistoryLine, clip, date, outcome, status, words

# Each writer gets the entry's before and after values (dicts) and returns a line.
Writer = Callable[[dict, dict], HistoryLine]

AGREEMENT_WRITERS: dict[str, Writer] = {
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
        clip(a.get("text", "")),
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
        f"Moved the agreement from {status(b.get('status'))} to {status(a.get('status'))}."
    ),
    "agreement.party.add": lambda b, a: HistoryLine(
        f"Added {a.get('organisation')} as a party, under “{a.get('category', '')}”."
    ),
    "agreement.party.remove": lambda b, a: HistoryLine(
        f"Removed {b.get('organisation')} as a party."
    ),
    "agreement.party.import": lambda b, a: HistoryLine(
        f"Added {len(a.get('added', []))} parties from a CSV file.", clip(a.get("added"))
    ),
    "agreement.route.add": lambda b, a: HistoryLine(
        f"Added step {a.get('order')} to the approval route: {a.get('body')} to "
        f"{words(a.get('action')).replace('_', ' ')}."
    ),
    "agreement.route.remove": lambda b, a: HistoryLine(
        f"Removed step {b.get('order')}, {b.get('body')}, from the approval route."
    ),
    "agreement.route.restart": lambda b, a: HistoryLine(
        f"Version {a.get('version')} goes through the approval route again, from step "
        f"{min(a.get('steps_restarted') or [1])}; the earlier decisions stay on record."
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
        f"Recorded the decision on “{a.get('item', '')}”: {outcome(a.get('outcome'))}.",
        clip(a.get("minute", "")) if a.get("minute") else "",
    ),
    "step.decide": lambda b, a: HistoryLine(
        f"Recorded the decision of {a.get('meeting')} on step {a.get('step_order')}: "
        f"{outcome(a.get('outcome'))}."
        + (
            f" The route starts again at step {a['restart_from_step']}."
            if a.get("restart_from_step")
            else ""
        ),
        clip(a.get("minute", "")) if a.get("minute") else "",
    ),
    "consultation.open": lambda b, a: HistoryLine(
        f"Opened the consultation “{a.get('title', '')}” on version {a.get('version')}, "
        f"closing on {date(a.get('closes_on'))}."
    ),
    "consultation.close": lambda b, a: HistoryLine("Closed the consultation early."),
    "consultation.comment.add": lambda b, a: HistoryLine(
        f"Commented on {a.get('section', 'a section')}.", clip(a.get("text", ""))
    ),
    "consultation.comment.respond": lambda b, a: HistoryLine(
        f"Responded to a comment: {outcome(a.get('outcome'))}.", clip(a.get("reason", ""))
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
            f" No signatory is recorded for {words(a['without_signatory'])}."
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
        clip(a.get("reason", "")) if a.get("reason") else "",
    ),
    "signing.close": lambda b, a: HistoryLine(
        f"Closed sign-up with {len(a.get('signed', []))} parties signed"
        + (f"; {words(a['not_signed'])} did not sign." if a.get("not_signed") else "."),
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
    "document.issue": lambda b, a: HistoryLine(
        f"Issued the certificate of completion for version {a.get('version')}."
        if a.get("kind") == "certificate"
        else f"Issued the sealed PDF of version {a.get('version')}."
    ),
    "document.seal": lambda b, a: HistoryLine(
        f"Sealed the answer of {a.get('organisation') or 'a party'} into the PDF of version "
        f"{a.get('version')}."
    ),
    "report.create": lambda b, a: HistoryLine("Drafted the cover report."),
    "report.version.create": lambda b, a: HistoryLine(
        f"Saved version {a.get('version')} of the cover report."
    ),
    "report.implication.request": lambda b, a: HistoryLine(
        f"Asked {a.get('verifier')} to verify the {words(a.get('kind'))} implications."
    ),
    "report.implication.verify": lambda b, a: HistoryLine("Verified the implications."),
    "report.implication.outdate": lambda b, a: HistoryLine(
        "The implications changed after they were sent, so they must be verified again."
    ),
    "report.implication.return": lambda b, a: HistoryLine(
        "Returned the implications with comments.", clip(a.get("comments", ""))
    ),
}
