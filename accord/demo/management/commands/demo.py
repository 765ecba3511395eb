"""``accord demo``: load the two Thurrock partnerships, and demo accounts, into an empty database."""

from __future__ import annotations

from django.core.management.base import CommandError
from django.db import transaction

from accord.core.commands import AccordCommand
from accord.demo.accounts import create_demo_accounts, describe_demo_accounts
from accord.demo.loader import DemoDataError, database_is_empty, demo_load
from accord.demo.story import play_demo_story


class Command(AccordCommand):
    help = (
        "Load the demo data (the Thurrock partnerships) and demo accounts into an empty database."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="load only when the database is empty; otherwise just list the demo accounts",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and not database_is_empty():
            self.stdout.write("The database already holds data; the demo was not loaded again.")
        else:
            try:
                with transaction.atomic():
                    counts = demo_load()
                    create_demo_accounts()
                    story = play_demo_story()
            except DemoDataError as error:
                raise CommandError(str(error)) from None
            summary = ", ".join(f"{count} {name}" for name, count in counts.items())
            self.stdout.write(self.style.SUCCESS(f"Loaded the Thurrock demo data: {summary}."))
            for line in story:
                self.stdout.write(line)
        for line in describe_demo_accounts():
            self.stdout.write(line)
