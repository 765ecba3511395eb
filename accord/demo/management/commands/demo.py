"""``accord demo``: load the two Thurrock partnerships into an empty database."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accord.demo.loader import DemoDataError, database_is_empty, demo_load

DEMO_ADMIN = ("admin", "admin@example.org", "accord-demo-admin")


class Command(BaseCommand):
    help = "Load the demo data (the Thurrock partnerships) into an empty database."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="load only when the database is empty, and say nothing otherwise (for make run)",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and not database_is_empty():
            return
        try:
            counts = demo_load()
        except DemoDataError as error:
            raise CommandError(str(error)) from None
        username, email, password = DEMO_ADMIN
        User = get_user_model()
        if not User.objects.filter(username=username).exists():
            User.objects.create_superuser(username=username, email=email, password=password)
        summary = ", ".join(f"{count} {name}" for name, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Loaded the Thurrock demo data: {summary}."))
        self.stdout.write(f"Demo administrator: {username} / {password} (at /admin/).")
