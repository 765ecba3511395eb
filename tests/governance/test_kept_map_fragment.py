"""The map's drawing and list, kept (accord.governance.maps.store.map_fragment) while they
show the current drawing: with the page cache off, as a signed-in person gets the page, the
list is laid out once and then served as kept until a table the map read changes. A change
to any fact the list shows, including one the drawing's fingerprint leaves out (a body's
address), shows on the very next request; a fragment still waiting for its drawing is made
again on each visit."""

from __future__ import annotations

import pytest

from accord.governance.maps import store
from accord.governance.models import Area, Body
from tests.queue.workers import run_tasks_here

pytestmark = pytest.mark.django_db


@pytest.fixture
def layouts(monkeypatch):
    """How many times the map's list was laid out."""
    made = []
    real = store.render_to_string

    def counting(template, context=None, *args, **kwargs):
        if template == "governance/map_fragment.html":
            made.append(template)
        return real(template, context, *args, **kwargs)

    monkeypatch.setattr(store, "render_to_string", counting)
    return made


def test_the_current_map_is_laid_out_once_and_then_kept(client, demo, page_cache_off, layouts):
    first = client.get("/areas/thurrock/map/").content.decode()
    assert '<svg role="img"' in first and len(layouts) == 1
    again = client.get("/areas/thurrock/map/").content.decode()
    assert again == first and len(layouts) == 1  # served as kept, the same page


def test_a_renamed_body_and_a_new_address_show_at_once(client, demo, page_cache_off, layouts):
    client.get("/areas/thurrock/map/")
    body = Body.objects.get(slug="hwb")
    Body.objects.filter(pk=body.pk).update(slug="hwb-renamed")  # the drawing is the same
    html = client.get("/areas/thurrock/map/").content.decode()
    assert "/bodies/hwb-renamed/" in html and 'href="/bodies/hwb/"' not in html
    Body.objects.filter(pk=body.pk).update(name="Thurrock Wellbeing Board (kept test)")
    html = client.get("/areas/thurrock/map/").content.decode()
    assert "Thurrock Wellbeing Board (kept test)" in html.split("</svg>", 1)[1]  # the list
    assert len(layouts) == 3


def test_a_renamed_area_above_shows_in_the_maps_trail_at_once(client, demo, page_cache_off):
    assert "Mid and South Essex" in client.get("/areas/thurrock/map/").content.decode()
    Area.objects.filter(name="Mid and South Essex").update(name="Renamed System (kept test)")
    html = client.get("/areas/thurrock/map/").content.decode()
    assert "Renamed System (kept test)" in html.split("<svg", 1)[0]  # the trail above the map


def test_a_map_waiting_for_its_drawing_is_not_kept(client, demo, task_queue, layouts):
    html = client.get("/areas/thurrock/map/").content.decode()
    assert "This map is being drawn" in html and "<svg" not in html
    assert "This map is being drawn" in client.get("/areas/thurrock/map/").content.decode()
    assert len(layouts) == 2  # made again, not kept
    run_tasks_here()  # the worker draws it: no table the map read has changed
    assert '<svg role="img"' in client.get("/areas/thurrock/map/").content.decode()
