"""A body's forward plan (decisions expected at its coming meetings) and a partnership's
annual report to the body it reports to (agreements, signatures and decisions in a period)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from accord.accounts.scope import scope_of
from accord.agreements.models import AgreementVersion
from accord.agreements.visibility import visible_agreements
from accord.approvals.models import ApprovalStep, Decision, Meeting, StepStatus
from accord.approvals.visibility import visible_meetings
from accord.governance.models import Body
from accord.signing.models import Decision as SignatureDecision
from accord.signing.models import Signature


@dataclass
class PlannedMeeting:
    meeting: Meeting
    steps: list[ApprovalStep] = field(default_factory=list)


@dataclass
class ForwardPlan:
    body: Body
    meetings: list[PlannedMeeting]
    unscheduled: list[ApprovalStep]


def forward_plan(body: Body, user) -> ForwardPlan:
    """Coming meetings of the body with the route steps on their agendas, and the steps
    waiting for the body that no meeting carries yet."""
    agreements = visible_agreements(user).values("id")
    meetings = list(
        visible_meetings(user)
        .filter(body=body, date__gte=timezone.localdate())
        .order_by("date", "start_time")
    )
    steps = (
        ApprovalStep.objects.filter(agreement__in=agreements)
        .filter(Q(body=body) | Q(body__isnull=True, agreement__owning_body=body))
        .filter(status__in=[StepStatus.PLANNED, StepStatus.SCHEDULED, StepStatus.DEFERRED])
        .select_related("agreement", "meeting")
        .order_by("agreement__title", "order")
    )
    planned = {m.pk: PlannedMeeting(m) for m in meetings}
    unscheduled = []
    for step in steps:
        if step.meeting_id in planned:
            planned[step.meeting_id].steps.append(step)
        else:
            unscheduled.append(step)
    return ForwardPlan(body, list(planned.values()), unscheduled)


@dataclass
class AnnualReport:
    body: Body
    start: dt.date
    end: dt.date
    versions: list[AgreementVersion]
    signatures: list[Signature]
    decisions: list[Decision]
    reports_to: list[Body]


def annual_report(body: Body, user, start: dt.date, end: dt.date) -> AnnualReport:
    """What the body's agreements and meetings produced between ``start`` and ``end``."""
    agreements = visible_agreements(user).filter(owning_body=body).values("id")
    period_end = dt.datetime.combine(end, dt.time.max, tzinfo=timezone.get_current_timezone())
    period_start = dt.datetime.combine(start, dt.time.min, tzinfo=timezone.get_current_timezone())
    versions = list(
        AgreementVersion.objects.filter(
            agreement__in=agreements, published_at__range=(period_start, period_end)
        )
        .select_related("agreement")
        .order_by("published_at")
    )
    signatures = list(
        Signature.objects.filter(
            party__agreement__in=agreements,
            decision=SignatureDecision.SIGNED,
            signed_at__range=(period_start, period_end),
        )
        .select_related("party__agreement", "version")
        .order_by("signed_at")
    )
    meetings = visible_meetings(user).filter(body=body).values("id")
    decisions = list(
        Decision.objects.filter(
            agenda_item__meeting__in=meetings, agenda_item__meeting__date__range=(start, end)
        )
        .filter(Q(agenda_item__public=True) | Q(agenda_item__meeting__body__in=_bodies_of(user)))
        .select_related("agenda_item__meeting", "approval_step__agreement")
        .order_by("agenda_item__meeting__date", "agenda_item__order")
    )
    reports_to = [
        line.to_body
        for line in body.lines_out.filter(end_date__isnull=True).select_related("to_body")
    ]
    return AnnualReport(body, start, end, versions, signatures, decisions, reports_to)


def _bodies_of(user) -> list[int]:
    scope = scope_of(user)
    if scope.administrator:
        return list(Body.objects.values_list("id", flat=True))
    return list(scope.body_ids())
