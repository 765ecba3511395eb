"""E-mails about the approval route: a decision recorded, a step waiting for a body.

Each e-mail is written inside the transaction that caused it but sent only once that
transaction commits: nobody hears of a decision that was rolled back, and no database
lock is held while a mail server answers. (Tests that read ``mailoutbox`` therefore run
the commit callbacks, e.g. with ``django_capture_on_commit_callbacks(execute=True)``.)
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from accord.accounts.models import RoleName, User
from accord.agreements.models import Agreement, AgreementStatus
from accord.approvals.models import ApprovalStep, Decision
from accord.approvals.selectors import deciding_body_id, first_open_step


def _link(path: str) -> str:
    return settings.ACCORD_BASE_URL + path


def _addresses(role: str, body_id: int | None) -> list[str]:
    if body_id is None:
        return []
    return list(
        User.objects.filter(is_active=True, roles__name=role, roles__body_id=body_id)
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )


def _send_after_commit(template: str, context: dict, recipients: list[str]) -> None:
    context = {"site_name": settings.ACCORD_SITE_NAME, **context}
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)

    def send() -> None:
        # One message each, so recipients do not see one another's addresses.
        for address in recipients:
            send_mail(subject, body, None, [address])

    if recipients:
        transaction.on_commit(send)


def notify_decision_recorded(decision: Decision, *, notices: list[str]) -> list[str]:
    """Tell the officers of the agreement's owning body; returns who is told."""
    step = decision.approval_step
    assert step is not None  # only decisions on a route step are told to officers
    agreement = step.agreement
    meeting = decision.agenda_item.meeting
    recipients = _addresses(RoleName.OFFICER, agreement.owning_body_id)
    _send_after_commit(
        "approvals/email/decision_recorded",
        {
            "decision": decision,
            "step": step,
            "agreement": agreement,
            "meeting": meeting,
            "notices": notices,
            "meeting_link": _link(meeting.get_absolute_url()),
            "agreement_link": _link(agreement.get_absolute_url()),
        },
        recipients,
    )
    return recipients


def route_notify_next_step(agreement: Agreement) -> ApprovalStep | None:
    """Tell the secretaries of the body that takes the next step of ``agreement``'s route
    that it is waiting for them. Call it when an agreement enters approval; decisions
    call it themselves when a step is done. Returns the waiting step, or None when the
    agreement is not taking steps (in approval, or in sign-up opened early) or its route
    is finished."""
    if agreement.status not in (AgreementStatus.APPROVAL, AgreementStatus.SIGN_UP):
        return None
    step = first_open_step(agreement)
    if step is None:
        return None
    body_id = deciding_body_id(step)
    body = step.body if step.body_id is not None else agreement.owning_body
    _send_after_commit(
        "approvals/email/step_waiting",
        {
            "step": step,
            "agreement": agreement,
            "body": body,
            "agreement_link": _link(agreement.get_absolute_url()),
            "add_meeting_link": _link(reverse("approvals:meeting_add", args=[body.slug]))
            if body
            else "",
            "meetings_link": _link(reverse("approvals:meetings")),
        },
        _addresses(RoleName.SECRETARY, body_id),
    )
    return step
