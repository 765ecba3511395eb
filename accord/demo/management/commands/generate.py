"""``accord generate``: add a synthetic register (up to England's size) for benchmarks."""

from __future__ import annotations

from django.core.management.base import CommandError

from accord.core.commands import AccordCommand
from accord.demo.national import generate, parse_size


class Command(AccordCommand):
    help = (
        "Add a synthetic register to the database: --size national (about 20,000 "
        "organisations, 10,000 bodies and agreements, 200,000 parties, 100,000 signatures), "
        "a multiple of the demo such as 10x, or a fraction of national such as 0.25."
    )

    def add_arguments(self, parser):
        parser.add_argument("--size", default="national", help="national, 1x, 10x, 100x, 0.5 ...")
        parser.add_argument("--seed", type=int, default=1, help="the same seed gives the same data")

    def handle(self, *args, size, seed, **options):
        try:
            fraction = parse_size(size)
        except ValueError as error:
            raise CommandError(str(error)) from None
        counts = generate(size=fraction, seed=seed, say=self.stdout.write)
        summary = ", ".join(f"{count} {name}" for name, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Generated: {summary}."))
