"""Loads the demo file's agreements: versions and sections, parties, approval steps,
signatures and milestones, then checks each stands where the file says it does."""

from __future__ import annotations

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
from accord.approvals.models import ApprovalStep, StepStatus
from accord.core.dates import parse_partial_date
from accord.demo import history
from accord.demo.keys import Copy, DemoDataError, file_date, file_dated


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


def load_agreements(
    rows, agreements, bodies, orgs, people, meetings, steps, naming: Copy, signatories
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
            signup_deadline=file_date(row.get("signup_deadline")),
            signup_opens_after=row.get("signup_opens_after"),
            review_date=file_date(row.get("review_date")),
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
            day, precision = file_dated(version_row.get("date"))
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
                joined_on=file_date(party.get("joined")),
            )
            if party.get("signed"):
                signed.append((created, party["signed"]))
        for order, step in enumerate(row.get("approval_steps") or [], start=1):
            day, precision = file_dated(step.get("decision_date"))
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
