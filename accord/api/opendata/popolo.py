"""The register as Popolo JSON: organisations and bodies as organizations (bodies with
the body they report to as parent), public agreements as the partnerships their parties
form, organisation memberships of bodies and of agreements, and posts.

Organisations are named by their Org-ID when they have one, so data from different
partnerships joins up; people are left out, as open data names no individuals.

Everything is dated: a party's membership runs from the day it joined to the day it
left; an organisation since succeeded carries its dissolution date and a link to each
successor; a body its first and last days. With ``day`` the register is given as it
stood then: only what was there, named as it was, and no date later than the day.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db.models import F, Prefetch, Q
from django.utils import timezone

from accord.agreements.models import Agreement, Party, PartyStanding
from accord.agreements.visibility import PUBLIC_AGREEMENT_STATUSES, visible_agreements
from accord.governance.models import (
    Body,
    BodyName,
    OrganisationMembership,
    PersonMembership,
    Relation,
    ReportingLine,
    Role,
)
from accord.governance.selectors import bodies_on, in_effect_on
from accord.organisations.models import Organisation, OrganisationName, OrganisationSuccession
from accord.organisations.selectors import established_by
from accord.signing.as_at import parties_on

UPWARD = (Relation.REPORTS_TO, Relation.ACCOUNTABLE_TO)
Day = dt.date | None


def organisation_id(org: Organisation) -> str:
    """The Org-ID of the organisation's first identifier, or an Accord-local id."""
    identifiers = list(org.identifiers.all())
    return identifiers[0].org_id if identifiers else f"accord:organisation/{org.slug}"


def body_id(body: Body) -> str:
    return f"accord:body/{body.slug}"


def agreement_id(agreement: Agreement) -> str:
    return f"accord:agreement/{agreement.slug}"


def _date(value) -> str | None:
    return value.isoformat() if value else None


def _by(value: dt.date | None, day: Day) -> str | None:
    """A date, given only when it had come by ``day``."""
    return _date(value) if value and (day is None or value <= day) else None


def _page(path: str) -> str:
    return f"{settings.ACCORD_BASE_URL}{path}"


def _names(other_names, day: Day) -> list[dict]:
    return [
        {"name": n.name, "start_date": _date(n.start_date), "end_date": _by(n.end_date, day)}
        for n in other_names
        if day is None or n.start_date is None or n.start_date <= day
    ]


def _organisation(org: Organisation, day: Day) -> dict:
    # Set by the Prefetch in popolo_export (to_attr): successions dated by the day.
    successions: list[OrganisationSuccession] = org.successions_by_then  # type: ignore[attr-defined]
    dissolved = org.dissolved_on or (successions[0].date if successions else None)
    links = [{"url": org.website, "note": "website"}] if org.website else []
    links += [
        {
            "url": _page(s.successor.get_absolute_url()),
            "note": f"Succeeded by {s.successor.name} on {s.date.isoformat()}"
            + (f" ({s.note})" if s.note else ""),
        }
        for s in successions
    ]
    return {
        "id": organisation_id(org),
        "name": org.name_on(day),
        "classification": org.get_kind_display(),
        "identifiers": [
            {"scheme": "org-id", "identifier": i.org_id} for i in org.identifiers.all()
        ],
        "other_names": _names(org.other_names.all(), day),
        "area_id": f"accord:area/{org.area.slug}" if org.area else None,
        "founding_date": _date(org.established_on),
        "dissolution_date": _by(dissolved, day),
        "links": links,
    }


def _body(body: Body, day: Day) -> dict:
    upward = [
        line
        for line in body.lines_out.all()
        if line.relation in UPWARD
        and (
            line.is_current
            if day is None
            else (line.start_date is None or line.start_date <= day)
            and (line.end_date is None or line.end_date >= day)
        )
    ]
    return {
        "id": body_id(body),
        "name": body.name,
        "classification": body.get_kind_display(),
        "parent_id": body_id(upward[0].to_body) if upward else None,
        "area_id": f"accord:area/{body.area.slug}" if body.area else None,
        "description": body.description or None,
        "other_names": _names(body.other_names.all(), day),
        "founding_date": _date(body.established_on),
        "dissolution_date": _by(body.closed_on, day),
    }


def _membership(row: OrganisationMembership, day: Day) -> dict:
    return {
        "id": f"accord:membership/{row.pk}",
        "role": row.get_role_display(),
        "member": {
            "@type": "Organization",
            "id": organisation_id(row.organisation),
            "name": row.organisation.name_on(day),
        },
        "organization_id": body_id(row.body),
        "start_date": _date(row.start_date),
        "end_date": _by(row.end_date, day),
    }


def _agreement(agreement: Agreement) -> dict:
    return {
        "id": agreement_id(agreement),
        "name": agreement.title,
        "classification": "Partnership agreement",
        "links": [{"url": _page(agreement.get_absolute_url()), "note": "the agreement"}],
    }


def _party(party: Party, day: Day, name: str) -> dict:
    """A party's membership of the partnership its agreement forms, from the day it
    joined to the day it left."""
    return {
        "id": f"accord:party/{party.pk}",
        "role": "Party",
        "label": party.category or None,
        "member": {
            "@type": "Organization",
            "id": organisation_id(party.organisation),
            "name": name,
        },
        "organization_id": agreement_id(party.agreement),
        "start_date": _by(party.joined_on, day),
        "end_date": _by(party.left_on, day),
    }


def _agreements_and_parties(day: Day) -> tuple[list[dict], list[dict]]:
    public = visible_agreements(AnonymousUser()).order_by("title", "pk")
    parties = (
        Party.objects.filter(agreement__in=public, standing=PartyStanding.MEMBER)
        .select_related("agreement")
        .prefetch_related(
            Prefetch("organisation", queryset=Organisation.objects.prefetch_related("identifiers"))
        )
        .order_by("agreement__title", "agreement__pk", "order", "pk")
    )
    if day is None:
        agreements = [_agreement(a) for a in public.filter(parties__in=parties).distinct()]
        return agreements, [_party(p, None, p.name_as_party) for p in parties]
    agreements, memberships = [], []
    by_agreement: dict[int, list[Party]] = {}
    for party in parties:
        by_agreement.setdefault(party.agreement_id, []).append(party)
    for agreement in public.filter(pk__in=list(by_agreement)):
        standing = parties_on(agreement, day)
        if standing.state.status not in PUBLIC_AGREEMENT_STATUSES:
            continue  # not public yet on that day
        there = {row.party.pk for row in [*standing.rows, *standing.former]}
        listed = [p for p in by_agreement[agreement.pk] if p.pk in there]
        if listed:
            agreements.append(_agreement(agreement))
            memberships += [_party(p, day, p.name_as_party) for p in listed]
    return agreements, memberships


def _other_names(model) -> Prefetch:
    # Every order names its tie-breaker and where undated names go: SQLite sorts NULL
    # first and PostgreSQL last, and the same register must give the same file on both.
    ordered = model.objects.order_by(F("end_date").asc(nulls_first=True), "name", "pk")
    return Prefetch("other_names", queryset=ordered)


def popolo_export(day: Day = None) -> dict:
    """The register now, or (``day``) as it stood on a day that has passed."""
    successions = Prefetch(
        "successions_out",
        queryset=OrganisationSuccession.objects.filter(date__lte=day or timezone.localdate())
        .select_related("successor")
        .order_by("date", "pk"),
        to_attr="successions_by_then",
    )
    organisations = (
        Organisation.objects.select_related("area")
        .prefetch_related("identifiers", _other_names(OrganisationName), successions)
        .order_by("name", "pk")
    )
    if day is not None:  # not yet in being
        organisations = organisations.filter(established_by(day))
    lines = ReportingLine.objects.select_related("to_body").order_by(
        "from_body__name", "to_body__name", "pk"
    )
    bodies = (
        (bodies_on(day) if day else Body.objects.all())
        .select_related("area")
        .prefetch_related(_other_names(BodyName), Prefetch("lines_out", queryset=lines))
        .order_by("name", "pk")
    )
    memberships = (
        OrganisationMembership.objects.select_related("body")
        .prefetch_related(
            Prefetch(
                "organisation",
                queryset=Organisation.objects.prefetch_related("identifiers", "other_names"),
            )
        )
        .order_by("organisation__name", "pk")
    )
    if day is not None:  # begun after the day: not yet
        memberships = memberships.filter(
            Q(start_date__isnull=True) | Q(start_date__lte=day), body__in=bodies_on(day)
        )
    # A post is a seat on a body (its chair, its vice-chair); who holds it is not published.
    seats = (
        PersonMembership.objects.filter(role__in=[Role.CHAIR, Role.VICE_CHAIR])
        .values_list("body__slug", "body__name", "role")
        .distinct()
        .order_by("body__slug", "role")
    )
    if day is not None:
        seats = seats.filter(in_effect_on(day), body__in=bodies_on(day))
    labels = dict(Role.choices)
    agreements, parties = _agreements_and_parties(day)
    return {
        "organizations": [_organisation(o, day) for o in organisations]
        + [_body(b, day) for b in bodies]
        + agreements,
        "memberships": [_membership(m, day) for m in memberships] + parties,
        "posts": [
            {
                "id": f"accord:body/{slug}/{role}",
                "label": f"{labels[role]}, {name}",
                "role": labels[role],
                "organization_id": f"accord:body/{slug}",
            }
            for slug, name, role in seats
        ],
    }
