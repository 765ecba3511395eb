"""The base of Accord's management commands: a refusal from a service is printed as the
sentence it carries, with exit status 1, never as a traceback (accord.core.errors)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from accord.core.errors import AccordError


class AccordCommand(BaseCommand):
    def execute(self, *args: Any, **options: Any) -> str | None:
        try:
            return super().execute(*args, **options)
        except AccordError as error:
            raise CommandError(error.text) from None
