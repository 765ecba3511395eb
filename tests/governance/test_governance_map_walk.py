"""Every governance map of a large register, walked from the map of everything by its own
links: no drawing holds more bodies than a person can read, every inner area drawn as a
box links to that area's own map, and every open body is drawn on some map."""

from __future__ import annotations

import re

import pytest

from accord.demo.national import generate, parse_size
from accord.governance.maps import map_draw, model
from accord.governance.maps.model import MAX_AREA_LINES, MAX_BODIES, Scope, build
from accord.governance.models import Area, Body, BodyStatus

pytestmark = pytest.mark.django_db


def _walk():
    """Every map reachable from the map of everything, by area box, level and page."""
    seen, queue, maps = set(), [Scope()], []
    while queue:
        scope = queue.pop(0)
        if scope.key in seen:
            continue
        seen.add(scope.key)
        governance_map = build(scope)
        maps.append(governance_map)
        for level in governance_map.levels:
            queue.extend(Scope(Area.objects.get(pk=g.id)) for g in level.groups if not g.outside)
        queue.extend(Scope(scope.area, scope.level, n) for n in range(2, governance_map.pages + 1))
        if scope.level == "" and scope.page == 1:
            queue.extend(Scope(scope.area, level) for level in governance_map.own_levels)
    return maps


def test_every_map_of_a_large_register_is_readable_and_links_to_the_next(demo, monkeypatch):
    generate(size=parse_size("100x"), seed=11)
    maps = _walk()
    assert len(maps) > 20, "the register was not large enough to be split"
    drawn_somewhere = set()
    for governance_map in maps:
        bodies = [b for level in governance_map.levels for b in level.bodies]
        groups = [g for level in governance_map.levels for g in level.groups]
        where = governance_map.scope.url()
        assert len(bodies) <= MAX_BODIES, (where, len(bodies))
        area_lines = [x for x in governance_map.lines if {x.from_node[0], x.to_node[0]} == {"a"}]
        assert len(area_lines) <= MAX_AREA_LINES, where
        drawn_somewhere |= {b.id for b in bodies if not b.outside}
        for group in groups:
            area = Area.objects.get(pk=group.id)
            assert group.url == f"/areas/{area.slug}/map/", where
    open_bodies = set(Body.objects.exclude(status=BodyStatus.CLOSED).values_list("id", flat=True))
    assert open_bodies == drawn_somewhere, "a body no map draws"

    # The drawings hold what their maps say: the map of everything and one map of an area
    # that is itself split into boxes, drawn by Graphviz.
    split = next(m for m in maps if m.scope.area is not None and not m.in_full)
    for governance_map in [maps[0], split]:
        svg = map_draw(area=governance_map.scope.area)
        drawn_bodies = re.findall(r'href="/bodies/', svg)
        assert len(drawn_bodies) <= MAX_BODIES
        groups = [g for level in governance_map.levels for g in level.groups]
        assert groups, "a large register's map with no area boxes"
        for group in groups:
            assert f"<title>{group.name}</title>" in svg
            assert f'href="{group.url}"' in svg, group.url

    # Lines between area boxes are bounded too: the busiest are kept, the rest counted.
    everything = [x for x in maps[0].lines if {x.from_node[0], x.to_node[0]} == {"a"}]
    if len(everything) > 1:
        monkeypatch.setattr(model, "MAX_AREA_LINES", 1)
        capped = build(Scope())
        kept = [x for x in capped.lines if {x.from_node[0], x.to_node[0]} == {"a"}]
        assert len(kept) == 1 and capped.area_lines_left_off == len(everything) - 1
        assert kept[0].count == max(x.count for x in everything)
