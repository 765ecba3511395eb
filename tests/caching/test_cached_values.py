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


def test_a_value_kept_in_this_process_costs_only_the_freshness_query(
    demo, django_assert_num_queries
):
    """The second read is served from this process's copy: the change log is asked, the
    shared store is not read; and each caller gets its own copy to change."""
    first = cached_value("body-names", lambda: list(Body.objects.values_list("name", flat=True)))
    with django_assert_num_queries(1):
        again = cached_value("body-names", lambda: [])
    assert again == first
    again.append("Changed by one caller")
    with django_assert_num_queries(1):
        assert cached_value("body-names", lambda: []) == first
    BodyFactory(name="Newly Formed Board")
    assert "Newly Formed Board" in cached_value(
        "body-names", lambda: list(Body.objects.values_list("name", flat=True))
    )


def test_a_value_shared_by_another_process_is_used_when_this_one_has_none(demo):
    from accord.caching import pages

    made = []

    def names() -> list[str]:
        made.append(1)
        return list(Body.objects.values_list("name", flat=True))

    first = cached_value("body-names-shared", names)
    pages.recent_values.clear()  # as another process would start: only the shared store
    assert cached_value("body-names-shared", names) == first and len(made) == 1
