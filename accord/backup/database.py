"""The database as an engine-neutral dump (Django's JSON Lines serialisation of every
model), so an archive made on SQLite restores onto PostgreSQL and back (decision 0015).

The dump is read inside one snapshot: on SQLite a DEFERRED read transaction (in WAL mode
it sees one moment and blocks no writer), on PostgreSQL a REPEATABLE READ, READ ONLY
transaction (the snapshot ``pg_dump`` itself uses).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator
from typing import IO

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.jsonl import Serializer as JsonLinesSerializer
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.recorder import MigrationRecorder

from accord.backup.crypto import BackupRefused
from accord.caching.models import Change
from accord.queue.models import WorkerHeartbeat

# Made again by `migrate` on every instance (content types, permissions) or not worth
# keeping (sessions: people sign in again). References to the first two are written by
# their natural keys, which are the same on every instance.
_RECREATED = (ContentType, Permission)
# The page cache's change log only says what changed since a page was made; a restored
# instance starts with an empty page cache (restore.py), so there is nothing to say.
# Workers' heartbeats name processes of the instance backed up, not of the one restored;
# the queued tasks themselves are kept (a task left running is run again by recovery).
_SKIPPED = (*_RECREATED, Session, Change, WorkerHeartbeat)


class _Encoder(DjangoJSONEncoder):
    """Django's encoder cuts times to milliseconds; a restore must give back the exact
    moments (signatures, decisions), so they are written in full."""

    def default(self, o):
        if isinstance(o, dt.datetime | dt.time):
            return o.isoformat()
        return super().default(o)


class _Serializer(JsonLinesSerializer):
    """Natural keys only for content types and permissions, whose ids differ between
    instances; every other reference keeps its id, so loading needs no look-ups."""

    def handle_fk_field(self, obj, field):
        self.use_natural_foreign_keys = field.remote_field.model in _RECREATED
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        self.use_natural_foreign_keys = field.remote_field.model in _RECREATED
        super().handle_m2m_field(obj, field)

    def end_object(self, obj):
        # One write per row: json.dump writes each fragment separately, which costs half
        # the dump's time.
        self.stream.write(json.dumps(self.get_dump_object(obj), **self.json_kwargs) + "\n")
        self._current = None


def dumped_models() -> list:
    """Every model whose rows the archive holds, those referred to first."""
    app_list = {
        config: None
        for config in apps.get_app_configs()
        if any(model not in _SKIPPED for model in config.get_models())
    }
    ordered = serializers.sort_dependencies(app_list.items(), allow_cycles=True)
    return [
        model
        for model in ordered
        if model not in _SKIPPED and model._meta.managed and not model._meta.proxy
    ]


def applied_migrations(using: str = DEFAULT_DB_ALIAS) -> list[str]:
    recorder = MigrationRecorder(connections[using])
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


@contextlib.contextmanager
def snapshot() -> Iterator[str]:
    """A database alias that reads one consistent moment of the default database."""
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.in_atomic_block:
        # Already inside a transaction (a caller's, or a test's): it is the snapshot.
        yield DEFAULT_DB_ALIAS
        return
    if connection.vendor == "sqlite":
        # Django opens SQLite transactions with BEGIN IMMEDIATE, which would hold the
        # write lock for the whole dump. A DEFERRED read transaction in WAL mode sees
        # one moment of the database and lets writers carry on beside it.
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("BEGIN DEFERRED")
        try:
            yield DEFAULT_DB_ALIAS
        finally:
            with connection.cursor() as cursor:
                cursor.execute("ROLLBACK")
        return
    with transaction.atomic(using=DEFAULT_DB_ALIAS):
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield DEFAULT_DB_ALIAS


def database_dump(*, using: str, stream: IO[str]) -> dict[str, int]:
    """Write every row as JSON Lines; returns the count of rows per model."""
    counts: dict[str, int] = {}
    serializer = _Serializer()
    for model in dumped_models():
        rows = model._base_manager.using(using).order_by(model._meta.pk.name)
        counts[model._meta.label] = rows.count()
        serializer.serialize(
            rows.iterator(chunk_size=2000),
            stream=stream,
            cls=_Encoder,
            use_natural_foreign_keys=True,
        )
    return counts


def database_holds_data(using: str = DEFAULT_DB_ALIAS) -> bool:
    """Whether any table holds a row beyond those migrations make (the audit chain's
    head row, which every instance has from the start)."""
    from accord.audit.models import AuditHead

    return any(
        model._base_manager.using(using).exists()
        for model in dumped_models()
        if model is not AuditHead
    )


def database_wipe(using: str = DEFAULT_DB_ALIAS) -> None:
    """Empty every table the archive fills, inside the caller's transaction (on an empty
    instance this removes only the rows migrations made, which the archive holds too)."""
    connection = connections[using]
    tables = [model._meta.db_table for model in dumped_models()]
    for model in dumped_models():
        for field in model._meta.local_many_to_many:
            if field.remote_field.through._meta.auto_created:
                tables.append(field.remote_field.through._meta.db_table)
    statements = connection.ops.sql_flush(no_style(), tables, allow_cascade=True)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def database_analyze(using: str = DEFAULT_DB_ALIAS) -> None:
    """Gather the query planner's statistics for every table (as ``accord generate`` does
    after its bulk inserts). A restore fills every table at once: without this, SQLite
    plans with no statistics until someone runs ANALYZE, and PostgreSQL until autovacuum
    gets round to each table, so the first pages after a restore could be planned for
    empty tables."""
    with connections[using].cursor() as cursor:
        cursor.execute("ANALYZE")


def database_load(*, stream: IO[str], using: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    """Insert the dumped rows, inside the caller's transaction; references are checked
    once every row is in, and id sequences are moved past the loaded ids."""
    connection = connections[using]
    counts: dict[str, int] = {}
    loaded = set()
    with connection.constraint_checks_disabled():
        try:
            for item in serializers.deserialize("jsonl", stream, using=using):
                # A raw save: no model's own save() rule runs, and stored times stay as
                # they were (auto_now fields are not stamped afresh).
                item.save(using=using, force_insert=True)
                model = type(item.object)
                loaded.add(model)
                counts[model._meta.label] = counts.get(model._meta.label, 0) + 1
        except serializers.base.DeserializationError as error:
            raise BackupRefused(f"The archive's database could not be loaded: {error}") from None
    connection.check_constraints(table_names=[model._meta.db_table for model in loaded])
    statements = connection.ops.sequence_reset_sql(no_style(), list(loaded))
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
    return counts
