"""Registering webhook endpoints, recording events for them and delivering those events.

``webhook_emit`` writes pending deliveries inside the caller's transaction (a change that
rolls back emits nothing) and queues a task to send each one when it commits
(accord/api/tasks.py). ``webhook_deliver_one`` is that task's body; a failed attempt is
queued again after an exponential back-off. ``webhook_deliver_due`` sends whatever is due
and was not sent by its own task (the worker runs it every minute; ``accord webhooks
deliver`` runs it once).

Each delivery is claimed before it is sent, so no two runs send it at once. A delivery's
``X-Accord-Delivery`` header (and ``Idempotency-Key``) is the same on every attempt, so a
receiver that sees a delivery twice (a worker killed after sending, before recording)
can keep only the first.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import http.client
import json
import secrets
import uuid
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from django.conf import settings
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

# While one run sends a delivery, others leave it alone for this long.
CLAIM_MINUTES = 10
USER_AGENT = "Accord-Webhooks/1"


def max_attempts() -> int:
    """After this many failed attempts a delivery is given up as failed."""
    return int(settings.ACCORD_WEBHOOK_MAX_ATTEMPTS)


def backoff(attempts: int) -> dt.timedelta:
    """The wait after the ``attempts``-th failed attempt: base x factor^(attempts - 1)."""
    base = settings.ACCORD_WEBHOOK_RETRY_BASE_SECONDS
    return dt.timedelta(seconds=base * settings.ACCORD_WEBHOOK_RETRY_FACTOR ** (attempts - 1))


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
    deliveries = [
        WebhookDelivery.objects.create(
            endpoint=endpoint, event=event, payload=data, next_attempt_at=now
        )
        for endpoint in WebhookEndpoint.objects.filter(active=True).order_by("pk")
        if event in endpoint.events
    ]
    for delivery in deliveries:
        _queue(delivery)
    return deliveries


def _queue(delivery: WebhookDelivery) -> None:
    """Send ``delivery`` from the task queue once the current transaction commits, not
    before its next attempt is due."""
    from accord.api.tasks import deliver_webhook  # the task module imports this one

    task = deliver_webhook
    if delivery.next_attempt_at > timezone.now():
        if not task.get_backend().supports_defer:
            return  # a backend that cannot wait (tests' immediate one): the sweep sends it
        task = task.using(run_after=delivery.next_attempt_at)
    pk = delivery.pk
    transaction.on_commit(lambda: task.enqueue(pk))


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
        "Idempotency-Key": f"accord-delivery-{delivery.pk}",
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


def _claim(delivery: WebhookDelivery, now: dt.datetime, claim: str = "") -> bool:
    """Take the delivery for this run, so that a second run at once cannot send it too."""
    claimed = WebhookDelivery.objects.filter(
        pk=delivery.pk,
        status=WebhookDelivery.Status.PENDING,
        next_attempt_at=delivery.next_attempt_at,
    ).update(
        next_attempt_at=now + dt.timedelta(minutes=CLAIM_MINUTES),
        claimed_by=claim or f"run-{uuid.uuid4()}",
    )
    return bool(claimed)


def _attempt(delivery: WebhookDelivery, now: dt.datetime, timeout: float) -> WebhookDelivery:
    code, error = _post(delivery, timeout)
    delivery.attempts += 1
    delivery.last_status_code = code
    delivery.last_error = error
    delivery.claimed_by = ""
    retry = False
    if not error:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.delivered_at = timezone.now()
    elif delivery.attempts >= max_attempts():
        delivery.status = WebhookDelivery.Status.FAILED
    else:
        # The back-off runs from the end of the failed attempt (a receiver that took its
        # time to fail is not asked again sooner), or from the caller's clock if later.
        delivery.next_attempt_at = max(now, timezone.now()) + backoff(delivery.attempts)
        retry = True
    delivery.save(
        update_fields=[
            "attempts",
            "last_status_code",
            "last_error",
            "status",
            "delivered_at",
            "next_attempt_at",
            "claimed_by",
        ]
    )
    if retry:
        _queue(delivery)
    return delivery


def webhook_deliver_one(
    delivery_id: int, *, claim: str, timeout: float = 5
) -> WebhookDelivery | None:
    """One attempt at one delivery, if it is still pending and due; the task's body.

    ``claim`` names the task run: if the delivery is claimed under that name already,
    the same task ran before and its worker died during the attempt (the queue runs it
    again once), so it is sent again, with the same delivery id for the receiver to
    recognise. Anything else that is not due is left to whoever holds it."""
    delivery = WebhookDelivery.objects.select_related("endpoint").filter(pk=delivery_id).first()
    if delivery is None or delivery.status != WebhookDelivery.Status.PENDING:
        return delivery
    if not delivery.endpoint.active:
        return delivery
    now = timezone.now()
    if delivery.claimed_by != claim:
        if delivery.next_attempt_at > now or not _claim(delivery, now, claim):
            return delivery
    delivery.refresh_from_db()
    return _attempt(delivery, now, timeout)


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
        attempts=max(delivery.attempts, max_attempts() - 1),
        next_attempt_at=now + dt.timedelta(minutes=CLAIM_MINUTES),
    )
    delivery.refresh_from_db()
    if not claimed:
        return delivery
    return _attempt(delivery, now, timeout)
