"""E-mail through the task queue.

``QueuedEmailBackend`` is Accord's ``EMAIL_BACKEND``: ``send_mail`` anywhere writes each
message as a task when the current transaction commits (at once outside one), so a page
never waits on the mail server and a change that rolls back sends nothing. The worker
hands each message to ``ACCORD_EMAIL_DELIVERY_BACKEND`` (SMTP, or the console).

Each message carries a Message-ID fixed when it was queued: if a worker dies after the
server took the message but before the task was marked done, the task runs again and the
copy has the same Message-ID, which mail servers and clients use to drop duplicates.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.message import make_msgid
from django_tasks import task

from accord.queue.services import enqueue_on_commit


def message_to_json(message: EmailMessage) -> dict[str, Any]:
    headers = dict(message.extra_headers)
    headers.setdefault("Message-ID", make_msgid(domain="accord.invalid"))
    attachments = []
    for attachment in message.attachments:
        filename, content, mimetype = attachment  # MIMEBase attachments are not used
        data = content.encode() if isinstance(content, str) else bytes(content)
        attachments.append([filename, base64.b64encode(data).decode(), mimetype])
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": headers,
        "alternatives": [list(a) for a in getattr(message, "alternatives", [])],
        "attachments": attachments,
    }


def message_from_json(data: dict[str, Any]) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


@task()
def send_email(data: dict[str, Any]) -> str:
    """Hand one queued message to the delivery backend; returns its Message-ID."""
    connection = get_connection(settings.ACCORD_EMAIL_DELIVERY_BACKEND, fail_silently=False)
    connection.send_messages([message_from_json(data)])
    return str(data["headers"].get("Message-ID", ""))


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        count = 0
        for message in email_messages:
            if not message.recipients():
                continue
            enqueue_on_commit(send_email, message_to_json(message))
            count += 1
        return count
