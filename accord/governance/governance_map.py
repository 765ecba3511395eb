"""The governance map: bodies in system, place and community bands, reporting lines as arrows.

The same structure is given twice: as an SVG drawn by Graphviz for sighted readers,
and as a nested list (level, then body, then the bodies it reports to) for
screen-reader and keyboard users. Drawing is the slow part, so the finished
fragment is cached under a fingerprint of exactly the rows it was drawn from:
any change to a body's name, level or status, or to a reporting line, draws anew.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from html import escape, unescape

import graphviz
from django.core.cache import caches
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from accord.governance.models import Area, Body, BodyStatus, Level, Relation, ReportingLine

LEVEL_FILL: dict[str, str] = {
    Level.SYSTEM: "#e8f1f8",
    Level.PLACE: "#f3f2f1",
    Level.COMMUNITY: "#edf6ef",
}
RELATION_STYLE = {"reports_to": "solid", "accountable_to": "bold", "informs": "dashed"}
RELATION_LABEL = dict(Relation.choices)
CACHE_SECONDS = 24 * 3600
# A box shows at most this much of a name; the list beside the map shows it whole.
LABEL_MAX = 300
logger = logging.getLogger(__name__)


@dataclass
class MapBody:
    id: int
    name: str
    slug: str
    level: str
    lines: list[MapLine] = field(default_factory=list)

    @property
    def url(self) -> str:
        return reverse("governance:body", args=[self.slug])


@dataclass
class MapLine:
    from_id: int
    to_id: int
    relation: str
    to_name: str = ""

    @property
    def relation_label(self) -> str:
        return RELATION_LABEL.get(self.relation, self.relation).lower()


@dataclass
class MapLevel:
    level: str
    label: str
    bodies: list[MapBody] = field(default_factory=list)


@dataclass
class GovernanceMap:
    title: str
    levels: list[MapLevel]
    lines: list[MapLine]


def area_and_descendants(area: Area) -> list[int]:
    """Ids of the area and every area below it (one query)."""
    children: dict[int | None, list[int]] = {}
    for area_id, parent_id in Area.objects.values_list("id", "parent_id"):
        children.setdefault(parent_id, []).append(area_id)
    found, stack = [], [area.id]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, []))
    return found


def _rows(area: Area | None) -> tuple[list[tuple], list[tuple]]:
    """The open bodies and current lines the map shows, as plain rows."""
    fields = ("id", "name", "slug", "level")
    bodies = Body.objects.exclude(status=BodyStatus.CLOSED)
    lines = ReportingLine.objects.filter(end_date__isnull=True).exclude(
        Q(from_body__status=BodyStatus.CLOSED) | Q(to_body__status=BodyStatus.CLOSED)
    )
    if area is not None:
        area_ids = area_and_descendants(area)
        bodies = bodies.filter(area_id__in=area_ids)
        lines = lines.filter(Q(from_body__area_id__in=area_ids) | Q(to_body__area_id__in=area_ids))
    body_rows = list(bodies.order_by("name", "id").values_list(*fields))
    line_rows = list(lines.order_by("id").values_list("from_body_id", "to_body_id", "relation"))
    # A line that leaves the area still shows where it goes: add the body at its far end.
    known = {row[0] for row in body_rows}
    far = {end for row in line_rows for end in row[:2]} - known
    if far:
        body_rows += list(
            Body.objects.filter(id__in=far).order_by("name", "id").values_list(*fields)
        )
        body_rows.sort(key=lambda row: (row[1], row[0]))
    return body_rows, line_rows


def build_map(title: str, body_rows: list[tuple], line_rows: list[tuple]) -> GovernanceMap:
    bodies = {row[0]: MapBody(*row) for row in body_rows}
    lines = [MapLine(*row) for row in line_rows]
    for line in lines:
        line.to_name = bodies[line.to_id].name
        bodies[line.from_id].lines.append(line)
    levels = [MapLevel(value, label) for value, label in Level.choices]
    index = {level.level: level for level in levels}
    for body in bodies.values():
        index[body.level].bodies.append(body)
    return GovernanceMap(title=title, levels=levels, lines=lines)


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
                band.node(f"b{body.id}", label=_label(body.name))
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
            f"b{line.to_id}",
            f"b{line.from_id}",
            dir="back",
            style=RELATION_STYLE.get(line.relation, "solid"),
        )
    return graph


def _label(name: str) -> graphviz.nohtml:
    """A body's name as a DOT label that Graphviz shows exactly as typed.

    A name is never markup: ``nohtml`` keeps ``<b>x</b>`` from being read as an HTML-like
    label, ``&`` is written as an entity because Graphviz decodes entities in labels,
    backslashes are doubled so ``\\N`` is not Graphviz's "node name", and control
    characters (a NUL ends DOT's string) are dropped."""
    return graphviz.nohtml(_wrap(_printable(name[:LABEL_MAX]).replace("&", "&amp;")))


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


def draw_svg(governance_map: GovernanceMap) -> str:
    """The map as an inline SVG element named by its title."""
    raw = to_dot(governance_map).pipe(encoding="utf-8")
    svg = raw[raw.index("<svg") :]
    svg = svg.replace(
        "<svg ", '<svg role="img" aria-labelledby="map-svg-title" focusable="false" ', 1
    )
    title = escape(governance_map.title, quote=False)
    svg = svg.replace("<title>governance</title>", f'<title id="map-svg-title">{title}</title>', 1)
    return _name_titles(svg, governance_map)


_TITLE = re.compile(r"<title>([^<]*)</title>")


def _name_titles(svg: str, governance_map: GovernanceMap) -> str:
    """Graphviz titles each shape with its internal id ("b11", "b3->b11"); a reader's
    tooltip should say the body's name, and a reporting line's what it says."""
    names = {body.id: body.name for level in governance_map.levels for body in level.bodies}
    levels = {level.level: level.label for level in governance_map.levels}
    lines = {(line.to_id, line.from_id): line for line in governance_map.lines}

    def body_name(node: str) -> str | None:
        found = re.fullmatch(r"b(\d+)", node)
        return names.get(int(found.group(1))) if found else None

    def retitle(match: re.Match) -> str:
        graphviz_id = unescape(match.group(1))
        text = ""
        if (name := body_name(graphviz_id)) is not None:
            text = name
        elif graphviz_id.startswith("cluster_"):
            text = f"{levels.get(graphviz_id[8:], '')} level"
        elif "->" in graphviz_id:
            upper, lower = graphviz_id.split("->", 1)
            ids = _ids(upper, lower)
            line = lines.get(ids) if ids is not None else None
            if line is not None:
                text = f"{names[line.from_id]} {line.relation_label} {names[line.to_id]}"
        return f"<title>{escape(_printable(text), quote=False)}</title>"

    return _TITLE.sub(retitle, svg)


def _ids(upper: str, lower: str) -> tuple[int, int] | None:
    if re.fullmatch(r"b\d+", upper) and re.fullmatch(r"b\d+", lower):
        return int(upper[1:]), int(lower[1:])
    return None


def _printable(text: str) -> str:
    """The text without the characters an SVG (XML) cannot hold."""
    return "".join(c for c in text if unicodedata.category(c) != "Cc" and c not in "\ufffe\uffff")


def map_cache():
    """Drawn maps are shared by every worker process through the "maps" cache."""
    return caches["maps"]


def map_fragment(area: Area | None = None) -> SafeString:
    """The drawn map and its list, from the cache when nothing it shows has changed."""
    title = f"Governance map of {area.name}" if area else "Governance map"
    body_rows, line_rows = _rows(area)
    fingerprint = hashlib.sha256(repr((title, body_rows, line_rows)).encode()).hexdigest()
    key = f"governance-map:v2:{fingerprint}"
    html = map_cache().get(key)
    if html is None:
        governance_map = build_map(title, body_rows, line_rows)
        try:
            svg = draw_svg(governance_map)
        except Exception:
            # Whatever Graphviz trips on, the list below says the same: the page stands.
            logger.exception("The governance map could not be drawn")
            svg = ""
        html = render_to_string(
            "governance/map_fragment.html",
            {"map": governance_map, "svg": mark_safe(svg)},
        )
        if svg:
            map_cache().set(key, html, CACHE_SECONDS)
    return mark_safe(html)
