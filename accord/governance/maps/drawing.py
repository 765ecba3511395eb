"""Drawing one governance map with Graphviz: bodies in system, place and community bands,
areas drawn as one box each, reporting lines as arrows.

The SVG keeps Graphviz's own size (points), so its labels are 11-point text at 100 %
zoom and grow with the browser's zoom; the page scrolls the drawing inside a frame and
offers buttons to zoom it (accord/core/static/accord/map.js). Links inside the drawing
are for the mouse only: keyboard and screen-reader users have the same links in the list
beside it, where the SVG is a single image with a title.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from html import escape, unescape

import graphviz

from accord.governance.maps.model import GovernanceMap, Level, MapBody, MapGroup, MapLevel

# Keyed by the plain value a map level carries (Level members are equal to their values).
LEVEL_FILL: dict[str, str] = {
    Level.SYSTEM: "#e8f1f8",
    Level.PLACE: "#f3f2f1",
    Level.COMMUNITY: "#edf6ef",
}
RELATION_STYLE = {"reports_to": "solid", "accountable_to": "bold", "informs": "dashed"}
# The most any one drawing may take; the bounded size of a map keeps it far below this.
DOT_SECONDS = 30
# A box shows at most this much of a name; the list beside the map shows it whole.
LABEL_MAX = 300


class DrawingFailed(Exception):
    """Graphviz did not draw the map (it timed out, or is not installed)."""


def to_dot(governance_map: GovernanceMap) -> graphviz.Digraph:
    graph = graphviz.Digraph("governance", format="svg")
    graph.attr(rankdir="TB", newrank="true", fontname="Helvetica", nodesep="0.3", ranksep="0.6")
    graph.attr(
        "node", shape="box", style="rounded,filled", fillcolor="white", fontname="Helvetica",
        fontsize="11",
    )  # fmt: skip
    graph.attr("edge", fontname="Helvetica", fontsize="9", color="#505a5f")
    previous: MapLevel | None = None
    for level in governance_map.levels:
        anchor = f"band_{level.level}"
        with graph.subgraph(name=f"cluster_{level.level}") as band:
            band.attr(
                label=level.label, labeljust="l", style="filled", color="#b1b4b6",
                fillcolor=LEVEL_FILL[level.level], fontsize="14",
            )  # fmt: skip
            band.node(anchor, label="", shape="point", style="invis", width="0")
            for body in level.bodies:
                band.node(
                    body.node,
                    label=_label(body.name),
                    href=body.url,
                    tooltip=_label(body.name, wrap=False),
                    style="rounded,filled,dashed" if body.outside else "rounded,filled",
                )
                graph.edge(anchor, body.node, style="invis")
            for group in level.groups:
                noun = "body" if group.count == 1 else "bodies"
                counted = f"\\n({group.count} {noun})" if group.count else ""
                label = graphviz.nohtml(_label(group.name) + counted)
                band.node(
                    group.node,
                    label=label,
                    href=group.url,
                    tooltip=_label(f"Governance map of {group.name}", wrap=False),
                    shape="folder",
                    fillcolor="#ffffff" if not group.outside else "#f3f2f1",
                    style="filled,dashed" if group.outside else "filled",
                )
                graph.edge(anchor, group.node, style="invis")
        if previous is not None:
            # Every band's anchor sits below every node of the band above, which stacks
            # the bands system, place, community from top to bottom.
            graph.edge(f"band_{previous.level}", anchor, style="invis")
            above: list[MapBody | MapGroup] = [*previous.bodies, *previous.groups]
            for item in above:
                graph.edge(item.node, anchor, style="invis")
        previous = level
    for line in governance_map.lines:
        # Drawn from the senior end down, the arrow pointing back up to it, so Graphviz
        # ranks the body reported to above the body reporting.
        graph.edge(
            line.to_node,
            line.from_node,
            dir="back",
            style=RELATION_STYLE.get(line.relation, "solid"),
            label=f"{line.count} lines" if line.count > 1 else "",
        )
    return graph


def _label(name: str, *, wrap: bool = True) -> graphviz.nohtml:
    """A name as a DOT label (or tooltip) that Graphviz shows exactly as typed: never
    markup (``nohtml`` keeps ``<b>x</b>`` from being an HTML-like label), ``&`` written as
    an entity because Graphviz decodes entities, backslashes doubled so ``\\N`` is not
    Graphviz's "node name", and control characters (a NUL ends DOT's string) left out."""
    text = _printable(name[:LABEL_MAX]).replace("&", "&amp;")
    return graphviz.nohtml(_wrap(text) if wrap else text.replace("\\", "\\\\"))


def _printable(text: str) -> str:
    """The text without the characters an SVG (XML) cannot hold."""
    return "".join(c for c in text if unicodedata.category(c) != "Cc" and c not in "\ufffe\uffff")


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
    """The map as an inline SVG element named by its title, at Graphviz's own size."""
    source = to_dot(governance_map).source
    try:
        done = subprocess.run(
            ["dot", "-Tsvg"], input=source.encode(), capture_output=True, timeout=DOT_SECONDS
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise DrawingFailed(f"Graphviz could not draw {governance_map.title}: {error}") from None
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace")[:300]
        raise DrawingFailed(f"Graphviz could not draw {governance_map.title}: {message}")
    raw = done.stdout.decode("utf-8")
    svg = raw[raw.index("<svg") :]
    svg = svg.replace(
        "<svg ",
        '<svg role="img" aria-labelledby="map-svg-title" focusable="false" class="accord-map__svg" ',
        1,
    )
    # The links inside are for the mouse: they stay out of the tab order (the list beside
    # the drawing has them all), and the image is one image to a screen reader.
    svg = re.sub(r"<a (xlink:href|href)=", r'<a tabindex="-1" \1=', svg)
    title = escape(governance_map.title, quote=False)
    svg = svg.replace("<title>governance</title>", f'<title id="map-svg-title">{title}</title>', 1)
    return _name_titles(svg, governance_map)


_TITLE = re.compile(r"<title>([^<]*)</title>")


def _name_titles(svg: str, governance_map: GovernanceMap) -> str:
    """Graphviz titles each shape with its internal id ("b11", "a3->b11"); a reader's
    tooltip should say the body's or area's name, and a reporting line what it says."""
    names: dict[str, str] = {}
    for level in governance_map.levels:
        names |= {body.node: body.name for body in level.bodies}
        names |= {group.node: group.name for group in level.groups}
    labels = {f"cluster_{level.level}": f"{level.label} level" for level in governance_map.levels}
    # Lines are drawn from the senior end (to_node) down to the junior (from_node).
    lines = {(line.to_node, line.from_node): line for line in governance_map.lines}

    def retitle(match: re.Match) -> str:
        graphviz_id = unescape(match.group(1))
        text = names.get(graphviz_id) or labels.get(graphviz_id, "")
        if "->" in graphviz_id:
            senior, _, junior = graphviz_id.partition("->")
            line = lines.get((senior, junior))
            if line is not None:
                text = f"{names[line.from_node]} {line.relation_label} {names[line.to_node]}"
        return f"<title>{escape(_printable(text), quote=False)}</title>"

    return _TITLE.sub(retitle, svg)
