"""Agenda packs made in the task queue and kept in file storage.

A pack takes seconds to lay out (every report with its appendices), so no request makes
one. Each pack is kept through Django's default storage, as issued documents are, under
``agenda-packs/meeting-<id>/<variant>-<fingerprint>.pdf``, where the fingerprint is a hash
of everything it shows (pack.pack_fingerprint). A request works out the fingerprint (a
few queries per item, no layout): if that pack is kept, it is served; otherwise its
making is queued (tasks.py) and the person is told it is being made. A changed item
changes the fingerprint, so a pack made before the change is never served again.

Many people may ask for the same pack at once, on any app server: the first to claim it
queues it, and the others see that task's progress. The claim is an ``add`` to the
database cache, atomic through its primary key (as the governance map's, maps/store.py),
and holds the id of the task queued, so a page can say whether the pack waits for a
worker, is being made, or could not be made.

The task makes the pack only if its fingerprint is still the one asked for before and
after laying it out, so a file is never kept under a fingerprint it does not show. A pack
superseded by a newer one is deleted only after a grace period (``packs_prune``), so a
download already under way is not cut off.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass
from typing import Literal

from django.conf import settings
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks.exceptions import InvalidTaskBackendError, TaskResultDoesNotExist

from accord.approvals.models import Meeting
from accord.reports.pack import pack_fingerprint, render_agenda_pack

logger = logging.getLogger(__name__)
FOLDER = "agenda-packs"
CLAIM_SECONDS = 600  # a queued pack is not queued again for this long unless it failed
TRIES = 3  # layouts tried while the items keep changing under the task

State = Literal["ready", "waiting", "making", "failed"]


@dataclass(frozen=True)
class PackState:
    state: State
    name: str  # where the current pack is (or will be) kept
    size: int = 0  # bytes, when ready


def variant(with_private: bool) -> str:
    return "private" if with_private else "public"


def pack_name(meeting_id: int, *, with_private: bool, fingerprint: str) -> str:
    return f"{FOLDER}/meeting-{meeting_id}/{variant(with_private)}-{fingerprint}.pdf"


def _claim_key(name: str) -> str:
    # The claim is for the storage the pack will be kept in (tests give each their own).
    where = hashlib.sha256(f"{settings.STORAGES['default']}|{settings.MEDIA_ROOT}".encode())
    return f"agenda-pack:claim:{where.hexdigest()[:16]}:{name}"


def _claims():
    return caches["default"]  # the database cache: its add is atomic across servers


def pack_kept(meeting: Meeting, *, with_private: bool) -> tuple[str, bool]:
    """The name the current pack is kept under, and whether it is kept."""
    fingerprint = pack_fingerprint(meeting, with_private=with_private)
    name = pack_name(meeting.pk, with_private=with_private, fingerprint=fingerprint)
    return name, default_storage.exists(name)


def _queue(
    meeting: Meeting, *, with_private: bool, name: str, again: bool
) -> TaskResultStatus | None:
    """Queue the making of the pack kept as ``name``, once across every app server;
    ``again`` replaces a claim whose task failed. Returns the status of the task queued
    here (None if another request had queued it)."""
    key = _claim_key(name)
    if again:
        _claims().delete(key)
    if not _claims().add(key, "", CLAIM_SECONDS):
        return None
    from accord.reports.tasks import make_agenda_pack  # the task module imports this one

    fingerprint = name.rsplit("-", 1)[1].removesuffix(".pdf")
    try:
        result = make_agenda_pack.enqueue(
            meeting_id=meeting.pk, with_private=with_private, fingerprint=fingerprint
        )
    except BaseException:
        _claims().delete(key)
        raise
    if result.status == TaskResultStatus.FAILED:
        _claims().delete(key)  # run at once and failed: the next request tries again
    else:
        _claims().set(key, str(result.id), CLAIM_SECONDS)
    return result.status


def _task_status(name: str) -> TaskResultStatus | None:
    """The status of the task claimed for ``name``: None when none is claimed, or the
    task is not known (the immediate backend keeps no results; a pruned row)."""
    from accord.reports.tasks import make_agenda_pack

    task_id = _claims().get(_claim_key(name))
    if task_id is None:
        return None
    if not task_id:
        return TaskResultStatus.READY  # claimed a moment ago; its task is being queued
    try:
        return make_agenda_pack.get_result(task_id).status
    except (NotImplementedError, InvalidTaskBackendError, TaskResultDoesNotExist):
        return None


def pack_request(meeting: Meeting, *, with_private: bool, retry: bool = False) -> PackState:
    """Where the current pack stands, queueing it if nobody has. ``retry`` (a person
    asking for the pack again) queues it anew if its last making failed."""
    name, kept = pack_kept(meeting, with_private=with_private)
    if kept:
        return PackState("ready", name, default_storage.size(name))
    status = _task_status(name)
    if status == TaskResultStatus.FAILED and not retry:
        return PackState("failed", name)
    if status in (None, TaskResultStatus.FAILED, TaskResultStatus.SUCCESSFUL):
        # Never asked; failed and asked again; or made under this name and since lost.
        queued = _queue(meeting, with_private=with_private, name=name, again=status is not None)
        if default_storage.exists(name):  # made at once (tests' immediate backend)
            return PackState("ready", name, default_storage.size(name))
        if queued == TaskResultStatus.FAILED:
            return PackState("failed", name)
        status = _task_status(name)
    return PackState("making" if status == TaskResultStatus.RUNNING else "waiting", name)


def pack_open(state: PackState):
    """The pack ``state`` found ready, opened for reading; None if it is not (or no
    longer: a newer pack replaced it a moment ago)."""
    if state.state != "ready":
        return None
    try:
        return default_storage.open(state.name, "rb")
    except FileNotFoundError:
        return None


def pack_make(*, meeting_id: int, with_private: bool, fingerprint: str) -> str:
    """The task's body: lay out the pack and keep it, unless the pack asked for is kept
    already (a task run twice) or the meeting is gone. If the items changed since it was
    asked for, the current pack is made instead."""
    meeting = Meeting.objects.select_related("body").filter(pk=meeting_id).first()
    if meeting is None:
        return "gone"
    if default_storage.exists(
        pack_name(meeting_id, with_private=with_private, fingerprint=fingerprint)
    ):
        return "kept"
    for _ in range(TRIES):
        before = pack_fingerprint(meeting, with_private=with_private)
        name = pack_name(meeting_id, with_private=with_private, fingerprint=before)
        if default_storage.exists(name):
            return "kept"
        pdf, _ = render_agenda_pack(meeting, with_private=with_private)
        meeting = Meeting.objects.select_related("body").filter(pk=meeting_id).first()
        if meeting is None:
            return "gone"
        if pack_fingerprint(meeting, with_private=with_private) != before:
            continue  # an item changed while it was laid out: this pack shows neither
        saved = default_storage.save(name, ContentFile(pdf))
        if saved != name:  # another run kept the same pack a moment earlier
            default_storage.delete(saved)
        packs_prune(meeting_id=meeting_id)
        return "made"
    raise RuntimeError(f"The items of meeting {meeting_id} kept changing while its pack was made.")


def packs_prune(*, meeting_id: int | None = None, now: dt.datetime | None = None) -> int:
    """Delete superseded packs (every one but the newest of its meeting and variant) once
    they are older than ``ACCORD_PACK_KEEP_SUPERSEDED_SECONDS``, for one meeting or all.

    A superseded pack is never served again (its fingerprint is no longer asked for), but
    a download begun just before the change may still be reading it, and on an object
    store an open file is no protection; so it stays for a while. Run after each pack is
    made and by the periodic job (tasks.py). Returns how many files were deleted."""
    now = now or timezone.now()
    grace = dt.timedelta(seconds=settings.ACCORD_PACK_KEEP_SUPERSEDED_SECONDS)
    if meeting_id is not None:
        folders = [f"meeting-{meeting_id}"]
    else:
        try:
            folders, _ = default_storage.listdir(FOLDER)
        except (FileNotFoundError, NotImplementedError):
            return 0
    deleted = 0
    for folder in folders:
        deleted += _prune_folder(f"{FOLDER}/{folder}", older_than=now - grace)
    return deleted


def _prune_folder(folder: str, *, older_than: dt.datetime) -> int:
    try:
        _, files = default_storage.listdir(folder)
    except (FileNotFoundError, NotImplementedError):
        return 0
    made: dict[str, list[tuple[dt.datetime, str]]] = {}
    for file in files:
        path = f"{folder}/{file}"
        try:
            made.setdefault(file.split("-", 1)[0], []).append(
                (default_storage.get_modified_time(path), path)
            )
        except (FileNotFoundError, NotImplementedError):
            continue
    deleted = 0
    for packs in made.values():
        packs.sort()
        for modified, path in packs[:-1]:  # the newest of each variant always stays
            if modified < older_than:
                try:
                    default_storage.delete(path)
                    deleted += 1
                except FileNotFoundError:
                    continue
    return deleted
