"""Loads the demo data file (the two Thurrock partnerships) into an empty database.

The file is data, not code: ``data/thurrock.yaml`` holds areas, organisations,
people, bodies, meetings and agreements, each with a ``key`` that later entries use
to refer to it. Every reference is resolved or the load fails with the key that is
missing, and nothing is written (one transaction).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from django.db import transaction
from django.utils.text import slugify

from accord.agreements.models import (
    Agreement,
    AgreementVersion,
    Commitment,
    Milestone,
    Party,
    Section,
)
from accord.agreements.services.transitions import (
    ON_AN_AGREED_VERSION,
    latest_published,
    status_problems,
)
from accord.approvals.models import AgendaItem, ApprovalStep, Meeting, StepStatus
from accord.core.dates import parse_partial_date
from accord.core.errors import Conflict
from accord.demo import history
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


class DemoDataError(Conflict):
    """The demo data cannot be loaded: the database is not empty, or the file is wrong."""


def database_is_empty() -> bool:
    return not (
        Organisation.objects.exists() or Agreement.objects.exists() or Body.objects.exists()
    )


def _date(value: Any):
    return parse_partial_date(value)[0] if value not in (None, "") else None


def _dated(value: Any) -> tuple:
    return parse_partial_date(value) if value not in (None, "") else (None, "day")


class _Keys:
    """Objects by their key in the file, with a clear error for a key that is not there."""

    def __init__(self, kind: str):
        self.kind = kind
        self.objects: dict[str, Any] = {}

    def add(self, key: str, obj) -> None:
        if key in self.objects:
            raise DemoDataError(f"The {self.kind} key {key!r} is used twice.")
        self.objects[key] = obj

    def __getitem__(self, key: str | None):
        if key is None:
            return None
        try:
            return self.objects[key]
        except KeyError:
            raise DemoDataError(f"No {self.kind} has the key {key!r}.") from None


class _Copy:
    """How one load names its rows: the demo itself, or the n-th synthetic copy of it."""

    def __init__(self, number: int | None):
        self.number = number

    def slug(self, key: str) -> str:
        return slugify(key if self.number is None else f"{key}-{self.number}")

    def name(self, name: str) -> str:
        return name if self.number is None else f"{name} ({self.number})"


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
    naming = _Copy(copy)
    data = data if data is not None else read_demo_file(path)
    areas, orgs, people = _Keys("area"), _Keys("organisation"), _Keys("person")
    bodies, meetings, agreements, steps = (
        _Keys("body"),
        _Keys("meeting"),
        _Keys("agreement"),
        _Keys("step"),
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
    _load_agreements(
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


def _load_organisations(rows, orgs: _Keys, areas: _Keys, naming: _Copy) -> None:
    for row in rows:
        organisation = Organisation.objects.create(
            name=naming.name(row["name"]),
            short_name=row.get("short_name") or "",
            slug=naming.slug(row["key"]),
            kind=row["kind"],
            area=areas[row.get("area")],
            website=row.get("website") or "",
            established_on=_date(row.get("established")),
            dissolved_on=_date(row.get("dissolved")),
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
                start_date=_date(other.get("start")),
                end_date=_date(other.get("end")),
            )
    for row in rows:
        for link in row.get("successors") or []:
            OrganisationSuccession.objects.create(
                predecessor=orgs[row["key"]],
                successor=orgs[link["organisation"]],
                date=_date(link["date"]),
                note=link.get("note", ""),
            )


def _load_bodies(
    rows, bodies: _Keys, areas: _Keys, orgs: _Keys, people: _Keys, naming: _Copy
) -> None:
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
            established_on=_date(row.get("established")),
            closed_on=_date(row.get("closed")),
        )
        bodies.add(row["key"], body)
        for other in row.get("other_names") or []:
            BodyName.objects.create(
                body=body,
                name=other["name"],
                note=other.get("note", ""),
                start_date=_date(other.get("start")),
                end_date=_date(other.get("end")),
            )
    for row in rows:
        body = bodies[row["key"]]
        for line in row.get("reporting_lines") or []:
            ReportingLine.objects.create(
                from_body=body,
                to_body=bodies[line["to"]],
                relation=line["relation"],
                start_date=_date(line.get("start")),
                end_date=_date(line.get("end")),
            )
        for member in row.get("organisation_members") or []:
            OrganisationMembership.objects.create(
                body=body,
                organisation=orgs[member["organisation"]],
                role=member.get("role", "member"),
                start_date=_date(member.get("start")),
                end_date=_date(member.get("end")),
            )
        for member in row.get("person_members") or []:
            PersonMembership.objects.create(
                body=body,
                person=people[member["person"]],
                role=member.get("role", "member"),
                start_date=_date(member.get("start")),
                end_date=_date(member.get("end")),
            )


def _stand_on_the_latest_version(agreement: Agreement, row: dict) -> None:
    """The file records where each agreement stood; its steps done and its sign-up are
    on its latest published version. Then the lifecycle's own conditions check the
    record (accord/agreements/services/transitions.py): a demo file that describes an
    agreement in a state Accord would never let it reach is refused, saying why."""
    version = latest_published(agreement)
    agreement.approval_steps.filter(status=StepStatus.DONE).update(decided_version=version)
    if agreement.status in ON_AN_AGREED_VERSION:
        agreement.signing_version = version
        agreement.save(update_fields=["signing_version"])
    if not agreement.text_held:
        # Known only by reference (Accord holds neither its text nor its signatures):
        # its status is as the source reports it.
        return
    problems = status_problems(agreement)
    if problems:
        raise DemoDataError(
            f"The demo file has {row['key']} {agreement.get_status_display().lower()}, but "
            + " ".join(problems)
        )


def _load_agreements(
    rows, agreements, bodies, orgs, people, meetings, steps, naming: _Copy, signatories
) -> None:
    for row in rows:
        agreement = Agreement.objects.create(
            title=naming.name(row["title"]),
            short_title=row.get("short_title") or "",
            slug=naming.slug(row["key"]),
            kind=row["kind"],
            legally_binding=bool(row.get("legally_binding")),
            owning_body=bodies[row.get("owning_body")],
            status=row.get("status", "draft"),
            signup_deadline=_date(row.get("signup_deadline")),
            signup_opens_after=row.get("signup_opens_after"),
            review_date=_date(row.get("review_date")),
            adapted_from=agreements[row.get("adapted_from")],
            text_held=row.get("text_held", True),
            summary=row.get("summary") or "",
            declaration=row.get("declaration") or "",
        )
        agreements.add(row["key"], agreement)
        agreement.authors.set([people[key] for key in row.get("authors") or []])
        for kind, key in (("value", "values"), ("principle", "principles")):
            for order, text in enumerate(row.get(key) or [], start=1):
                Commitment.objects.create(agreement=agreement, kind=kind, order=order, text=text)
        for number, version_row in enumerate(row.get("versions") or [], start=1):
            day, precision = _dated(version_row.get("date"))
            version = AgreementVersion.objects.create(
                agreement=agreement,
                number=number,
                label=version_row["label"],
                date=day,
                date_precision=precision,
                note=version_row.get("note") or "",
            )
            for order, section in enumerate(version_row.get("sections") or [], start=1):
                Section.objects.create(
                    version=version,
                    order=order,
                    number=str(section["number"]),
                    heading=section["heading"],
                    text=(section.get("text") or "").strip(),
                )
            if version_row.get("published", True):
                version.publish()
        signed = []
        for order, party in enumerate(row.get("parties") or [], start=1):
            created = Party.objects.create(
                agreement=agreement,
                organisation=orgs[party["organisation"]],
                category=party["category"],
                order=order,
                status="pending" if party.get("signed") else party.get("status", "pending"),
                joined_on=_date(party.get("joined")),
            )
            if party.get("signed"):
                signed.append((created, party["signed"]))
        for order, step in enumerate(row.get("approval_steps") or [], start=1):
            day, precision = _dated(step.get("decision_date"))
            step_row = ApprovalStep.objects.create(
                agreement=agreement,
                order=order,
                body=bodies[step.get("body")],
                label=step.get("label") or "",
                action=step["action"],
                status=step.get("status", "planned"),
                meeting=meetings[step.get("meeting")],
                decision_date=day,
                decision_date_precision=precision,
                decision_text=step.get("decision_text") or "",
            )
            if step.get("key"):
                steps.add(step["key"], step_row)
        _stand_on_the_latest_version(agreement, row)
        for party, signature in signed:
            history.record_signature(party, signature, signatories, DemoDataError)
        history.record_status_since(agreement, row.get("status_since"))
        for milestone in row.get("milestones") or []:
            day, precision = parse_partial_date(milestone["date"])
            Milestone.objects.create(
                agreement=agreement,
                date=day,
                date_precision=precision,
                description=milestone["what"],
            )
    for row in rows:
        if row.get("succeeded_by"):
            agreement = agreements[row["key"]]
            agreement.succeeded_by = agreements[row["succeeded_by"]]
            agreement.save(update_fields=["succeeded_by"])
