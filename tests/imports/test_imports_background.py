"""Reading an upload in the task queue (accord/imports/background.py and tasks.py): the
upload is kept "being read" with its reading queued; the reading saves its progress at
most twice a second and ends in review or "could not be read"; a reading run again (its
worker killed, or a fault) comes out the same, recorded once.

These use django-tasks' database backend (``task_queue``) and run the queued tasks in
this process (tests/queue/workers.py); tests/queue/test_import_reading.py runs them in a
real ``accord worker``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from accord.audit.models import AuditEntry
from accord.core.history.register import REGISTER_WRITERS
from accord.imports import background
from accord.imports.background import FAULT, ProgressSaver, import_read, import_upload
from accord.imports.models import ImportedDocument, ImportStatus
from accord.imports.reading import UnreadableDocument
from accord.imports.services import import_create, read
from accord.queue.services import queue_recover
from tests.importing import THURROCK, blank_pdf
from tests.imports.long_pdf import long_pdf
from tests.queue.workers import run_tasks_here

pytestmark = pytest.mark.django_db

CHILDRENS = THURROCK / "thurrock-childrens-partnership-mou.txt"


def _upload(officer, content: bytes, name: str) -> ImportedDocument:
    return import_upload(actor=officer, content=content, filename=name)


def _recover() -> list[str]:
    """The queue's recovery, as a worker's beat runs it, a moment after the claim."""
    return queue_recover(stale_after=dt.timedelta(0), now=timezone.now() + dt.timedelta(seconds=1))


def _task(record: ImportedDocument) -> DBTaskResult:
    return DBTaskResult.objects.get(pk=record.read_task_id)


def test_an_upload_is_kept_being_read_with_its_reading_queued(task_queue, bf_officer):
    record = _upload(bf_officer, CHILDRENS.read_bytes(), CHILDRENS.name)
    assert record.status == ImportStatus.READING
    assert record.findings == {} and record.text == "" and record.pages_total == 0
    assert record.file.read() == CHILDRENS.read_bytes()
    task = _task(record)
    assert task.status == TaskResultStatus.READY
    assert task.task_path == "accord.imports.tasks.read_import" and task.args_kwargs == {
        "args": [record.pk],
        "kwargs": {},
    }
    (uploaded,) = AuditEntry.objects.filter(action="import.create")
    assert uploaded.after["filename"] == CHILDRENS.name
    sentence = REGISTER_WRITERS["import.create"](uploaded.before, uploaded.after).sentence
    assert sentence == f"Uploaded {CHILDRENS.name} to import; it was queued to be read."

    assert run_tasks_here() == 1
    record.refresh_from_db()
    assert record.status == ImportStatus.REVIEW and record.read_at is not None
    # The same findings the command line's reading at once gives.
    _, findings = read(CHILDRENS.read_bytes(), CHILDRENS.name)
    assert record.findings == findings
    assert record.pages == record.pages_read == record.pages_total == 1
    (done,) = AuditEntry.objects.filter(action="import.read")
    assert done.actor_id is None and "task queue" in done.actor_label
    assert REGISTER_WRITERS["import.read"](done.before, done.after).sentence == (
        f"Read {CHILDRENS.name} (1 page): {len(findings['sections'])} sections and "
        f"{len(findings['parties'])} parties found, waiting for review."
    )
    assert _task(record).status == TaskResultStatus.SUCCESSFUL
    assert _task(record).return_value == "review"


def test_a_file_that_cannot_be_read_ends_with_its_reason_and_is_kept(task_queue, bf_officer):
    scan = blank_pdf(3)
    record = _upload(bf_officer, scan, "scan.pdf")
    run_tasks_here()
    record.refresh_from_db()
    assert record.status == ImportStatus.UNREADABLE
    assert record.problem.startswith("No text could be read from the file.")
    assert record.file.read() == scan
    (entry,) = AuditEntry.objects.filter(action="import.unreadable")
    line = REGISTER_WRITERS["import.unreadable"](entry.before, entry.after)
    assert line.sentence == "Could not read scan.pdf: nothing was found in it."
    assert line.detail.startswith("No text could be read")
    assert not AuditEntry.objects.filter(action="import.read").exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [("empty.txt", b"", "The file is empty."), ("notes.odt", b"x", "must end .txt")],
)
def test_what_needs_no_reading_is_refused_before_anything_is_kept(
    task_queue, bf_officer, name, content, message
):
    with pytest.raises(UnreadableDocument, match=message):
        _upload(bf_officer, content, name)
    assert ImportedDocument.objects.count() == 0 and DBTaskResult.objects.count() == 0


def test_progress_is_saved_at_most_twice_a_second_and_always_at_the_last_page(
    task_queue, bf_officer
):
    record = _upload(bf_officer, CHILDRENS.read_bytes(), CHILDRENS.name)
    now = [0.0]
    saver = ProgressSaver(record.pk, clock=lambda: now[0])
    seen = []
    with CaptureQueriesContext(connection) as queries:
        for page in range(1, 41):  # 40 pages, one every tenth of a second
            saver(page, 41)
            seen.append(
                ImportedDocument.objects.values_list("pages_read", flat=True).get(pk=record.pk)
            )
            now[0] += 0.1
        saver(41, 41)  # the last page: saved however soon after the one before
    writes = [q for q in queries.captured_queries if q["sql"].startswith("UPDATE")]
    assert saver.saves == len(writes) == 9  # pages 1, 6, 11, ..., 36, and 41
    assert seen[:7] == [1, 1, 1, 1, 1, 6, 6]
    record.refresh_from_db()
    assert (record.pages_read, record.pages_total) == (41, 41)
    assert record.progress_at is not None


def test_a_long_pdf_read_by_the_task_reports_its_pages(task_queue, bf_officer, monkeypatch):
    record = _upload(bf_officer, long_pdf(), "long.pdf")
    saved = []
    real = ProgressSaver.__call__

    def watching(saver, done, total):
        real(saver, done, total)
        row = ImportedDocument.objects.get(pk=saver.import_id)
        saved.append((row.pages_read, row.pages_total))

    monkeypatch.setattr(ProgressSaver, "__call__", watching)
    run_tasks_here()
    record.refresh_from_db()
    assert record.status == ImportStatus.REVIEW and record.pages == 144
    # Poppler reads 25 pages at a time and reports each batch: every report is passed on,
    # and the first and the last are always saved.
    assert saved[0] == (25, 144) and saved[-1] == (144, 144)
    assert len(saved) == 6


def test_a_reading_run_again_after_its_worker_died_comes_out_the_same_and_recorded_once(
    task_queue, bf_officer
):
    record = _upload(bf_officer, CHILDRENS.read_bytes(), CHILDRENS.name)
    # A worker claimed the reading, saved some progress and was killed: the task is left
    # RUNNING under a worker that no longer beats, and the import half-read.
    task = DBTaskResult.objects.ready().get()
    task.claim("killed-worker")
    ProgressSaver(record.pk)(1, 3)
    assert _recover() == [str(task.pk)]
    assert run_tasks_here() == 1
    record.refresh_from_db()
    assert record.status == ImportStatus.REVIEW
    _, findings = read(CHILDRENS.read_bytes(), CHILDRENS.name)
    assert record.findings == findings  # replaced, not added to
    assert record.read_attempts == 1
    # Run once more (a second copy of the task, or a stray retry): nothing changes.
    assert import_read(record.pk) == "review"
    record.refresh_from_db()
    assert record.findings == findings and record.read_attempts == 1
    assert AuditEntry.objects.filter(action="import.read").count() == 1
    assert len(_task(record).worker_ids) == 2


def test_a_fault_while_reading_is_run_again_once(task_queue, bf_officer, monkeypatch):
    record = _upload(bf_officer, CHILDRENS.read_bytes(), CHILDRENS.name)
    first = record.read_task_id
    faults = []

    def read_with_one_fault(*args, **kwargs):
        if not faults:
            faults.append(1)
            raise RuntimeError("a fault of Accord's own")
        return read(*args, **kwargs)

    monkeypatch.setattr(background, "read", read_with_one_fault)
    assert run_tasks_here() == 2  # the failed run, then the one it queued
    record.refresh_from_db()
    assert record.status == ImportStatus.REVIEW and record.read_attempts == 2
    assert DBTaskResult.objects.get(pk=first).status == TaskResultStatus.FAILED
    assert record.read_task_id != first and _task(record).status == TaskResultStatus.SUCCESSFUL
    assert AuditEntry.objects.filter(action="import.read").count() == 1


def test_a_second_fault_ends_the_import_could_not_be_read(task_queue, bf_officer, monkeypatch):
    record = _upload(bf_officer, CHILDRENS.read_bytes(), CHILDRENS.name)

    def always_fails(*args, **kwargs):
        raise RuntimeError("a fault of Accord's own")

    monkeypatch.setattr(background, "read", always_fails)
    assert run_tasks_here() == 2
    record.refresh_from_db()
    assert record.status == ImportStatus.UNREADABLE and record.problem == FAULT
    assert DBTaskResult.objects.count() == 2


def test_an_import_whose_reading_the_queue_gave_up_says_it_could_not_be_read(
    task_queue, bf_officer, client
):
    record = _upload(bf_officer, CHILDRENS.read_bytes(), CHILDRENS.name)
    task = DBTaskResult.objects.ready().get()
    # Its worker dies on the first run and on the second: the queue fails the task.
    for worker in ("first-worker", "second-worker"):
        task.refresh_from_db()
        task.claim(worker)
        _recover()
    assert _task(record).status == TaskResultStatus.FAILED
    client.force_login(bf_officer)
    page = client.get(f"/imports/{record.pk}/").content.decode()
    assert f"{CHILDRENS.name} could not be read" in page
    assert "fault of its own" in page
    record.refresh_from_db()
    assert record.status == ImportStatus.UNREADABLE


def test_the_page_and_its_status_say_how_far_reading_has_got(task_queue, bf_officer, client):
    client.force_login(bf_officer)
    record = _upload(bf_officer, long_pdf(2), "long.pdf")
    page = client.get(f"/imports/{record.pk}/").content.decode()
    assert "Reading long.pdf" in page and "Waiting to read long.pdf" in page
    assert f'href="/imports/{record.pk}/" id="import-reading-check">Check progress</a>' in page
    assert 'http-equiv="refresh"' not in page
    status = client.get(f"/imports/{record.pk}/status").json()
    assert status["reading"] is True and status["pages_total"] == 0

    ProgressSaver(record.pk)(11, 16)
    status = client.get(f"/imports/{record.pk}/status")
    assert status["Cache-Control"].startswith("max-age=0")
    assert status.json() | {"page": ""} == {
        "status": "reading",
        "reading": True,
        "message": "Reading page 12 of 16.",
        "pages_read": 11,
        "pages_total": 16,
        "page": "",
    }
    assert "Reading page 12 of 16." in client.get(f"/imports/{record.pk}/").content.decode()
    ProgressSaver(record.pk)(16, 16)
    assert "Read all 16 pages" in client.get(f"/imports/{record.pk}/status").json()["message"]
    # Nothing can be confirmed or rejected while reading.
    assert client.get(f"/imports/{record.pk}/reject/")["Location"] == f"/imports/{record.pk}/"

    run_tasks_here()
    status = client.get(f"/imports/{record.pk}/status").json()
    assert status["reading"] is False and status["status"] == "review"
    assert status["page"] == f"/imports/{record.pk}/"
    assert "Review the import of long.pdf" in client.get(status["page"]).content.decode()


def test_the_command_line_still_reads_at_once(bf_officer):
    record = import_create(actor=bf_officer, content=CHILDRENS.read_bytes(), filename="a.txt")
    assert record.status == ImportStatus.REVIEW and record.pages_read == record.pages_total == 1
    (entry,) = AuditEntry.objects.filter(action="import.create")
    sentence = REGISTER_WRITERS["import.create"](entry.before, entry.after).sentence
    assert sentence.startswith("Uploaded a.txt to import: ") and sentence.endswith("found.")
