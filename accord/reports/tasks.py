"""Reports' work in the task queue: laying out a meeting's agenda pack (packs.py queues
it when someone asks for a pack that is not kept yet), and, periodically, deleting packs
superseded longer ago than the grace period.

Idempotent: a pack already kept under the fingerprint asked for is not made again, so a
run repeated after a worker died only finishes what the first began."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django_tasks import task

from accord.queue.services import periodic
from accord.reports.packs import pack_make, packs_prune


@task()
def make_agenda_pack(*, meeting_id: int, with_private: bool, fingerprint: str) -> str:
    return pack_make(meeting_id=meeting_id, with_private=with_private, fingerprint=fingerprint)


@task()
def prune_superseded_packs() -> int:
    return packs_prune()


def register() -> None:
    periodic(
        "reports.prune_packs",
        prune_superseded_packs,
        lambda: dt.timedelta(seconds=settings.ACCORD_SCHEDULE_PRUNE_SECONDS),
    )
