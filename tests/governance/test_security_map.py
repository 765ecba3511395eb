"""The governance map shows every body's name as typed, whatever it holds, and never fails."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.governance.maps.drawing import draw_svg
from accord.governance.maps.model import GovernanceMap, MapBody, MapLevel, MapLine, Scope
from tests.governance.factories import AreaFactory, BodyFactory, ReportingLineFactory

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"

HOSTILE_NAMES = [
    "<b>x</b>",
    "<<B>Bold</B>>",
    'Quote " in the middle',
    "Back\\slash \\N \\G \\l",
    "Ends with a backslash \\",
    "R&amp;D & Co",
    "NUL\x00inside",
    "Escape \x1b[31m red",
    "{ subgraph cluster_x { evil } }",
    "x" * 300,
]


def shown(name: str) -> str:
    """A name as the drawing can carry it: control characters and XML's two
    non-characters cannot appear in an SVG, everything else does."""
    return "".join(
        c for c in name if not (ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or c in "\ufffe\uffff")
    )


def _titles(svg: str) -> list[str]:
    root = ET.fromstring(svg)
    return [element.text or "" for element in root.iter(f"{SVG}title")]


def _texts(svg: str) -> str:
    root = ET.fromstring(svg)
    return " ".join(element.text or "" for element in root.iter(f"{SVG}text"))


def _storable(names: list[str]) -> list[str]:
    """PostgreSQL refuses a NUL in text, and every form refuses one before it gets there
    (Django's CharField); SQLite keeps it, so there the drawing must cope with it."""
    if connection.vendor == "postgresql":
        return [name for name in names if "\x00" not in name]
    return names


def test_hostile_names_draw_the_map_and_list_them_as_typed(client):
    area = AreaFactory(slug="hostile", name="Hostile")
    bodies = [BodyFactory(name=name, area=area) for name in _storable(HOSTILE_NAMES)]
    ReportingLineFactory(from_body=bodies[0], to_body=bodies[1], relation="reports_to")
    for path in ("/map/", "/areas/hostile/map/"):
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        svg = html[html.index("<svg") : html.index("</svg>") + 6]
        titles = _titles(svg)
        # Each shape is titled with the body's name (control characters left out), never "b11".
        for body in bodies:
            assert shown(body.name) in titles, (body.name, titles)
        assert not any(re.fullmatch(r"b\d+|band_\w+|cluster_\w+", t) for t in titles)
        assert "<b>x</b> reports to <<B>Bold</B>>" in titles
        # Graphviz drew the names as text, not as markup: no bold, and the brackets shown.
        assert 'font-weight="bold"' not in svg
        assert "<<B>Bold</B>>" in _texts(svg)
        assert "R&amp;D & Co" in _texts(svg)
        assert "Back\\slash \\N \\G \\l" in _texts(svg)
        # The list beside the map escapes them as any page does.
        assert "&lt;b&gt;x&lt;/b&gt;" in html
        assert "<b>x</b>" not in html.replace(svg, "")


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(names=st.lists(st.text(min_size=1, max_size=60), min_size=1, max_size=3))
def test_any_name_at_all_draws_a_map_titled_with_it(names):
    bodies = [MapBody(n + 1, name, f"body-{n}", "place") for n, name in enumerate(names)]
    lines = []
    if len(bodies) > 1:
        lines = [MapLine(bodies[0].node, bodies[-1].node, "reports_to", bodies[-1].name)]
        bodies[0].lines = lines
    levels = [MapLevel("system", "System"), MapLevel("place", "Place", bodies=bodies)]
    governance_map = GovernanceMap("Governance map", Scope(), levels, lines, in_full=True)
    svg = draw_svg(governance_map)
    titles = _titles(svg)
    for name in names:
        assert shown(name) in titles or not shown(name).strip()
