"""The open datasets: each a header row and a generator of rows, read in chunks so the
memory an export needs does not grow with the number of rows. Public data only.

Each dataset can be read as it stood on a day that has passed (``day``): only what was
there on that day, under the names then held, with nothing recorded for a later day
(a party's answer given later, a succession or a closure after it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch, Q
from django.utils import timezone

from accord.agreements.models import Party, PartyStanding
from accord.agreements.presenters import state_of
from accord.agreements.visibility import PUBLIC_AGREEMENT_STATUSES, visible_agreements
from accord.approvals.models import Decision
from accord.approvals.visibility import visible_meetings
from accord.governance.models import Body, OrganisationMembership
from accord.governance.selectors import bodies_on
from accord.organisations.models import Organisation, OrganisationSuccession
from accord.organisations.selectors import established_by
from accord.signing.as_at import parties_on

CHUNK = 500
Day = dt.date | None


def _date(value) -> str:
    return value.isoformat() if value else ""


def _by(value: dt.date | None, day: Day) -> str:
    """A date recorded for the thing, shown only when it had come by ``day``."""
    return _date(value) if value and (day is None or value <= day) else ""


def _successions(day: Day) -> Prefetch:
    until = day or timezone.localdate()
    return Prefetch(
        "organisation__successions_out",
        queryset=OrganisationSuccession.objects.filter(date__lte=until)
        .select_related("successor")
        .order_by("date", "pk"),
        to_attr="successions_by_then",
    )


def _successors(successions: list[OrganisationSuccession]) -> str:
    return "; ".join(f"{s.successor.slug} ({_date(s.date)})" for s in successions)


def organisation_rows(day: Day = None) -> Iterator[list]:
    rows = Organisation.objects.select_related("area").prefetch_related(
        "identifiers", "other_names"
    )
    if day is not None:
        rows = rows.filter(established_by(day))
    for org in rows.order_by("name", "pk").iterator(chunk_size=CHUNK):
        yield [
            org.slug,
            org.name_on(day),
            org.short_name,
            org.get_kind_display(),
            "; ".join(i.org_id for i in org.identifiers.all()),
            org.area.name if org.area else "",
            org.website,
            _date(org.established_on),
            _by(org.dissolved_on, day),
        ]


def _public_parties():
    return (
        Party.objects.filter(agreement__in=visible_agreements(AnonymousUser()))
        .filter(standing=PartyStanding.MEMBER)
        .select_related("agreement", "organisation", "succeeds__organisation")
        .prefetch_related("organisation__other_names")
        .order_by("agreement__title", "order", "pk")
    )


def party_rows(day: Day = None) -> Iterator[list]:
    if day is not None:
        yield from _party_rows_on(day)
        return
    rows = _public_parties().prefetch_related(_successions(None))
    for party in rows.iterator(chunk_size=CHUNK):
        yield [
            party.agreement.slug,
            party.agreement.title,
            party.agreement.get_status_display(),
            party.organisation.slug,
            party.name_as_party,
            party.category,
            state_of(party).label,
            _date(party.agreement.signup_deadline),
            _date(party.joined_on),
            _date(party.left_on),
            party.get_basis_display(),
            party.succeeds.organisation.slug if party.succeeds is not None else "",
            _successors(party.organisation.successions_by_then),
        ]


def _party_rows_on(day: dt.date) -> Iterator[list]:
    """Each public agreement's parties on ``day``, read as its page reads them then: its
    status that day, who was party, who had answered by then, and under which names."""
    public = visible_agreements(AnonymousUser()).filter(
        pk__in=_public_parties().values("agreement_id")
    )
    for agreement in public.order_by("title", "pk").iterator(chunk_size=CHUNK):
        standing = parties_on(agreement, day)
        if standing.state.status not in PUBLIC_AGREEMENT_STATUSES:
            continue  # not yet public on that day (a draft, or under consultation)
        rows = [(row, "") for row in standing.rows] + [
            (row, _date(row.party.left_on)) for row in standing.former
        ]
        for row, left in sorted(rows, key=lambda pair: (pair[0].party.order, pair[0].party.pk)):
            party = row.party
            if party.standing != PartyStanding.MEMBER:
                continue
            yield [
                agreement.slug,
                agreement.title,
                standing.state.label,
                party.organisation.slug,
                party.name_as_party,
                party.category,
                row.state.label,
                _date(agreement.signup_deadline),
                _by(party.joined_on, day),
                left,
                party.get_basis_display(),
                party.succeeds.organisation.slug if party.succeeds is not None else "",
                _successors(row.successions),
            ]


def body_rows(day: Day = None) -> Iterator[list]:
    rows = (bodies_on(day) if day else Body.objects.all()).select_related("area", "host")
    for body in rows.order_by("name", "pk").iterator(chunk_size=CHUNK):
        yield [
            body.slug,
            body.name,
            body.get_kind_display(),
            body.get_level_display(),
            body.get_status_display(),
            body.area.name if body.area else "",
            body.host.name if body.host else "",
        ]


def membership_rows(day: Day = None) -> Iterator[list]:
    rows = OrganisationMembership.objects.select_related("body", "organisation").prefetch_related(
        "organisation__other_names"
    )
    if day is not None:  # begun by the day; an end after it was not yet known
        rows = rows.filter(Q(start_date__isnull=True) | Q(start_date__lte=day))
    rows = rows.order_by("body__name", "organisation__name", "pk")
    for row in rows.iterator(chunk_size=CHUNK):
        yield [
            row.body.slug,
            row.body.name,
            row.organisation.slug,
            row.organisation.name_on(day),
            row.get_role_display(),
            _date(row.start_date),
            _by(row.end_date, day),
        ]


def decision_rows(day: Day = None) -> Iterator[list]:
    """Decisions on public items of public meetings; the agreement only when it is public."""
    meetings = visible_meetings(AnonymousUser())
    if day is not None:
        meetings = meetings.filter(date__lte=day)
    public_agreements = set(visible_agreements(AnonymousUser()).values_list("pk", flat=True))
    rows = (
        Decision.objects.filter(agenda_item__meeting__in=meetings, agenda_item__public=True)
        .select_related("agenda_item__meeting__body", "approval_step__agreement")
        .order_by("agenda_item__meeting__date", "agenda_item__order", "pk")
    )
    for decision in rows.iterator(chunk_size=CHUNK):
        item, step = decision.agenda_item, decision.approval_step
        meeting = item.meeting
        shown = step is not None and step.agreement_id in public_agreements
        yield [
            _date(meeting.date),
            meeting.body.name,
            meeting.title,
            item.title,
            decision.get_outcome_display(),
            decision.minute,
            step.agreement.slug if step is not None and shown else "",
        ]


def meeting_rows(day: Day = None) -> Iterator[list]:
    rows = visible_meetings(AnonymousUser()).select_related("body").order_by("date", "pk")
    if day is not None:  # the meetings held by then
        rows = rows.filter(date__lte=day)
    for meeting in rows.iterator(chunk_size=CHUNK):
        yield [
            meeting.pk,
            _date(meeting.date),
            meeting.body.slug,
            meeting.body.name,
            meeting.title,
            meeting.location,
        ]


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: str
    description: str
    header: list[str]
    rows: Callable[[Day], Iterator[list]]


DATASETS = {
    d.slug: d
    for d in [
        Dataset(
            "organisations",
            "Organisations",
            "Every organisation that can be a party, with its Org-ID identifiers.",
            [
                "Slug",
                "Name",
                "Short name",
                "Kind",
                "Org-ID identifiers",
                "Area",
                "Website",
                "Established on",
                "Dissolved on",
            ],
            organisation_rows,
        ),
        Dataset(
            "parties",
            "Parties and sign-up status",
            "Each party to a public agreement, under the name it had when it joined, whether it "
            "has signed, and the days it joined and left (a successor names the party it replaced; "
            "an organisation since succeeded names its successor).",
            [
                "Agreement slug",
                "Agreement",
                "Agreement status",
                "Organisation slug",
                "Name as party",
                "Category",
                "Sign-up status",
                "Sign-up deadline",
                "Joined on",
                "Left on",
                "How it became a party",
                "In place of (organisation slug)",
                "Succeeded by (organisation slug and date)",
            ],
            party_rows,
        ),
        Dataset(
            "bodies",
            "Governance bodies",
            "Boards, partnerships, committees and groups, with their level and host.",
            ["Slug", "Name", "Kind", "Level", "Status", "Area", "Host organisation"],
            body_rows,
        ),
        Dataset(
            "memberships",
            "Body memberships",
            "Which organisations sit on which bodies, in what role.",
            ["Body slug", "Body", "Organisation slug", "Organisation", "Role", "From", "To"],
            membership_rows,
        ),
        Dataset(
            "meetings",
            "Meetings",
            "Public meetings of the bodies.",
            ["Meeting number", "Date", "Body slug", "Body", "Title", "Location"],
            meeting_rows,
        ),
        Dataset(
            "decisions",
            "Decisions",
            "Decisions taken on public agenda items of public meetings.",
            [
                "Meeting date",
                "Body",
                "Meeting",
                "Agenda item",
                "Outcome",
                "Minute",
                "Agreement slug",
            ],
            decision_rows,
        ),
    ]
}
