"""Trigram indexes for searching organisations by any part of a name, on PostgreSQL only.

Django's icontains is ``UPPER(column::text) LIKE UPPER('%...%')``; a GIN index with
pg_trgm's operator class on the same expression answers it without reading every row.
pg_trgm is a trusted extension (PostgreSQL 13 and later), so the database's owner may
create it. Where the role may not, the search still works, only without the index, and
docs/deploy.md says what to run. SQLite has no such index: there the search reads the
names, which at national size takes a few milliseconds.
"""

from django.db import DatabaseError, migrations, transaction

INDEXES = [
    ("organisation_name_trgm", "organisations_organisation", "name"),
    ("organisation_short_name_trgm", "organisations_organisation", "short_name"),
    ("organisation_other_name_trgm", "organisations_organisationname", "name"),
]


def forwards(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        try:
            with transaction.atomic(using=connection.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except DatabaseError:
            print(
                "\n  pg_trgm could not be created by this database role: organisation "
                "search works without its index (see docs/deploy.md)."
            )
            return
        for name, table, column in INDEXES:
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
                f"USING gin (upper({column}::text) gin_trgm_ops)"
            )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name, _, _ in INDEXES:
            cursor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("organisations", "0002_indexes_for_national_scale")]
    operations = [migrations.RunPython(forwards, backwards)]
