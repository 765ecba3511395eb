"""Each answer is sealed by the worker right after it is given, not on the next download;
a download before the worker has run still seals what is missing, and the worker's run
afterwards changes nothing."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from accord.accounts.models import User
from accord.documents.models import IssuedDocument
from accord.documents.services import read_document
from accord.documents.verify import verify_pdf
from accord.signing.services import invitations, signatures
from tests.queue.workers import worker_env
from tests.signing_setup import agreement_open_for_signing

pytestmark = pytest.mark.django_db(transaction=True)
HERE = signatures.Context(ip_address="127.0.0.1", user_agent="pytest")


def _sign(token: str, name: str):
    return signatures.sign_with_link(
        token=token,
        full_name=name,
        post="Chief Executive",
        decision="signed",
        context=HERE,
    )


def _run_worker_until_idle(tmp_path: Path) -> str:
    """`accord worker --batch`: every waiting task, then exit."""
    accord = str(Path(sys.executable).with_name("accord"))
    done = subprocess.run(
        [accord, "worker", "--batch", "--no-schedule"],
        env=worker_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_the_worker_seals_each_answer_right_after_it_is_given(
    task_queue, mailoutbox, client, tmp_path
):
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    agreement, _ = agreement_open_for_signing(3)
    invitations.signing_open(actor=admin, agreement=agreement)
    tokens = [re.search(r"/sign-up/sign/([\w-]+)/", m.body).group(1) for m in mailoutbox]
    version = agreement.versions.get()

    first = _sign(tokens[0], "Lyn Carpenter")
    queued = DBTaskResult.objects.get(task_path="accord.documents.tasks.seal_answers")
    assert queued.status == TaskResultStatus.READY and queued.args_kwargs["args"] == [version.pk]
    assert not IssuedDocument.objects.exists()  # nothing sealed in the signatory's request

    log = _run_worker_until_idle(tmp_path)
    assert "seal_answers state=SUCCESSFUL" in log
    sealed = IssuedDocument.objects.get(signature=first)
    report = verify_pdf(read_document(sealed))
    assert report.exactly_as_issued and len(report.seals) == 2  # issued, then this answer
    assert "Lyn Carpenter" in report.seals[1].reason

    # The worker has not run since the second answer: the download seals it itself.
    second = _sign(tokens[1], "Mark Tebbs")
    assert not IssuedDocument.objects.filter(signature=second).exists()
    response = client.get(f"/documents/{agreement.slug}/v{version.number}.pdf")
    assert response.status_code == 200
    downloaded = verify_pdf(b"".join(response.streaming_content))
    assert downloaded.exactly_as_issued and len(downloaded.seals) == 3
    documents = IssuedDocument.objects.count()

    # Its queued seal then finds the answer sealed: nothing is sealed twice.
    _run_worker_until_idle(tmp_path)
    assert IssuedDocument.objects.count() == documents
    assert IssuedDocument.objects.filter(signature=second).count() == 1
    statuses = DBTaskResult.objects.filter(task_path="accord.documents.tasks.seal_answers")
    assert [t.status for t in statuses] == [TaskResultStatus.SUCCESSFUL] * 2
