"""The agreements of the synthetic country, made a chunk at a time so memory stays flat:
each agreement with its versions and sections, values, dates, parties and route, every
step and party standing where its status says (as ``status_problems`` would check)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from django.db import connection
from django.utils import timezone

from accord.agreements.canonical import content_hash
from accord.agreements.models import (
    Agreement,
    AgreementVersion,
    Commitment,
    Milestone,
    Party,
    Section,
)
from accord.approvals.models import ApprovalStep

from .register import BATCH, CATEGORY, TODAY, World, known
from .words import PRINCIPLES, SECTION_HEADINGS, VALUES, paragraph

STATUSES = [
    ("draft", 0.18), ("consultation", 0.06), ("approval", 0.10), ("sign_up", 0.14),
    ("in_force", 0.36), ("under_review", 0.05), ("superseded", 0.05), ("withdrawn", 0.06),
]  # fmt: skip
KINDS = [
    ("mou", 0.5), ("terms_of_reference", 0.2), ("alliance_agreement", 0.1),
    ("section_75", 0.08), ("data_sharing", 0.1), ("other", 0.02),
]  # fmt: skip
TOPICS = ["Children's Partnership", "Integrated Care", "Mental Health", "Early Help", "SEND",
          "Community Safety", "Carers", "Data Sharing", "Ageing Well", "Housing and Health",
          "Domestic Abuse", "Best Start", "Prevention", "Hospital Discharge"]  # fmt: skip
KIND_WORDS = {"mou": "Memorandum of Understanding", "terms_of_reference": "Terms of Reference",
              "alliance_agreement": "Alliance Agreement", "section_75": "Section 75 Agreement",
              "data_sharing": "Data Sharing Agreement", "other": "Partnership Agreement"}  # fmt: skip
PUBLIC = ("sign_up", "in_force", "under_review", "superseded")
# Parties per agreement: a log-normal spread around twenty, from 2 to 150.
PARTY_MU, PARTY_SIGMA = math.log(20) - 0.18, 0.6


@dataclass
class Made:
    """One chunk's agreements, for the stages after it (meetings, signatures, audit)."""

    agreements: list[Agreement] = field(default_factory=list)
    versions: dict[int, list[AgreementVersion]] = field(default_factory=dict)  # by agreement
    parties: dict[int, list[Party]] = field(default_factory=dict)
    steps: dict[int, list[ApprovalStep]] = field(default_factory=dict)


def _pick(rng, weighted):
    point, total = rng.random(), 0.0
    for value, weight in weighted:
        total += weight
        if point < total:
            return value
    return weighted[-1][0]


def _owner(world: World) -> int:
    rng = world.rng
    if rng.random() < 0.02:
        return world.busiest_body
    level = _pick(rng, [("place", 0.7), ("system", 0.15), ("community", 0.15)])
    return rng.choice(world.bodies[level])


def owner_area(world: World, agreement: Agreement) -> int:
    """The area of the body that owns ``agreement`` (build_chunk gives each an owner)."""
    return world.body_area[known(agreement.owning_body_id, "an agreement's owning body")]


def _party_pool(world: World, area_id: int) -> list[int]:
    place = world.place_of(area_id)
    pool = list(world.orgs_by_area.get(place, []))
    pool += world.orgs_by_area.get(world.area_parent.get(place), [])
    for child in world.area_children.get(place, [])[:6]:
        pool += world.orgs_by_area.get(child, [])
    return pool


def _parties(world: World, agreement: Agreement) -> list[Party]:
    rng = world.rng
    wanted = min(150, max(2, int(rng.lognormvariate(PARTY_MU, PARTY_SIGMA))))
    pool = _party_pool(world, owner_area(world, agreement))
    chosen = rng.sample(pool, min(wanted, len(pool)))
    if rng.random() < 0.12 and world.busiest_org not in chosen:
        chosen.append(world.busiest_org)
    chosen.sort(key=lambda org: (CATEGORY.get(world.org_kind[org], "Other Partners"), org))
    return [
        Party(
            agreement=agreement,
            organisation_id=org,
            category=CATEGORY.get(world.org_kind[org], "Other Partners"),
            order=order,
            joined_on=dt.date(2020, 1, 1),
            status=_answer(world, agreement.status),
        )
        for order, org in enumerate(chosen, start=1)
    ]


def _answer(world: World, status: str) -> str:
    """Every party of an agreement in force signed; during sign-up about half have answered."""
    if status not in PUBLIC:
        return "pending"
    if status != "sign_up":
        return "signed"
    point = world.rng.random()
    return "signed" if point < 0.45 else "declined" if point < 0.5 else "pending"


def _versions(world: World, agreement: Agreement, officer: int | None) -> list[AgreementVersion]:
    rng = world.rng
    if agreement.status == "draft":
        published, draft = (0, 1) if rng.random() < 0.6 else (1, 1)
    else:
        published, draft = rng.choice([1, 1, 2, 2, 3]), 0
    versions = []
    for number in range(1, published + draft + 1):
        day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2000))
        version = AgreementVersion(
            agreement=agreement,
            number=number,
            label="Final" if number == published else f"Draft {number}",
            date=day,
        )
        if number <= published:
            version.published_at = timezone.make_aware(dt.datetime.combine(day, dt.time(10)))
            version.published_by_id = officer
        versions.append(version)
    return versions


def _sections(world: World, version: AgreementVersion) -> list[Section]:
    rng = world.rng
    count = rng.randint(6, 10)
    headings = SECTION_HEADINGS[:count]
    return [
        Section(
            version=version,
            order=order,
            number=str(order),
            heading=heading,
            text=paragraph(rng, rng.randint(2, 5)),
        )
        for order, heading in enumerate(headings, start=1)
    ]


def _steps(world: World, agreement: Agreement) -> list[ApprovalStep]:
    """Two to four steps up the reporting lines from the owning body."""
    rng = world.rng
    chain = [known(agreement.owning_body_id, "an agreement's owning body")]
    for _ in range(rng.randint(1, 3)):
        up = world.body_up.get(chain[-1])
        if up is None:
            break
        chain.append(up)
    actions = ["agree"] + [rng.choice(["note", "approve", "endorse"]) for _ in chain[1:]]
    steps = [
        ApprovalStep(agreement=agreement, order=order, body_id=body_id, action=action)
        for order, (body_id, action) in enumerate(zip(chain, actions, strict=True), start=1)
    ]
    if agreement.status == "sign_up" and len(steps) > 1 and rng.random() < 0.3:
        agreement.signup_opens_after = 1
    return steps


def _steps_done(world: World, agreement: Agreement, steps: list[ApprovalStep]) -> int:
    if agreement.status == "approval":
        return world.rng.randint(0, len(steps) - 1)
    if agreement.status == "sign_up":
        return agreement.signup_opens_after or len(steps)
    return len(steps) if agreement.status in PUBLIC else 0


def _decide_steps(world: World, agreement: Agreement, version, steps: list[ApprovalStep]) -> None:
    """Mark the steps done as far as the status says, each at a past meeting of its body
    (or, where the body has none, as decided before Accord kept its meetings)."""
    for step in steps[: _steps_done(world, agreement, steps)]:
        step.status, step.decided_version, step.decision_text = "done", version, "Approved."
        body = known(step.body_id, "an approval step's body")
        past = [m for m in world.meetings.get(body, []) if m[1] <= TODAY]
        if past:
            step.meeting_id, step.decision_date = world.rng.choice(past)


def build_chunk(world: World, count: int, serial: int) -> Made:
    """``count`` agreements, numbered from ``serial``, with everything that hangs off them
    except meetings, decisions and signatures (see outcomes.py)."""
    rng, made = world.rng, Made()
    for number in range(serial, serial + count):
        owner = _owner(world)
        kind, status = _pick(rng, KINDS), _pick(rng, STATUSES)
        area = world.area_name[world.body_area[owner]].replace(" Integrated Care System", "")
        title = f"{area} {rng.choice(TOPICS)} {KIND_WORDS[kind]}"
        made.agreements.append(
            Agreement(
                title=title,
                slug=world.names.slug(f"{title} {number}"),
                kind=kind,
                legally_binding=kind == "section_75",
                owning_body_id=owner,
                status=status,
                signup_deadline=dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(2600)),
                summary=paragraph(rng, 2),
                declaration="We agree to the terms of this agreement.",
            )
        )
    Agreement.objects.bulk_create(made.agreements, batch_size=BATCH)
    versions, sections, parties, steps, commitments, milestones = [], [], [], [], [], []
    for agreement in made.agreements:
        officer = world.officer.get(world.place_of(owner_area(world, agreement)))
        made.versions[agreement.pk] = _versions(world, agreement, officer)
        versions += made.versions[agreement.pk]
        made.parties[agreement.pk] = _parties(world, agreement)
        parties += made.parties[agreement.pk]
        made.steps[agreement.pk] = _steps(world, agreement)
        steps += made.steps[agreement.pk]
        for kind, texts in (("value", VALUES), ("principle", PRINCIPLES)):
            for order, text in enumerate(rng.sample(texts, 3), start=1):
                commitments.append(
                    Commitment(agreement=agreement, kind=kind, order=order, text=text)
                )
        milestones.append(
            Milestone(
                agreement=agreement,
                date=dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2500)),
                date_precision="month",
                description="Final draft agreed by the partnership board",
            )
        )
    for version in versions:
        rows = _sections(world, version)
        sections += rows
        if version.published_at is not None:
            version.content_hash = content_hash(rows)
    AgreementVersion.objects.bulk_create(versions, batch_size=BATCH)
    Section.objects.bulk_create(sections, batch_size=BATCH)
    Party.objects.bulk_create(parties, batch_size=BATCH)
    Commitment.objects.bulk_create(commitments, batch_size=BATCH)
    Milestone.objects.bulk_create(milestones, batch_size=BATCH)
    for agreement in made.agreements:
        published = [v for v in made.versions[agreement.pk] if v.published_at is not None]
        if agreement.status in PUBLIC:
            agreement.signing_version = published[-1]
        _decide_steps(
            world, agreement, published[-1] if published else None, made.steps[agreement.pk]
        )
    ApprovalStep.objects.bulk_create(steps, batch_size=BATCH)
    update_rows(
        Agreement,
        ["signing_version", "signup_opens_after"],
        [a for a in made.agreements if a.signing_version_id or a.signup_opens_after],
    )
    world.counts["agreements"] = world.counts.get("agreements", 0) + len(made.agreements)
    world.counts["versions"] = world.counts.get("versions", 0) + len(versions)
    world.counts["sections"] = world.counts.get("sections", 0) + len(sections)
    world.counts["parties"] = world.counts.get("parties", 0) + len(parties)
    world.counts["approval steps"] = world.counts.get("approval steps", 0) + len(steps)
    return made


def link_lineage(world: World, made: Made, earlier: list[int]) -> None:
    """Some agreements adapted from an earlier one; each superseded one points at an
    agreement in force that replaced it."""
    rng = world.rng
    in_force = [a for a in made.agreements if a.status == "in_force"]
    changed = []
    for agreement in made.agreements:
        if earlier and rng.random() < 0.1:
            agreement.adapted_from_id = rng.choice(earlier)
            changed.append(agreement)
        if agreement.status == "superseded" and in_force:
            agreement.succeeded_by_id = rng.choice(in_force).pk
            changed.append(agreement)
    update_rows(Agreement, ["adapted_from", "succeeded_by"], changed)


def update_rows(model, fields: list[str], rows: list) -> None:
    """Set ``fields`` on rows already inserted, one prepared UPDATE run for all of them
    (``bulk_update`` builds a CASE expression per row, several times slower here)."""
    if not rows:
        return
    columns = [model._meta.get_field(name).column for name in fields]
    assignments = ", ".join(f"{column} = %s" for column in columns)
    values = [[getattr(row, column) for column in columns] + [row.pk] for row in rows]
    with connection.cursor() as cursor:
        cursor.executemany(f"UPDATE {model._meta.db_table} SET {assignments} WHERE id = %s", values)
