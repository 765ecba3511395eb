"""Taking the integrity world's agreement along its route, as its people would."""

from __future__ import annotations

import datetime as dt
import re

from django.core import mail
from django.test import Client, TestCase
from django.utils import timezone

from accord.agreements.models import Agreement
from accord.agreements.services import drafting, versions
from accord.agreements.services.transitions import agreement_transition
from accord.approvals.models import ApprovalStep
from accord.approvals.services import agenda, decisions, meetings
from accord.signing.services import signatures
from tests.integrity.world import World

SIGN_LINK = re.compile(r"/sign-up/sign/([\w-]+)/")
CONTEXT = signatures.Context(ip_address="127.0.0.1", user_agent="regression test")


def fresh(world: World) -> Agreement:
    return Agreement.objects.get(pk=world.agreement.pk)


def links_for(email: str) -> list[str]:
    """Every signing link e-mailed to ``email`` so far, oldest first."""
    return [
        token
        for message in mail.outbox
        if email in message.to
        for token in SIGN_LINK.findall(message.body)
    ]


def publish(world: World, text: str | None = None) -> None:
    officer = world.people["officer"]
    agreement = fresh(world)
    draft = drafting.draft_start(actor=officer, agreement=agreement)
    if text is not None:
        section = draft.sections.order_by("order").first()
        drafting.section_update(
            actor=officer,
            section=section,
            heading=section.heading,
            text=text,
            revision=draft.revision,
        )
    versions.agreement_publish_version(
        actor=officer,
        agreement=fresh(world),
        label="Next",
        revision=drafting.current_draft(fresh(world)).revision,
    )


def decide(world: World, order: int, outcome: str = "approved"):
    step = ApprovalStep.objects.get(agreement=world.agreement, order=order)
    secretary = world.people["owner_secretary" if order == 1 else "board_secretary"]
    body = world.owner if order == 1 else world.board
    meeting = meetings.meeting_create(
        actor=secretary,
        body=body,
        title="Board meeting",
        date=timezone.localdate() - dt.timedelta(days=1),
    )
    item = agenda.agenda_item_add(actor=secretary, meeting=meeting, step=step)
    return decisions.decision_record(actor=secretary, item=item, outcome=outcome)


def to_sign_up(world: World) -> None:
    """Publish, move to approval, and have both bodies approve: sign-up opens and each
    party's signatory is e-mailed a link. Runs on-commit work, as a real request would."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        publish(world)
        agreement_transition(actor=world.people["officer"], agreement=fresh(world), to="approval")
        decide(world, 1)
        decide(world, 2)


def post_as(world: World, persona: str, path: str, data: dict):
    client = Client()
    client.force_login(world.people[persona])
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(path, data)


def sign(token: str, decision: str = "signed"):
    return signatures.sign_with_link(
        token=token,
        full_name="A Signatory",
        post="Chief Executive",
        decision=decision,
        reason="" if decision == "signed" else "Not yet",
        context=CONTEXT,
    )
