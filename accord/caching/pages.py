"""Public pages served from a cache that cannot serve a stale page.

Only what the public gets is cached: a GET from a visitor without a session (no sign-in,
no flash message), for the pages listed in ``CACHED_PAGES``. Each cached page keeps the
change-log token it was made under and its keys (freshness.py); every hit asks the log
whether any of those keys changed since, so a change is seen by the very next request
after it commits, on every app server. Signed-in people always get a page made for them.

A page keyed by rows (``ROWS``) depends on every row it read as a model: an agreement's
page on the agreement, its parties, versions, steps and the bodies and meetings they
name, and, through the triggers' foreign keys, on every row pointing at those. A page
keyed by tables (``TABLES``) depends on every table its queries read: lists, searches and
maps, where a new row anywhere may change what is shown.

The key holds the release (code and settings that shape pages) and today's date, so a
new release or a new day (deadlines pass, meetings become past) makes every page anew.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone

from accord.caching.freshness import changed_since, collecting, current_token, prune_now_and_then

ROWS = "rows"
TABLES = "tables"
CACHED_PAGES = {
    "home": TABLES,
    "agreements:list": TABLES,
    "agreements:detail": ROWS,
    "agreements:version": ROWS,
    "signing:progress": ROWS,
    "organisations:list": TABLES,
    "organisations:detail": ROWS,
    "governance:bodies": TABLES,
    "governance:body": ROWS,
    "governance:areas": TABLES,
    "governance:area": ROWS,
    "governance:map": TABLES,
    "governance:area_map": TABLES,
    "approvals:meetings": TABLES,
    "approvals:meeting": ROWS,
    "opendata:index": TABLES,
}
CACHE_SECONDS = 3600  # never longer than freshness.KEEP_CHANGES
MAX_QUERY = 512
MAX_BYTES = 2 * 1024 * 1024
HEADER = "X-Accord-Page-Cache"
# Headers that belong to one response, never to a page served again.
PERSONAL_HEADERS = {"set-cookie", "date", HEADER.lower()}


def page_cache():
    return caches["default"]


@lru_cache(maxsize=1)
def release() -> str:
    """A fingerprint of the code, templates and settings that shape a page."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parents[1]
    for path in sorted(root.rglob("*")):
        if (
            path.suffix in {".py", ".html", ".txt", ".css", ".js"}
            and "migrations" not in path.parts
        ):
            stat = path.stat()
            digest.update(f"{path.relative_to(root)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    for name in ("ACCORD_SITE_NAME", "ACCORD_BASE_URL", "ACCORD_PAGE_SIZE",
                 "ACCORD_DATA_LICENCE_NAME", "ACCORD_DATA_LICENCE_URL", "STATIC_URL"):  # fmt: skip
        digest.update(f"{name}={getattr(settings, name, '')}".encode())
    return digest.hexdigest()[:16]


def page_mode(request) -> str | None:
    """ROWS or TABLES when this request may be answered from the cache; None otherwise."""
    if not getattr(settings, "ACCORD_PAGE_CACHE", True) or request.method != "GET":
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return None
    if (
        "HTTP_AUTHORIZATION" in request.META
        or len(request.META.get("QUERY_STRING", "")) > MAX_QUERY
    ):
        return None
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    return CACHED_PAGES.get(match.view_name)


_generation = {"local": 0}


def local_generation() -> int:
    """0 in production; moved on by ``forget_in_this_process`` (each test)."""
    return _generation["local"]


def page_key(request) -> str:
    query = "&".join(sorted(request.META.get("QUERY_STRING", "").split("&")))
    day = timezone.localdate().isoformat()
    raw = f"{release()}|{_generation['local']}|{day}|{request.path}|{query}"
    return "accord-page:" + hashlib.sha256(raw.encode()).hexdigest()


# A response carrying this attribute, set true, is served but never kept.
NOT_CACHEABLE = "accord_not_cacheable"


def keep_out_of_cache(response: HttpResponse) -> None:
    """Serve this page but do not keep it: it shows something about to change (a map
    still being drawn), which the next visitor should see anew. A response has no field
    for this, so the mark is an attribute of this one object, read by ``storable``."""
    setattr(response, NOT_CACHEABLE, True)


def storable(response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(response, NOT_CACHEABLE, False):
        return False
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    return vary <= {"cookie"} and len(response.content) <= MAX_BYTES


class _Recent:
    """The pages this process served last, so a hit costs only the freshness query."""

    def __init__(self, size: int = 256) -> None:
        self.size, self.lock = size, threading.Lock()
        self.entries: OrderedDict[str, dict] = OrderedDict()

    def get(self, key: str):
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
            return entry

    def put(self, key: str, entry: dict) -> None:
        with self.lock:
            self.entries[key] = entry
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()


recent = _Recent()
# Values kept by rows (values.cached_rows_value), pickled, in this process only: each use
# asks the change log whether they still hold, so no other process needs to share them,
# and keeping them here costs a miss no writes to the shared store.
recent_values = _Recent(128)


def lookup(key: str) -> dict | None:
    entry = recent.get(key)
    if entry is None:
        entry = page_cache().get(key)
        if entry is not None:
            recent.put(key, entry)
    return entry


def store(key: str, entry: dict) -> None:
    recent.put(key, entry)
    page_cache().set(key, entry, CACHE_SECONDS)


def clear() -> None:
    """Forget every cached page (after a restore)."""
    recent.clear()
    recent_values.clear()
    page_cache().clear()


def forget_in_this_process() -> None:
    """Make this process ignore every page cached so far, without touching the database
    (each test starts with no pages, whatever the test before it cached)."""
    recent.clear()
    _generation["local"] += 1


def _replay(entry: dict) -> HttpResponse:
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    response[HEADER] = "hit"
    return response


class PublicPageCacheMiddleware:
    """Place it after SecurityMiddleware and WhiteNoise and before SessionMiddleware: the
    middleware above it runs on every response, the ones below it only when a page is made
    (their headers are kept with the page; a page that sets a cookie is never kept)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        mode = page_mode(request)
        if mode is None:
            return self.get_response(request)
        key = page_key(request)
        entry = lookup(key)
        if entry is not None and not changed_since(entry["token"], entry["keys"]):
            return _replay(entry)
        token = current_token()
        with collecting(rows=mode == ROWS) as found:
            response = self.get_response(request)
        if storable(response):
            keys = found.keys(rows=mode == ROWS, tables=mode == TABLES)
            if not keys:
                # A page that read no rows as models still read tables: depend on those.
                # (One that read nothing at all changes only with the release or the day.)
                keys = found.keys(rows=False, tables=True)
            headers = [
                (name, value)
                for name, value in response.items()
                if name.lower() not in PERSONAL_HEADERS
            ]
            store(
                key,
                {
                    "token": token,
                    "keys": sorted(keys),
                    "status": response.status_code,
                    "headers": headers,
                    "content": response.content,
                },
            )
        prune_now_and_then()
        return _mark(response, "miss")


def _mark(response, state: str):
    response[HEADER] = state
    return response
