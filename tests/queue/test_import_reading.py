"""An upload read by a real `accord worker` on the test database: the page answers at
once, the worker saves its progress as it reads (seen from here while it works), and the
import ends waiting for review. A worker killed in the middle of a reading: the next
worker reads it again, and the import comes out as one reading makes it, recorded once.
"""

from __future__ import annotations

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from accord.audit.models import AuditEntry
from accord.imports.models import ImportedDocument, ImportStatus
from accord.imports.services import read
from tests.imports.long_pdf import long_pdf
from tests.queue.workers import WorkerProcess, worker_env

pytestmark = pytest.mark.django_db(transaction=True)


def _upload(client, content: bytes) -> ImportedDocument:
    response = client.post("/imports/", {"file": SimpleUploadedFile("long.pdf", content)})
    record = ImportedDocument.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/imports/{record.pk}/"
    return record


def _watch(record: ImportedDocument, until, timeout: float = 60) -> list[tuple]:
    """(status, pages read, pages in all) as often as they can be read, until ``until``."""
    seen: list[tuple] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        row = ImportedDocument.objects.values_list("status", "pages_read", "pages_total").get(
            pk=record.pk
        )
        if not seen or seen[-1] != row:
            seen.append(row)
        if until(row):
            return seen
        time.sleep(0.01)
    raise AssertionError(f"timed out; seen {seen}")


def test_a_worker_reads_an_upload_saving_its_progress(task_queue, bf_officer, client, tmp_path):
    client.force_login(bf_officer)
    content = long_pdf()
    record = _upload(client, content)
    # The page answered before any reading: the import waits for a worker.
    assert record.status == ImportStatus.READING and record.pages_total == 0
    status = client.get(f"/imports/{record.pk}/status").json()
    assert status["reading"] and status["message"].startswith("Waiting to read long.pdf")

    with WorkerProcess(tmp_path / "worker.log", worker_env(), "--no-schedule") as worker:
        seen = _watch(record, until=lambda row: row[0] != ImportStatus.READING)
        assert worker.stop() == 0
    record.refresh_from_db()
    assert record.status == ImportStatus.REVIEW, worker.output()
    # Progress was saved while reading and seen from another process as it went.
    reading = [row for row in seen if row[0] == ImportStatus.READING and row[2]]
    assert reading and all(row[2] == 144 and 0 < row[1] <= 144 for row in reading)
    assert record.pages == record.pages_read == record.pages_total == 144
    _, findings = read(content, "long.pdf")
    assert record.findings == findings
    task = DBTaskResult.objects.get(pk=record.read_task_id)
    assert task.status == TaskResultStatus.SUCCESSFUL and task.return_value == "review"
    assert AuditEntry.objects.filter(action="import.read").count() == 1
    page = client.get(f"/imports/{record.pk}/").content.decode()
    assert "Review the import of long.pdf" in page


def test_a_reading_whose_worker_is_killed_is_read_again_once(
    task_queue, bf_officer, client, tmp_path
):
    client.force_login(bf_officer)
    content = long_pdf()
    record = _upload(client, content)
    env = worker_env()
    with WorkerProcess(tmp_path / "first.log", env, "--no-schedule") as first:
        # Killed once it has saved progress: past the pages, while the tables are read.
        _watch(record, until=lambda row: row[2] > 0)
        first.kill()
    record.refresh_from_db()
    assert record.status == ImportStatus.READING and record.findings == {}
    task = DBTaskResult.objects.get(pk=record.read_task_id)
    assert task.status == TaskResultStatus.RUNNING  # left so by the dead worker

    with WorkerProcess(tmp_path / "second.log", env, "--no-schedule") as second:
        _watch(record, until=lambda row: row[0] != ImportStatus.READING)
        second.wait_for_log("stopped answering: queued to run again")
        assert second.stop() == 0
    record.refresh_from_db()
    task.refresh_from_db()
    assert record.status == ImportStatus.REVIEW, second.output()
    assert len(task.worker_ids) == 2 and task.status == TaskResultStatus.SUCCESSFUL
    assert record.read_attempts == 2
    _, findings = read(content, "long.pdf")
    assert record.findings == findings  # as one reading makes it: nothing twice
    assert AuditEntry.objects.filter(action="import.read").count() == 1
