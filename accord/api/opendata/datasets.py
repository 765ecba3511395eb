"""The open datasets: each a header row and a generator of rows, read in chunks so the
memory an export needs does not grow with the number of rows. Public data only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser

from accord.agreements.models import Party, PartyStanding
from accord.agreements.presenters import state_of
from accord.agreements.visibility import visible_agreements
from accord.approvals.models import Decision
from accord.approvals.visibility import visible_meetings
from accord.governance.models import Body, OrganisationMembership
from accord.organisations.models import Organisation

CHUNK = 500


def _date(value) -> str:
    return value.isoformat() if value else ""


def organisation_rows() -> Iterator[list]:
    rows = Organisation.objects.select_related("area").prefetch_related("identifiers")
    for org in rows.order_by("name", "pk").iterator(chunk_size=CHUNK):
        yield [
            org.slug,
            org.name,
            org.short_name,
            org.get_kind_display(),
            "; ".join(i.org_id for i in org.identifiers.all()),
            org.area.name if org.area else "",
            org.website,
            _date(org.dissolved_on),
        ]


def party_rows() -> Iterator[list]:
    public = visible_agreements(AnonymousUser())
    rows = (
        Party.objects.filter(agreement__in=public)
        .filter(standing=PartyStanding.MEMBER)
        .select_related("agreement", "organisation", "succeeds__organisation")
        .prefetch_related("organisation__other_names")
        .order_by("agreement__title", "order", "pk")
    )
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
        ]


def body_rows() -> Iterator[list]:
    rows = Body.objects.select_related("area", "host").order_by("name", "pk")
    for body in rows.iterator(chunk_size=CHUNK):
        yield [
            body.slug,
            body.name,
            body.get_kind_display(),
            body.get_level_display(),
            body.get_status_display(),
            body.area.name if body.area else "",
            body.host.name if body.host else "",
        ]


def membership_rows() -> Iterator[list]:
    rows = OrganisationMembership.objects.select_related("body", "organisation").order_by(
        "body__name", "organisation__name", "pk"
    )
    for row in rows.iterator(chunk_size=CHUNK):
        yield [
            row.body.slug,
            row.body.name,
            row.organisation.slug,
            row.organisation.name,
            row.get_role_display(),
            _date(row.start_date),
            _date(row.end_date),
        ]


def decision_rows() -> Iterator[list]:
    """Decisions on public items of public meetings; the agreement only when it is public."""
    meetings = visible_meetings(AnonymousUser())
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


def meeting_rows() -> Iterator[list]:
    rows = visible_meetings(AnonymousUser()).select_related("body").order_by("date", "pk")
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
    rows: Callable[[], Iterator[list]]


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
                "Dissolved on",
            ],
            organisation_rows,
        ),
        Dataset(
            "parties",
            "Parties and sign-up status",
            "Each party to a public agreement, under the name it had when it joined, whether it "
            "has signed, and the days it joined and left (a successor names the party it replaced).",
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
