"""Factories for meetings, route steps and agenda items, and an agreement part-way through its route."""

from __future__ import annotations

import factory

from accord.approvals.models import ApprovalStep, Meeting
from tests.agreements.factories import AgreementFactory, PartyFactory, PublishedVersionFactory
from tests.governance.factories import BodyFactory


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    body = factory.SubFactory(BodyFactory)
    title = "Board meeting"
    date = factory.Faker("date_object")


class ApprovalStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ApprovalStep

    agreement = factory.SubFactory(AgreementFactory)
    order = factory.Sequence(lambda n: n + 1)
    body = factory.SubFactory(BodyFactory)
    action = "approve"


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "approvals.AgendaItem"

    meeting = factory.SubFactory(MeetingFactory)
    order = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Item {n}")


def agreement_in_approval(*, bodies, owning_body=None, parties: int = 1):
    """An agreement in approval with a published version, ``parties`` parties and one
    route step per body in ``bodies`` (None for a step named only by a label)."""
    agreement = AgreementFactory(
        status="approval", **({"owning_body": owning_body} if owning_body else {})
    )
    PublishedVersionFactory(agreement=agreement, number=1)
    for order in range(1, parties + 1):
        PartyFactory(agreement=agreement, order=order)
    for order, body in enumerate(bodies, start=1):
        ApprovalStepFactory(
            agreement=agreement,
            order=order,
            body=body,
            label="" if body else "partner agency Boards",
            action="approve",
        )
    return agreement
