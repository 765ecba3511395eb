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
    if args[1:2] == ["serve"]:
        _metrics_folder()
    try:
        execute_from_command_line(args)
    except ConfigurationError as error:
        sys.stderr.write(f"accord: configuration error: {error}\n")
        raise SystemExit(2) from None


def _metrics_folder() -> None:
    """Gunicorn's workers each count their own requests; Prometheus's client adds them up
    from files in this folder, which must be named before the client is first imported.
    Without one given, a fresh folder for this server, removed when it stops."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return
    import atexit
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="accord-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = folder
    owner = os.getpid()

    # Forked workers run exit handlers too: only the server that made the folder removes it.
    def remove() -> None:
        if os.getpid() == owner:
            shutil.rmtree(folder, ignore_errors=True)

    atexit.register(remove)


if __name__ == "__main__":
    main()
