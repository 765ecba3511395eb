"""Values worked out from whole tables (the governance map of everything) are kept until a
table they read changes, and a page made from a kept value is made anew with it."""

from __future__ import annotations

import pytest

from accord.caching.values import cached_value
from accord.governance.models import Area, Body
from tests.governance.factories import BodyFactory

pytestmark = pytest.mark.django_db


def test_a_value_is_made_again_only_when_a_table_it_read_changes(demo):
    made = []

    def count_bodies() -> int:
        made.append(1)
        return Body.objects.count()

    first = cached_value("bodies", count_bodies)
    assert cached_value("bodies", count_bodies) == first and len(made) == 1
    Area.objects.create(name="Elsewhere", slug="elsewhere", level="place")  # not read
    assert cached_value("bodies", count_bodies) == first and len(made) == 1
    BodyFactory(name="Newly Formed Board")
    assert cached_value("bodies", count_bodies) == first + 1 and len(made) == 2


def test_the_map_of_everything_shows_a_new_body_at_once_from_a_kept_model(client, demo):
    # Keep the map's model (one page), then make a second page from the kept model: the
    # second page must still depend on the bodies table, though it ran no query on it.
    assert "Newly Formed Board" not in client.get("/map/?made=1").content.decode()
    response = client.get("/map/?made=2")
    assert response["X-Accord-Page-Cache"] == "miss"
    assert client.get("/map/?made=2")["X-Accord-Page-Cache"] == "hit"

    BodyFactory(name="Newly Formed Board", area=Area.objects.get(slug="thurrock"))

    response = client.get("/map/?made=2")
    assert response["X-Accord-Page-Cache"] == "miss"
    assert "Newly Formed Board" in response.content.decode()
