"""Keeping drawn maps, and drawing them in the task queue.

A drawing is kept (in the "maps" cache) under the fingerprint of exactly what it shows,
and as the latest drawing of its map. A page asks for the map's current fingerprint (a
few bounded queries, model.py); when that drawing is kept, it is shown. Otherwise the
drawing is queued (accord/governance/tasks.py) and the page waits at most ``PAGE_WAIT``
seconds for a worker to draw it (a small map is drawn in well under that): if it is not
ready, the page shows the latest drawing of the same map, saying it is being redrawn, or,
for a map never drawn, that it is being drawn; the list beside it is always up to date.
Such a page is not kept by the page cache, so the next visitor gets the new drawing.

Many requests may need the same drawing at once, on any app server: the first to claim
it queues it, and the others wait for its result like any page. The claim is an ``add``
to the database cache, which its primary key makes atomic; the file cache's ``add``
looks and then writes, so two requests at once could both claim. A
drawing that fails is remembered for a minute, so pages say so instead of waiting.
``map_draw`` does the same work from the database alone, for the task or a command.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from dataclasses import dataclass
from typing import Any, cast

from django.conf import settings
from django.core.cache import caches
from django.template.loader import render_to_string
from django.urls import get_script_prefix
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from accord.caching.values import cached_value
from accord.governance.maps.drawing import draw_svg
from accord.governance.maps.model import GovernanceMap, Scope, build

logger = logging.getLogger(__name__)
PAGE_WAIT = 0.8  # seconds: no request waits on Graphviz for more than a second
POLL = 0.05
CLAIM_SECONDS = 60
KEEP_SECONDS = 30 * 24 * 3600
VERSION = "v2"


@dataclass
class MapFragment:
    html: SafeString
    current: bool  # the drawing shows the map as it is now

    def __str__(self) -> str:
        return self.html

    def __html__(self) -> str:
        return self.html


def map_cache():
    """Drawn maps are shared by the worker processes of a server through the "maps" cache."""
    return caches["maps"]


def _drawing_key(fingerprint: str) -> str:
    return f"governance-map:{VERSION}:drawing:{fingerprint}"


def _latest_key(scope: Scope) -> str:
    return f"governance-map:{VERSION}:latest:{scope.key}"


def _keep(governance_map: GovernanceMap, fingerprint: str, svg: str) -> None:
    cache = map_cache()
    cache.set(_drawing_key(fingerprint), svg, KEEP_SECONDS)
    latest = {"fingerprint": fingerprint, "svg": svg, "drawn_at": timezone.now()}
    cache.set(_latest_key(governance_map.scope), latest, KEEP_SECONDS)


def _failed_key(fingerprint: str) -> str:
    return f"governance-map:{VERSION}:failed:{fingerprint}"


def _draw_and_keep(governance_map: GovernanceMap, fingerprint: str) -> str:
    try:
        svg = draw_svg(governance_map)
    except BaseException:
        map_cache().set(_failed_key(fingerprint), 1, CLAIM_SECONDS)
        raise
    _keep(governance_map, fingerprint, svg)
    return svg


def draw_queued(*, area_id: int | None, level: str, page: int, fingerprint: str) -> str:
    """The queued drawing's body: draw the map as it is now, unless the drawing asked
    for is kept already (a task run twice, or a map drawn meanwhile)."""
    from accord.governance.models import Area

    area = Area.objects.filter(pk=area_id).first() if area_id is not None else None
    if area_id is not None and area is None:
        return "gone"
    if map_cache().get(_drawing_key(fingerprint)) is not None:
        return "kept"
    governance_map = build(Scope(area, level, page))
    _draw_and_keep(governance_map, governance_map.fingerprint())
    return "drawn"


def _queue(governance_map: GovernanceMap, fingerprint: str) -> None:
    """Queue the drawing of ``fingerprint`` once across every app server."""
    # The claim is for the drawings folder the worker will keep it in.
    maps = cast(dict[str, Any], settings.CACHES["maps"])
    folder = hashlib.sha256(str(maps["LOCATION"]).encode()).hexdigest()[:16]
    claim = f"governance-map:{VERSION}:claim:{folder}:{fingerprint}"
    if not caches["default"].add(claim, 1, CLAIM_SECONDS):  # atomic, and shared by every server
        return
    from accord.governance.tasks import draw_map  # the task module imports this one

    scope = governance_map.scope
    draw_map.enqueue(
        area_id=scope.area.pk if scope.area is not None else None,
        level=scope.level,
        page=scope.page,
        fingerprint=fingerprint,
    )


def _wait_for(governance_map: GovernanceMap, fingerprint: str, seconds: float) -> str | None:
    """The drawing, if a worker has drawn it within ``seconds``; queued here if nobody has.
    Raises if the drawing failed."""
    _queue(governance_map, fingerprint)
    deadline = time.monotonic() + seconds
    cache = map_cache()
    while True:
        svg = cache.get(_drawing_key(fingerprint))
        if svg is not None:
            return svg
        if cache.get(_failed_key(fingerprint)) is not None:
            raise RuntimeError("The drawing failed; see the worker's log.")
        if time.monotonic() >= deadline:
            return None
        time.sleep(POLL)


def _current(scope: Scope) -> GovernanceMap:
    # The map of a whole country counts every body and line of the register: worked out
    # once, and again only when a table it read has changed (accord.caching.values).
    return cached_value(f"governance-map:{VERSION}:{scope.key}", lambda: build(scope))


def map_fingerprint(area=None, *, level: str = "", page: int = 1) -> str:
    """What the map's drawing and list would show now, as a hash: for documents that
    embed the map and are kept under a fingerprint of what they contain."""
    return f"{VERSION}:{_current(Scope(area, level, page)).fingerprint()}"


def map_fragment(
    area=None,
    *,
    level: str = "",
    page: int = 1,
    wait: float | None = PAGE_WAIT,
    day: dt.date | None = None,
) -> MapFragment:
    """The drawn map and its list, as it is now or (``day``) as it stood on a day that has
    passed. ``wait`` is the most seconds to wait for a new drawing; None waits until it is
    drawn (documents, which cannot be reloaded).

    A fragment showing the current drawing is kept until a table the map read changes, as
    the map is: its list of every system of a country costs more to lay out than the rest
    of the page. One showing an earlier drawing, or none, is made again on each visit, so
    the new drawing is shown as soon as it is kept."""
    scope = Scope(area, level, page, day)
    return cached_value(
        # Its links carry the site's prefix: a kept fragment is for one prefix.
        f"governance-map-fragment:{VERSION}:{get_script_prefix()}:{scope.key}",
        lambda: _fragment(scope, wait),
        keep=lambda fragment: fragment.current,
    )


def _fragment(scope: Scope, wait: float | None) -> MapFragment:
    governance_map = _current(scope)
    fingerprint = governance_map.fingerprint()
    svg, state, drawn_at = None, "current", None
    if not governance_map.is_empty:
        svg = map_cache().get(_drawing_key(fingerprint))
        try:
            if svg is None and wait is None:
                svg = _draw_and_keep(governance_map, fingerprint)
            elif svg is None and wait is not None:
                svg = _wait_for(governance_map, fingerprint, wait)
                if svg is None:
                    state = "drawing"
        except Exception:
            # Whatever Graphviz trips on, the list beside says the same: the page stands.
            logger.exception("The governance map %s could not be drawn", governance_map.title)
            state = "failed"
        if svg is None:
            latest = map_cache().get(_latest_key(governance_map.scope))
            if latest is not None:
                svg, state, drawn_at = latest["svg"], "earlier", latest["drawn_at"]
    html = render_to_string(
        "governance/map_fragment.html",
        {
            "map": governance_map,
            "svg": mark_safe(svg) if svg else "",
            "state": state,
            "drawn_at": drawn_at,
        },
    )
    return MapFragment(mark_safe(html), current=state == "current")


def map_draw(*, area=None, level: str = "", page: int = 1) -> str:
    """Draw one map from the database now and keep it, whatever is kept already; returns
    the SVG. For a task queue or a command: nothing here needs a request."""
    governance_map = build(Scope(area, level, page))
    return _draw_and_keep(governance_map, governance_map.fingerprint())
