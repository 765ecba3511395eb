"""Domain events turned into the webhook events the API publishes.

Subscribed in the publisher's transaction (see accord/core/events.py): the deliveries are
rows written with the change, so a change that rolls back announces nothing, and one
that commits is announced even if the process stops straight after.
"""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone

from accord.agreements.models import Agreement
from accord.agreements.models import AgreementStatus as S
from accord.agreements.services.transitions import STATUS_CHANGED
from accord.api.webhooks.services import webhook_emit
from accord.approvals.models import Decision
from accord.approvals.services.decisions import STEP_DECIDED
from accord.core.events import Event, subscribe
from accord.signing.models import Signature
from accord.signing.services.signatures import PARTY_ANSWERED


def agreement_status_changed(event: Event) -> None:
    to = event.payload["to"]
    if to not in (S.SIGN_UP, S.IN_FORCE):
        return
    agreement = Agreement.objects.select_related("owning_body", "signing_version").get(
        pk=event.payload["agreement_id"]
    )
    version = agreement.signing_version
    url = settings.ACCORD_BASE_URL + agreement.get_absolute_url()
    if to == S.SIGN_UP:
        webhook_emit(
            "agreement.published",
            {
                "agreement": agreement.slug,
                "title": agreement.title,
                "version": version.number if version else None,
                "owning_body": agreement.owning_body.slug if agreement.owning_body else None,
                "status": to,
                "url": url,
            },
        )
    else:
        webhook_emit(
            "agreement.in_force",
            {
                "agreement": agreement.slug,
                "title": agreement.title,
                "version": version.number if version else None,
                "in_force_from": timezone.localdate(),
                "url": url,
            },
        )


def step_decided(event: Event) -> None:
    decision = Decision.objects.select_related(
        "approval_step__agreement", "approval_step__body", "agenda_item__meeting"
    ).get(pk=event.payload["decision_id"])
    step, meeting = decision.approval_step, decision.agenda_item.meeting
    assert step is not None  # STEP_DECIDED is published only for a decision on a step
    webhook_emit(
        "step.decided",
        {
            "agreement": step.agreement.slug,
            "step": step.pk,
            "body": step.body.slug if step.body else None,
            "decision": decision.outcome,
            "decided_at": meeting.date,
            "meeting": meeting.pk,
        },
    )


def party_answered(event: Event) -> None:
    if event.payload["decision"] != "signed":
        return
    signature = Signature.objects.select_related(
        "party__agreement", "party__organisation", "version"
    ).get(pk=event.payload["signature_id"])
    webhook_emit(
        "party.signed",
        {
            "agreement": signature.party.agreement.slug,
            "version": signature.version.number,
            "organisation": signature.party.organisation.slug,
            "signed_at": signature.signed_at,
            "signatory": signature.full_name,
        },
    )


def register() -> None:
    subscribe(STATUS_CHANGED, agreement_status_changed, in_transaction=True)
    subscribe(STEP_DECIDED, step_decided, in_transaction=True)
    subscribe(PARTY_ANSWERED, party_answered, in_transaction=True)
