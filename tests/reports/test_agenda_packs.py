"""Agenda packs kept under a fingerprint of what they show: a change to any item, its
report or the agreement appended is a new pack, a stale one is never served, and a
public visitor never gets the private variant. (Tasks run at once here; tests/queue/
has the same with a real worker.)"""

from __future__ import annotations

import os
import re
import time
from io import BytesIO

import pytest
from django.core.files.storage import default_storage
from pypdf import PdfReader

from accord.accounts.models import User
from accord.agreements.models import Agreement
from accord.agreements.services import versions
from accord.approvals.models import AgendaItem
from accord.approvals.services.agenda import agenda_item_add
from accord.reports import services
from accord.reports.pack import pack_fingerprint
from accord.reports.packs import FOLDER
from accord.reports.tasks import prune_superseded_packs
from tests.accounts.factories import person_with_role
from tests.reports.pack_setup import board_meeting


@pytest.fixture
def board(demo_accounts):
    return board_meeting()


pytestmark = pytest.mark.django_db

PRIVATE_TITLE = "Exempt pricing item"


def _pdf_text(response) -> str:
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    reader = PdfReader(BytesIO(response.getvalue()))
    return "\n".join(page.extract_text() for page in reader.pages)


def _kept(meeting) -> list[str]:
    folder = f"{FOLDER}/meeting-{meeting.pk}"
    return sorted(default_storage.listdir(folder)[1]) if default_storage.exists(folder) else []


def test_every_change_to_what_the_pack_shows_is_a_new_fingerprint(board):
    meeting, steps = board
    officer = User.objects.get(email="officer@example.org")
    seen = {pack_fingerprint(meeting, with_private=True)}

    def changed() -> bool:
        fingerprint = pack_fingerprint(meeting, with_private=True)
        new = fingerprint not in seen
        seen.add(fingerprint)
        return new

    assert not changed()  # worked out twice from the same rows: the same
    AgendaItem.objects.filter(meeting=meeting, approval_step__isnull=True).update(title="AOB")
    assert changed()
    report = steps[0].cover_report
    services.report_revise(
        actor=officer, report=report, changes={"executive_summary": "A new summary."}
    )
    assert changed()
    secretary = person_with_role("secretary", body=meeting.body)
    agenda_item_add(actor=secretary, meeting=meeting, title=PRIVATE_TITLE, public=False)
    assert changed()
    # A new version of an agreement on the agenda: the pack appends it instead.
    agreement = steps[1].agreement
    agreement.status = "draft"
    agreement.save()
    draft = agreement.versions.create(number=2, label="Second")
    draft.sections.create(order=1, number="1", heading="Introduction", text="New text")
    assert not changed()  # a draft is not appended while a published version exists
    versions.agreement_publish_version(
        actor=officer, agreement=agreement, label="Second", revision=0
    )
    assert changed()
    Agreement.objects.filter(pk=agreement.pk).update(title="A renamed agreement")
    assert changed()
    meeting.title = "Board (rescheduled)"
    meeting.save()
    assert changed()
    # The public variant leaves the private item out: it is a different pack.
    assert pack_fingerprint(meeting, with_private=False) not in seen


def test_a_changed_item_is_a_new_pack_and_the_old_one_is_never_served(client, board):
    meeting, steps = board
    client.login(email="member@example.org", password="accord-demo")
    url = f"/reports/meetings/{meeting.pk}/agenda-pack.pdf"
    first = _pdf_text(client.get(url))
    assert "Any other business" in first
    [kept] = _kept(meeting)
    assert kept.startswith("private-")
    # Served again from the kept file: nothing is laid out.
    assert _pdf_text(client.get(url)) == first and _kept(meeting) == [kept]

    AgendaItem.objects.filter(meeting=meeting, approval_step__isnull=True).update(
        title="Any other urgent business"
    )
    second = _pdf_text(client.get(url))
    assert "Any other urgent business" in second
    assert re.search(r"Any other business(?! )", second) is None
    # The stale pack is never served again, but stays for the grace period, so a
    # download begun before the change is not cut off.
    assert len(_kept(meeting)) == 2 and kept in _kept(meeting)
    assert _pdf_text(client.get(url)) == second


def test_a_superseded_pack_is_deleted_once_its_grace_period_is_over(client, board, settings):
    meeting, steps = board
    client.login(email="member@example.org", password="accord-demo")
    url = f"/reports/meetings/{meeting.pk}/agenda-pack.pdf"
    _pdf_text(client.get(url))
    [first] = _kept(meeting)
    client.logout()
    _pdf_text(client.get(url))  # the public variant, kept beside it
    client.login(email="member@example.org", password="accord-demo")
    AgendaItem.objects.filter(meeting=meeting, approval_step__isnull=True).update(
        title="Any other urgent business"
    )
    _pdf_text(client.get(url))
    assert len(_kept(meeting)) == 3
    folder = f"{FOLDER}/meeting-{meeting.pk}"

    # Within the grace period the periodic job deletes nothing.
    assert prune_superseded_packs.call() == 0 and len(_kept(meeting)) == 3

    # Once the superseded pack is older than the grace period, it goes; the newest pack of
    # each variant stays however old it is.
    hour_and_a_minute_ago = time.time() - settings.ACCORD_PACK_KEEP_SUPERSEDED_SECONDS - 60
    for name in _kept(meeting):
        os.utime(default_storage.path(f"{folder}/{name}"), (hour_and_a_minute_ago,) * 2)
    os.utime(default_storage.path(f"{folder}/{first}"), (hour_and_a_minute_ago - 60,) * 2)
    assert prune_superseded_packs.call() == 1
    kept = _kept(meeting)
    assert first not in kept and len(kept) == 2
    assert {name.split("-")[0] for name in kept} == {"private", "public"}
    assert prune_superseded_packs.call() == 0


def test_a_public_visitor_never_gets_the_private_variant(client, board):
    meeting, steps = board
    secretary = person_with_role("secretary", body=meeting.body)
    agenda_item_add(actor=secretary, meeting=meeting, title=PRIVATE_TITLE, public=False)
    url = f"/reports/meetings/{meeting.pk}/agenda-pack.pdf"

    client.login(email="member@example.org", password="accord-demo")
    assert PRIVATE_TITLE in _pdf_text(client.get(url))  # the private pack is now kept
    client.logout()

    public = _pdf_text(client.get(url))
    assert PRIVATE_TITLE not in public and "Any other business" in public
    assert sorted(name.split("-")[0] for name in _kept(meeting)) == ["private", "public"]
    # The page and the status address say the public pack is ready, not the private one.
    status = client.get(f"/reports/meetings/{meeting.pk}/agenda-pack/status").json()
    assert status["state"] == "ready"
    page = client.get(f"/reports/meetings/{meeting.pk}/agenda-pack/").content.decode()
    assert "The agenda pack is ready" in page and PRIVATE_TITLE not in page

    # Made private, the meeting's pack is not served to the public at all.
    meeting.public = False
    meeting.save()
    assert client.get(url).status_code == 302  # to sign in
    assert client.get(f"/reports/meetings/{meeting.pk}/agenda-pack/status").status_code == 302


def test_a_pack_that_cannot_be_made_says_so_and_is_tried_again_when_asked(
    client, board, monkeypatch
):
    meeting, _ = board
    client.login(email="member@example.org", password="accord-demo")

    def broken(*args, **kwargs):
        raise RuntimeError("WeasyPrint could not lay the pack out")

    monkeypatch.setattr("accord.reports.packs.render_agenda_pack", broken)
    response = client.get(f"/reports/meetings/{meeting.pk}/agenda-pack.pdf")
    assert response.status_code == 302
    assert response["Location"] == f"/reports/meetings/{meeting.pk}/agenda-pack/"
    page = client.get(response["Location"]).content.decode()
    assert "The agenda pack could not be made" in page and "Try again" in page
    assert _kept(meeting) == []
    monkeypatch.undo()
    assert "Any other business" in _pdf_text(
        client.get(f"/reports/meetings/{meeting.pk}/agenda-pack.pdf")
    )
