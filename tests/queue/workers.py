"""Running `accord worker` for tests: as a real process on the test database, or (where a
test must change the code a task runs) the same worker loop in this process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult


def database_url() -> str:
    """The test database, as a URL another process can open."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def worker_env(**extra: str) -> dict[str, str]:
    """The environment of a worker process sharing this test's database, files and keys,
    beating every second and taking a worker silent for three seconds as dead."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ACCORD_", "DATABASE_URL"))}
    env.update(
        ACCORD_DATA_DIR=str(settings.DATA_DIR),
        ACCORD_MEDIA_ROOT=str(settings.MEDIA_ROOT),
        DATABASE_URL=database_url(),
        ACCORD_DB_CONN_MAX_AGE="0",
        ACCORD_AUDIT_KEY_FILE=settings.ACCORD_AUDIT_KEY_FILE,
        ACCORD_WORKER_HEARTBEAT_SECONDS="1",
        ACCORD_WORKER_STALE_SECONDS="3",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


class WorkerProcess:
    """`accord worker` in a process of its own; its log goes to a file the test can read."""

    def __init__(self, log: Path, env: dict[str, str], *args: str) -> None:
        self.log = log
        accord = str(Path(sys.executable).with_name("accord"))
        with open(log, "w") as out:
            self.process = subprocess.Popen(
                [accord, "worker", "--interval", "0.1", *args],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def output(self) -> str:
        return self.log.read_text()

    def wait_for_log(self, text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.output():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"the worker never logged {text!r}:\n{self.output()}")
            time.sleep(0.05)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self, timeout: float = 20) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=timeout)

    def __enter__(self) -> WorkerProcess:
        return self

    def __exit__(self, *exc) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


def wait_until(condition, timeout: float = 30, every: float = 0.1) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(every)


def run_tasks_here() -> int:
    """Run every task waiting now, in this process and on this test's database connection
    (so it also sees rows a test has not committed): django-tasks-db's own claim and
    ``Worker.run_task``, without the loop's connection recycling, which would close a
    test's open transaction. Returns how many ran."""
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-in-process",
        excluded_queue_names=[],
    )
    ran = 0
    while True:
        with transaction.atomic():
            result = DBTaskResult.objects.ready().get_locked()
            if result is None:
                return ran
            result.claim(worker.worker_id)
        worker.run_task(result)
        ran += 1
