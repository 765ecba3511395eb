"""Reading an upload in the task queue, so that nobody waits while a long PDF is read.

``import_upload`` keeps the file at once as an import "being read" and queues its reading
(tasks.py) in the same transaction: the task's row is in the same database, so an upload
is never kept without its reading queued, nor queued without its file (decision 0022).
``import_read`` is the task's body: it reads the file (reading.read_document, in its
bounded helper), saves how far it has got at most about twice a second, and ends the
import waiting for review, or "could not be read" with the reason a person can act on;
the file is kept either way.

A reading may run twice (its worker killed, docs/decisions/0017): it starts again from
the file, replaces whatever a run before it saved, and only the run that moves the
import out of "being read" (under a row lock) records the outcome. A reading that fails
with a fault of Accord's own is queued again once; a second fault, or a reading whose
task the queue has given up on, ends the import "could not be read".
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.actions import AuditAction
from accord.audit.services import audit_record
from accord.imports.models import ImportedDocument, ImportStatus
from accord.imports.reading import SourceText, UnreadableDocument, check_before_reading
from accord.imports.services import new_record, read, read_summary, subject_of
from accord.queue.selectors import task_gave_up

logger = logging.getLogger(__name__)

PROGRESS_EVERY = 0.5  # seconds: progress is saved no more often than twice a second
MAX_READS = 2  # a reading that fails with a fault of Accord's own is tried once more
READER = "Accord's import reader (task queue)"
FAULT = (
    "Accord could not finish reading the file because of a fault of its own, not of the "
    "file. Upload it again; if the same happens, tell your administrator."
)


def import_upload(*, actor: User, content: bytes, filename: str) -> ImportedDocument:
    """Keep the file as an import being read, and queue its reading."""
    from accord.imports.tasks import read_import

    if not actor.has_perm("imports.add_import"):
        raise PermissionDenied("Only partnership officers and administrators can import documents.")
    kind = check_before_reading(content, filename)
    with transaction.atomic():
        record = new_record(
            actor=actor,
            content=content,
            filename=filename,
            kind=kind,
            status=ImportStatus.READING,
        )
        audit_record(
            actor=actor,
            action=AuditAction.IMPORT_CREATE,
            obj=record,
            subject=subject_of(record),
            after={"filename": record.filename, "sha256": record.sha256, "size": record.size},
        )
        queued = read_import.enqueue(record.pk)
        ImportedDocument.objects.filter(pk=record.pk).update(read_task_id=str(queued.id))
    record.refresh_from_db()
    return record


class ProgressSaver:
    """The reader's progress callback: saves pages read on the import, at most once every
    ``every`` seconds (and always the last page, so the page can say reading is done)."""

    def __init__(
        self,
        import_id: int,
        every: float = PROGRESS_EVERY,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.import_id = import_id
        self.every = every
        self.clock = clock
        self.saved_at: float | None = None
        self.saves = 0

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        recent = self.saved_at is not None and now - self.saved_at < self.every
        if recent and done < total:
            return
        self.saved_at = now
        self.saves += 1
        ImportedDocument.objects.filter(pk=self.import_id, status=ImportStatus.READING).update(
            pages_read=min(done, total), pages_total=total, progress_at=timezone.now()
        )


def import_read(import_id: int, *, every: float = PROGRESS_EVERY) -> str:
    """Read an import being read; returns its status afterwards. Idempotent: an import
    no longer being read is left as it is."""
    record = ImportedDocument.objects.filter(pk=import_id).first()
    if record is None:
        return "gone"
    if record.status != ImportStatus.READING:
        return record.status
    ImportedDocument.objects.filter(pk=import_id).update(read_attempts=F("read_attempts") + 1)
    try:
        with record.file.open("rb") as stored:
            content = stored.read()
    except OSError:
        return _could_not_read(import_id, "The uploaded file is no longer stored. Upload it again.")
    try:
        source, findings = read(content, record.filename, ProgressSaver(import_id, every))
    except UnreadableDocument as problem:
        return _could_not_read(import_id, str(problem))
    except Exception:
        attempts = (
            ImportedDocument.objects.filter(pk=import_id)
            .values_list("read_attempts", flat=True)
            .get()
        )
        logger.exception("Reading import %s failed (attempt %s)", import_id, attempts)
        if attempts >= MAX_READS:
            return _could_not_read(import_id, FAULT)
        _queue_again(import_id)
        raise
    return _finish(import_id, source, findings)


def _queue_again(import_id: int) -> None:
    from accord.imports.tasks import read_import

    queued = read_import.enqueue(import_id)
    ImportedDocument.objects.filter(pk=import_id).update(read_task_id=str(queued.id))


@transaction.atomic
def _finish(import_id: int, source: SourceText, findings: dict) -> str:
    record = ImportedDocument.objects.select_for_update().get(pk=import_id)
    if record.status != ImportStatus.READING:
        return record.status  # another run finished first
    record.findings = findings
    record.text = source.text
    record.pages = record.pages_read = record.pages_total = source.pages
    record.status = ImportStatus.REVIEW
    record.read_at = timezone.now()
    record.problem = ""
    record.save(
        update_fields=[
            "findings",
            "text",
            "pages",
            "pages_read",
            "pages_total",
            "status",
            "read_at",
            "problem",
        ]
    )
    audit_record(
        actor=None,
        action=AuditAction.IMPORT_READ,
        obj=record,
        subject=subject_of(record),
        after={**read_summary(record), "pages": record.pages},
        actor_label=READER,
    )
    return record.status


@transaction.atomic
def _could_not_read(import_id: int, reason: str) -> str:
    record = ImportedDocument.objects.select_for_update().get(pk=import_id)
    if record.status != ImportStatus.READING:
        return record.status
    record.status = ImportStatus.UNREADABLE
    record.problem = reason[:2000]
    record.read_at = timezone.now()
    record.save(update_fields=["status", "problem", "read_at"])
    audit_record(
        actor=None,
        action=AuditAction.IMPORT_UNREADABLE,
        obj=record,
        subject=subject_of(record),
        after={"filename": record.filename, "reason": record.problem},
        actor_label=READER,
    )
    return record.status


def import_reading_given_up(record: ImportedDocument) -> ImportedDocument:
    """An import still "being read" whose task the queue gave up on (its worker died
    twice, or it failed twice) ends "could not be read"; others are returned as they are."""
    if record.status == ImportStatus.READING and task_gave_up(record.read_task_id):
        _could_not_read(record.pk, FAULT)
        record.refresh_from_db()
    return record
