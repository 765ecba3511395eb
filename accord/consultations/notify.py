"""The e-mails a consultation sends. Each is sent after the change that causes it is
committed, so a link never points at a row that was rolled back, and a mail server that
is down never undoes the change: an invitation that did not go stays "not sent" and can
be sent again from the consultation page."""

from __future__ import annotations

import logging
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accord.accounts.models import RoleName, User
from accord.consultations.models import Comment, Invitation

logger = logging.getLogger(__name__)
TEMPLATES = "consultations/email"


def link_for(token: str) -> str:
    return settings.ACCORD_BASE_URL + reverse("consultations:respond_link", args=[token])


def _send(template: str, context: dict, to: str) -> bool:
    """Send one plain-text message; False (and a log line) when it could not go."""
    context = {"site_name": settings.ACCORD_SITE_NAME, **context}
    # A subject is one line; a title typed with a line break must not break the header.
    subject = " ".join(render_to_string(f"{TEMPLATES}/{template}_subject.txt", context).split())
    body = render_to_string(f"{TEMPLATES}/{template}.txt", context)
    try:
        send_mail(subject, body, None, [to])
    except (smtplib.SMTPException, OSError):
        logger.warning("Could not send the %s e-mail to %s", template, to, exc_info=True)
        return False
    return True


def deliver_invitations(tokens: dict[int, str]) -> int:
    """E-mail each invitation its link (``tokens`` maps invitation id to its secret) and
    record when each went. Returns how many were sent."""
    invitations = Invitation.objects.filter(pk__in=tokens).select_related(
        "consultation__version__agreement__owning_body", "consultation__opened_by"
    )
    sent = []
    for invitation in invitations:
        consultation = invitation.consultation
        context = {
            "invitation": invitation,
            "consultation": consultation,
            "agreement": consultation.version.agreement,
            "version": consultation.version,
            "link": link_for(tokens[invitation.pk]),
        }
        if _send("invitation", context, invitation.email):
            sent.append(invitation.pk)
    Invitation.objects.filter(pk__in=sent).update(sent_at=timezone.now())
    return len(sent)


def notify_officers_of_comment(comment_id: int) -> None:
    """Tell the officers of the owning body that a comment has arrived."""
    comment = Comment.objects.select_related("section", "consultation__version__agreement").get(
        pk=comment_id
    )
    consultation = comment.consultation
    agreement = consultation.version.agreement
    if agreement.owning_body_id is None:
        return  # no owning body, so no officers to tell
    officers = User.objects.filter(
        is_active=True, roles__name=RoleName.OFFICER, roles__body_id=agreement.owning_body_id
    )
    if comment.author_id is not None:  # an officer is not told of their own comment
        officers = officers.exclude(pk=comment.author_id)
    officers = officers.distinct().order_by("email")
    context = {
        "comment": comment,
        "consultation": consultation,
        "agreement": agreement,
        "link": settings.ACCORD_BASE_URL
        + reverse("consultations:detail", args=[consultation.pk])
        + f"#comment-{comment.pk}",
    }
    for officer in officers:
        _send("comment_arrived", {**context, "officer": officer}, officer.email)
