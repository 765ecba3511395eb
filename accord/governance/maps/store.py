"""Keeping drawn maps, and drawing outside the request.

A drawing is kept (in the "maps" cache) under the fingerprint of exactly what it shows,
and as the latest drawing of its map. A page asks for the map's current fingerprint (a
few bounded queries, model.py); when that drawing is kept, it is shown. Otherwise the
drawing is handed to a background thread and the page waits at most ``PAGE_WAIT``
seconds for it (a small map is drawn in well under that): if it is not ready, the page
shows the latest drawing of the same map, saying it is being redrawn, or, for a map
never drawn, that it is being drawn; the list beside it is always up to date. Such a
page is not kept by the page cache, so the next visitor gets the new drawing.

Several app processes may need the same drawing at once: the first to claim it (a cache
``add``) draws, and the others wait for its result like any page. ``map_draw`` does the
same work from the database alone, for a task queue or a command.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from django.core.cache import caches
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from accord.caching.values import cached_value
from accord.governance.maps.drawing import draw_svg
from accord.governance.maps.model import GovernanceMap, Scope, build

logger = logging.getLogger(__name__)
PAGE_WAIT = 0.8  # seconds: no request waits on Graphviz for more than a second
CLAIM_SECONDS = 60
KEEP_SECONDS = 30 * 24 * 3600
VERSION = "v2"

_lock = threading.Lock()
_executor: ThreadPoolExecutor | None = None
_in_flight: dict[str, Future] = {}


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


def _draw_and_keep(governance_map: GovernanceMap, fingerprint: str) -> str:
    svg = draw_svg(governance_map)
    _keep(governance_map, fingerprint, svg)
    return svg


def _background() -> ThreadPoolExecutor:
    global _executor
    with _lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="accord-map")
        return _executor


def _submit(governance_map: GovernanceMap, fingerprint: str) -> Future | None:
    """The drawing of ``fingerprint``, started once in this process; None when another
    process has claimed it (then its result appears in the cache)."""
    with _lock:
        running = _in_flight.get(fingerprint)
        if running is not None:
            return running
    if not map_cache().add(f"governance-map:{VERSION}:claim:{fingerprint}", 1, CLAIM_SECONDS):
        return None
    with _lock:
        future = _in_flight.get(fingerprint)
        if future is not None:
            return future
        future = _in_flight[fingerprint] = Future()

    def work() -> None:
        try:
            future.set_result(_draw_and_keep(governance_map, fingerprint))
        except BaseException as error:  # handed to whoever waits; logged here
            logger.warning("The governance map was not drawn: %s", error)
            future.set_exception(error)
        finally:
            with _lock:
                _in_flight.pop(fingerprint, None)

    _background().submit(work)
    return future


def _wait_for(governance_map: GovernanceMap, fingerprint: str, seconds: float) -> str | None:
    """The drawing, if it is ready within ``seconds``; started here if nobody has."""
    future = _submit(governance_map, fingerprint)
    if future is not None:
        try:
            return future.result(timeout=seconds)
        except FutureTimeout:
            return None
    deadline = time.monotonic() + seconds
    while True:
        svg = map_cache().get(_drawing_key(fingerprint))
        if svg is not None or time.monotonic() >= deadline:
            return svg
        time.sleep(0.05)


def map_fragment(
    area=None, *, level: str = "", page: int = 1, wait: float | None = PAGE_WAIT
) -> MapFragment:
    """The drawn map and its list. ``wait`` is the most seconds to wait for a new drawing;
    None waits until it is drawn (documents, which cannot be reloaded)."""
    scope = Scope(area, level, page)
    # The map of a whole country counts every body and line of the register: worked out
    # once, and again only when a table it read has changed (accord.caching.values).
    governance_map = cached_value(f"governance-map:{VERSION}:{scope.key}", lambda: build(scope))
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
