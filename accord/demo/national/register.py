"""The register half of the synthetic country: areas, organisations, people, bodies, the
lines between bodies, memberships, meetings and the accounts that act in them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import TypeVar

from accord.accounts.models import Role, User
from accord.approvals.models import AgendaItem, Meeting
from accord.governance.models import (
    Area,
    Body,
    BodyName,
    OrganisationMembership,
    PersonMembership,
    ReportingLine,
)
from accord.organisations.models import (
    Organisation,
    OrganisationIdentifier,
    OrganisationName,
    Person,
)

from .words import Names

BATCH = 2000
TODAY = dt.date(2026, 11, 1)

T = TypeVar("T")


def known(value: T | None, what: str) -> T:
    """A value the model may leave empty but this generator always sets (an agreement's
    owning body, a decided step's body and date): should a change ever leave it empty,
    the run stops here rather than writing a register that is wrong."""
    if value is None:
        raise ValueError(f"The generator left {what} empty.")
    return value


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

# National counts by kind of organisation, and the level of area each belongs to
# (None: national, no area). They add up to 20,000.
ORGANISATION_KINDS = [
    ("local_authority", 300, "place"), ("nhs_commissioner", 42, "system"),
    ("nhs_trust", 220, "system"), ("police", 43, "system"),
    ("primary_care_network", 1250, "community"), ("gp_practice", 6500, "community"),
    ("voluntary_sector", 9000, "place"), ("school_association", 600, "place"),
    ("education_provider", 1000, "place"), ("probation", 12, "system"),
    ("central_government", 30, None), ("partnership_group", 500, "place"),
    ("other", 503, "place"),
]  # fmt: skip
CATEGORY = {
    "local_authority": "Local Authorities", "nhs_commissioner": "NHS Commissioners",
    "primary_care_network": "NHS Commissioners", "nhs_trust": "NHS Service Providers",
    "gp_practice": "NHS Service Providers", "police": "Criminal Justice",
    "probation": "Criminal Justice", "central_government": "Central Government",
}  # fmt: skip
VOLUNTARY = ["Carers Trust", "Mind", "Age UK", "CVS", "Foodbank", "Youth Trust", "Citizens Advice",
             "Healthwatch", "Community Transport", "Women's Aid", "Scouts", "Credit Union"]  # fmt: skip
DEPARTMENTS = ["Department for Education", "Department for Work and Pensions", "Home Office",
               "Department of Health and Social Care", "Ministry of Justice", "Cabinet Office",
               "Ministry of Housing, Communities and Local Government", "UK Health Security Agency"]  # fmt: skip


@dataclass
class World:
    """What later stages need to know about the register, as plain ids."""

    rng: random.Random
    names: Names
    seed: int = 1
    areas: dict[str, list[int]] = field(default_factory=dict)  # by level
    area_name: dict[int, str] = field(default_factory=dict)
    area_parent: dict[int, int | None] = field(default_factory=dict)
    area_children: dict[int, list[int]] = field(default_factory=dict)
    orgs_by_area: dict[int | None, list[int]] = field(default_factory=dict)
    org_name: dict[int, str] = field(default_factory=dict)
    org_kind: dict[int, str] = field(default_factory=dict)
    busiest_org: int = 0
    bodies: dict[str, list[int]] = field(default_factory=dict)  # by level
    body_area: dict[int, int] = field(default_factory=dict)
    body_name: dict[int, str] = field(default_factory=dict)
    body_up: dict[int, int] = field(default_factory=dict)  # the body it reports to
    busiest_body: int = 0
    meetings: dict[int, list[tuple[int, dt.date]]] = field(default_factory=dict)  # by body
    agenda_next: dict[int, int] = field(default_factory=dict)  # next item order by meeting
    secretary: dict[int, int] = field(default_factory=dict)  # user id by system area
    officer: dict[int, int] = field(default_factory=dict)  # user id by place area
    signatories: dict[int, tuple[int, str]] = field(default_factory=dict)  # by organisation
    counts: dict[str, int] = field(default_factory=dict)

    def system_of(self, area_id: int) -> int:
        parent = self.area_parent.get(area_id)
        while parent is not None:
            area_id, parent = parent, self.area_parent.get(parent)
        return area_id

    def place_of(self, area_id: int) -> int:
        parent = self.area_parent.get(area_id)
        return area_id if parent is None or area_id in self.areas["place"] else parent


def _create(model, rows: list) -> list:
    return model.objects.bulk_create(rows, batch_size=BATCH)


def build_areas(world: World, *, systems: int, places: int, communities: int) -> None:
    names, rng = world.names, world.rng
    made = _create(
        Area,
        [
            Area(
                name=f"{name} Integrated Care System",
                slug=names.slug(f"{name} ics"),
                level="system",
                population=rng.randint(500_000, 3_000_000),
            )
            for name in (names.place() for _ in range(systems))
        ],
    )
    world.areas["system"] = [a.pk for a in made]
    place_rows = []
    for index in range(places):
        name = names.place()
        parent = world.areas["system"][index % systems]
        place_rows.append(
            Area(
                name=name,
                slug=names.slug(name),
                level="place",
                parent_id=parent,
                population=rng.randint(100_000, 1_200_000),
            )
        )
    world.areas["place"] = [a.pk for a in _create(Area, place_rows)]
    community_rows = []
    for index in range(communities):
        name = f"{names.place()} locality"
        parent = world.areas["place"][index % places]
        community_rows.append(
            Area(
                name=name,
                slug=names.slug(name),
                level="community",
                parent_id=parent,
                population=rng.randint(30_000, 60_000),
            )
        )
    world.areas["community"] = [a.pk for a in _create(Area, community_rows)]
    for area in [*made, *place_rows, *community_rows]:
        world.area_name[area.pk] = area.name
        world.area_parent[area.pk] = area.parent_id
        world.area_children.setdefault(area.parent_id, []).append(area.pk)


def _organisation_name(world: World, kind: str, area_id: int | None, index: int) -> str:
    place = "" if area_id is None else world.area_name.get(area_id, "")
    place = place.replace(" Integrated Care System", "")
    place = place.replace(" locality", "")
    town = world.names.place()
    return {
        "local_authority": f"{place} Council" if index == 0 else f"{town} District Council",
        "nhs_commissioner": f"NHS {place} Integrated Care Board",
        "nhs_trust": f"{town} {world.rng.choice(['Hospitals', 'Community Health', 'Mental Health'])} NHS Trust",
        "police": f"{place} Police",
        "primary_care_network": f"{place} Primary Care Network",
        "gp_practice": f"{town} {world.rng.choice(['Surgery', 'Medical Practice', 'Health Centre'])}",
        "voluntary_sector": f"{town} {world.rng.choice(VOLUNTARY)}",
        "school_association": f"{town} Head Teachers' Association",
        "education_provider": f"{town} College",
        "probation": f"{place} Probation Service",
        "central_government": DEPARTMENTS[index % len(DEPARTMENTS)]
        + (f" ({index // len(DEPARTMENTS)})" if index >= len(DEPARTMENTS) else ""),
        "partnership_group": f"{town} Partnership Group",
        "other": f"{town} Housing Association",
    }[kind]


def _identifier(kind: str, index: int) -> tuple[str, str] | None:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if kind == "local_authority":
        return "GB-LAE", letters[index // 676 % 26] + letters[index // 26 % 26] + letters[
            index % 26
        ]
    if kind in ("nhs_commissioner", "nhs_trust", "primary_care_network", "gp_practice"):
        prefix = {"nhs_commissioner": "Q", "nhs_trust": "R", "primary_care_network": "U"}
        return "GB-NHS", f"{prefix.get(kind, 'G')}{index:05d}"
    if kind == "voluntary_sector":
        return "GB-CHC", f"{1_000_000 + index}"
    if kind == "education_provider":
        return "GB-EDU", f"{100_000 + index}"
    if kind == "central_government":
        return "GB-GOR", f"D{index + 1}"
    return None


def _free_codes(kind_index: int, kind: str, taken: set[tuple[str, str]]):
    """Identifier codes for the ``kind``, skipping any already in the register."""
    index = kind_index
    while True:
        code = _identifier(kind, index)
        index += 1
        if code is None or code not in taken:
            if code is not None:
                taken.add(code)
            return code, index


def build_organisations(world: World, *, size: float) -> None:
    rng = world.rng
    organisations, identifiers = [], []
    taken = set(OrganisationIdentifier.objects.values_list("scheme", "code"))
    next_code: dict[str, int] = {}
    for kind, national, level in ORGANISATION_KINDS:
        count = max(1, round(national * size))
        pool = world.areas[level] if level else [None]
        for index in range(count):
            area_id = pool[index % len(pool)] if index < len(pool) else rng.choice(pool)
            name = _organisation_name(world, kind, area_id, 0 if index < len(pool) else index)
            organisations.append(
                Organisation(name=name, slug=world.names.slug(name), kind=kind, area_id=area_id)
            )
            code, next_code[kind] = _free_codes(next_code.get(kind, 0), kind, taken)
            identifiers.append(code)
    busiest = Organisation(name="NHS England", slug=world.names.slug("nhs-england-national"))
    busiest.kind, busiest.short_name = "central_government", "NHSE"
    organisations.append(busiest)
    identifiers.append(None)
    _create(Organisation, organisations)
    world.busiest_org = busiest.pk
    _create(
        OrganisationIdentifier,
        [
            OrganisationIdentifier(
                organisation_id=org.pk, scheme=scheme_code[0], code=scheme_code[1]
            )
            for org, scheme_code in zip(organisations, identifiers, strict=True)
            if scheme_code
        ],
    )
    former = []
    for org in organisations:
        world.orgs_by_area.setdefault(org.area_id, []).append(org.pk)
        world.org_name[org.pk], world.org_kind[org.pk] = org.name, org.kind
        if rng.random() < 0.05:
            former.append(
                OrganisationName(
                    organisation_id=org.pk,
                    name=f"{org.name} (former name)",
                    start_date=dt.date(2012, 4, 1),
                    end_date=dt.date(2022, 6, 30),
                )
            )
    _create(OrganisationName, former)
    world.counts["organisations"] = len(organisations)


def build_people(world: World, *, count: int) -> dict[int, list[int]]:
    """People, each working for an organisation; returns people by organisation."""
    org_ids = list(world.org_name)
    rows = [
        Person(
            name=world.names.person(),
            job_title="Director",
            organisation_id=world.rng.choice(org_ids),
        )
        for _ in range(count)
    ]
    by_org: dict[int, list[int]] = {}
    for person in _create(Person, rows):
        by_org.setdefault(person.organisation_id, []).append(person.pk)
    world.counts["people"] = count
    return by_org


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
    _create(Body, rows)
    first_in_area: dict[tuple[int, str], int] = {}
    # Each body's area comes from its plan, which always names one (the model allows none).
    for (area_id, _, _, _), body in zip(plan, rows, strict=True):
        world.bodies.setdefault(body.level, []).append(body.pk)
        world.body_area[body.pk], world.body_name[body.pk] = area_id, body.name
        first_in_area.setdefault((area_id, body.level), body.pk)
    world.busiest_body = world.bodies["system"][0]
    _create(
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
    _create(ReportingLine, lines)
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
    _create(OrganisationMembership, orgs)
    _create(PersonMembership, people)
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
    _create(User, users)
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
    _create(Role, roles)


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
    _create(Meeting, rows)
    items = []
    for meeting in rows:
        world.meetings.setdefault(meeting.body_id, []).append((meeting.pk, meeting.date))
        standing = ["Apologies and declarations of interest", "Minutes of the last meeting"]
        for order, title in enumerate(standing[: rng.randint(1, 2)], start=1):
            items.append(AgendaItem(meeting_id=meeting.pk, order=order, title=title))
        world.agenda_next[meeting.pk] = order + 1
    _create(AgendaItem, items)
    world.counts["meetings"] = len(rows)
    world.counts["agenda items"] = len(items)
