"""Documents' work in the task queue: sealing each answer into the agreement's PDF.

When an answer (signature or decline) commits, ``seal_answers`` is queued for its
version: the worker adds a seal for every answer not yet sealed, in the order they were
given. It is idempotent (an answer already sealed is not sealed again; services.py locks
the version), so a run repeated after a worker died changes nothing twice. A download
before the worker has run still seals what is missing first (views.py), as before.
"""

from __future__ import annotations

from django_tasks import task

from accord.agreements.models import AgreementVersion
from accord.core.events import Event, subscribe
from accord.documents.services import document_current
from accord.signing.services.signatures import PARTY_ANSWERED


@task()
def seal_answers(version_id: int) -> str:
    """Seal every answer on the version not yet sealed; returns the file's SHA-256."""
    version = AgreementVersion.objects.filter(pk=version_id).first()
    if version is None:
        return "gone"
    return document_current(version).sha256


def answered(event: Event) -> None:
    from accord.signing.models import Signature

    version_id = (
        Signature.objects.filter(pk=event.payload["signature_id"])
        .values_list("version_id", flat=True)
        .first()
    )
    if version_id is not None:
        seal_answers.enqueue(version_id)


def register() -> None:
    # After commit (the default): an answer that rolls back queues no seal.
    subscribe(PARTY_ANSWERED, answered)
