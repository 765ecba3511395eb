"""What one governance map shows: never more than a person can read.

A map is of the whole register or of one area, optionally one level of it and one page.
When the area and everything under it hold at most ``MAX_BODIES`` open bodies, each is
drawn. Otherwise the map draws the area's own bodies (a page of them at a time, by level
when asked) and each area within it as one box saying how many bodies it holds, linking
to that area's own map; lines into such an area are drawn to its box, counted. Bodies
outside the map at the far end of a line are drawn by name when few, else grouped by
their area. So a map of England is 42 systems; a system's map is its own boards and its
places; a place's map is its bodies and its localities.

Every count here is of what one map shows: the queries read the area's bodies and the
lines touching them, and count the bodies of the areas within it in one grouped query.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils.http import urlencode

from accord.core.links import fixed_url, row_url
from accord.governance.models import Area, Body, BodyStatus, Level, Relation, ReportingLine
from accord.governance.selectors import bodies_on, in_effect_on, there_on

MAX_BODIES = 40
MAX_OUTSIDE = 8
# Lines between area boxes drawn on one map: a region's systems can be joined by hundreds
# of pairs, which no one can read and which Graphviz takes minutes to lay out.
MAX_AREA_LINES = 40
RELATION_LABEL = dict(Relation.choices)
LEVEL_LABEL = dict(Level.choices)


@dataclass(frozen=True)
class Scope:
    area: Area | None = None
    level: str = ""
    page: int = 1
    day: dt.date | None = None  # the map as it stood on a day that has passed; None: today

    @property
    def key(self) -> str:
        on = self.day.isoformat() if self.day else ""
        return f"{self.area.slug if self.area else '*'}|{self.level}|{self.page}|{on}"

    def url(self, *, level: str | None = None, page: int | None = None) -> str:
        base = (
            row_url("governance:area_map", self.area.slug)
            if self.area
            else fixed_url("governance:map")
        )
        given: dict[str, str | int] = {
            "level": self.level if level is None else level,
            "page": page or 1,
            "as_at": self.day.isoformat() if self.day else "",
        }
        query = {k: v for k, v in given.items() if v and v != 1}
        return base + (f"?{urlencode(query)}" if query else "")


@dataclass
class MapLine:
    from_node: str
    to_node: str
    relation: str
    to_name: str
    count: int = 1

    @property
    def relation_label(self) -> str:
        return RELATION_LABEL.get(self.relation, self.relation).lower()


@dataclass
class MapBody:
    id: int
    name: str
    slug: str
    level: str
    outside: bool = False
    lines: list[MapLine] = field(default_factory=list)

    @property
    def node(self) -> str:
        return f"b{self.id}"

    @property
    def url(self) -> str:
        return row_url("governance:body", self.slug)


@dataclass
class MapGroup:
    """An area drawn as one box: its bodies are on its own map."""

    id: int
    name: str
    slug: str
    level: str
    count: int
    outside: bool = False
    lines: list[MapLine] = field(default_factory=list)

    @property
    def node(self) -> str:
        return f"a{self.id}"

    @property
    def url(self) -> str:
        return row_url("governance:area_map", self.slug)


@dataclass
class MapLevel:
    level: str
    label: str
    bodies: list[MapBody] = field(default_factory=list)
    groups: list[MapGroup] = field(default_factory=list)


@dataclass
class GovernanceMap:
    title: str
    scope: Scope
    levels: list[MapLevel]
    lines: list[MapLine]
    in_full: bool  # every body of the area is drawn
    pages: int = 1
    own_levels: list[str] = field(default_factory=list)  # levels the area's own bodies are at
    ancestors: list[Area] = field(default_factory=list)
    area_lines_left_off: int = 0  # lines between area boxes beyond MAX_AREA_LINES

    def fingerprint(self) -> str:
        """Changes exactly when the drawing would, its links included: a body or area given
        a new address is drawn again, or its box would lead to a page that is not there."""
        drawn = [
            (
                level.level,
                [(b.id, b.name, b.slug, b.outside) for b in level.bodies],
                [(g.id, g.name, g.slug, g.count, g.outside) for g in level.groups],
            )
            for level in self.levels
        ]
        lines = [(x.from_node, x.to_node, x.relation, x.count) for x in self.lines]
        return hashlib.sha256(repr((self.title, drawn, lines)).encode()).hexdigest()

    @property
    def page_links(self) -> list[tuple[int, str, bool]]:
        return [(n, self.scope.url(page=n), n == self.scope.page) for n in range(1, self.pages + 1)]

    @property
    def is_empty(self) -> bool:
        return not any(level.bodies or level.groups for level in self.levels)


class _Areas:
    """Every area's parent, read once: the tree the map walks."""

    def __init__(self) -> None:
        rows = list(Area.objects.values_list("id", "parent_id", "name", "slug", "level"))
        self.parent = {row[0]: row[1] for row in rows}
        self.row = {row[0]: row for row in rows}
        self.children: dict[int | None, list[int]] = {}
        for row in rows:
            self.children.setdefault(row[1], []).append(row[0])

    def below(self, area_id: int | None) -> set[int]:
        """The area and every area under it (all areas for the root)."""
        found, stack = set(), list(self.children.get(None, [])) if area_id is None else [area_id]
        while stack:
            current = stack.pop()
            found.add(current)
            stack.extend(self.children.get(current, []))
        return found

    def child_of(self, scope_area: int | None, area_id: int | None) -> int | None:
        """The area directly under ``scope_area`` that ``area_id`` lies in, if any."""
        while area_id is not None:
            parent = self.parent.get(area_id)
            if parent == scope_area:
                return area_id
            area_id = parent
        return None

    def group(self, area_id: int, count: int, *, outside: bool = False) -> MapGroup:
        _, _, name, slug, level = self.row[area_id]
        return MapGroup(area_id, name, slug, level, count, outside=outside)


def _open_bodies(day: dt.date | None = None):
    if day is None:
        return Body.objects.exclude(status=BodyStatus.CLOSED)
    return bodies_on(day)


def _current_lines(day: dt.date | None = None):
    if day is None:
        return ReportingLine.objects.filter(end_date__isnull=True).exclude(
            Q(from_body__status=BodyStatus.CLOSED) | Q(to_body__status=BodyStatus.CLOSED)
        )
    return ReportingLine.objects.filter(
        in_effect_on(day) & there_on(day, "from_body__") & there_on(day, "to_body__")
    )


def build(scope: Scope) -> GovernanceMap:
    areas = _Areas()
    area_id = scope.area.pk if scope.area else None
    inside = areas.below(area_id)
    day = scope.day
    in_scope = _open_bodies(day).filter(
        Q(area_id__in=inside) if scope.area else Q(area_id__in=inside) | Q(area__isnull=True)
    )
    fields = ("id", "name", "slug", "level", "area_id")
    # One grouped count gives the total, the area's own bodies by level, and each inner area's.
    counts = list(in_scope.values_list("area_id", "level").annotate(n=Count("id")).order_by())
    in_full = sum(n for _, _, n in counts) <= MAX_BODIES
    groups: dict[int, MapGroup] = {}
    own_levels: list[str] = []
    pages = 1
    if in_full:
        rows = list(in_scope.order_by("name", "id").values_list(*fields))
    else:
        own_counts = {level: n for body_area, level, n in counts if body_area == area_id}
        own_levels = [level for level in Level.values if level in own_counts]
        level = scope.level if scope.level in Level.values else ""
        own = (
            _open_bodies(day).filter(area_id=area_id)
            if area_id
            else _open_bodies(day).filter(area__isnull=True)
        )
        if level:
            own = own.filter(level=level)
        count = own_counts.get(level, 0) if level else sum(own_counts.values())
        pages = max(1, -(-count // MAX_BODIES))
        start = (min(scope.page, pages) - 1) * MAX_BODIES
        rows = list(own.order_by("name", "id").values_list(*fields)[start : start + MAX_BODIES])
        for body_area, _, n in counts:
            child = areas.child_of(area_id, body_area)
            if child is not None:
                groups.setdefault(child, areas.group(child, 0)).count += n
    drawn = {row[0]: MapBody(*row[:4]) for row in rows}
    lines, left_off = _lines(areas, area_id, inside, drawn, groups, in_full, day)
    title = f"Governance map of {scope.area.name}" if scope.area else "Governance map"
    if day is not None:
        title += f" on {day.day} {day:%B %Y}"
    levels = [MapLevel(value, label) for value, label in Level.choices]
    by_level = {level.level: level for level in levels}
    for body in sorted(drawn.values(), key=lambda b: (b.outside, b.name, b.id)):
        by_level[body.level].bodies.append(body)
    for group in sorted(groups.values(), key=lambda g: (g.outside, g.name, g.id)):
        by_level[group.level].groups.append(group)
    ancestors: list[Area] = []
    parent = areas.parent.get(area_id) if area_id else None
    while parent is not None:
        ancestors.insert(0, Area(id=parent, name=areas.row[parent][2], slug=areas.row[parent][3]))
        parent = areas.parent.get(parent)
    return GovernanceMap(
        title, scope, levels, lines, in_full, pages, own_levels, ancestors, left_off
    )


def _lines(areas, area_id, inside, drawn, groups, in_full, day) -> tuple[list[MapLine], int]:
    """Lines touching the drawn bodies, each end a drawn body, an area's box, or a body
    (or area) outside the map; and, when areas are boxed, the lines between boxes."""
    ids = list(drawn)
    rows = list(
        _current_lines(day)
        .filter(Q(from_body_id__in=ids) | Q(to_body_id__in=ids))
        .values_list(
            "from_body_id", "to_body_id", "relation", "from_body__area_id", "to_body__area_id"
        )
        .order_by("id")
    )
    far = {row[i] for row in rows for i in (0, 1)} - set(drawn)
    far_rows = {
        row[0]: row
        for row in _open_bodies(day)
        .filter(id__in=far)
        .values_list("id", "name", "slug", "level", "area_id")
    }
    outside_bodies = [b for b in far_rows.values() if b[4] not in inside or in_full]
    # Named only while the drawing stays within MAX_BODIES bodies in all; else by area.
    outside_by_name = len(outside_bodies) <= min(MAX_OUTSIDE, MAX_BODIES - len(drawn))

    def node(body_id: int, body_area: int | None) -> str | None:
        if body_id in drawn:
            return drawn[body_id].node
        child = None if in_full else areas.child_of(area_id, body_area)
        if child is not None and child in groups:
            return groups[child].node
        if body_id not in far_rows:
            return None
        if outside_by_name or body_area is None:
            _, name, slug, level, _ = far_rows[body_id]
            drawn[body_id] = MapBody(body_id, name, slug, level, outside=True)
            return drawn[body_id].node
        top = body_area
        if top not in groups:
            groups[top] = areas.group(top, 0, outside=True)
        return groups[top].node

    counted: dict[tuple[str, str, str], MapLine] = {}
    left_off = 0
    for from_id, to_id, relation, from_area, to_area in rows:
        start, end = node(from_id, from_area), node(to_id, to_area)
        if start and end and start != end:
            _count(counted, start, end, relation)
    if groups and not in_full:
        between = (
            _current_lines(day)
            .filter(from_body__area_id__in=inside, to_body__area_id__in=inside)
            .exclude(from_body__area_id=area_id)
            .exclude(to_body__area_id=area_id)
            .values_list("from_body__area_id", "to_body__area_id", "relation")
            .annotate(n=Count("id"))
            .order_by()
        )
        area_lines: dict[tuple[str, str, str], MapLine] = {}
        for from_area, to_area, relation, n in between:
            start, end = areas.child_of(area_id, from_area), areas.child_of(area_id, to_area)
            if start in groups and end in groups and start != end:
                _count(area_lines, groups[start].node, groups[end].node, relation, n)
        busiest = sorted(area_lines.items(), key=lambda item: (-item[1].count, item[0]))
        left_off = max(0, len(busiest) - MAX_AREA_LINES)
        for key, line in busiest[:MAX_AREA_LINES]:
            if key in counted:
                counted[key].count += line.count
            else:
                counted[key] = line
    names = {b.node: b.name for b in drawn.values()} | {g.node: g.name for g in groups.values()}
    owners = {b.node: b for b in drawn.values()} | {g.node: g for g in groups.values()}
    lines = sorted(counted.values(), key=lambda x: (x.from_node, x.to_node, x.relation))
    for line in lines:
        line.to_name = names[line.to_node]
        owners[line.from_node].lines.append(line)
    return lines, left_off


def _count(counted, start: str, end: str, relation: str, n: int = 1) -> None:
    key = (start, end, relation)
    if key in counted:
        counted[key].count += n
    else:
        counted[key] = MapLine(start, end, relation, "", n)
