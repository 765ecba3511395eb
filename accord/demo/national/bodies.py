"""The governance half of the synthetic country: bodies in every area, the lines between
them, their members, the accounts that act in them, and their meetings."""

from __future__ import annotations

import datetime as dt

from accord.accounts.models import Role, User
from accord.approvals.models import AgendaItem, Meeting
from accord.governance.models import (
    Body,
    BodyName,
    OrganisationMembership,
    PersonMembership,
    ReportingLine,
)

from .register import TODAY, World, create_rows

SYSTEM_BODIES = [
    ("Integrated Care Partnership", "partnership"), ("Integrated Care Board", "board"),
    ("Quality and Safety Committee", "committee"), ("Population Health Board", "board"),
    ("Finance and Performance Committee", "committee"), ("Digital Board", "board"),
    ("People Board", "board"), ("Clinical and Care Professional Forum", "forum"),
]  # fmt: skip
PLACE_BODIES = [
    ("Health and Wellbeing Board", "board"), ("Alliance", "partnership"),
    ("Children's Partnership", "partnership"), ("Safeguarding Children Partnership", "partnership"),
    ("Safeguarding Adults Board", "board"), ("Community Safety Partnership", "partnership"),
    ("SEND Improvement Board", "board"), ("Early Help Board", "board"),
    ("Mental Health Partnership", "partnership"), ("Learning Disability Partnership Board", "board"),
    ("Carers Partnership", "partnership"), ("Housing Forum", "forum"),
    ("Domestic Abuse Board", "board"), ("Youth Justice Board", "board"),
    ("Drug and Alcohol Partnership", "partnership"), ("Best Start Programme", "programme"),
    ("Ageing Well Board", "board"), ("Health Inequalities Group", "sub_group"),
    ("Prevention Board", "board"), ("Employment and Skills Board", "board"),
    ("Voluntary Sector Forum", "forum"), ("Better Care Fund Group", "sub_group"),
    ("0-11 Strategy Group", "sub_group"), ("14-19 Strategy Group", "sub_group"),
]  # fmt: skip
COMMUNITY_BODIES = [
    ("Locality Board", "board"), ("Primary Care Network Board", "board"),
    ("Neighbourhood Forum", "forum"), ("Family Hub Network", "network"),
    ("Community Partnership", "partnership"), ("Integrated Neighbourhood Team", "sub_group"),
]  # fmt: skip


def _body_plan(world: World, total: int) -> list[tuple[int, str, str, str]]:
    """(area, level, name, kind) for every body, system bodies first."""
    shares = {"system": 0.0336, "place": 0.36}
    shares["community"] = 1 - shares["system"] - shares["place"]
    templates = {"system": SYSTEM_BODIES, "place": PLACE_BODIES, "community": COMMUNITY_BODIES}
    plan = []
    for level in ("system", "place", "community"):
        areas = world.areas[level]
        wanted = max(len(areas), round(total * shares[level]))
        for index in range(wanted):
            area_id = areas[index % len(areas)]
            round_number, template = divmod(index // len(areas), len(templates[level]))
            title, kind = templates[level][template]
            area = world.area_name[area_id].replace(" Integrated Care System", "")
            name = f"{area} {title}" + (f" {round_number + 1}" if round_number else "")
            plan.append((area_id, level, name, kind))
    return plan


def build_bodies(world: World, *, total: int, people_by_org: dict[int, list[int]]) -> None:
    rng = world.rng
    plan = _body_plan(world, total)
    rows = []
    for area_id, level, name, kind in plan:
        hosts = world.orgs_by_area.get(area_id) or world.orgs_by_area.get(world.place_of(area_id))
        rows.append(
            Body(
                name=name,
                slug=world.names.slug(name),
                kind=kind,
                level=level,
                area_id=area_id,
                host_id=hosts[0] if hosts else None,
                status="closed" if rng.random() < 0.02 else "active",
            )
        )
    create_rows(Body, rows)
    first_in_area: dict[tuple[int, str], int] = {}
    # Each body's area comes from its plan, which always names one (the model allows none).
    for (area_id, _, _, _), body in zip(plan, rows, strict=True):
        world.bodies.setdefault(body.level, []).append(body.pk)
        world.body_area[body.pk], world.body_name[body.pk] = area_id, body.name
        first_in_area.setdefault((area_id, body.level), body.pk)
    world.busiest_body = world.bodies["system"][0]
    create_rows(
        BodyName,
        [
            BodyName(body_id=b.pk, name=f"{b.name} (former name)", end_date=dt.date(2022, 6, 30))
            for b in rows
            if rng.random() < 0.03
        ],
    )
    _build_lines(world, rows, first_in_area)
    _build_memberships(world, rows, people_by_org)
    world.counts["bodies"] = len(rows)


def _build_lines(world: World, rows: list[Body], first_in_area: dict) -> None:
    """Each body reports to the first body of its area, which answers to the area above:
    a tree from every community up to its system, with some sideways "informs" lines."""
    lines = []
    for body in rows:
        area_id = world.body_area[body.pk]
        head = first_in_area[(area_id, body.level)]
        parent_area = world.area_parent.get(area_id)
        if body.pk != head:
            up, relation = head, "reports_to"
        elif parent_area is not None:
            level = "system" if body.level == "place" else "place"
            up, relation = first_in_area.get((parent_area, level)), "accountable_to"
        else:
            continue
        if up is None:
            continue
        world.body_up[body.pk] = up
        lines.append(ReportingLine(from_body_id=body.pk, to_body_id=up, relation=relation))
        if world.rng.random() < 0.15 and body.pk != head:
            siblings = [b for b in world.bodies[body.level][-40:] if b not in (body.pk, up)]
            if siblings:
                other = world.rng.choice(siblings)
                lines.append(
                    ReportingLine(from_body_id=body.pk, to_body_id=other, relation="informs")
                )
    create_rows(ReportingLine, lines)
    world.counts["reporting lines"] = len(lines)


def _build_memberships(world: World, rows: list[Body], people_by_org: dict) -> None:
    rng = world.rng
    orgs, people = [], []
    for body in rows:
        area_id = world.body_area[body.pk]
        pool = world.orgs_by_area.get(area_id, []) + world.orgs_by_area.get(
            world.area_parent.get(area_id), []
        )
        members = rng.sample(pool, min(len(pool), rng.randint(5, 11)))
        for org_id in members:
            orgs.append(OrganisationMembership(body_id=body.pk, organisation_id=org_id))
        candidates = [p for org_id in members for p in people_by_org.get(org_id, [])]
        for person_id in rng.sample(candidates, min(len(candidates), 3)):
            people.append(PersonMembership(body_id=body.pk, person_id=person_id))
        if people and people[-1].body_id == body.pk:
            people[-1].role = "chair"
    create_rows(OrganisationMembership, orgs)
    create_rows(PersonMembership, people)
    world.counts["organisation memberships"] = len(orgs)
    world.counts["person memberships"] = len(people)


def build_accounts(world: World) -> None:
    """A board secretary for each system (for every body in it) and a partnership officer
    for each place (for every body there): the people who record decisions and publish."""
    users = [
        User(
            email=f"secretary-{area}@example.org", full_name="System board secretary", password="!"
        )
        for area in world.areas["system"]
    ] + [
        User(
            email=f"officer-{area}@example.org", full_name="Place partnership officer", password="!"
        )
        for area in world.areas["place"]
    ]
    create_rows(User, users)
    systems = len(world.areas["system"])
    for area, user in zip(world.areas["system"], users[:systems], strict=True):
        world.secretary[area] = user.pk
    for area, user in zip(world.areas["place"], users[systems:], strict=True):
        world.officer[area] = user.pk
    roles = []
    for body_id, area_id in world.body_area.items():
        roles.append(
            Role(
                user_id=world.secretary[world.system_of(area_id)], name="secretary", body_id=body_id
            )
        )
        if area_id in world.officer:
            roles.append(Role(user_id=world.officer[area_id], name="officer", body_id=body_id))
    create_rows(Role, roles)


def build_meetings(world: World, *, total: int) -> None:
    """Meetings of every body over eight years, a sixth of them still to come; the busiest
    body meets far more often than the rest."""
    rng = world.rng
    bodies = [b for level in ("system", "place", "community") for b in world.bodies[level]]
    busiest = max(1, total // 50)
    per_body = {b: 0 for b in bodies}
    per_body[world.busiest_body] = busiest
    for index in range(max(0, total - busiest)):
        per_body[bodies[index % len(bodies)] if index < len(bodies) else rng.choice(bodies)] += 1
    start, span = dt.date(2019, 1, 1), (TODAY - dt.date(2019, 1, 1)).days + 200
    rows = []
    for body_id, count in per_body.items():
        for _ in range(count):
            day = start + dt.timedelta(days=rng.randrange(span))
            rows.append(
                Meeting(
                    body_id=body_id,
                    title=f"{world.body_name[body_id]} meeting",
                    date=day,
                    start_time=dt.time(14, 0) if rng.random() < 0.5 else None,
                    location="Council offices" if rng.random() < 0.5 else "",
                    public=rng.random() < 0.9,
                )
            )
    create_rows(Meeting, rows)
    items = []
    for meeting in rows:
        world.meetings.setdefault(meeting.body_id, []).append((meeting.pk, meeting.date))
        standing = ["Apologies and declarations of interest", "Minutes of the last meeting"]
        for order, title in enumerate(standing[: rng.randint(1, 2)], start=1):
            items.append(AgendaItem(meeting_id=meeting.pk, order=order, title=title))
        world.agenda_next[meeting.pk] = order + 1
    create_rows(AgendaItem, items)
    world.counts["meetings"] = len(rows)
    world.counts["agenda items"] = len(items)
