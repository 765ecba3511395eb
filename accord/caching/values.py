"""Values worked out from whole tables, kept until one of those tables changes.

Some reads summarise a large part of the register: the governance map of a whole
country counts every body by area and every reporting line between areas. Such a value
is kept in the page cache's store with the change-log token it was made under and the
tables its queries read (freshness.py), and used again, by anyone, while no committed
change has touched those tables. Only values that are the same for every person may be
kept here: nothing read through a person's permissions; and only in pages the page
cache keys by tables (``pages.TABLES``), to which a kept value passes on its tables.

A value used inside a page being cached passes its tables on to that page, whether it
was made now or kept, so the page is made anew when the value would be.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable
from typing import TypeVar

from accord.caching.freshness import (
    changed_since,
    collecting,
    current_token,
    note_rows,
    note_tables,
)
from accord.caching.pages import (
    CACHE_SECONDS,
    local_generation,
    page_cache,
    recent_values,
    release,
)

T = TypeVar("T")


def cached_value(name: str, make: Callable[[], T], *, keep: Callable[[T], bool] | None = None) -> T:
    """What ``make()`` would return now: kept, or made and kept. ``keep``, when given, says
    whether a value just made may be kept: one that depends on more than the tables (a
    drawing still being made elsewhere) is returned but made again next time.

    The value is kept in the shared store, for every process, and a pickled copy in this
    process (``pages.recent_values``), so that a hit here costs the freshness query alone,
    not a read of the shared store as well."""
    key = f"accord-value:{release()}:{local_generation()}:{name}"
    local = recent_values.get(key)
    if local is not None and not changed_since(local["token"], local["keys"]):
        note_tables(local["tables"])
        kept: T = pickle.loads(local["value"])
        return kept
    entry = page_cache().get(key)
    if entry is not None and not changed_since(entry["token"], entry["keys"]):
        _keep_here(key, entry)
        note_tables(entry["tables"])
        value: T = entry["value"]
        return value
    token = current_token()
    with collecting(rows=False) as found:
        value = make()
    tables = sorted(found.tables)
    keys = sorted(found.keys(rows=False, tables=True))
    if keep is None or keep(value):
        entry = {"token": token, "keys": keys, "tables": tables, "value": value}
        page_cache().set(key, entry, CACHE_SECONDS)
        _keep_here(key, entry)
    note_tables(tables)
    return value


def _keep_here(key: str, entry: dict) -> None:
    recent_values.put(
        key, {**entry, "value": pickle.dumps(entry["value"], pickle.HIGHEST_PROTOCOL)}
    )


def cached_rows_value(name: str, make: Callable[[], T], *, rows: Iterable[str] = ()) -> T:
    """What ``make()`` would return now, kept until a row it read changes: the rule the
    page cache applies to a page about rows (an agreement and its parties). Every row
    ``make`` reads as a model is a key, and so are ``rows`` (``"<table>:<id>"``): the row
    the value is about, when ``make`` was handed it rather than reading it, since a new
    row pointing at it (a party added) touches only that row's key.

    ``name`` must hold everything else the value depends on (the row's id, the day it was
    made for); the value must be the same for every person allowed to see it. It is kept
    pickled in this process (``pages.recent_values``), so each caller gets its own copy
    to change. A value used inside a page being made passes its rows and tables on to
    that page."""
    key = f"{release()}:{local_generation()}:{name}"
    entry = recent_values.get(key)
    if entry is not None and not changed_since(entry["token"], entry["keys"]):
        note_rows(entry["keys"])
        note_tables(entry["tables"])
        value: T = pickle.loads(entry["value"])
        return value
    token = current_token()
    with collecting(rows=True) as found:
        value = make()
    keys = sorted(found.row_keys() | set(rows))
    tables = sorted(found.tables)
    if keys:  # a value that read no row at all is not kept: nothing could say it changed
        recent_values.put(
            key,
            {
                "token": token,
                "keys": keys,
                "tables": tables,
                "value": pickle.dumps(value, pickle.HIGHEST_PROTOCOL),
            },
        )
    note_rows(keys)
    note_tables(tables)
    return value
