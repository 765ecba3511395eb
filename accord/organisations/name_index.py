"""An index of organisation names by every run of three characters, on SQLite only.

Searching organisations by any part of a name is a LIKE '%...%', which no ordinary index
answers: PostgreSQL has trigram indexes for it (migration 0003), and SQLite has FTS5's
trigram tokenizer, which answers the same question from an index. Two FTS5 tables mirror
the names (external content: they hold only the index, the rows stay in their tables):

- ``organisations_organisation_fts``: each organisation's name and short name;
- ``organisations_organisationname_fts``: every other name (former names, abbreviations).

Triggers on the two tables keep them exact in the same transaction as any write (the
services, the admin, bulk inserts, raw SQL). Django rebuilds a SQLite table to alter it,
which drops its triggers, so ``install`` runs after every ``migrate`` as well as in the
migration that made the index, and rebuilds the index from the rows each time.

The index is a way to find candidates quickly, never the judge: a query shorter than three
characters (no trigram to look up), or a database without FTS5, searches with LIKE as
before (``usable``).
"""

from __future__ import annotations

from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models.expressions import RawSQL

# table -> (index table, indexed columns)
INDEXED = {
    "organisations_organisation": ("organisations_organisation_fts", ("name", "short_name")),
    "organisations_organisationname": ("organisations_organisationname_fts", ("name",)),
}
SHORTEST = 3  # a trigram index finds nothing shorter


def _statements(table: str, index: str, columns: tuple[str, ...]) -> list[str]:
    listed = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    forget = f"INSERT INTO {index} ({index}, rowid, {listed}) VALUES ('delete', old.id, {old});"
    learn = f"INSERT INTO {index} (rowid, {listed}) VALUES (new.id, {new});"
    statements = [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {index} USING fts5({listed}, "
        f"content='{table}', content_rowid='id', tokenize='trigram')"
    ]
    for event, body in (("insert", learn), ("delete", forget), ("update", forget + " " + learn)):
        name = f"{index}_{event}"
        statements.append(f"DROP TRIGGER IF EXISTS {name}")
        statements.append(
            f"CREATE TRIGGER {name} AFTER {event.upper()} ON {table} BEGIN {body} END"
        )
    # Whatever happened while there were no triggers (a table rebuilt by a migration).
    statements.append(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")
    return statements


def has_fts5(connection: BaseDatabaseWrapper) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')")
        if cursor.fetchone()[0]:
            return True
        # Some builds load FTS5 without the compile option being reported.
        cursor.execute("SELECT 1 FROM pragma_module_list WHERE name = 'fts5'")
        return cursor.fetchone() is not None


def install(using: str = "default") -> bool:
    """Make the index and its triggers (again) on SQLite; False where it cannot be made."""
    connection = connections[using]
    if connection.vendor != "sqlite" or not has_fts5(connection):
        return False
    existing = set(connection.introspection.table_names())
    if not all(table in existing for table in INDEXED):
        return False
    with connection.cursor() as cursor:
        for table, (index, columns) in INDEXED.items():
            for statement in _statements(table, index, columns):
                cursor.execute(statement)
    return True


def uninstall(using: str = "default") -> None:
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        for index, _ in INDEXED.values():
            for event in ("insert", "delete", "update"):
                cursor.execute(f"DROP TRIGGER IF EXISTS {index}_{event}")
            cursor.execute(f"DROP TABLE IF EXISTS {index}")


def install_after_migrate(sender, using="default", **kwargs) -> None:
    if sender.label == "organisations":
        install(using)


_present: set[tuple[str, str]] = set()


def usable(query: str, using: str = "default") -> bool:
    """Whether ``query`` can be answered from the index on this database."""
    connection = connections[using]
    if connection.vendor != "sqlite" or len(query) < SHORTEST:
        return False
    database = (using, str(connection.settings_dict["NAME"]))
    if database not in _present:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %s",
                [INDEXED["organisations_organisation"][0]],
            )
            if cursor.fetchone() is None:
                return False
        _present.add(database)  # only ever dropped by migrating back past 0005
    return True


def forget_presence() -> None:
    """Look for the index again on the next search (as a new process would)."""
    _present.clear()


def matching(table: str, query: str) -> RawSQL:
    """The ids of ``table``'s rows with ``query`` in an indexed name (ask ``usable`` first)."""
    index = INDEXED[table][0]
    return RawSQL(f"SELECT rowid FROM {index} WHERE {index} MATCH %s", [phrase(query)])


def phrase(query: str) -> str:
    """``query`` as one FTS5 phrase: found as a run of characters, whatever it holds."""
    return '"' + query.replace('"', '""') + '"'
