from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "accord.organisations"
    label = "organisations"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from accord.organisations import name_index

        # A table SQLite rebuilt during a migration has lost its triggers: put the name
        # index's back, and make the index again from the rows.
        post_migrate.connect(
            name_index.install_after_migrate, dispatch_uid="accord-organisation-name-index"
        )
