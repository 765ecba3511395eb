"""Sentences for changes outside one agreement's life: signatories, meetings, accounts,
API tokens and webhooks, imports, organisations and the public notices."""

from __future__ import annotations

from accord.core.history.agreements import Writer
from accord.core.history.words import HistoryLine, clip, label, words


def _changed(before: dict, after: dict) -> str:
    return ", ".join(label(key) for key in after) or "nothing"


REGISTER_WRITERS: dict[str, Writer] = {
    "signing.signatory.authorise": lambda b, a: HistoryLine(
        f"Recorded {a.get('user')} as able to sign, as {a.get('post')}, under {a.get('authority')}."
    ),
    "signing.signatory.withdraw": lambda b, a: HistoryLine(
        f"Withdrew the authority of {b.get('user')} ({b.get('post')}) to sign."
    ),
    "meeting.create": lambda b, a: HistoryLine(
        f"Added the meeting “{a.get('title', '')}” of {a.get('body', 'the body')}."
    ),
    "meeting.update": lambda b, a: HistoryLine(
        f"Changed the meeting's {_changed(b, a)}.",
        "; ".join(f"{label(k)}: {clip(b.get(k))} → {clip(v)}" for k, v in a.items()),
    ),
    "accounts.user.invite": lambda b, a: HistoryLine(
        f"Gave {a.get('full_name') or a.get('email')} an account ({a.get('email')})."
    ),
    "accounts.role.grant": lambda b, a: HistoryLine(
        f"Gave the role {label(words(a.get('role')))}"
        + (f" at {a['body']}" if a.get("body") else "")
        + (f" for {a['organisation']}" if a.get("organisation") else "")
        + "."
    ),
    "accounts.role.revoke": lambda b, a: HistoryLine(
        f"Removed the role {label(words(b.get('role')))}"
        + (f" at {b['body']}" if b.get("body") else "")
        + (f" for {b['organisation']}" if b.get("organisation") else "")
        + "."
    ),
    "accounts.password.change": lambda b, a: HistoryLine("Changed their password."),
    "accounts.identity.link": lambda b, a: HistoryLine(
        f"Signed in with {a.get('provider')} for the first time as {a.get('email')}; that "
        "account now signs in here."
    ),
    "accounts.mfa.enrol": lambda b, a: HistoryLine(
        f"Set up a second factor, with {a.get('recovery_codes')} recovery codes."
    ),
    "accounts.mfa.codes": lambda b, a: HistoryLine(
        f"Made {a.get('recovery_codes')} new recovery codes; the old ones no longer work."
    ),
    "accounts.mfa.remove": lambda b, a: HistoryLine("Removed the second factor."),
    "accounts.signin.lock": lambda b, a: HistoryLine(
        f"Locked sign-in for the {'account' if a.get('kind') == 'account' else 'network address'} "
        f"{a.get('key')} after {a.get('failures')} wrong passwords.",
    ),
    "accounts.signin.unlock": lambda b, a: HistoryLine(
        f"Lifted the sign-in lock on {b.get('key')}."
    ),
    "api.token.create": lambda b, a: HistoryLine(f"Made the API token “{a.get('name')}”."),
    "api.token.revoke": lambda b, a: HistoryLine(f"Revoked the API token “{b.get('name')}”."),
    "api.webhook.register": lambda b, a: HistoryLine(
        f"Registered the webhook endpoint {a.get('url')} for {words(a.get('events'))}."
    ),
    "api.webhook.deactivate": lambda b, a: HistoryLine(
        f"Deactivated the webhook endpoint {b.get('url')}."
    ),
    "import.create": lambda b, a: HistoryLine(
        f"Uploaded {a.get('filename')} to import: {a.get('sections')} sections and "
        f"{a.get('parties')} parties found."
        if "sections" in a
        else f"Uploaded {a.get('filename')} to import; it was queued to be read."
    ),
    "import.read": lambda b, a: HistoryLine(
        f"Read {a.get('filename')} ({a.get('pages')} page{'' if a.get('pages') == 1 else 's'}):"
        f" {a.get('sections')} sections and {a.get('parties')} parties found, waiting for "
        "review."
    ),
    "import.unreadable": lambda b, a: HistoryLine(
        f"Could not read {a.get('filename')}: nothing was found in it.", clip(a.get("reason"))
    ),
    "import.confirm": lambda b, a: HistoryLine(
        f"Made the draft {a.get('agreement')} from an import: {a.get('sections')} sections, "
        f"{a.get('parties')} parties and {a.get('steps')} approval steps."
    ),
    "import.reject": lambda b, a: HistoryLine("Rejected an import: nothing was made from it."),
    "instance.restore": lambda b, a: HistoryLine(
        f"Restored the whole instance from a backup made {a.get('backup_made')}: "
        f"{a.get('records')} records and {a.get('files')} files."
    ),
    "organisation.create": lambda b, a: HistoryLine(
        f"Added the organisation {a.get('name')} to the register."
    ),
    "organisation.import.create": lambda b, a: HistoryLine(
        f"Added the organisation {a.get('name')} from a file."
    ),
    "organisation.import.change": lambda b, a: HistoryLine(
        f"Changed the organisation's {_changed(b, a)} from a file.",
        "; ".join(f"{label(k)}: {clip(b.get(k))} → {clip(v)}" for k, v in a.items()),
    ),
    "organisation.import": lambda b, a: HistoryLine(
        f"Imported organisations from a file: {a.get('created')} added, {a.get('changed')} "
        f"changed and {a.get('skipped')} unchanged."
    ),
    # Changes made in the Django admin: what changed is listed by name.
    "admin.add": lambda b, a: HistoryLine(
        "Added a record in the administration screens.",
        "; ".join(f"{label(k)}: {clip(v)}" for k, v in a.items()),
    ),
    "admin.change": lambda b, a: HistoryLine(
        f"Changed the {_changed(b, a)} in the administration screens.",
        "; ".join(f"{label(k)}: {clip(b.get(k))} → {clip(v)}" for k, v in a.items()),
    ),
    "admin.delete": lambda b, a: HistoryLine(
        "Deleted a record in the administration screens.",
        "; ".join(f"{label(k)}: {clip(v)}" for k, v in b.items()),
    ),
    "notice.save": lambda b, a: HistoryLine("Published new text for a public notice."),
    "notice.reset": lambda b, a: HistoryLine(
        "Went back to the public notice's text generated from the settings."
    ),
}
