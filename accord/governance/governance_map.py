"""The governance map: bodies in system, place and community bands, reporting lines as arrows.

The same structure is given twice: as an SVG drawn by Graphviz for sighted readers,
and as a nested list (level, then body, then the bodies it reports to) for
screen-reader and keyboard users.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import graphviz
from django.core.cache import caches
from django.db.models import Q

from accord.governance.models import Area, Body, Level, ReportingLine

LEVEL_FILL = {Level.SYSTEM: "#e8f1f8", Level.PLACE: "#f3f2f1", Level.COMMUNITY: "#edf6ef"}
RELATION_STYLE = {"reports_to": "solid", "accountable_to": "bold", "informs": "dashed"}
SVG_CACHE_SECONDS = 3600


@dataclass
class MapLevel:
    level: str
    label: str
    bodies: list[Body] = field(default_factory=list)


@dataclass
class GovernanceMap:
    levels: list[MapLevel]
    lines: list[ReportingLine]
    title: str


def area_and_descendants(area: Area) -> list[int]:
    """Ids of the area and every area below it (areas are few; one query)."""
    children: dict[int | None, list[int]] = {}
    for area_id, parent_id in Area.objects.values_list("id", "parent_id"):
        children.setdefault(parent_id, []).append(area_id)
    found, stack = [], [area.id]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, []))
    return found


def build_map(area: Area | None = None) -> GovernanceMap:
    bodies = Body.objects.exclude(status="closed").only("id", "name", "slug", "level", "status")
    lines = ReportingLine.objects.filter(end_date__isnull=True).select_related(
        "from_body", "to_body"
    )
    if area is not None:
        area_ids = area_and_descendants(area)
        bodies = bodies.filter(area_id__in=area_ids)
        lines = lines.filter(Q(from_body__area_id__in=area_ids) | Q(to_body__area_id__in=area_ids))
    lines = [
        line
        for line in lines
        if line.from_body.status != "closed" and line.to_body.status != "closed"
    ]
    by_id = {body.id: body for body in bodies}
    # A line that leaves the area still shows where it goes: add the body at its far end.
    for line in lines:
        for end in (line.from_body, line.to_body):
            by_id.setdefault(end.id, end)
    outgoing: dict[int, list[ReportingLine]] = {}
    for line in lines:
        outgoing.setdefault(line.from_body_id, []).append(line)
    for body in by_id.values():
        body.map_lines = outgoing.get(body.id, [])
    levels = [MapLevel(value, label) for value, label in Level.choices]
    index = {level.level: level for level in levels}
    for body in sorted(by_id.values(), key=lambda b: b.name):
        index[body.level].bodies.append(body)
    title = f"Governance map of {area.name}" if area else "Governance map"
    return GovernanceMap(levels=levels, lines=lines, title=title)


def to_dot(governance_map: GovernanceMap) -> graphviz.Digraph:
    graph = graphviz.Digraph("governance", format="svg")
    graph.attr(rankdir="TB", newrank="true", fontname="Helvetica", nodesep="0.3", ranksep="0.6")
    graph.attr(
        "node",
        shape="box",
        style="rounded,filled",
        fillcolor="white",
        fontname="Helvetica",
        fontsize="11",
    )
    graph.attr("edge", fontname="Helvetica", fontsize="9", color="#505a5f")
    previous_level = None
    for level in governance_map.levels:
        anchor = f"band_{level.level}"
        with graph.subgraph(name=f"cluster_{level.level}") as band:
            band.attr(
                label=level.label,
                labeljust="l",
                style="filled",
                color="#b1b4b6",
                fillcolor=LEVEL_FILL[level.level],
                fontsize="14",
            )
            band.node(anchor, label="", shape="point", style="invis", width="0")
            for body in level.bodies:
                band.node(f"b{body.id}", label=_wrap(body.name))
                # Every body sits below its band's anchor, so the bands never share a rank...
                graph.edge(anchor, f"b{body.id}", style="invis")
        if previous_level is not None:
            # ...and each band's anchor sits below every body of the band above, which
            # stacks the bands system, place, community from top to bottom.
            graph.edge(f"band_{previous_level.level}", anchor, style="invis")
            for body in previous_level.bodies:
                graph.edge(f"b{body.id}", anchor, style="invis")
        previous_level = level
    for line in governance_map.lines:
        # Drawn from the senior body down, with the arrow pointing back up to it, so that
        # Graphviz ranks the body reported to above the body reporting.
        graph.edge(
            f"b{line.to_body_id}",
            f"b{line.from_body_id}",
            dir="back",
            style=RELATION_STYLE.get(line.relation, "solid"),
            tooltip=str(line),
        )
    return graph


def _wrap(text: str, width: int = 28) -> str:
    """Break a name into short lines for a box; backslashes are escaped for DOT."""
    words, lines, current = text.replace("\\", "\\\\").split(), [], ""
    for word in words:
        if current and len(current) + len(word) + 1 > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    lines.append(current)
    return "\\n".join(lines)


def map_cache():
    """Drawn maps are shared by every worker process through the "maps" cache."""
    return caches["maps"]


def render_svg(governance_map: GovernanceMap) -> str:
    """The map as an inline SVG element, cached by the exact DOT source it came from."""
    source = to_dot(governance_map).source
    key = "governance-map:" + hashlib.sha256(source.encode()).hexdigest()
    svg = map_cache().get(key)
    if svg is None:
        raw = graphviz.Source(source, format="svg").pipe(encoding="utf-8")
        svg = raw[raw.index("<svg") :]
        svg = svg.replace(
            "<svg ", '<svg role="img" aria-labelledby="map-svg-title" focusable="false" ', 1
        )
        svg = svg.replace(
            "<title>governance</title>",
            f'<title id="map-svg-title">{_escape(governance_map.title)}</title>',
            1,
        )
        map_cache().set(key, svg, SVG_CACHE_SECONDS)
    return svg


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
