"""Page latency at 100 times the demo data, served by `accord serve`, beside a trivial view.

    .venv/bin/python bench/pages.py [--copies 99] [--requests 100] [--concurrency 4]

Builds a synthetic data set (the Thurrock demo plus N numbered copies of it) in a
database of its own under a temporary folder, serves it with gunicorn exactly as
`accord serve` does, and for each page prints p50 and p95 latency of sequential
requests and requests per second with several clients at once. The first row,
/healthz, is a view that does no work: every page is compared with it in the same run.
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ACCORD = str(Path(sys.executable).with_name("accord"))

PAGES = [
    ("trivial view (baseline)", "/healthz"),
    ("home", "/"),
    ("agreement list", "/agreements/"),
    ("agreement list, filtered", "/agreements/?status=sign_up&kind=mou"),
    ("agreement", "/agreements/childrens-mou/"),
    ("organisation list", "/organisations/"),
    ("organisation search", "/organisations/?q=CCG"),
    ("organisation", "/organisations/thurrock-council/"),
    ("body list", "/bodies/"),
    ("body", "/bodies/bf-partnership/"),
    ("area list", "/areas/"),
    ("area", "/areas/thurrock/"),
    ("governance map, one area", "/areas/thurrock/map/"),
    ("governance map, everything", "/map/"),
    ("meeting list", "/meetings/"),
    ("meeting", "/meetings/1/"),
]

BUILD = """
import django
django.setup()
from accord.demo.loader import demo_load, read_demo_file
demo_load()
data = read_demo_file()
for copy in range(1, {copies} + 1):
    demo_load(copy=copy, data=data)
from accord.agreements.models import Agreement
from accord.governance.models import Body
from accord.organisations.models import Organisation
print(Organisation.objects.count(), Body.objects.count(), Agreement.objects.count())
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(port: int, path: str) -> float:
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    connection.close()
    if response.status != 200:
        raise RuntimeError(f"{path} answered {response.status}")
    return time.perf_counter() - started


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def throughput(port: int, path: str, total: int, clients: int) -> float:
    per_client = total // clients
    errors: list[BaseException] = []

    def work():
        try:
            for _ in range(per_client):
                fetch(port, path)
        except BaseException as error:  # reported below, not swallowed
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return per_client * clients / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--copies", type=int, default=99, help="synthetic copies beside the demo")
    parser.add_argument("--requests", type=int, default=100, help="sequential requests per page")
    parser.add_argument("--concurrency", type=int, default=4, help="clients for requests/second")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("ACCORD_", "DATABASE_URL"))}
        env.update(ACCORD_DATA_DIR=folder, DJANGO_SETTINGS_MODULE="accord.settings")
        subprocess.run([ACCORD, "migrate", "--noinput"], env=env, check=True, capture_output=True)
        started = time.perf_counter()
        built = subprocess.run(
            [sys.executable, "-c", BUILD.format(copies=args.copies)],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        organisations, bodies, agreements = built.stdout.split()
        print(
            f"Data: the demo and {args.copies} copies: {organisations} organisations, {bodies} bodies, "
            f"{agreements} agreements (built in {time.perf_counter() - started:.0f} s), SQLite."
        )
        port = free_port()
        server = subprocess.Popen(
            [ACCORD, "serve", "--port", str(port), "--workers", str(args.workers)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(100):
                try:
                    fetch(port, "/healthz")
                    break
                except OSError:
                    time.sleep(0.1)
            print(
                f"Served by accord serve with {args.workers} workers; {args.requests} sequential "
                f"requests per page, then {args.requests * 2} over {args.concurrency} clients.\n"
            )
            header = f"| {'page':<28} | {'p50 ms':>7} | {'p95 ms':>7} | {'req/s':>7} | {'p95 / baseline':>14} |"
            print(header)
            print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
            baseline_p95 = None
            for name, path in PAGES:
                for _ in range(5):  # warm-up: caches, connections, drawn maps
                    fetch(port, path)
                latencies = [fetch(port, path) for _ in range(args.requests)]
                p50, p95 = percentile(latencies, 0.5) * 1000, percentile(latencies, 0.95) * 1000
                rate = throughput(port, path, args.requests * 2, args.concurrency)
                baseline_p95 = baseline_p95 or p95
                print(
                    f"| {name:<28} | {p50:7.1f} | {p95:7.1f} | {rate:7.0f} | {p95 / baseline_p95:13.1f}x |"
                )
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
