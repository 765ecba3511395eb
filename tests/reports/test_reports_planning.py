"""The forward plan, the annual report, and a meeting's agenda pack whose page numbers match."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from pypdf import PdfReader

from accord.accounts.models import User
from accord.agreements.services import versions
from accord.governance.models import Body
from tests.approvals.factories import agreement_in_approval
from tests.reports.pack_setup import board_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def board(demo_accounts):
    return board_meeting()


def test_the_agenda_pack_page_numbers_match_the_agenda(client, board):
    meeting, steps = board
    client.login(email="member@example.org", password="accord-demo")
    response = client.get(f"/reports/meetings/{meeting.pk}/agenda-pack.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    reader = PdfReader(BytesIO(response.getvalue()))
    agenda = reader.pages[0].extract_text()
    starts = [int(n) for n in re.findall(r"(?<!pack )page (\d+)", agenda)]
    assert len(starts) == 2 and "no papers" in agenda
    assert starts[0] == 2 and starts[1] > starts[0]
    for start, step in zip(starts, steps, strict=True):
        text = reader.pages[start - 1].extract_text()
        assert f"Agenda pack page {start} of {len(reader.pages)}" in text
        assert step.agreement.title in text
    assert (
        f"Agenda pack page {len(reader.pages)} of {len(reader.pages)}"
        in reader.pages[-1].extract_text()
    )


def test_the_forward_plan_lists_coming_meetings_and_waiting_steps(client, board):
    meeting, steps = board
    client.login(email="officer@example.org", password="accord-demo")
    page = client.get("/reports/bodies/bf-partnership/forward-plan/").content.decode()
    assert meeting.get_absolute_url() in page
    for step in steps:
        assert step.agreement.display_title in page
    # Anonymous visitors see only public agreements: these drafts are not shown to them.
    client.logout()
    page = client.get("/reports/bodies/bf-partnership/forward-plan/").content.decode()
    assert steps[0].agreement.display_title not in page


def test_the_annual_report_counts_what_happened_in_the_period(client, demo_accounts):
    officer = User.objects.get(email="officer@example.org")
    body = Body.objects.get(slug="bf-partnership")
    agreement = agreement_in_approval(bodies=[body], owning_body=body)
    agreement.status = "draft"
    agreement.save()
    draft = agreement.versions.create(number=2, label="Second")
    draft.sections.create(order=1, number="1", heading="Introduction", text="New text")
    versions.agreement_publish_version(
        actor=officer, agreement=agreement, label="Second", revision=0
    )
    client.force_login(officer)
    page = client.get("/reports/bodies/bf-partnership/annual-report/").content.decode()
    assert "Annual report to Thurrock Health and Wellbeing Board" in page
    assert "version 2 (Second)" in page
    page = client.get(
        "/reports/bodies/bf-partnership/annual-report/?from=2019-01-01&to=2019-12-31"
    ).content.decode()
    assert "version 2 (Second)" not in page
    page = client.get(
        "/reports/bodies/bf-partnership/annual-report/?from=nonsense"
    ).content.decode()
    assert "Error: Annual report" in page
    assert "The start of the period must be a real date, in numbers." in page
    assert "Correct the period above to see the report." in page
