"""The register as Popolo JSON: organisations and bodies as organizations (bodies with
the body they report to as parent), organisation memberships of bodies, and posts.

Organisations are named by their Org-ID when they have one, so data from different
partnerships joins up; people are left out, as open data names no individuals.
"""

from __future__ import annotations

from django.db.models import F, Prefetch

from accord.governance.models import (
    Body,
    BodyName,
    OrganisationMembership,
    PersonMembership,
    Relation,
    ReportingLine,
    Role,
)
from accord.organisations.models import Organisation, OrganisationName

UPWARD = (Relation.REPORTS_TO, Relation.ACCOUNTABLE_TO)


def organisation_id(org: Organisation) -> str:
    """The Org-ID of the organisation's first identifier, or an Accord-local id."""
    identifiers = list(org.identifiers.all())
    return identifiers[0].org_id if identifiers else f"accord:organisation/{org.slug}"


def body_id(body: Body) -> str:
    return f"accord:body/{body.slug}"


def _date(value) -> str | None:
    return value.isoformat() if value else None


def _organisation(org: Organisation) -> dict:
    return {
        "id": organisation_id(org),
        "name": org.name,
        "classification": org.get_kind_display(),
        "identifiers": [
            {"scheme": "org-id", "identifier": i.org_id} for i in org.identifiers.all()
        ],
        "other_names": [
            {"name": n.name, "start_date": _date(n.start_date), "end_date": _date(n.end_date)}
            for n in org.other_names.all()
        ],
        "area_id": f"accord:area/{org.area.slug}" if org.area else None,
        "dissolution_date": _date(org.dissolved_on),
        "links": [{"url": org.website, "note": "website"}] if org.website else [],
    }


def _body(body: Body) -> dict:
    upward = [line for line in body.lines_out.all() if line.relation in UPWARD and line.is_current]
    return {
        "id": body_id(body),
        "name": body.name,
        "classification": body.get_kind_display(),
        "parent_id": body_id(upward[0].to_body) if upward else None,
        "area_id": f"accord:area/{body.area.slug}" if body.area else None,
        "description": body.description or None,
        "other_names": [
            {"name": n.name, "start_date": _date(n.start_date), "end_date": _date(n.end_date)}
            for n in body.other_names.all()
        ],
    }


def _membership(row: OrganisationMembership) -> dict:
    return {
        "id": f"accord:membership/{row.pk}",
        "role": row.get_role_display(),
        "member": {
            "@type": "Organization",
            "id": organisation_id(row.organisation),
            "name": row.organisation.name,
        },
        "organization_id": body_id(row.body),
        "start_date": _date(row.start_date),
        "end_date": _date(row.end_date),
    }


def _names(model) -> Prefetch:
    # Every order names its tie-breaker and where undated names go: SQLite sorts NULL
    # first and PostgreSQL last, and the same register must give the same file on both.
    ordered = model.objects.order_by(F("end_date").asc(nulls_first=True), "name", "pk")
    return Prefetch("other_names", queryset=ordered)


def popolo_export() -> dict:
    organisations = (
        Organisation.objects.select_related("area")
        .prefetch_related("identifiers", _names(OrganisationName))
        .order_by("name", "pk")
    )
    lines = ReportingLine.objects.select_related("to_body").order_by(
        "from_body__name", "to_body__name", "pk"
    )
    bodies = (
        Body.objects.select_related("area")
        .prefetch_related(_names(BodyName), Prefetch("lines_out", queryset=lines))
        .order_by("name", "pk")
    )
    memberships = (
        OrganisationMembership.objects.select_related("body")
        .prefetch_related(
            Prefetch("organisation", queryset=Organisation.objects.prefetch_related("identifiers"))
        )
        .order_by("organisation__name", "pk")
    )
    # A post is a seat on a body (its chair, its vice-chair); who holds it is not published.
    seats = (
        PersonMembership.objects.filter(role__in=[Role.CHAIR, Role.VICE_CHAIR])
        .values_list("body__slug", "body__name", "role")
        .distinct()
        .order_by("body__slug", "role")
    )
    labels = dict(Role.choices)
    return {
        "organizations": [_organisation(o) for o in organisations] + [_body(b) for b in bodies],
        "memberships": [_membership(m) for m in memberships],
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
