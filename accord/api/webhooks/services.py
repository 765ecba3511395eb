"""Registering webhook endpoints, recording events for them and delivering those events.

``webhook_emit`` only writes pending deliveries, inside the caller's transaction: a change
that rolls back emits nothing. ``webhook_deliver_due`` (run by ``accord webhooks deliver``)
sends what is due as signed POSTs and schedules retries with growing back-off.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import http.client
import json
import secrets
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone

from accord.api.webhooks.models import EVENTS, WebhookDelivery, WebhookEndpoint
from accord.audit.actions import AuditAction
from accord.audit.services import audit_record
from accord.core import outbound

if TYPE_CHECKING:
    from accord.accounts.models import User

# Minutes to wait after each failed attempt; after the attempt that follows the last
# wait also fails, the delivery is given up as failed.
BACKOFF_MINUTES = (1, 5, 30, 120, 720)
MAX_ATTEMPTS = len(BACKOFF_MINUTES) + 1
# While one run sends a delivery, others leave it alone for this long.
CLAIM_MINUTES = 10
USER_AGENT = "Accord-Webhooks/1"


def validate_webhook_url(url: str) -> str:
    """The address, if Accord may send to it: checked through the outbound guard now, and
    again at each delivery (what a name resolves to can change in between)."""
    url = (url or "").strip()
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise ValidationError("Enter an address that starts with http:// or https://")
    URLValidator(schemes=["http", "https"], message="Enter a full web address")(url)
    try:
        outbound.destination(url)
    except outbound.OutboundRefused as refused:
        raise ValidationError(str(refused)) from None
    return url


def sign(secret: str, body: bytes) -> str:
    """The ``X-Accord-Signature`` header value for ``body``."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


@transaction.atomic
def webhook_endpoint_register(*, user: User, url: str, events: list[str]) -> WebhookEndpoint:
    url = validate_webhook_url(url)
    unknown = set(events) - set(EVENTS)
    if unknown or not events:
        raise ValidationError("Choose at least one event from the list")
    endpoint = WebhookEndpoint.objects.create(
        url=url,
        events=[event for event in EVENTS if event in events],
        secret="whsec_" + secrets.token_urlsafe(32),
        created_by=user,
    )
    audit_record(
        actor=user,
        action=AuditAction.API_WEBHOOK_REGISTER,
        obj=endpoint,
        after={"url": endpoint.url, "events": endpoint.events},
    )
    return endpoint


@transaction.atomic
def webhook_endpoint_deactivate(*, user: User, endpoint: WebhookEndpoint) -> None:
    if not endpoint.active:
        return
    endpoint.active = False
    endpoint.save(update_fields=["active"])
    audit_record(
        actor=user,
        action=AuditAction.API_WEBHOOK_DEACTIVATE,
        obj=endpoint,
        before={"url": endpoint.url, "events": endpoint.events, "active": True},
        after={"active": False},
    )


def webhook_emit(event: str, payload: dict) -> list[WebhookDelivery]:
    """A pending delivery of ``payload`` for each active endpoint subscribed to ``event``.

    Call it inside the transaction of the change it reports."""
    if event not in EVENTS:
        raise ValueError(f"Unknown webhook event {event!r}")
    data = json.loads(json.dumps(payload, cls=DjangoJSONEncoder))
    now = timezone.now()
    return [
        WebhookDelivery.objects.create(
            endpoint=endpoint, event=event, payload=data, next_attempt_at=now
        )
        for endpoint in WebhookEndpoint.objects.filter(active=True).order_by("pk")
        if event in endpoint.events
    ]


def body_of(delivery: WebhookDelivery) -> bytes:
    envelope = {
        "id": delivery.pk,
        "event": delivery.event,
        "created_at": delivery.created_at.isoformat(),
        "data": delivery.payload,
    }
    return json.dumps(envelope, sort_keys=True, separators=(",", ":")).encode()


def _post(delivery: WebhookDelivery, timeout: float) -> tuple[int | None, str]:
    """The status code (None if no answer) and an error message ("" on 2xx)."""
    body = body_of(delivery)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Accord-Event": delivery.event,
        "X-Accord-Delivery": str(delivery.pk),
        "X-Accord-Signature": sign(delivery.endpoint.secret, body),
    }
    # Through the one outbound guard: no private addresses, no second lookup, no redirects
    # (a redirect is an answer that is not 2xx, and a POST would lose its body).
    try:
        answer = outbound.post(delivery.endpoint.url, body=body, headers=headers, timeout=timeout)
    except outbound.OutboundRefused as refused:
        return None, f"Not sent: {refused}"[:1000]
    except (OSError, ValueError, http.client.HTTPException) as error:
        return None, f"No answer: {error}"[:1000]
    if 200 <= answer.status < 300:
        return answer.status, ""
    return answer.status, f"The endpoint answered {answer.status} {answer.reason}"[:1000]


def _claim(delivery: WebhookDelivery, now: dt.datetime) -> bool:
    """Take the delivery for this run, so that a second run at once cannot send it too."""
    return bool(
        WebhookDelivery.objects.filter(
            pk=delivery.pk,
            status=WebhookDelivery.Status.PENDING,
            next_attempt_at=delivery.next_attempt_at,
        ).update(next_attempt_at=now + dt.timedelta(minutes=CLAIM_MINUTES))
    )


def _attempt(delivery: WebhookDelivery, now: dt.datetime, timeout: float) -> WebhookDelivery:
    code, error = _post(delivery, timeout)
    delivery.attempts += 1
    delivery.last_status_code = code
    delivery.last_error = error
    if not error:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.delivered_at = timezone.now()
    elif delivery.attempts >= MAX_ATTEMPTS:
        delivery.status = WebhookDelivery.Status.FAILED
    else:
        wait = BACKOFF_MINUTES[min(delivery.attempts, len(BACKOFF_MINUTES)) - 1]
        delivery.next_attempt_at = now + dt.timedelta(minutes=wait)
    delivery.save(
        update_fields=[
            "attempts",
            "last_status_code",
            "last_error",
            "status",
            "delivered_at",
            "next_attempt_at",
        ]
    )
    return delivery


def webhook_deliver_due(
    now: dt.datetime | None = None, timeout: float = 5
) -> list[WebhookDelivery]:
    """Send every pending delivery whose time has come; returns those attempted."""
    now = now or timezone.now()
    due = (
        WebhookDelivery.objects.select_related("endpoint")
        .filter(
            status=WebhookDelivery.Status.PENDING,
            next_attempt_at__lte=now,
            endpoint__active=True,
        )
        .order_by("next_attempt_at", "pk")
    )
    done = []
    for delivery in list(due):
        if _claim(delivery, now):
            done.append(_attempt(delivery, now, timeout))
    return done


def webhook_retry_now(delivery: WebhookDelivery, timeout: float = 5) -> WebhookDelivery:
    """One more attempt at a failed delivery, straight away; failed again if it fails."""
    if delivery.status != WebhookDelivery.Status.FAILED:
        raise ValueError("Only a failed delivery can be retried.")
    now = timezone.now()
    claimed = WebhookDelivery.objects.filter(
        pk=delivery.pk, status=WebhookDelivery.Status.FAILED
    ).update(
        status=WebhookDelivery.Status.PENDING,
        attempts=max(delivery.attempts, MAX_ATTEMPTS - 1),
        next_attempt_at=now + dt.timedelta(minutes=CLAIM_MINUTES),
    )
    delivery.refresh_from_db()
    if not claimed:
        return delivery
    return _attempt(delivery, now, timeout)
