"""Model rows to API dictionaries. Callers prefetch what each one reads."""

from __future__ import annotations


def _slug(obj) -> str | None:
    return obj.slug if obj is not None else None


def other_name(row) -> dict:
    return {
        "name": row.name,
        "note": row.note,
        "start_date": row.start_date,
        "end_date": row.end_date,
    }


def organisation(org) -> dict:
    return {
        "slug": org.slug,
        "name": org.name,
        "short_name": org.short_name,
        "kind": org.kind,
        "area": _slug(org.area),
        "website": org.website,
        "dissolved_on": org.dissolved_on,
        "identifiers": [
            {"scheme": i.scheme, "code": i.code, "org_id": i.org_id} for i in org.identifiers.all()
        ],
        "other_names": [other_name(n) for n in org.other_names.all()],
    }


def area(row) -> dict:
    return {
        "slug": row.slug,
        "name": row.name,
        "level": row.level,
        "parent": _slug(row.parent),
        "population": row.population,
    }


def body(row) -> dict:
    return {
        "slug": row.slug,
        "name": row.name,
        "kind": row.kind,
        "level": row.level,
        "status": row.status,
        "area": _slug(row.area),
        "host": _slug(row.host),
        "brand_affix": row.brand_affix,
    }


def reporting_line(line) -> dict:
    return {
        "from_body": line.from_body.slug,
        "to_body": line.to_body.slug,
        "relation": line.relation,
        "start_date": line.start_date,
        "end_date": line.end_date,
    }


def membership(row) -> dict:
    return {
        "organisation": row.organisation.slug,
        "organisation_name": row.organisation.name,
        "role": row.role,
        "start_date": row.start_date,
        "end_date": row.end_date,
    }


def agreement(row) -> dict:
    return {
        "slug": row.slug,
        "title": row.title,
        "short_title": row.short_title,
        "kind": row.kind,
        "status": row.status,
        "legally_binding": row.legally_binding,
        "owning_body": _slug(row.owning_body),
        "signup_deadline": row.signup_deadline,
        "review_date": row.review_date,
        "adapted_from": _slug(row.adapted_from),
        "summary": row.summary,
    }


def version(row) -> dict:
    return {
        "number": row.number,
        "label": row.label,
        "date": row.date,
        "content_hash": row.content_hash,
        "published_at": row.published_at,
    }


def section(row) -> dict:
    return {"order": row.order, "number": row.number, "heading": row.heading, "text": row.text}


def party(row) -> dict:
    return {
        "organisation": row.organisation.slug,
        "name_as_party": row.name_as_party,
        "category": row.category,
        "order": row.order,
        "status": row.status,
    }


def approval_step(row) -> dict:
    return {
        "order": row.order,
        "body": _slug(row.body),
        "label": row.label,
        "action": row.action,
        "status": row.status,
        "meeting": row.meeting_id,
        "decision_date": row.decision_date,
    }


def signature(row) -> dict:
    return {
        "party": row.party.organisation.slug,
        "version": row.version.number,
        "organisation_name": row.organisation_name,
        "signed_at": row.signed_at,
        "decision": row.decision,
    }


def meeting(row) -> dict:
    return {
        "id": row.pk,
        "body": row.body.slug,
        "title": row.title,
        "date": row.date,
        "start_time": row.start_time,
        "end_time": row.end_time,
        "location": row.location,
        "public": row.public,
    }


def decision(row) -> dict:
    step = row.approval_step
    return {
        "outcome": row.outcome,
        "minute": row.minute,
        "recorded_at": row.recorded_at,
        "agreement": step.agreement.slug if step is not None else None,
    }
