"""A throwaway PostgreSQL cluster for a benchmark, started and always stopped by it.

The same recipe as scripts/test.sh: ``initdb`` refuses to run as root, so as root it runs
as the ``postgres`` user in a folder that user owns; a free port on loopback, a socket
folder of its own, and ``fsync`` off (the data is thrown away, so durability buys nothing).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _bin(name: str) -> str:
    if (PG_BIN / name).exists():
        return str(PG_BIN / name)
    found = shutil.which(name)
    if not found:
        raise RuntimeError(f"{name} is not installed: run scripts/system-packages.sh")
    return found


def _as_postgres(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, folder: Path, port: int):
        self.folder, self.port = folder, port

    def url(self, database: str) -> str:
        return f"postgres://accord@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        subprocess.run(
            _as_postgres(
                [_bin("createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "accord", name]
            ),
            check=True,
            capture_output=True,
        )
        return self.url(name)


@contextlib.contextmanager
def throwaway_cluster() -> Iterator[Cluster]:
    scratch = Path(tempfile.mkdtemp(prefix="accord-pg-"))
    data = scratch / "data"
    if os.geteuid() == 0:
        shutil.chown(scratch, "postgres")
    port = free_port()
    pg_ctl = _bin("pg_ctl")
    subprocess.run(
        _as_postgres(
            [
                _bin("initdb"),
                "-D",
                str(data),
                "-U",
                "accord",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ]  # fmt: skip
        ),
        check=True,
        capture_output=True,
    )
    options = (
        f"-p {port} -k {scratch} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
        "-c shared_buffers=256MB"
    )
    subprocess.run(
        _as_postgres(
            [pg_ctl, "-D", str(data), "-l", str(scratch / "log"), "-w", "-o", options, "start"]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield Cluster(scratch, port)
    finally:
        subprocess.run(
            _as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(scratch, ignore_errors=True)
