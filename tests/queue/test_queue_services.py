"""Recovery of tasks whose worker died, the queue's depth and lag, /readyz, and e-mail
through the queue."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core import mail
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from accord.queue.mail import send_email
from accord.queue.models import WorkerHeartbeat
from accord.queue.selectors import queue_depth, queue_lag_seconds
from accord.queue.services import queue_beat, queue_recover
from tests.queue.workers import run_tasks_here

pytestmark = pytest.mark.django_db
STALE = dt.timedelta(seconds=30)


def _running_on(worker_id: str, *, started: dt.datetime, claims: int = 1) -> DBTaskResult:
    result = send_email.enqueue({})  # any task will do: it is never run here
    task = DBTaskResult.objects.get(pk=result.id)
    task.status = TaskResultStatus.RUNNING
    task.started_at = started
    task.worker_ids = [f"earlier-{n}" for n in range(claims - 1)] + [worker_id]
    task.save()
    return task


def test_a_task_of_a_dead_worker_is_put_back_once_then_failed(task_queue):
    now = timezone.now()
    queue_beat("alive")
    WorkerHeartbeat.objects.create(
        worker_id="dead", hostname="h", pid=1, started_at=now, beat_at=now - dt.timedelta(hours=1)
    )
    long_ago = now - dt.timedelta(minutes=5)
    on_alive = _running_on("alive", started=long_ago)
    on_dead = _running_on("dead", started=long_ago)
    on_vanished = _running_on("no-heartbeat-at-all", started=long_ago)
    just_claimed = _running_on("another-dead-one", started=now)  # within the grace period
    second_time = _running_on("dead", started=long_ago, claims=2)

    recovered = queue_recover(stale_after=STALE, now=now)

    assert sorted(recovered) == sorted(str(t.pk) for t in (on_dead, on_vanished, second_time))
    status = dict(DBTaskResult.objects.values_list("pk", "status"))
    assert status[on_alive.pk] == status[just_claimed.pk] == TaskResultStatus.RUNNING
    assert status[on_dead.pk] == status[on_vanished.pk] == TaskResultStatus.READY
    failed = DBTaskResult.objects.get(pk=second_time.pk)
    assert failed.status == TaskResultStatus.FAILED
    assert failed.exception_class_path == "accord.queue.services.WorkerLost"
    # A second recovery at once (another worker's beat) puts nothing back again.
    assert queue_recover(stale_after=STALE, now=now) == []


def test_depth_and_lag_count_only_tasks_that_are_due(task_queue):
    assert queue_depth() == 0 and queue_lag_seconds() == 0
    waiting = send_email.enqueue({})
    send_email.using(run_after=timezone.now() + dt.timedelta(hours=1)).enqueue({})
    DBTaskResult.objects.filter(pk=waiting.id).update(
        enqueued_at=timezone.now() - dt.timedelta(seconds=120)
    )
    assert queue_depth() == 1
    assert 119 < queue_lag_seconds() < 180


def test_metrics_give_the_queue_depth_and_lag_at_each_scrape(client, task_queue):
    def figures() -> dict[str, float]:
        lines = client.get("/metrics").content.decode().splitlines()
        return {
            line.split()[0]: float(line.split()[1])
            for line in lines
            if line.startswith("accord_queue_")
        }

    assert figures() == {"accord_queue_depth": 0.0, "accord_queue_lag_seconds": 0.0}
    waiting = send_email.enqueue({})
    DBTaskResult.objects.filter(pk=waiting.id).update(
        enqueued_at=timezone.now() - dt.timedelta(seconds=120)
    )
    now = figures()
    assert now["accord_queue_depth"] == 1.0
    assert 119 < now["accord_queue_lag_seconds"] < 180


def test_readyz_is_200_when_the_queue_keeps_up_and_503_when_it_does_not(
    client, settings, task_queue
):
    settings.ACCORD_READY_MAX_LAG_SECONDS = 60
    answer = client.get("/readyz")
    assert answer.status_code == 200 and answer["Content-Type"] == "application/json"
    assert json.loads(answer.content) == {
        "status": "ready",
        "database": "ok",
        "queue": {"depth": 0, "lag_seconds": 0.0, "max_lag_seconds": 60},
    }
    late = send_email.enqueue({})
    DBTaskResult.objects.filter(pk=late.id).update(
        enqueued_at=timezone.now() - dt.timedelta(seconds=90)
    )
    answer = client.get("/readyz")
    assert answer.status_code == 503
    body = json.loads(answer.content)
    assert body["status"] == "unavailable" and body["queue"]["depth"] == 1
    assert body["reason"].startswith("The oldest waiting task has waited 9")
    assert "is a worker running?" in body["reason"]
    assert "no-store" in answer["Cache-Control"]


def test_e_mail_is_queued_when_the_change_commits_and_sent_by_the_worker(
    settings, task_queue, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "accord.queue.mail.QueuedEmailBackend"
    settings.ACCORD_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            send_mail("Rolled back", "Never sent.", None, ["x@example.org"])
            raise RuntimeError
        with transaction.atomic():
            assert send_mail("Your reminder", "The deadline is near.", None, ["a@x.org"]) == 1
        assert not DBTaskResult.objects.exists()  # not before the commit
    assert DBTaskResult.objects.count() == 1 and mail.outbox == []
    assert run_tasks_here() == 1
    (message,) = mail.outbox
    assert message.subject == "Your reminder" and message.to == ["a@x.org"]
    task = DBTaskResult.objects.get()
    assert task.status == TaskResultStatus.SUCCESSFUL
    assert task.return_value == message.extra_headers["Message-ID"]
