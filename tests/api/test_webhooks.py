"""Webhooks: emitted in the caller's transaction, signed, POSTed to a real receiver on
loopback, retried with back-off, and administered on pages only administrators see."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from accord.accounts.models import Role, User
from accord.api.models import WebhookDelivery, WebhookEndpoint
from accord.api.webhooks.services import (
    backoff,
    max_attempts,
    webhook_deliver_due,
    webhook_emit,
    webhook_endpoint_deactivate,
    webhook_endpoint_register,
)
from accord.audit.models import AuditEntry
from tests.second_factor import sign_in_fully

pytestmark = pytest.mark.django_db


class Receiver:
    """An HTTP server on 127.0.0.1 in a thread, answering ``status`` and keeping requests."""

    def __init__(self, status: int = 204):
        self.status = status
        self.requests: list[dict] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append(
                    {"path": self.path, "headers": dict(self.headers), "body": body}
                )
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def admin_user():
    user = User.objects.create_user(email="hooks-admin@example.org", password="accord-demo")
    Role.objects.create(user=user, name="administrator")
    return user


# A public address that these tests register but never send to (a name would need the DNS).
PUBLIC = "https://93.184.215.14"


@pytest.fixture
def loopback_receivers(settings):
    """The receivers these tests start listen on 127.0.0.1, which the outbound guard
    refuses unless the allow-list names it, as an on-premises receiver would be named."""
    settings.ACCORD_OUTBOUND_ALLOW = ["127.0.0.1/32"]


def register(user, url=f"{PUBLIC}/hook", events=("agreement.published",)):
    return webhook_endpoint_register(user=user, url=url, events=list(events))


def test_emit_creates_deliveries_only_for_active_subscribed_endpoints(admin_user):
    published = register(admin_user, f"{PUBLIC}/a", ["agreement.published"])
    both = register(admin_user, f"{PUBLIC}/b", ["agreement.published", "party.signed"])
    signed_only = register(admin_user, f"{PUBLIC}/c", ["party.signed"])
    gone = register(admin_user, f"{PUBLIC}/d", ["agreement.published"])
    webhook_endpoint_deactivate(user=admin_user, endpoint=gone)

    deliveries = webhook_emit("agreement.published", {"slug": "childrens-mou"})

    assert {d.endpoint for d in deliveries} == {published, both}
    assert all(d.status == "pending" and d.attempts == 0 for d in deliveries)
    assert deliveries[0].payload == {"slug": "childrens-mou"}
    assert [d.endpoint for d in webhook_emit("party.signed", {})] == [both, signed_only]
    assert webhook_emit("step.decided", {}) == []
    with pytest.raises(ValueError):
        webhook_emit("agreement.deleted", {})


def test_a_rolled_back_change_emits_nothing(admin_user):
    register(admin_user)
    with pytest.raises(RuntimeError), transaction.atomic():
        webhook_emit("agreement.published", {"slug": "x"})
        raise RuntimeError("the change failed")
    assert not WebhookDelivery.objects.exists()


def test_only_http_and_https_addresses_can_be_registered(admin_user):
    for url in ["ftp://example.org/hook", "file:///etc/passwd", "javascript:alert(1)", "nope"]:
        with pytest.raises(ValidationError):
            register(admin_user, url)
    with pytest.raises(ValidationError):
        register(admin_user, events=[])
    with pytest.raises(ValidationError):
        register(admin_user, events=["agreement.deleted"])
    assert register(admin_user, "http://93.184.215.14:8080/hook").url.startswith("http://")
    assert AuditEntry.objects.filter(action="api.webhook.register").count() == 1


def test_a_real_receiver_gets_a_signed_post(admin_user, loopback_receivers):
    with Receiver(status=200) as receiver:
        endpoint = register(admin_user, receiver.url, ["step.decided"])
        (delivery,) = webhook_emit("step.decided", {"agreement": "childrens-mou", "step": 3})
        attempted = webhook_deliver_due()

    assert [d.pk for d in attempted] == [delivery.pk]
    (request,) = receiver.requests
    assert request["path"] == "/hook"
    headers = {k.lower(): v for k, v in request["headers"].items()}
    assert headers["content-type"] == "application/json"
    assert headers["x-accord-event"] == "step.decided"
    assert headers["x-accord-delivery"] == str(delivery.pk)
    expected = hmac.new(endpoint.secret.encode(), request["body"], hashlib.sha256).hexdigest()
    assert hmac.compare_digest(headers["x-accord-signature"], f"sha256={expected}")
    wrong = hmac.new(b"another secret", request["body"], hashlib.sha256).hexdigest()
    assert headers["x-accord-signature"] != f"sha256={wrong}"
    body = json.loads(request["body"])
    assert body["event"] == "step.decided"
    assert body["id"] == delivery.pk
    assert body["data"] == {"agreement": "childrens-mou", "step": 3}

    delivery.refresh_from_db()
    assert delivery.status == "delivered"
    assert delivery.attempts == 1
    assert delivery.last_status_code == 200
    assert delivery.delivered_at is not None


def test_a_failing_receiver_is_retried_with_growing_back_off_then_failed(
    admin_user, loopback_receivers
):
    with Receiver(status=500) as receiver:
        register(admin_user, receiver.url)
        (delivery,) = webhook_emit("agreement.published", {"slug": "x"})
        # The caller's clock, ahead of the real one so each attempt ends before it: the
        # back-off is counted from whichever is later (tests/queue/test_webhook_retry.py
        # shows it counted from the end of a real attempt).
        now = timezone.now() + dt.timedelta(minutes=1)
        waits = []
        for attempt in range(max_attempts()):
            if attempt:
                assert webhook_deliver_due(now=now - dt.timedelta(seconds=1)) == []  # not yet
            (attempted,) = webhook_deliver_due(now=now)
            if attempted.status == "pending":
                waits.append(attempted.next_attempt_at - now)
                now = attempted.next_attempt_at
        assert webhook_deliver_due(now=now + dt.timedelta(days=30)) == []

    assert len(receiver.requests) == max_attempts() == 6
    # Exponential: 1, 5, 25, 125 and 625 minutes by default.
    assert waits == [dt.timedelta(minutes=5**n) for n in range(5)]
    assert waits == [backoff(n) for n in range(1, max_attempts())]
    assert waits == sorted(waits) and len(set(waits)) == len(waits)
    delivery.refresh_from_db()
    assert delivery.status == "failed"
    assert delivery.attempts == max_attempts()
    assert delivery.last_status_code == 500
    assert "500" in delivery.last_error


def test_no_answer_is_a_failed_attempt(admin_user, loopback_receivers):
    receiver = Receiver()
    url = receiver.url
    receiver.server.server_close()  # nothing listens there now
    register(admin_user, url)
    webhook_emit("agreement.published", {})
    (delivery,) = webhook_deliver_due(timeout=2)
    assert delivery.status == "pending"
    assert delivery.attempts == 1
    assert delivery.last_status_code is None
    assert delivery.last_error.startswith("No answer")


def test_running_the_command_twice_does_not_deliver_twice(admin_user, capsys, loopback_receivers):
    with Receiver(status=202) as receiver:
        register(admin_user, receiver.url, ["agreement.in_force", "party.signed"])
        webhook_emit("agreement.in_force", {"slug": "a"})
        webhook_emit("party.signed", {"slug": "a", "organisation": "b"})
        call_command("webhooks", "deliver")
        first = capsys.readouterr().out
        call_command("webhooks", "deliver")
        second = capsys.readouterr().out

    assert len(receiver.requests) == 2
    assert "2 deliveries attempted: 2 delivered, 0 not." in first
    assert "agreement.in_force" in first and "delivered" in first
    assert "0 deliveries attempted" in second
    assert set(WebhookDelivery.objects.values_list("status", flat=True)) == {"delivered"}


def test_a_delivery_claimed_by_another_run_is_not_sent_again(admin_user, loopback_receivers):
    with Receiver(status=200) as receiver:
        register(admin_user, receiver.url)
        (delivery,) = webhook_emit("agreement.published", {})
        stale = WebhookDelivery.objects.get(pk=delivery.pk)
        webhook_deliver_due()
        # A second run that read the row before the first sent it cannot claim it.
        from accord.api.webhooks.services import _claim

        assert not _claim(stale, timezone.now())
    assert len(receiver.requests) == 1


def test_an_inactive_endpoint_is_not_sent_to(admin_user, loopback_receivers):
    with Receiver() as receiver:
        endpoint = register(admin_user, receiver.url)
        webhook_emit("agreement.published", {})
        webhook_endpoint_deactivate(user=admin_user, endpoint=endpoint)
        assert webhook_deliver_due() == []
    assert receiver.requests == []
    assert AuditEntry.objects.filter(action="api.webhook.deactivate").count() == 1


# --- pages ------------------------------------------------------------------------------


def sign_in(client, user):
    sign_in_fully(client, user, "accord-demo")


def test_an_administrator_registers_an_endpoint_and_sees_its_secret_once(client, admin_user):
    sign_in(client, admin_user)
    html = client.post(
        "/api/webhooks/",
        {"url": "https://93.184.215.14/accord", "events": ["party.signed", "step.decided"]},
    ).content.decode()
    secret = re.search(r'<code id="new-secret">([^<]+)</code>', html).group(1)
    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.secret == secret
    assert endpoint.events == ["step.decided", "party.signed"]
    assert endpoint.created_by == admin_user
    listing = client.get("/api/webhooks/").content.decode()
    assert "https://93.184.215.14/accord" in listing
    assert secret not in listing


def test_the_form_refuses_other_schemes_and_no_events(client, admin_user):
    sign_in(client, admin_user)
    html = client.post("/api/webhooks/", {"url": "ftp://example.org/x"}).content.decode()
    assert "Enter an address that starts with http:// or https://" in html
    assert "Choose at least one event to send" in html
    assert 'href="#id_events_1"' in html and 'id="id_events_1"' in html
    assert not WebhookEndpoint.objects.exists()


def test_deactivating_and_retrying_from_the_pages(client, admin_user, loopback_receivers):
    sign_in(client, admin_user)
    with Receiver(status=500) as receiver:
        endpoint = register(admin_user, receiver.url)
        (delivery,) = webhook_emit("agreement.published", {"slug": "x"})
        WebhookDelivery.objects.filter(pk=delivery.pk).update(
            status="failed", attempts=max_attempts()
        )
        page = client.get("/api/webhooks/deliveries/").content.decode()
        assert "Retry now" in page and "Failed" in page
        response = client.post(f"/api/webhooks/deliveries/{delivery.pk}/retry/", follow=True)
        assert "failed again" in response.content.decode()
        receiver.status = 200
        response = client.post(f"/api/webhooks/deliveries/{delivery.pk}/retry/", follow=True)
        assert f"Delivery {delivery.pk} was delivered" in response.content.decode()
        # A delivered one cannot be retried.
        assert client.post(f"/api/webhooks/deliveries/{delivery.pk}/retry/").status_code == 404
    assert len(receiver.requests) == 2
    delivery.refresh_from_db()
    assert delivery.status == "delivered" and delivery.attempts == max_attempts() + 2

    client.post(f"/api/webhooks/{endpoint.pk}/deactivate/")
    endpoint.refresh_from_db()
    assert not endpoint.active


def test_other_people_cannot_use_the_pages(client, admin_user):
    endpoint = register(admin_user)
    other = User.objects.create_user(email="someone@example.org", password="accord-demo")
    sign_in(client, other)
    assert client.get("/api/webhooks/").status_code == 403
    assert client.post("/api/webhooks/", {"url": f"{PUBLIC}/x"}).status_code == 403
    assert client.post(f"/api/webhooks/{endpoint.pk}/deactivate/").status_code == 403
    assert client.get("/api/webhooks/deliveries/").status_code == 403
    endpoint.refresh_from_db()
    assert endpoint.active
    assert WebhookEndpoint.objects.count() == 1
