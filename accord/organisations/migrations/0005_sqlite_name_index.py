"""An FTS5 trigram index of organisation names, on SQLite only (accord/organisations/
name_index.py): SQLite's answer to the trigram indexes PostgreSQL got in 0003. Where the
SQLite build has no FTS5, nothing is made and the search keeps reading the names."""

from django.db import migrations


def forwards(apps, schema_editor):
    from accord.organisations import name_index

    name_index.install(schema_editor.connection.alias)


def backwards(apps, schema_editor):
    from accord.organisations import name_index

    name_index.uninstall(schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [("organisations", "0004_organisation_established_on")]
    operations = [migrations.RunPython(forwards, backwards)]
