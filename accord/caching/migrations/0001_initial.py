import django.db.models.functions.datetime
from django.core.management import call_command
from django.db import migrations, models


def create_cache_table(apps, schema_editor):
    """The table Django's database cache keeps pages in (settings.CACHES)."""
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Change",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("key", models.CharField(max_length=120)),
                ("txid", models.BigIntegerField(blank=True, null=True)),
                (
                    "at",
                    models.DateTimeField(db_default=django.db.models.functions.datetime.Now()),
                ),
            ],
            options={
                "indexes": [
                    models.Index(fields=["key", "id"], name="change_key_id_idx"),
                    models.Index(fields=["at"], name="change_at_idx"),
                ]
            },
        ),
        migrations.RunPython(create_cache_table, migrations.RunPython.noop),
    ]
