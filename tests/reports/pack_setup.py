"""A meeting with reports on its agenda, for the agenda pack's tests (needs the demo
accounts)."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from accord.accounts.models import User
from accord.approvals.services.agenda import agenda_item_add
from accord.approvals.services.meetings import meeting_create
from accord.governance.models import Body
from accord.reports import services
from tests.accounts.factories import person_with_role
from tests.approvals.factories import agreement_in_approval


def board_meeting():
    """A meeting of the Brighter Futures partnership with two agreements' steps on its agenda,
    each with a cover report, and a free item between them."""
    body = Body.objects.get(slug="bf-partnership")
    officer = User.objects.get(email="officer@example.org")
    secretary = person_with_role("secretary", body=body)
    meeting = meeting_create(
        actor=secretary, body=body, title="Board", date=timezone.localdate() + dt.timedelta(days=7)
    )
    steps = []
    for _ in range(2):
        agreement = agreement_in_approval(bodies=[body], owning_body=body)
        step = agreement.approval_steps.get()
        services.report_create(actor=officer, step=step)
        steps.append(step)
    agenda_item_add(actor=secretary, meeting=meeting, step=steps[0])
    agenda_item_add(actor=secretary, meeting=meeting, title="Any other business")
    agenda_item_add(actor=secretary, meeting=meeting, step=steps[1])
    return meeting, steps
