"""The shapes the API answers with, and how each field is read from the models: every
field is declared once, here. Routers return model rows (with what each reads prefetched);
a ``resolve_<field>`` method says how a field that is not a plain attribute is found."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from ninja import Schema
from pydantic import Field

from accord.agreements.models import AgreementKind


class FieldError(Schema):
    field: str = Field(description="The parameter or body field that was refused, e.g. 'limit'.")
    message: str


class Error(Schema):
    message: str = Field(description="What went wrong and what to do about it.")
    errors: list[FieldError] = []


class Page(Schema):
    count: int = Field(description="How many items match, on all pages.")
    limit: int
    offset: int


class Identifier(Schema):
    scheme: str
    code: str
    org_id: str = Field(description="The Org-ID form: scheme then code, e.g. GB-LAE-THR.")


class OtherNameOut(Schema):
    name: str
    note: str
    start_date: dt.date | None
    end_date: dt.date | None


class OrganisationOut(Schema):
    slug: str
    name: str
    short_name: str
    kind: str
    area: str | None = Field(description="Slug of the organisation's area.")
    website: str
    established_on: dt.date | None
    dissolved_on: dt.date | None
    identifiers: list[Identifier]
    other_names: list[OtherNameOut]

    @staticmethod
    def resolve_area(obj) -> str | None:
        return obj.area.slug if obj.area_id else None


class OrganisationPage(Page):
    items: list[OrganisationOut]


class AreaOut(Schema):
    slug: str
    name: str
    level: str
    parent: str | None = Field(description="Slug of the area this one sits in.")
    population: int | None

    @staticmethod
    def resolve_parent(obj) -> str | None:
        return obj.parent.slug if obj.parent_id else None


class AreaPage(Page):
    items: list[AreaOut]


class ReportingLineOut(Schema):
    from_body: str
    to_body: str
    relation: str
    start_date: dt.date | None
    end_date: dt.date | None

    @staticmethod
    def resolve_from_body(obj) -> str:
        return obj.from_body.slug

    @staticmethod
    def resolve_to_body(obj) -> str:
        return obj.to_body.slug


class MembershipOut(Schema):
    organisation: str = Field(description="Slug of the member organisation.")
    organisation_name: str
    role: str
    start_date: dt.date | None
    end_date: dt.date | None

    @staticmethod
    def resolve_organisation(obj) -> str:
        return obj.organisation.slug

    @staticmethod
    def resolve_organisation_name(obj) -> str:
        return obj.organisation.name


class BodyOut(Schema):
    slug: str
    name: str
    kind: str
    level: str
    status: str
    area: str | None
    host: str | None = Field(description="Slug of the organisation that hosts the body.")
    brand_affix: str

    @staticmethod
    def resolve_area(obj) -> str | None:
        return obj.area.slug if obj.area_id else None

    @staticmethod
    def resolve_host(obj) -> str | None:
        return obj.host.slug if obj.host_id else None


class BodyDetail(BodyOut):
    reporting_lines: list[ReportingLineOut] = Field(description="Lines from and to this body.")
    memberships: list[MembershipOut]

    @staticmethod
    def resolve_reporting_lines(obj) -> list:
        return [*obj.lines_out.all(), *obj.lines_in.all()]

    @staticmethod
    def resolve_memberships(obj) -> list:
        return list(obj.organisation_members.all())


class BodyPage(Page):
    items: list[BodyOut]


class AgreementOut(Schema):
    slug: str
    title: str
    short_title: str
    kind: str
    status: str
    legally_binding: bool
    owning_body: str | None
    signup_deadline: dt.date | None
    review_date: dt.date | None
    adapted_from: str | None
    summary: str

    @staticmethod
    def resolve_owning_body(obj) -> str | None:
        return obj.owning_body.slug if obj.owning_body_id else None

    @staticmethod
    def resolve_adapted_from(obj) -> str | None:
        return obj.adapted_from.slug if obj.adapted_from_id else None


class AgreementPage(Page):
    items: list[AgreementOut]


class SectionOut(Schema):
    order: int
    number: str
    heading: str
    text: str


class VersionOut(Schema):
    number: int
    label: str
    date: dt.date | None
    content_hash: str
    published_at: dt.datetime | None


class VersionDetail(VersionOut):
    sections: list[SectionOut]

    @staticmethod
    def resolve_sections(obj) -> list:
        return list(obj.sections.all())


class PartyOut(Schema):
    organisation: str
    name_as_party: str
    category: str
    order: int
    status: str = Field(description="Sign-up status: pending, signed or declined.")
    basis: str = Field(description="original, accession (joined) or novation (a successor).")
    joined_on: dt.date | None = Field(description="The first day it is a party, if recorded.")
    left_on: dt.date | None = Field(
        description="The day it stops being a party (a notice, a removal or its successor's "
        "confirmation), including one still to come."
    )
    succeeds: str | None = Field(
        description="For a successor: slug of the organisation whose place it took."
    )
    standing: str = Field(
        description="member (on the list, with joined_on and left_on saying when), or "
        "not_joined: an organisation whose join a party objected to."
    )
    join_consent: str | None = Field(
        description="When the agreement asks every party's consent for a joiner: consented "
        "(every party consented and it joined) or objected (a party objected, so it did "
        "not join); null otherwise."
    )

    @staticmethod
    def resolve_organisation(obj) -> str:
        return obj.organisation.slug

    @staticmethod
    def resolve_join_consent(obj) -> str | None:
        decided = [r.status for r in obj.consent_requests.all() if r.status != "pending"]
        return decided[-1] if decided and decided[-1] in ("consented", "objected") else None

    @staticmethod
    def resolve_succeeds(obj) -> str | None:
        return obj.succeeds.organisation.slug if obj.succeeds_id else None


class ApprovalStepOut(Schema):
    order: int
    body: str | None
    label: str
    action: str
    status: str
    meeting: int | None
    decision_date: dt.date | None

    @staticmethod
    def resolve_body(obj) -> str | None:
        return obj.body.slug if obj.body_id else None

    @staticmethod
    def resolve_meeting(obj) -> int | None:
        return obj.meeting_id


class SignatureOut(Schema):
    party: str = Field(description="Slug of the signing organisation.")
    version: int
    organisation_name: str = Field(description="The party's name when it signed.")
    signed_at: dt.datetime
    decision: str

    @staticmethod
    def resolve_party(obj) -> str:
        return obj.party.organisation.slug

    @staticmethod
    def resolve_version(obj) -> int:
        return obj.version.number


class DecisionOut(Schema):
    outcome: str
    minute: str
    recorded_at: dt.datetime
    agreement: str | None = Field(
        description="Slug of the agreement decided on, when its caller may read it."
    )

    @staticmethod
    def resolve_agreement(obj) -> str | None:
        # Set by the router: a public decision on an agreement not yet public names none.
        return getattr(obj, "shown_agreement", None)


class AgendaItemOut(Schema):
    order: int
    title: str
    decision: DecisionOut | None

    @staticmethod
    def resolve_decision(obj):
        return getattr(obj, "decision", None)


class MeetingOut(Schema):
    id: int
    body: str
    title: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    location: str
    public: bool

    @staticmethod
    def resolve_body(obj) -> str:
        return obj.body.slug


class MeetingDetail(MeetingOut):
    items: list[AgendaItemOut] = Field(description="The agenda items its caller may see.")

    @staticmethod
    def resolve_items(obj) -> list:
        return obj.visible_items


class MeetingPage(Page):
    items: list[MeetingOut]


class AgreementIn(Schema):
    title: str = Field(min_length=3, max_length=400)
    kind: Literal[tuple(AgreementKind.values)] = Field(description="The kind of agreement.")  # type: ignore[valid-type]
    owning_body: str = Field(description="Slug of a body you are a partnership officer for.")
    legally_binding: bool = False


# Every read endpoint may answer with these; writing adds 403.
READ_ERRORS = {401: Error, 404: Error, 422: Error}
