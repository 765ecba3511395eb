"""The domain's own changes emit webhook deliveries: published, decided, signed, in force."""

from __future__ import annotations

import re

import pytest

from accord.accounts.models import User
from accord.api.webhooks.models import WebhookDelivery
from accord.api.webhooks.services import webhook_endpoint_register
from accord.signing.services import invitations, signatures
from tests.signing_setup import agreement_open_for_signing

pytestmark = pytest.mark.django_db


def test_signing_emits_party_signed_and_in_force(mailoutbox):
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    webhook_endpoint_register(
        user=admin,
        url="https://93.184.215.14/hook",
        events=["party.signed", "agreement.in_force"],
    )
    agreement, _ = agreement_open_for_signing(1)
    invitations.signing_open(actor=admin, agreement=agreement)
    token = re.search(r"/sign-up/sign/([\w-]+)/", mailoutbox[0].body).group(1)
    signatures.sign_with_link(
        token=token,
        full_name="Ada Signer",
        post="Chief Executive",
        decision="signed",
        context=signatures.Context(ip_address="127.0.0.1", user_agent="pytest"),
    )
    deliveries = list(WebhookDelivery.objects.order_by("pk"))
    assert [d.event for d in deliveries] == ["party.signed", "agreement.in_force"]
    assert deliveries[0].payload["agreement"] == agreement.slug
    assert deliveries[0].payload["signatory"] == "Ada Signer"
    assert "@" not in str(deliveries[0].payload)  # no e-mail addresses leave Accord
    assert deliveries[1].payload["url"].endswith(agreement.get_absolute_url())


def test_a_decision_emits_step_decided(demo_accounts):
    from django.utils import timezone

    from accord.approvals.services.agenda import agenda_item_add
    from accord.approvals.services.decisions import decision_record
    from accord.approvals.services.meetings import meeting_create
    from accord.governance.models import Body
    from tests.accounts.factories import person_with_role
    from tests.approvals.factories import agreement_in_approval

    admin = User.objects.get(email="admin@example.org")
    webhook_endpoint_register(
        user=admin, url="http://93.184.215.14:9/hook", events=["step.decided"]
    )
    body = Body.objects.get(slug="bf-partnership")
    agreement = agreement_in_approval(bodies=[body, body], owning_body=body)
    secretary = person_with_role("secretary", body=body)
    meeting = meeting_create(actor=secretary, body=body, title="Board", date=timezone.localdate())
    item = agenda_item_add(
        actor=secretary, meeting=meeting, step=agreement.approval_steps.get(order=1)
    )
    decision_record(actor=secretary, item=item, outcome="approved")
    (delivery,) = WebhookDelivery.objects.all()
    assert delivery.event == "step.decided"
    assert (
        delivery.payload["decision"] == "approved" and delivery.payload["body"] == "bf-partnership"
    )
