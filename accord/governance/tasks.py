"""The governance map's work in the task queue: drawing a map with Graphviz, outside any
request (maps/store.py queues it and serves the last drawing meanwhile)."""

from __future__ import annotations

from django_tasks import task

from accord.governance.maps.store import draw_queued


@task()
def draw_map(*, area_id: int | None, level: str, page: int, fingerprint: str) -> str:
    return draw_queued(area_id=area_id, level=level, page=page, fingerprint=fingerprint)
