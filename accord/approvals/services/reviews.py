"""Reviews of agreements in force, decided at a meeting of the owning body.

A review records its outcome once, like a decision, and moves the agreement on:

- no change: it stays in force, and its next review date is set;
- renewal: as no change, with its end date moved on;
- variation: it goes under review, and its officer starts the varied text, which
  goes through the route as any new text does and supersedes it when in force
  (accord/agreements/services/terms.py);
- termination: it is withdrawn.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.agreements.models import Agreement
from accord.agreements.models import AgreementStatus as S
from accord.agreements.services.terms import next_review_after
from accord.agreements.services.transitions import BINDING, agreement_transition
from accord.approvals.models import MINUTE_MAX_LENGTH, Meeting, Review, ReviewOutcome
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.dates import format_partial_date
from accord.core.errors import Conflict, Invalid, Refused
from accord.core.events import publish

REVIEW_RECORDED = "agreement.reviewed"


def _next_review(agreement: Agreement, meeting: Meeting, given: dt.date | None) -> dt.date | None:
    if given is not None:
        return given
    if agreement.review_every_months:
        return next_review_after(meeting.date, agreement.review_every_months)
    return None


@transaction.atomic
def review_record(
    *,
    actor: User,
    agreement: Agreement,
    meeting: Meeting,
    outcome: str,
    minute: str = "",
    next_review_on: dt.date | None = None,
    new_end_date: dt.date | None = None,
) -> Review:
    if not actor.has_perm("approvals.record_review", agreement):
        raise Refused(
            "A review is recorded by the owning body's secretary or the agreement's "
            "partnership officer."
        )
    agreement = Agreement.objects.select_for_update().get(pk=agreement.pk)
    if agreement.status not in BINDING:
        raise Conflict(
            f"The agreement is {agreement.get_status_display().lower()}: only an agreement in "
            "force is reviewed."
        )
    minute = minute.strip()
    errors = {}
    if outcome not in ReviewOutcome.values:
        errors["outcome"] = "Choose the outcome of the review."
    if meeting.body_id != agreement.owning_body_id:
        errors["meeting"] = "Choose a meeting of the body that owns the agreement."
    elif meeting.date > timezone.localdate():
        errors["meeting"] = (
            "Choose a meeting that has taken place: a review records what it decided."
        )
    if len(minute) > MINUTE_MAX_LENGTH:
        errors["minute"] = f"The minute can be at most {MINUTE_MAX_LENGTH} characters."
    if agreement.status == S.UNDER_REVIEW and outcome != ReviewOutcome.TERMINATION:
        errors["outcome"] = (
            "A variation agreed at an earlier review is under way: the varied agreement "
            "supersedes this one when it comes into force. Only a termination can be "
            "recorded now."
        )
    if outcome == ReviewOutcome.RENEWAL:
        if new_end_date is None:
            errors["new_end_date"] = "Enter the day the renewed agreement ends."
        elif agreement.end_date and new_end_date <= agreement.end_date:
            errors["new_end_date"] = (
                f"A renewal ends after the present end date, "
                f"{format_partial_date(agreement.end_date)}."
            )
        elif new_end_date <= meeting.date:
            errors["new_end_date"] = "The renewed agreement must end after the meeting."
    elif new_end_date is not None:
        errors["new_end_date"] = "Only a renewal sets a new end date."
    next_review_on = (
        _next_review(agreement, meeting, next_review_on)
        if outcome in (ReviewOutcome.NO_CHANGE, ReviewOutcome.RENEWAL)
        else None
    )
    if next_review_on is not None and next_review_on <= meeting.date:
        errors["next_review_on"] = "The next review comes after this one."
    if errors:
        raise Invalid(errors)
    review = Review.objects.create(
        agreement=agreement,
        meeting=meeting,
        version=agreement.signing_version,
        due_on=agreement.review_date,
        outcome=outcome,
        minute=minute,
        next_review_on=next_review_on,
        end_date_before=agreement.end_date,
        end_date_after=new_end_date or agreement.end_date,
        recorded_by=actor,
    )
    changed = ["review_date"]
    agreement.review_date = next_review_on
    if new_end_date:
        agreement.end_date = new_end_date
        changed.append("end_date")
    agreement.save(update_fields=changed)
    audit_record(
        actor=actor,
        action=AuditAction.REVIEW_RECORD,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        before={"review_date": review.due_on, "end_date": review.end_date_before},
        after={
            "meeting": str(meeting),
            "outcome": outcome,
            "minute": minute,
            "review_date": next_review_on,
            "end_date": review.end_date_after,
        },
    )
    note = f"review at {meeting}: {review.get_outcome_display().lower()}"
    if outcome == ReviewOutcome.VARIATION:
        agreement_transition(
            actor=actor, agreement=agreement, to=S.UNDER_REVIEW, note=note, check_permission=False
        )
    elif outcome == ReviewOutcome.TERMINATION:
        agreement_transition(
            actor=actor, agreement=agreement, to=S.WITHDRAWN, note=note, check_permission=False
        )
    publish(REVIEW_RECORDED, review_id=review.pk, agreement_id=agreement.pk)
    return review
