from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "accord.caching"
    label = "caching"
    verbose_name = "Public page cache"

    def ready(self) -> None:
        from django.db.models.signals import post_init, post_migrate

        from accord.caching import freshness, triggers

        # After every migrate (a new table, a rebuilt SQLite table, a new test database),
        # the change triggers are put back on every table that needs them.
        post_migrate.connect(triggers.install_after_migrate, dispatch_uid="accord-change-triggers")
        # While a cacheable page is made, every row it reads as a model is one of its keys.
        post_init.connect(freshness.note_instance, dispatch_uid="accord-page-dependencies")
