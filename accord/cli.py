"""The ``accord`` console command.

It is Django's ``manage.py`` under our name: ``accord migrate``, ``accord createsuperuser``
and every other management command work as usual, and Accord's own commands
(``accord serve``, ``accord demo``) live beside them as management commands.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accord.settings")
    from django.core.management import execute_from_command_line

    from accord.env import ConfigurationError

    args = ["accord", *(sys.argv[1:] if argv is None else argv)]
    try:
        execute_from_command_line(args)
    except ConfigurationError as error:
        sys.stderr.write(f"accord: configuration error: {error}\n")
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
