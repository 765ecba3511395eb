"""Agenda packs through the real queue: many people asking at once queue one task, the
page says the pack is being made until a real `accord worker` has made it, then the pack
is served; after a change the old pack is not served while the new one is made."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO

import pytest
from django.db import connections
from django.test import Client
from django_tasks_db.models import DBTaskResult
from pypdf import PdfReader

from accord.approvals.models import AgendaItem
from tests.queue.workers import WorkerProcess, worker_env
from tests.reports.pack_setup import board_meeting


@pytest.fixture
def board(demo_accounts):
    return board_meeting()


PACK_TASK = "accord.reports.tasks.make_agenda_pack"
ASKING = 6


def _run_worker(tmp_path, name: str) -> None:
    with WorkerProcess(tmp_path / f"{name}.log", worker_env(), "--batch") as worker:
        assert worker.process.wait(timeout=180) == 0, worker.output()


@pytest.mark.django_db(transaction=True)
def test_many_asking_at_once_queue_one_pack_which_a_worker_makes(task_queue, board, tmp_path):
    meeting, _ = board
    pdf_url = f"/reports/meetings/{meeting.pk}/agenda-pack.pdf"
    page_url = f"/reports/meetings/{meeting.pk}/agenda-pack/"
    status_url = f"{page_url}status"
    member = Client()
    member.login(email="member@example.org", password="accord-demo")
    start = threading.Barrier(ASKING)

    def ask(_):
        client = Client()
        client.cookies = member.cookies
        start.wait()
        try:
            response = client.get(pdf_url)
            return response.status_code, response.get("Location")
        finally:
            connections.close_all()

    with ThreadPoolExecutor(ASKING) as pool:
        answers = list(pool.map(ask, range(ASKING)))
    assert answers == [(302, page_url)] * ASKING
    assert DBTaskResult.objects.filter(task_path=PACK_TASK).count() == 1

    page = member.get(page_url).content.decode()
    assert "The agenda pack is being made" in page and "Check again" in page
    assert 'aria-live="polite"' in page and 'http-equiv="refresh"' not in page
    assert member.get(status_url).json()["state"] == "waiting"
    assert member.get(pdf_url).status_code == 302  # asked again: still one task
    assert DBTaskResult.objects.filter(task_path=PACK_TASK).count() == 1

    _run_worker(tmp_path, "first")
    status = member.get(status_url).json()
    assert status["state"] == "ready" and status["size"]
    response = member.get(pdf_url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "Any other business" in PdfReader(BytesIO(response.getvalue())).pages[0].extract_text()

    # A changed item: the pack kept is stale, so it is not served; a new one is queued.
    AgendaItem.objects.filter(meeting=meeting, approval_step__isnull=True).update(
        title="Urgent business"
    )
    assert member.get(pdf_url).status_code == 302
    assert member.get(status_url).json()["state"] == "waiting"
    assert DBTaskResult.objects.filter(task_path=PACK_TASK).count() == 2
    _run_worker(tmp_path, "second")
    response = member.get(pdf_url)
    assert response.status_code == 200
    agenda = PdfReader(BytesIO(response.getvalue())).pages[0].extract_text()
    assert "Urgent business" in agenda and "Any other business" not in agenda
