"""The database triggers that write the change log (models.Change), made from the models.

For every row inserted, updated or deleted in a tracked table, the log gets, in the same
transaction:

- ``T:<table>``: the table changed (list pages and open data depend on whole tables);
- ``<table>:<id>`` of the row itself, when it is updated or deleted (a page that showed it);
- ``<other table>:<id>`` for every foreign key of the row, before and after (a page about
  the row it points to shows it: a new party changes its agreement's and organisation's
  pages, a new meeting its body's);
- the few keys no foreign key reaches (``FAN_OUT``): an agreement's parties' organisations,
  whose pages list the agreement only while it is public.

SQLite gets row triggers that replace the key's row (one writer at a time, so the newest
id is the newest commit); PostgreSQL gets statement triggers over transition tables that
append rows with the writing transaction's id, and take no lock a reader or another
writer could wait on. ``install`` runs after every ``migrate`` (post_migrate), so a new
model, or a table SQLite rebuilt during a migration, is tracked at once.
"""

from __future__ import annotations

import hashlib

from django.apps import apps
from django.db import connections
from django.db.models import ForeignKey

TRACKED_APPS = {
    "accounts",
    "agreements",
    "approvals",
    "consultations",
    "documents",
    "governance",
    "organisations",
    "reports",
    "signing",
}
# Rows no public page shows, which change often for reasons of their own (sending a
# reminder, a refused link): tracking them would only throw good pages away.
UNTRACKED_MODELS = {
    "signing.signinginvitation",
    "signing.remindersent",
    "signing.refusedlinkattempts",
}
# Keys a change must touch that no foreign key of its own row names: the organisation page
# lists an agreement only while the agreement is public, so a change of the agreement is a
# change of every party organisation's page. "{row}" is the changed row.
FAN_OUT = {
    "agreements_agreement": [
        (
            "organisations_organisation",
            "SELECT p.organisation_id AS k FROM agreements_party p WHERE p.agreement_id = {row}.id",
        )
    ]
}
CHANGE_TABLE = "caching_change"


def tracked_tables() -> dict[str, dict]:
    """``{table: {"pk": column, "fks": [(column, target table)]}}`` for every tracked model,
    the automatic many-to-many tables included."""
    tables = {}
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.app_label not in TRACKED_APPS or meta.label_lower in UNTRACKED_MODELS:
            continue
        if meta.proxy or not meta.managed:
            continue
        fks = []
        for field in meta.concrete_fields:
            # The concrete many-to-one and one-to-one fields: ForeignKey and its subclass
            # OneToOneField, the only ones with a column of their own.
            if isinstance(field, ForeignKey):
                related = field.related_model
                assert related is not None, "apps are ready, so every foreign key is resolved"
                if field.target_field.primary_key:
                    fks.append((field.column, related._meta.db_table))
        tables[meta.db_table] = {"pk": meta.pk.column, "fks": fks}
    return tables


def _name(table: str, event: str) -> str:
    digest = hashlib.sha1(table.encode()).hexdigest()[:6]
    return f"accord_change_{table[:36]}_{digest}_{event}"


# --- SQLite -------------------------------------------------------------------------------


def _sqlite_keys(table: str, spec: dict, row: str, *, own: bool) -> list[str]:
    keys = [f"SELECT 'T:{table}' AS k"]
    if own:
        keys.append(f"SELECT '{table}:' || {row}.\"{spec['pk']}\"")
    for column, target in spec["fks"]:
        keys.append(f"SELECT '{target}:' || {row}.\"{column}\"")
    for target, query in FAN_OUT.get(table, []):
        keys.append(f"SELECT '{target}:' || k FROM ({query.format(row=row)})")
    return keys


def sqlite_statements(table: str, spec: dict) -> list[str]:
    statements = []
    events = {
        "insert": _sqlite_keys(table, spec, "NEW", own=False),
        "update": _sqlite_keys(table, spec, "NEW", own=True)
        + _sqlite_keys(table, spec, "OLD", own=True),
        "delete": _sqlite_keys(table, spec, "OLD", own=True),
    }
    for event, keys in events.items():
        name = _name(table, event)
        statements.append(f'DROP TRIGGER IF EXISTS "{name}"')
        statements.append(
            f'CREATE TRIGGER "{name}" AFTER {event.upper()} ON "{table}" FOR EACH ROW BEGIN '
            f"INSERT OR REPLACE INTO {CHANGE_TABLE} (key) SELECT k FROM ("
            + " UNION ".join(keys)
            + ") WHERE k IS NOT NULL; END"
        )
    return statements


# --- PostgreSQL ---------------------------------------------------------------------------


def _pg_keys(table: str, spec: dict, rows: str, *, own: bool) -> list[str]:
    keys = [f"SELECT 'T:{table}' AS k FROM (SELECT 1 FROM {rows} LIMIT 1) AS any_row"]
    if own:
        keys.append(f"SELECT '{table}:' || r.\"{spec['pk']}\" FROM {rows} r")
    for column, target in spec["fks"]:
        keys.append(f"SELECT '{target}:' || r.\"{column}\" FROM {rows} r")
    for target, query in FAN_OUT.get(table, []):
        keys.append(f"SELECT '{target}:' || f.k FROM {rows} r, LATERAL ({query.format(row='r')}) f")
    return keys


def postgresql_statements(table: str, spec: dict) -> list[str]:
    statements = []
    events = {
        "insert": (
            "REFERENCING NEW TABLE AS new_rows",
            _pg_keys(table, spec, "new_rows", own=False),
        ),
        "update": (
            "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
            _pg_keys(table, spec, "new_rows", own=True)
            + _pg_keys(table, spec, "old_rows", own=True),
        ),
        "delete": (
            "REFERENCING OLD TABLE AS old_rows",
            _pg_keys(table, spec, "old_rows", own=True),
        ),
    }
    for event, (referencing, keys) in events.items():
        name = _name(table, event)
        statements.append(
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$ "
            f"BEGIN INSERT INTO {CHANGE_TABLE} (key, txid) "
            f"SELECT k, pg_current_xact_id()::text::bigint FROM ("
            + " UNION ".join(keys)
            + ") AS keys WHERE k IS NOT NULL; RETURN NULL; END $body$"
        )
        statements.append(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
        statements.append(
            f'CREATE TRIGGER {name} AFTER {event.upper()} ON "{table}" {referencing} '
            f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
        )
    return statements


# --- installing ---------------------------------------------------------------------------


def install(using: str = "default") -> int:
    """Put the triggers on every tracked table (again); returns how many tables."""
    connection = connections[using]
    existing = set(connection.introspection.table_names())
    if CHANGE_TABLE not in existing:
        return 0
    tables = {t: spec for t, spec in tracked_tables().items() if t in existing}
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            # One row per key: its id moves on with each change (INSERT OR REPLACE).
            cursor.execute(
                f"CREATE UNIQUE INDEX IF NOT EXISTS caching_change_key_once ON {CHANGE_TABLE} (key)"
            )
            make = sqlite_statements
        elif connection.vendor == "postgresql":
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS caching_change_key_txid ON {CHANGE_TABLE} (key, txid)"
            )
            make = postgresql_statements
        else:
            raise RuntimeError(f"Accord's page cache does not know the {connection.vendor} engine.")
        for table, spec in tables.items():
            for statement in make(table, spec):
                cursor.execute(statement)
    return len(tables)


def install_after_migrate(sender, using="default", **kwargs) -> None:
    if sender.label == "caching":
        install(using)
