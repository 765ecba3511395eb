"""The register half of the synthetic country: areas, organisations and people, and the
``World`` that every later part builds on (bodies.py, agreements.py, outcomes.py)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import TypeVar

from accord.governance.models import (
    Area,
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


def create_rows(model, rows: list) -> list:
    return model.objects.bulk_create(rows, batch_size=BATCH)


def build_areas(world: World, *, systems: int, places: int, communities: int) -> None:
    names, rng = world.names, world.rng
    made = create_rows(
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
    world.areas["place"] = [a.pk for a in create_rows(Area, place_rows)]
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
    world.areas["community"] = [a.pk for a in create_rows(Area, community_rows)]
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
    create_rows(Organisation, organisations)
    world.busiest_org = busiest.pk
    create_rows(
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
    create_rows(OrganisationName, former)
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
    for person in create_rows(Person, rows):
        by_org.setdefault(person.organisation_id, []).append(person.pk)
    world.counts["people"] = count
    return by_org
