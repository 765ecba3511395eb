"""The domain's own changes emit webhook deliveries: published, decided, signed, in force,
and the changes to a party list and reviews after an agreement is agreed."""

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


def test_the_changes_of_a_party_list_and_reviews_are_webhook_events(mailoutbox, settings):
    import datetime as dt

    from django.utils import timezone

    from accord.agreements.services.party_changes import party_give_notice
    from accord.approvals.services.reviews import review_record
    from accord.approvals.services.term_reminders import term_remind
    from accord.organisations.services import organisation_record_succession
    from accord.signing.services.admissions import accession_ask, successor_ask
    from tests.approvals.factories import MeetingFactory
    from tests.changes_setup import (
        agreement_in_force,
        answer,
        links,
        organisation_with_signatory,
    )

    admin = User.objects.create_superuser(email="root@example.org", password="x")
    agreement = agreement_in_force(admin, mailoutbox, parties=3)
    webhook_endpoint_register(
        user=admin,
        url="https://93.184.215.14/hook",
        events=[
            "party.succeeded",
            "party.confirmed",
            "party.joined",
            "party.leaving",
            "review.due",
            "review.recorded",
        ],
    )
    today = timezone.localdate()
    first, second = agreement.parties.order_by("order")[:2]
    icb, _ = organisation_with_signatory("Successor ICB")
    organisation_record_succession(
        actor=admin, predecessor=first.organisation, successor=icb, date=today
    )
    successor_ask(actor=admin, party=first, successor=icb)
    answer(links(mailoutbox)[-1])
    charity, _ = organisation_with_signatory("Joining charity")
    accession_ask(
        actor=admin, agreement=agreement, organisation=charity, category="Others", joins_on=today
    )
    answer(links(mailoutbox)[-1])
    party_give_notice(
        actor=admin, party=second, given_on=today, reason="Service ended", period_days=30
    )
    settings.ACCORD_TERM_REMINDER_DAYS = [7]
    type(agreement).objects.filter(pk=agreement.pk).update(review_date=today + dt.timedelta(days=5))
    term_remind(today=today)
    meeting = MeetingFactory(body=agreement.owning_body, date=today)
    review_record(actor=admin, agreement=agreement, meeting=meeting, outcome="no_change")

    payloads = {d.event: d.payload for d in WebhookDelivery.objects.order_by("pk")}
    assert list(payloads) == [
        "party.succeeded",
        "party.confirmed",
        "party.joined",
        "party.leaving",
        "review.due",
        "review.recorded",
    ]
    assert payloads["party.succeeded"] == {
        "agreement": agreement.slug,
        "organisation": first.organisation.slug,
        "successor": icb.slug,
        "succeeded_on": today.isoformat(),
    }
    assert payloads["party.confirmed"]["in_place_of"] == first.organisation.slug
    assert payloads["party.confirmed"]["organisation"] == icb.slug
    assert payloads["party.joined"]["organisation"] == charity.slug
    assert payloads["party.joined"]["effective_on"] == today.isoformat()
    leaving = payloads["party.leaving"]
    assert leaving["organisation"] == second.organisation.slug
    assert leaving["effective_on"] == (today + dt.timedelta(days=30)).isoformat()
    assert leaving["notice_period_days"] == 30
    assert payloads["review.due"]["due_on"] == (today + dt.timedelta(days=5)).isoformat()
    assert payloads["review.recorded"]["outcome"] == "no_change"
    assert "@" not in str(payloads)  # no e-mail addresses leave Accord
