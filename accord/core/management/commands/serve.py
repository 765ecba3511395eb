"""``accord serve``: run Accord under gunicorn, with whitenoise serving the static files."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.core.management.base import CommandError, CommandParser

from accord.core.commands import AccordCommand


class Command(AccordCommand):
    help = "Serve Accord with gunicorn (static files by whitenoise)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
        parser.add_argument("--port", type=int, default=8000, help="port to listen on")
        parser.add_argument("--workers", type=int, default=2, help="number of worker processes")
        parser.add_argument("--threads", type=int, default=1, help="threads per worker")
        parser.add_argument("--access-log", action="store_true", help="print one line per request")

    def handle(
        self,
        *args: Any,
        host: str,
        port: int,
        workers: int,
        threads: int,
        access_log: bool,
        **options: Any,
    ) -> None:
        if workers < 1 or threads < 1:
            raise CommandError("--workers and --threads must be at least 1.")
        if not 0 < port < 65536:
            raise CommandError(f"--port {port} is not a valid port number.")
        from gunicorn.app.base import BaseApplication

        from accord.core.logs import gunicorn_config
        from accord.wsgi import application

        metrics_folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
        if metrics_folder:
            # Figures left by an earlier run would be added to this one's.
            Path(metrics_folder).mkdir(parents=True, exist_ok=True)
            for stale in Path(metrics_folder).glob("*.db"):
                stale.unlink()

        config = {
            "bind": f"{host}:{port}",
            "workers": workers,
            "threads": threads,
            "accesslog": "-" if access_log else None,
            "errorlog": "-",
            "loglevel": "warning",
            "timeout": 60,
            "child_exit": _worker_gone if metrics_folder else None,
            # JSON logs: gunicorn's own lines are JSON too, through Accord's handler.
            "logconfig_dict": (
                gunicorn_config(settings.LOGGING) if settings.ACCORD_LOG_FORMAT == "json" else None
            ),
        }

        class AccordServer(BaseApplication):
            def load_config(self) -> None:
                for key, value in config.items():
                    if value is not None:
                        self.cfg.set(key, value)

            def load(self) -> WSGIHandler:
                return application

        self.stdout.write(
            f"{settings.ACCORD_SITE_NAME} is being served at http://{host}:{port}/ "
            f"({workers} worker{'s' if workers != 1 else ''}). Press Ctrl+C to stop."
        )
        AccordServer().run()


def _worker_gone(server: object, worker: Any) -> None:
    """A worker's live figures (gauges) leave with it; its counts stay in the sum."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
