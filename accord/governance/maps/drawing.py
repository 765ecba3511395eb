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

import graphviz

from accord.governance.maps.model import GovernanceMap, Level

LEVEL_FILL = {Level.SYSTEM: "#e8f1f8", Level.PLACE: "#f3f2f1", Level.COMMUNITY: "#edf6ef"}
RELATION_STYLE = {"reports_to": "solid", "accountable_to": "bold", "informs": "dashed"}
# The most any one drawing may take; the bounded size of a map keeps it far below this.
DOT_SECONDS = 30


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
    previous = None
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
                    label=_wrap(body.name),
                    href=body.url,
                    tooltip=body.name,
                    style="rounded,filled,dashed" if body.outside else "rounded,filled",
                )
                graph.edge(anchor, body.node, style="invis")
            for group in level.groups:
                noun = "body" if group.count == 1 else "bodies"
                label = _wrap(group.name) + (f"\\n({group.count} {noun})" if group.count else "")
                band.node(
                    group.node,
                    label=label,
                    href=group.url,
                    tooltip=f"Governance map of {group.name}",
                    shape="folder",
                    fillcolor="#ffffff" if not group.outside else "#f3f2f1",
                    style="filled,dashed" if group.outside else "filled",
                )
                graph.edge(anchor, group.node, style="invis")
        if previous is not None:
            # Every band's anchor sits below every node of the band above, which stacks
            # the bands system, place, community from top to bottom.
            graph.edge(f"band_{previous.level}", anchor, style="invis")
            for item in [*previous.bodies, *previous.groups]:
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
    title = governance_map.title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return svg.replace("<title>governance</title>", f'<title id="map-svg-title">{title}</title>', 1)
