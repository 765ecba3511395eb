"""Loads the demo data file (the two Thurrock partnerships) into an empty database.

The file is data, not code: ``data/thurrock.yaml`` holds areas, organisations,
people, bodies, meetings and agreements, each with a ``key`` that later entries use
to refer to it. Every reference is resolved or the load fails with the key that is
missing, and nothing is written (one transaction).
"""

from __future__ import annotations

from pathlib import Path

import yaml
from django.db import transaction

from accord.agreements.models import (
    Agreement,
)
from accord.approvals.models import AgendaItem, Meeting
from accord.core.dates import parse_partial_date
from accord.demo import history
from accord.demo.agreements import load_agreements
from accord.demo.keys import Copy, DemoDataError, Keys, file_date
from accord.governance.models import (
    Area,
    Body,
    BodyName,
    OrganisationMembership,
    PersonMembership,
    ReportingLine,
    StrategyGoal,
)
from accord.organisations.identifiers import validate_code
from accord.organisations.models import (
    Organisation,
    OrganisationIdentifier,
    OrganisationName,
    OrganisationSuccession,
    Person,
)

DEMO_FILE = Path(__file__).parent / "data" / "thurrock.yaml"


def database_is_empty() -> bool:
    return not (
        Organisation.objects.exists() or Agreement.objects.exists() or Body.objects.exists()
    )


def read_demo_file(path: Path = DEMO_FILE) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@transaction.atomic
def demo_load(
    path: Path = DEMO_FILE, *, copy: int | None = None, data: dict | None = None
) -> dict[str, int]:
    """Load the file; refuses when the database already holds a register.

    ``copy=n`` loads the n-th synthetic copy instead (for benchmarks and query-count
    tests): every slug and name gets the number, identifiers are left out (they are
    unique in the real world), and the database need not be empty.
    """
    if copy is None and not database_is_empty():
        raise DemoDataError(
            "The database already holds organisations, bodies or agreements; the demo data "
            "is only loaded into an empty database. Use a new data directory to try it."
        )
    naming = Copy(copy)
    data = data if data is not None else read_demo_file(path)
    areas, orgs, people = Keys("area"), Keys("organisation"), Keys("person")
    bodies, meetings, agreements, steps = (
        Keys("body"),
        Keys("meeting"),
        Keys("agreement"),
        Keys("step"),
    )

    for row in data.get("areas", []):
        areas.add(
            row["key"],
            Area.objects.create(
                name=naming.name(row["name"]),
                slug=naming.slug(row["key"]),
                level=row["level"],
                parent=areas[row.get("parent")],
                population=row.get("population"),
                description=row.get("description", ""),
            ),
        )
    _load_organisations(data.get("organisations", []), orgs, areas, naming)
    for row in data.get("people", []):
        people.add(
            row["key"],
            Person.objects.create(
                name=row["name"],
                job_title=row.get("job_title", ""),
                organisation=orgs[row.get("organisation")],
                email=row.get("email", ""),
            ),
        )
    signatories = history.load_signatories(data.get("signatories"), orgs, naming)
    _load_bodies(data.get("bodies", []), bodies, areas, orgs, people, naming)
    for row in data.get("meetings", []):
        day, precision = parse_partial_date(row["date"])
        meetings.add(
            row["key"],
            Meeting.objects.create(
                body=bodies[row["body"]],
                title=row["title"],
                date=day,
                date_precision=precision,
                location=row.get("location") or "",
                public=row.get("public", True),
            ),
        )
    load_agreements(
        data.get("agreements", []),
        agreements,
        bodies,
        orgs,
        people,
        meetings,
        steps,
        naming,
        signatories,
    )
    for row in data.get("meetings", []):
        for order, item in enumerate(row.get("items", []), start=1):
            AgendaItem.objects.create(
                meeting=meetings[row["key"]],
                order=order,
                title=item["title"],
                approval_step=steps[item.get("step")],
            )
    for row in data.get("strategy_goals", []):
        goal = StrategyGoal.objects.create(
            strategy=row["strategy"],
            number=row.get("number"),
            name=row["name"],
            aims=row.get("aims", []),
        )
        goal.bodies.set([bodies[key] for key in row.get("bodies", [])])
        goal.agreements.set([agreements[key] for key in row.get("agreements", [])])
    return {
        "areas": len(areas.objects),
        "organisations": len(orgs.objects),
        "people": len(people.objects),
        "bodies": len(bodies.objects),
        "meetings": len(meetings.objects),
        "agreements": len(agreements.objects),
        "approval steps": len(steps.objects),
    }


def _load_organisations(rows, orgs: Keys, areas: Keys, naming: Copy) -> None:
    for row in rows:
        organisation = Organisation.objects.create(
            name=naming.name(row["name"]),
            short_name=row.get("short_name") or "",
            slug=naming.slug(row["key"]),
            kind=row["kind"],
            area=areas[row.get("area")],
            website=row.get("website") or "",
            established_on=file_date(row.get("established")),
            dissolved_on=file_date(row.get("dissolved")),
        )
        orgs.add(row["key"], organisation)
        for identifier in row.get("identifiers") or [] if naming.number is None else []:
            validate_code(identifier["scheme"], str(identifier["code"]))
            OrganisationIdentifier.objects.create(
                organisation=organisation, scheme=identifier["scheme"], code=str(identifier["code"])
            )
        for other in row.get("other_names") or []:
            OrganisationName.objects.create(
                organisation=organisation,
                name=other["name"],
                note=other.get("note", ""),
                start_date=file_date(other.get("start")),
                end_date=file_date(other.get("end")),
            )
    for row in rows:
        for link in row.get("successors") or []:
            OrganisationSuccession.objects.create(
                predecessor=orgs[row["key"]],
                successor=orgs[link["organisation"]],
                date=file_date(link["date"]),
                note=link.get("note", ""),
            )


def _load_bodies(rows, bodies: Keys, areas: Keys, orgs: Keys, people: Keys, naming: Copy) -> None:
    for row in rows:
        body = Body.objects.create(
            name=naming.name(row["name"]),
            slug=naming.slug(row["key"]),
            kind=row["kind"],
            level=row["level"],
            area=areas[row.get("area")],
            host=orgs[row.get("host")],
            brand_affix=row.get("brand_affix") or "",
            status=row.get("status", "active"),
            description=row.get("description", ""),
            established_on=file_date(row.get("established")),
            closed_on=file_date(row.get("closed")),
        )
        bodies.add(row["key"], body)
        for other in row.get("other_names") or []:
            BodyName.objects.create(
                body=body,
                name=other["name"],
                note=other.get("note", ""),
                start_date=file_date(other.get("start")),
                end_date=file_date(other.get("end")),
            )
    for row in rows:
        body = bodies[row["key"]]
        for line in row.get("reporting_lines") or []:
            ReportingLine.objects.create(
                from_body=body,
                to_body=bodies[line["to"]],
                relation=line["relation"],
                start_date=file_date(line.get("start")),
                end_date=file_date(line.get("end")),
            )
        for member in row.get("organisation_members") or []:
            OrganisationMembership.objects.create(
                body=body,
                organisation=orgs[member["organisation"]],
                role=member.get("role", "member"),
                start_date=file_date(member.get("start")),
                end_date=file_date(member.get("end")),
            )
        for member in row.get("person_members") or []:
            PersonMembership.objects.create(
                body=body,
                person=people[member["person"]],
                role=member.get("role", "member"),
                start_date=file_date(member.get("start")),
                end_date=file_date(member.get("end")),
            )
