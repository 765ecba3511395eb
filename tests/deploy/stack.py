"""A deployment on loopback, as docs/deploy.md describes it: PostgreSQL, two `accord serve`
app servers, and a real nginx with the shipped configuration (deploy/nginx/accord.conf) in
front, over HTTPS with a certificate made here.

Everything is started by this process, as this user, in one scratch folder (nginx gets its
own prefix, pid file, temporary folders and logs), and everything is stopped by
``running_stack`` however the test ends.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "deploy" / "nginx" / "accord.conf"
ACCORD = str(Path(sys.executable).with_name("accord"))
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost, and its key (PEM)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "tls.crt", folder / "tls.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def render_site(values: dict[str, str]) -> str:
    """The shipped template with its marked values filled in; every one must be."""
    text = TEMPLATE.read_text()
    for name, value in values.items():
        text = text.replace(f"@{name}@", value)
    rules = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    left = sorted(set(re.findall(r"@[A-Z_0-9]+@", rules)))
    assert not left, f"values of the nginx template not filled in: {left}"
    return text


def main_config(folder: Path, site: Path) -> str:
    """nginx's own top-level file, for a prefix of our own (what /etc/nginx/nginx.conf
    is on a server): everything nginx writes goes under ``folder``."""
    user = "user root root;\n" if os.geteuid() == 0 else ""
    temp = "\n".join(
        f"  {kind}_temp_path {folder / (kind + '-temp')};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return f"""{user}daemon off;
worker_processes 1;
pid {folder / "nginx.pid"};
error_log {folder / "error.log"} info;
events {{ worker_connections 256; }}
http {{
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
{temp}
  include {site};
}}
"""


@dataclass
class AppServer:
    port: int
    process: subprocess.Popen
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log_lines(self) -> list[str]:
        return [line for line in self.log.read_text().splitlines() if line.strip()]

    def log_records(self) -> list[dict]:
        return [json.loads(line) for line in self.log_lines()]


@dataclass
class Stack:
    folder: Path
    https_port: int
    http_port: int
    certificate: Path
    servers: list[AppServer] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    demo_output: str = ""
    nginx_log: Path | None = None

    @property
    def origin(self) -> str:
        return f"https://127.0.0.1:{self.https_port}"

    def accord(self, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
        return run([ACCORD, *args], env=self.env, timeout=timeout)


def run(command: list[str], *, env: dict[str, str], timeout: int) -> subprocess.CompletedProcess:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{command} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def _stop(process: subprocess.Popen, *, stop_signal: int = signal.SIGTERM) -> None:
    """Stop a process this module started, and every process it started (its group)."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, stop_signal)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)
    # Workers left behind by a leader that died first.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def _start(command: list[str], *, env: dict[str, str], log: Path) -> subprocess.Popen:
    """Standard error (the log) to ``log``; standard output beside it."""
    with open(log, "ab") as errors, open(log.with_suffix(".out"), "ab") as out:
        return subprocess.Popen(command, env=env, stdout=out, stderr=errors, start_new_session=True)


def wait_for_port(port: int, process: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"{process.args} stopped at start:\n{log.read_text()[-3000:]}")
        with socket.socket() as s:
            s.settimeout(0.5)
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise AssertionError(f"{process.args} did not listen on {port}:\n{log.read_text()[-3000:]}")


@contextlib.contextmanager
def postgres_database() -> Iterator[str]:
    """A database of its own on the suite's PostgreSQL when it runs on one; otherwise a
    throwaway cluster started as bench/pgcluster.py starts one."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        import psycopg

        name = f"accord_deploy_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        try:
            yield urllib.parse.urlsplit(url)._replace(path=f"/{name}").geturl()
        finally:
            with psycopg.connect(url, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    from bench.pgcluster import throwaway_cluster

    with throwaway_cluster() as cluster:
        yield cluster.create_database("accord")


def _environment(folder: Path, database_url: str, https_port: int) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("ACCORD_", "DATABASE_URL", "PROMETHEUS_"))
    }
    env.update(
        {
            "DATABASE_URL": database_url,
            "ACCORD_DATA_DIR": str(folder / "data"),
            "ACCORD_STATIC_ROOT": str(folder / "static"),
            "ACCORD_SECRET_KEY": "deploy-test-" + uuid.uuid4().hex,
            "ACCORD_PRODUCTION": "true",
            "ACCORD_HTTPS": "true",
            "ACCORD_TRUST_X_FORWARDED_PROTO": "true",
            "ACCORD_PROXY_COUNT": "1",
            "ACCORD_ALLOWED_HOSTS": "127.0.0.1",
            "ACCORD_BASE_URL": f"https://127.0.0.1:{https_port}",
            "ACCORD_LOG_FORMAT": "json",
            "ACCORD_LOG_LEVEL": "INFO",
        }
    )
    return env


@contextlib.contextmanager
def running_stack() -> Iterator[Stack]:
    with contextlib.ExitStack() as cleanup:
        folder = Path(tempfile.mkdtemp(prefix="accord-deploy-"))
        cleanup.callback(shutil.rmtree, folder, True)
        folder.chmod(0o755)
        database_url = cleanup.enter_context(postgres_database())
        stack = Stack(
            folder=folder,
            https_port=free_port(),
            http_port=free_port(),
            certificate=folder / "tls.crt",
        )
        stack.env = _environment(folder, database_url, stack.https_port)
        stack.accord("migrate", "--noinput")
        stack.accord("collectstatic", "--noinput")
        # The demo plays its story: the ICB's signatory is e-mailed (here: printed) a link.
        stack.demo_output = stack.accord("demo").stdout
        # Its e-mails go through the task queue: one pass of a worker sends (prints) them.
        stack.demo_output += stack.accord("worker", "--batch", "--no-schedule").stdout

        for _ in range(2):
            port = free_port()
            log = folder / f"app-{port}.log"
            process = _start(
                [ACCORD, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"],
                env=stack.env,
                log=log,
            )
            cleanup.callback(_stop, process)
            stack.servers.append(AppServer(port, process, log))
        for server in stack.servers:
            wait_for_port(server.port, server.process, server.log)

        certificate, key = make_certificate(folder)
        (folder / "logs").mkdir()
        site = folder / "accord.conf"
        site.write_text(
            render_site(
                {
                    "SERVER_NAME": "127.0.0.1",
                    "PUBLIC_HOST": f"127.0.0.1:{stack.https_port}",
                    "HTTP_LISTEN": f"127.0.0.1:{stack.http_port}",
                    "HTTPS_LISTEN": f"127.0.0.1:{stack.https_port}",
                    "TLS_CERTIFICATE": str(certificate),
                    "TLS_CERTIFICATE_KEY": str(key),
                    "STATIC_ROOT": str(folder / "static"),
                    "APP_SERVER_1": f"127.0.0.1:{stack.servers[0].port}",
                    "APP_SERVER_2": f"127.0.0.1:{stack.servers[1].port}",
                    "LOG_DIR": str(folder / "logs"),
                }
            )
        )
        main = folder / "nginx.conf"
        main.write_text(main_config(folder, site))
        nginx_log = folder / "nginx.out"
        nginx = _start(
            [NGINX, "-p", str(folder), "-c", str(main), "-e", str(folder / "error.log")],
            env=stack.env,
            log=nginx_log,
        )
        cleanup.callback(_stop, nginx, stop_signal=signal.SIGQUIT)
        wait_for_port(stack.https_port, nginx, folder / "error.log")
        wait_for_port(stack.http_port, nginx, folder / "error.log")
        stack.nginx_log = folder / "logs" / "accord.access.log"
        yield stack
