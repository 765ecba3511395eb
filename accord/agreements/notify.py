"""E-mails to the people who run an agreement: its partnership officers, and for the
term (reviews, expiry) the secretaries of its owning body too. Sent after the change
has committed; a mail server that is down is logged and does not undo the change."""

from __future__ import annotations

import logging
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string

from accord.accounts.models import Role, RoleName
from accord.agreements.models import Agreement

logger = logging.getLogger(__name__)


def people_of_owning_body(agreement: Agreement, *roles: str) -> list[str]:
    """The e-mail addresses of active people holding ``roles`` at the owning body."""
    if agreement.owning_body_id is None:
        return []
    return sorted(
        set(
            Role.objects.filter(
                name__in=roles or (RoleName.OFFICER,),
                body_id=agreement.owning_body_id,
                user__is_active=True,
            ).values_list("user__email", flat=True)
        )
    )


def send(template: str, context: dict, recipients: list[str]) -> bool:
    """Render ``template``.txt and ``template``_subject.txt and send them; False when
    there was nobody to send to or the mail server refused."""
    if not recipients:
        return False
    context = {"site_name": settings.ACCORD_SITE_NAME, **context}
    try:
        send_mail(
            render_to_string(f"{template}_subject.txt", context).strip(),
            render_to_string(f"{template}.txt", context),
            None,
            recipients,
        )
    except (smtplib.SMTPException, OSError):
        logger.exception("The e-mail %s could not be sent", template)
        return False
    return True


def link(path: str) -> str:
    return settings.ACCORD_BASE_URL + path
