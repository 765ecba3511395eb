"""Webhook deliveries from the queue: sent right after the commit that emitted them, and
retried by the worker with exponential back-off, each attempt recorded."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import transaction

from accord.accounts.models import User
from accord.api.models import WebhookDelivery
from accord.api.webhooks.services import webhook_emit, webhook_endpoint_register
from tests.queue.workers import WorkerProcess, wait_until, worker_env

pytestmark = pytest.mark.django_db(transaction=True)


class FlakyReceiver:
    """Answers 503 to the first ``failures`` requests, then 200; notes when each came."""

    def __init__(self, failures: int):
        self.times: list[float] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                self.rfile.read(int(self.headers["Content-Length"]))
                receiver.times.append(time.monotonic())
                self.send_response(503 if len(receiver.times) <= failures else 200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def test_a_failing_receiver_is_retried_with_exponential_back_off_until_it_answers(
    task_queue, settings, tmp_path
):
    settings.ACCORD_OUTBOUND_ALLOW = ["127.0.0.1/32"]
    receiver = FlakyReceiver(failures=2)
    try:
        admin = User.objects.create_superuser(email="root@example.org", password="x")
        webhook_endpoint_register(user=admin, url=receiver.url, events=["party.signed"])
        env = worker_env(
            ACCORD_OUTBOUND_ALLOW="127.0.0.1/32",
            ACCORD_WEBHOOK_RETRY_BASE_SECONDS="1",
            ACCORD_WEBHOOK_RETRY_FACTOR="3",
            ACCORD_SCHEDULE_WEBHOOKS_SECONDS="3600",  # only the delivery's own tasks send it
        )
        with WorkerProcess(tmp_path / "worker.log", env) as worker:
            worker.wait_for_log("Worker ")
            with transaction.atomic():
                (delivery,) = webhook_emit("party.signed", {"agreement": "a"})
            committed = time.monotonic()
            wait_until(lambda: _status(delivery) == WebhookDelivery.Status.DELIVERED, 60)
            assert worker.stop() == 0
    finally:
        receiver.close()

    first, second, third = receiver.times
    assert first - committed < 5  # right after the commit, not at the next cron minute
    # Waits of 1 then 3 seconds (base 1, factor 3): never shorter than the back-off, and
    # the first retry does not wait the second's longer one.
    assert 1.0 <= second - first < 3.0 <= third - second
    delivery.refresh_from_db()
    assert delivery.attempts == 3 and delivery.last_status_code == 200
    assert delivery.last_error == "" and delivery.delivered_at is not None


def test_a_delivery_is_given_up_after_the_last_attempt(task_queue, settings, tmp_path):
    settings.ACCORD_OUTBOUND_ALLOW = ["127.0.0.1/32"]
    receiver = FlakyReceiver(failures=100)
    try:
        admin = User.objects.create_superuser(email="root@example.org", password="x")
        webhook_endpoint_register(user=admin, url=receiver.url, events=["party.signed"])
        env = worker_env(
            ACCORD_OUTBOUND_ALLOW="127.0.0.1/32",
            ACCORD_WEBHOOK_RETRY_BASE_SECONDS="1",
            ACCORD_WEBHOOK_RETRY_FACTOR="1",
            ACCORD_WEBHOOK_MAX_ATTEMPTS="3",
        )
        with WorkerProcess(tmp_path / "worker.log", env) as worker:
            with transaction.atomic():
                (delivery,) = webhook_emit("party.signed", {"agreement": "a"})
            wait_until(lambda: _status(delivery) == WebhookDelivery.Status.FAILED, 60)
            time.sleep(2)  # nothing more is tried
            assert worker.stop() == 0
    finally:
        receiver.close()
    assert len(receiver.times) == 3
    delivery.refresh_from_db()
    assert delivery.attempts == 3 and delivery.last_status_code == 503
    assert "503" in delivery.last_error


def _status(delivery: WebhookDelivery) -> str:
    delivery.refresh_from_db()
    return delivery.status
