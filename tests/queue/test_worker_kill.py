"""A worker killed in the middle of a task: the task runs again once, on another worker,
and its effect happens once.

The task is a webhook delivery to a receiver on loopback that holds the first request
open until the test has killed the worker (SIGKILL: no clean-up of any kind). django-tasks'
database backend would leave that task RUNNING for ever; Accord's recovery sees the dead
worker's heartbeat go stale and puts the task back once. The receiver is told each
delivery's idempotency key, and keeps a delivery once however often it is sent.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import transaction
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from accord.accounts.models import User
from accord.api.models import WebhookDelivery
from accord.api.webhooks.services import webhook_emit, webhook_endpoint_register
from tests.queue.workers import WorkerProcess, wait_until, worker_env

pytestmark = pytest.mark.django_db(transaction=True)


class HoldingReceiver:
    """Holds the first POST open until released; answers 200 to the others. Keeps every
    request's idempotency key, and the deliveries it accepted (one per key)."""

    def __init__(self):
        self.keys: list[str] = []
        self.accepted: dict[str, bytes] = {}
        self.first_arrived = threading.Event()
        self.release = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                key = self.headers["Idempotency-Key"]
                receiver.keys.append(key)
                if len(receiver.keys) == 1:
                    receiver.first_arrived.set()
                    receiver.release.wait(timeout=30)
                    return  # the sender is dead by now: nobody to answer
                receiver.accepted.setdefault(key, body)
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def test_a_task_whose_worker_is_killed_runs_again_once_with_its_effect_once(
    task_queue, settings, tmp_path
):
    settings.ACCORD_OUTBOUND_ALLOW = ["127.0.0.1/32"]
    receiver = HoldingReceiver()
    try:
        admin = User.objects.create_superuser(email="root@example.org", password="x")
        webhook_endpoint_register(user=admin, url=receiver.url, events=["agreement.published"])
        with transaction.atomic():
            (delivery,) = webhook_emit("agreement.published", {"agreement": "a"})
        task = DBTaskResult.objects.get(task_path="accord.api.tasks.deliver_webhook")
        env = worker_env(ACCORD_OUTBOUND_ALLOW="127.0.0.1/32")

        with WorkerProcess(tmp_path / "first.log", env, "--no-schedule") as first:
            assert receiver.first_arrived.wait(timeout=30), first.output()
            first.kill()
        receiver.release.set()
        task.refresh_from_db()
        assert task.status == TaskResultStatus.RUNNING  # left so by the dead worker
        assert len(task.worker_ids) == 1

        with WorkerProcess(tmp_path / "second.log", env, "--no-schedule") as second:
            wait_until(lambda: _status(task) == TaskResultStatus.SUCCESSFUL, timeout=60)
            second.wait_for_log("stopped answering: queued to run again")
            assert second.stop() == 0
        log = second.output()
    finally:
        receiver.close()

    task.refresh_from_db()
    # Ran again once: claimed by the killed worker, then by the second, and no more.
    assert len(task.worker_ids) == 2 and task.worker_ids[0] != task.worker_ids[1]
    assert task.return_value == "delivered"
    # Sent twice (the first answer never came), with one idempotency key: one delivery.
    assert receiver.keys == [f"accord-delivery-{delivery.pk}"] * 2
    assert list(receiver.accepted) == [f"accord-delivery-{delivery.pk}"]
    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.DELIVERED
    assert delivery.attempts == 1 and delivery.last_status_code == 200
    assert WebhookDelivery.objects.count() == 1
    assert DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).count() == 0
    assert f"Worker {task.worker_ids[1]} stopped" in log


def _status(task: DBTaskResult) -> str:
    task.refresh_from_db()
    return task.status
