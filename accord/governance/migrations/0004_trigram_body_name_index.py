"""A trigram index for finding bodies by any part of their name (the agreement list's
"owning body" filter), on PostgreSQL only; see organisations 0003 for why and how."""

from django.db import migrations


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        if cursor.fetchone() is not None:
            cursor.execute(
                "CREATE INDEX IF NOT EXISTS body_name_trgm ON governance_body "
                "USING gin (upper(name::text) gin_trgm_ops)"
            )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute("DROP INDEX IF EXISTS body_name_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0003_indexes_for_national_scale"),
        ("organisations", "0003_trigram_search_indexes"),
    ]
    operations = [migrations.RunPython(forwards, backwards)]
