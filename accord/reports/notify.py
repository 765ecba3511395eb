"""The e-mail that asks a verifier to verify an implication. It is sent after the
request is committed; a mail server that is down leaves the request in place (the
verifier can still answer when signed in)."""

from __future__ import annotations

import logging
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

logger = logging.getLogger(__name__)


def link_for(token: str) -> str:
    return settings.ACCORD_BASE_URL + reverse("reports:link", args=[token])


def send_request(request, token: str) -> bool:
    context = {
        "site_name": settings.ACCORD_SITE_NAME,
        "request": request,
        "agreement": request.report.step.agreement,
        "step": request.report.step,
        "link": link_for(token),
    }
    subject = " ".join(render_to_string("reports/email/request_subject.txt", context).split())
    body = render_to_string("reports/email/request.txt", context)
    try:
        send_mail(subject, body, None, [request.verifier.email])
    except (smtplib.SMTPException, OSError):
        logger.warning("Could not send the implication request to %s", request.verifier.email)
        return False
    return True
