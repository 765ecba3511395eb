"""An agreement's term, and varying an agreement in force.

The term is what the agreement says about time: when it is reviewed and how often,
when it ends, the notice a party gives to leave, and whether a new party may join by
accession. A review at a meeting of the owning body (accord/approvals/services/reviews.py)
may agree a variation; the varied text then goes through the route as any new text does,
as the agreement's successor (``succeeded_by``), and this agreement stays in force until
the successor comes into force and supersedes it (see docs/decisions/0008-agreements-over-time.md).
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from accord.accounts.models import User
from accord.agreements.models import Agreement
from accord.agreements.models import AgreementStatus as S
from accord.agreements.services.drafting import agreement_adapt
from accord.agreements.services.transitions import Move, agreement_transition, on_enter
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.errors import Conflict, Invalid, Refused

MONTHS_MAX = 120
NOTICE_DAYS_MAX = 3650

TERM_FIELDS = (
    "review_date",
    "review_every_months",
    "end_date",
    "notice_period_days",
    "joining_needs_consent",
)


def next_review_after(day: dt.date, months: int) -> dt.date:
    """``months`` after ``day``, on the same day of the month or the month's last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(f"No day {months} months after {day}")  # pragma: no cover


@transaction.atomic
def agreement_set_terms(
    *,
    actor: User,
    agreement: Agreement,
    review_date: dt.date | None,
    review_every_months: int | None,
    end_date: dt.date | None,
    notice_period_days: int | None,
    joining_needs_consent: bool,
) -> Agreement:
    if not actor.has_perm("agreements.manage_agreement", agreement):
        raise Refused("Only a partnership officer for the owning body can set its term.")
    agreement = Agreement.objects.select_for_update().get(pk=agreement.pk)
    if agreement.status in (S.SUPERSEDED, S.EXPIRED, S.WITHDRAWN):
        raise Conflict(
            f"The agreement is {agreement.get_status_display().lower()}: its term is over."
        )
    errors = {}
    if review_every_months is not None and not 1 <= review_every_months <= MONTHS_MAX:
        errors["review_every_months"] = f"Enter a number of months from 1 to {MONTHS_MAX}."
    if notice_period_days is not None and not 0 <= notice_period_days <= NOTICE_DAYS_MAX:
        errors["notice_period_days"] = f"Enter a number of days from 0 to {NOTICE_DAYS_MAX}."
    if review_date and end_date and review_date > end_date:
        errors["review_date"] = "The next review must come before the agreement ends."
    if errors:
        raise Invalid(errors)
    before = {name: getattr(agreement, name) for name in TERM_FIELDS}
    agreement.review_date = review_date
    agreement.review_every_months = review_every_months
    agreement.end_date = end_date
    agreement.notice_period_days = notice_period_days
    agreement.joining_needs_consent = joining_needs_consent
    after = {name: getattr(agreement, name) for name in TERM_FIELDS}
    if after == before:
        return agreement
    agreement.save(update_fields=list(TERM_FIELDS))
    audit_record(
        actor=actor,
        action=AuditAction.AGREEMENT_TERMS_UPDATE,
        obj=agreement,
        subject=History.agreement(agreement.pk),
        before={k: v for k, v in before.items() if before[k] != after[k]},
        after={k: v for k, v in after.items() if before[k] != after[k]},
    )
    return agreement


@transaction.atomic
def agreement_start_variation(*, actor: User, agreement: Agreement, title: str = "") -> Agreement:
    """Start the varied text of an agreement under review: a draft adapted from it, with
    its current parties and term, that succeeds it. It goes through consultation,
    approval and sign-up as any agreement does."""
    if not actor.has_perm("agreements.manage_agreement", agreement):
        raise Refused("Only a partnership officer for the owning body can start a variation.")
    agreement = Agreement.objects.select_for_update().get(pk=agreement.pk)
    if agreement.status != S.UNDER_REVIEW:
        raise Conflict(
            "A variation starts after a review of the owning body agrees one: the agreement "
            "is then under review."
        )
    successor = agreement.succeeded_by
    if successor is not None and successor.status != S.WITHDRAWN:
        raise Conflict(f"Its variation has been started already: {successor.display_title}.")
    if agreement.owning_body is None:
        raise Conflict("An agreement with no owning body cannot be varied: give it one first.")
    varied = agreement_adapt(
        actor=actor,
        source=agreement,
        title=title.strip() or f"{agreement.title} (varied)",
        owning_body=agreement.owning_body,
    )
    varied.review_every_months = agreement.review_every_months
    varied.notice_period_days = agreement.notice_period_days
    varied.joining_needs_consent = agreement.joining_needs_consent
    varied.save(
        update_fields=["review_every_months", "notice_period_days", "joining_needs_consent"]
    )
    agreement.succeeded_by = varied
    agreement.save(update_fields=["succeeded_by"])
    return varied


@on_enter(S.IN_FORCE)
def _supersede_what_it_varies(move: Move) -> None:
    """A variation in force supersedes the agreement it varied."""
    for older in Agreement.objects.filter(
        succeeded_by=move.agreement, status__in=(S.IN_FORCE, S.UNDER_REVIEW)
    ):
        agreement_transition(
            actor=move.actor,
            agreement=older,
            to=S.SUPERSEDED,
            check_permission=False,
            note=f"superseded by {move.agreement.display_title}, which came into force",
        )


@on_enter(S.WITHDRAWN)
def _a_withdrawn_variation_leaves_the_original_in_force(move: Move) -> None:
    for older in Agreement.objects.filter(succeeded_by=move.agreement, status=S.UNDER_REVIEW):
        Agreement.objects.filter(pk=older.pk).update(succeeded_by=None)
        older.succeeded_by = None
        agreement_transition(
            actor=move.actor,
            agreement=older,
            to=S.IN_FORCE,
            check_permission=False,
            note=f"its variation, {move.agreement.display_title}, was withdrawn",
        )
