"""Webhook events for agreements after they are agreed: a party that no longer exists,
a successor's confirmation, a joiner, a leaver, a removal, a review due and a review's
outcome. Subscribed in the publisher's transaction, as subscribers.py explains.

Each payload names the agreement, the organisations by their register slugs, and the
day the change takes effect, so a receiver can date the party list as Accord does."""

from __future__ import annotations

from accord.agreements.models import Agreement, Party, PartyChange
from accord.agreements.services.party_changes import PARTY_LEAVING, PARTY_REMOVED
from accord.agreements.successions import PARTY_SUCCEEDED
from accord.api.webhooks.services import webhook_emit
from accord.approvals.models import Review
from accord.approvals.services.reviews import REVIEW_RECORDED
from accord.approvals.services.term_reminders import REVIEW_DUE
from accord.core.events import Event, subscribe
from accord.organisations.models import OrganisationSuccession
from accord.signing.models import ConsentAnswer, JoinConsent
from accord.signing.services.answers import PARTY_CONFIRMED, PARTY_JOINED
from accord.signing.services.consents import CONSENT_ASKED, JOIN_CONSENTED, JOIN_REFUSED


def party_succeeded(event: Event) -> None:
    party = Party.objects.select_related("agreement", "organisation").get(
        pk=event.payload["party_id"]
    )
    succession = OrganisationSuccession.objects.select_related("successor").get(
        pk=event.payload["succession_id"]
    )
    webhook_emit(
        "party.succeeded",
        {
            "agreement": party.agreement.slug,
            "organisation": party.organisation.slug,
            "successor": succession.successor.slug,
            "succeeded_on": succession.date,
        },
    )


def _change(event: Event) -> PartyChange:
    return PartyChange.objects.select_related(
        "agreement", "party__organisation", "in_place_of__organisation", "version"
    ).get(pk=event.payload["change_id"])


def party_changed(name: str):
    def emit(event: Event) -> None:
        change = _change(event)
        payload = {
            "agreement": change.agreement.slug,
            "organisation": change.party.organisation.slug,
            "party_name": change.party_name,
            "effective_on": change.effective_on,
        }
        if change.in_place_of is not None:
            payload["in_place_of"] = change.in_place_of.organisation.slug
        if change.version is not None:
            payload["version"] = change.version.number
        if change.notice_given_on:
            payload["notice_given_on"] = change.notice_given_on
            payload["notice_period_days"] = change.notice_period_days
        if change.reason:
            payload["reason"] = change.reason
        if change.with_consent:
            payload["with_every_partys_consent"] = True
        webhook_emit(name, payload)

    return emit


def consent_changed(name: str):
    """A join that needs every party's consent: asked, consented, or refused (objected,
    withdrawn or lapsed), with who answered what."""

    def emit(event: Event) -> None:
        request = JoinConsent.objects.select_related("agreement", "joiner__organisation").get(
            pk=event.payload["consent_id"]
        )
        answers = list(request.answers.select_related("party__organisation"))
        payload = {
            "agreement": request.agreement.slug,
            "organisation": request.joiner.organisation.slug,
            "joins_on": request.joiner.joined_on,
            "status": request.status,
            "deadline": request.deadline,
            "consented": [a.party.organisation.slug for a in answers if a.answer == "consented"],
            "not_answered": [a.party.organisation.slug for a in answers if not a.answer],
        }
        objection = next((a for a in answers if a.answer == ConsentAnswer.Answer.OBJECTED), None)
        if objection is not None:
            payload["objected"] = objection.party.organisation.slug
            payload["reason"] = objection.reason
        webhook_emit(name, payload)

    return emit


def review_due(event: Event) -> None:
    agreement = Agreement.objects.get(pk=event.payload["agreement_id"])
    webhook_emit(
        "review.due",
        {
            "agreement": agreement.slug,
            "due_on": event.payload["due_on"],
            "days_before": event.payload["days_before"],
        },
    )


def review_recorded(event: Event) -> None:
    review = Review.objects.select_related("agreement", "meeting").get(
        pk=event.payload["review_id"]
    )
    webhook_emit(
        "review.recorded",
        {
            "agreement": review.agreement.slug,
            "outcome": review.outcome,
            "meeting": review.meeting_id,
            "decided_on": review.meeting.date,
            "next_review_on": review.next_review_on,
            "end_date": review.end_date_after,
        },
    )


# Made once, at import: subscribing the same handler again is then a no-op.
PARTY_CHANGE_HANDLERS = {
    PARTY_CONFIRMED: party_changed("party.confirmed"),
    PARTY_JOINED: party_changed("party.joined"),
    PARTY_LEAVING: party_changed("party.leaving"),
    PARTY_REMOVED: party_changed("party.removed"),
    CONSENT_ASKED: consent_changed("party.consent_asked"),
    JOIN_CONSENTED: consent_changed("party.join_consented"),
    JOIN_REFUSED: consent_changed("party.join_refused"),
}


def register() -> None:
    subscribe(PARTY_SUCCEEDED, party_succeeded, in_transaction=True)
    for published, handler in PARTY_CHANGE_HANDLERS.items():
        subscribe(published, handler, in_transaction=True)
    subscribe(REVIEW_DUE, review_due, in_transaction=True)
    subscribe(REVIEW_RECORDED, review_recorded, in_transaction=True)
