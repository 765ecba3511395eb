"""Whether something made earlier from the database is still true.

Before a page is made, ``current_token`` notes where the change log stands. While it is
made, ``collecting`` gathers its keys: every row it read as a model instance
(``<table>:<id>``) and every table its queries read (``T:<table>``), whichever the page
asks for. Later, ``changed_since(token, keys)`` asks the log, in one indexed query,
whether any change a reader can now see touched one of those keys after the token: if
none did, what was made then is what would be made now.

- SQLite has one writer at a time and the log's ids only grow (AUTOINCREMENT), so the
  token is the largest id, and a change is newer when its id is larger.
- PostgreSQL commits in any order, so ids prove nothing: the token is the reader's
  snapshot, and a change is newer when its transaction was not visible in it. A
  transaction sees its own rows whatever its snapshot says, so rows of the token's own
  transaction are newer when their id is past the sequence's value at the token.

Nothing here takes a lock: readers never wait, and writers only append to the log.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connection
from django.utils import timezone

from accord.caching.triggers import CHANGE_TABLE

logger = logging.getLogger(__name__)

# The log keeps a day of changes; nothing made from the database is kept longer than
# CACHE_SECONDS, so a change can never be pruned before every page made before it is gone.
KEEP_CHANGES = dt.timedelta(days=1)
PRUNE_EVERY_SECONDS = 3600
# Django quotes table names; raw SQL may not.
_TABLES_READ = re.compile(r'(?:FROM|JOIN)\s+"?([A-Za-z0-9_]+)"?', re.IGNORECASE)


@dataclass
class Dependencies:
    rows: bool = True  # note instances (a page about rows), or only tables (lists, files)
    instances: set[str] = field(default_factory=set)  # "<table>:<id>" of each row read
    tables: set[str] = field(default_factory=set)

    def keys(self, *, rows: bool, tables: bool) -> set[str]:
        found = self.row_keys() if rows else set()
        if tables:
            found |= {f"T:{table}" for table in self.tables}
        return found

    def row_keys(self) -> set[str]:
        """Every row read. None may be left out because a row it points to was read too:
        a change to a row touches the rows it points to (triggers.py), but a new row
        pointing at it (a party added to an agreement that names its body) touches only
        the row it points at, not that row's own targets."""
        return set(self.instances)


_collecting: contextvars.ContextVar[Dependencies | None] = contextvars.ContextVar(
    "accord_page_dependencies", default=None
)


def note_instance(sender, instance, **kwargs) -> None:
    """post_init: a model instance was made (from a row, when it has a primary key)."""
    found = _collecting.get()
    if found is None or not found.rows or instance.pk is None:
        return
    found.instances.add(f"{sender._meta.db_table}:{instance.pk}")


def _note_tables(execute, sql, params, many, context):
    found = _collecting.get()
    if found is not None and sql.lstrip()[:6].upper() == "SELECT":
        found.tables.update(_TABLES_READ.findall(sql))
    return execute(sql, params, many, context)


def note_tables(tables: Iterable[str]) -> None:
    """Tell whatever is being made now that it depends on ``tables``: for a value kept
    from earlier (values.py), whose queries this request did not run."""
    found = _collecting.get()
    if found is not None:
        found.tables.update(tables)


def note_rows(keys: Iterable[str]) -> None:
    """Tell a page being made (keyed by rows) that it depends on these rows too: those a
    value kept from earlier read (values.py), whose queries this request did not run."""
    found = _collecting.get()
    if found is not None and found.rows:
        found.instances.update(keys)


@contextmanager
def collecting(*, rows: bool = True) -> Iterator[Dependencies]:
    """Gather what the code inside reads: rows made into instances (unless ``rows`` is
    False, for work that reads too many rows to list), and tables queried."""
    found = Dependencies(rows=rows)
    marker = _collecting.set(found)
    try:
        with connection.execute_wrapper(_note_tables):
            yield found
    finally:
        _collecting.reset(marker)


# --- tokens -------------------------------------------------------------------------------

_sequence_name: dict[str, str] = {}


def _pg_sequence() -> str:
    if "name" not in _sequence_name:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [CHANGE_TABLE])
            _sequence_name["name"] = cursor.fetchone()[0]
    return _sequence_name["name"]


def current_token() -> list:
    """Where the change log stands for this reader, as plain JSON-able values."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT pg_current_snapshot()::text, "
                "pg_current_xact_id_if_assigned()::text::bigint, "
                f"(SELECT last_value FROM {_pg_sequence()})"
            )
            snapshot, own, last = cursor.fetchone()
            return ["postgresql", snapshot, own, last]
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {CHANGE_TABLE}")
        return ["sqlite", cursor.fetchone()[0]]


def changed_since(token: list, keys: Iterable[str]) -> bool:
    """Whether a change now visible touched any of ``keys`` after ``token`` was taken.

    A token from another engine (a restore onto PostgreSQL of an instance that ran on
    SQLite) proves nothing, so it counts as changed."""
    keys = sorted(set(keys))
    if not keys:
        return False
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            if token[0] != "postgresql":
                return True
            _, snapshot, own, last = token
            # Rows of the token's own transaction: newer when written after the token
            # (a larger id). Anyone else's: newer when the token's snapshot could not see
            # their transaction.
            # The keys go as one JSON string, read by the server: a list of hundreds of
            # strings (a sign-up table's rows) is otherwise quoted one by one in Python.
            cursor.execute(
                f"SELECT 1 FROM {CHANGE_TABLE} WHERE key = ANY(ARRAY("
                "SELECT jsonb_array_elements_text(%s::jsonb))) "
                "AND txid >= LEAST(pg_snapshot_xmin(%s::pg_snapshot)::text::bigint, %s) "
                "AND CASE WHEN txid = %s THEN id > %s "
                "ELSE NOT pg_visible_in_snapshot(txid::text::xid8, %s::pg_snapshot) END "
                "LIMIT 1",
                [json.dumps(keys), snapshot, own, own, last, snapshot],
            )
        else:
            if token[0] != "sqlite":
                return True
            marks = ", ".join(["%s"] * len(keys))
            cursor.execute(
                f"SELECT 1 FROM {CHANGE_TABLE} WHERE key IN ({marks}) AND id > %s LIMIT 1",
                [*keys, token[1]],
            )
        return cursor.fetchone() is not None


# --- keeping the log short ----------------------------------------------------------------

_last_prune = {"at": 0.0}


def prune(now: dt.datetime | None = None) -> int:
    """Forget changes older than KEEP_CHANGES; returns how many rows went."""
    from accord.caching.models import Change

    cutoff = (now or timezone.now()) - KEEP_CHANGES
    deleted, _ = Change.objects.filter(at__lt=cutoff).delete()
    return deleted


def prune_now_and_then() -> None:
    """Prune at most once an hour in each process; a failure is logged, never raised."""
    if time.monotonic() - _last_prune["at"] < PRUNE_EVERY_SECONDS:
        return
    _last_prune["at"] = time.monotonic()
    try:
        prune()
    except Exception:  # a busy database must not break the page being served
        logger.exception("Pruning the change log failed; it will be tried again later.")
