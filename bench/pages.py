"""Page latency at national size on PostgreSQL and SQLite, served by `accord serve`, beside a
trivial view measured in the same run; and how p95 moves with the size of the register.

    .venv/bin/python bench/pages.py [--sizes national] [--engines postgresql,sqlite]
        [--requests 100] [--concurrency 4] [--workers 2]

For each engine and size it builds a register of its own (the Thurrock demo plus a
synthetic register from `accord generate`: national is about 20,000 organisations,
10,000 bodies and agreements, 200,000 parties, 50,000 meetings and 100,000 signatures)
in a throwaway PostgreSQL cluster it starts and always stops, or a SQLite file under a
temporary folder. It serves the register twice with `accord serve` (gunicorn): as the
public gets it (pages from the page cache) and with the page cache off, which is what
a signed-in person or the first visitor after a change waits for. For each page it
times sequential requests (p50, p95) and then requests from several clients at once
(requests per second), beside /healthz, a view that does no work, on the same server.

`--sizes 1x,10x,100x,national` adds a table of p95 by size (1x is the demo's size).
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pgcluster import free_port, throwaway_cluster  # noqa: E402

ACCORD = str(Path(sys.executable).with_name("accord"))
BASELINE = "trivial view (baseline)"

PAGES = [
    (BASELINE, "/healthz"),
    ("home", "/"),
    ("agreement list", "/agreements/"),
    ("agreement list, filtered", "/agreements/?status=sign_up&kind=mou"),
    ("agreement", "/agreements/childrens-mou/"),
    ("agreement, most parties", "/agreements/{largest_agreement}/"),
    ("sign-up table", "/sign-up/agreements/childrens-mou/"),
    ("sign-up table, most parties", "/sign-up/agreements/{largest_agreement}/"),
    ("organisation list", "/organisations/"),
    ("organisation search", "/organisations/?q=CCG"),
    ("organisation", "/organisations/thurrock-council/"),
    ("organisation, most agreements", "/organisations/{busiest_organisation}/"),
    ("body list", "/bodies/"),
    ("body", "/bodies/bf-partnership/"),
    ("body, most meetings", "/bodies/{busiest_body}/"),
    ("area list", "/areas/"),
    ("area", "/areas/thurrock/"),
    ("governance map, one area", "/areas/thurrock/map/"),
    ("governance map, largest area", "/areas/{largest_area}/map/"),
    ("governance map, everything", "/map/"),
    ("meeting list", "/meetings/"),
    ("meeting", "/meetings/{meeting}/"),
    ("open data", "/open-data/"),
]
BUSIEST_PUBLIC = {
    "home",
    "agreement list",
    "agreement",
    "sign-up table",
    "organisation",
    "body",
}

BUILD = """
import json, django
django.setup()
from django.db.models import Count
from accord.demo.loader import demo_load
from accord.demo.national import generate, parse_size
from accord.agreements.models import Agreement
from accord.approvals.models import Meeting
from accord.governance.models import Area, Body
from accord.organisations.models import Organisation
from accord.agreements.visibility import PUBLIC_AGREEMENT_STATUSES
demo_load()
counts = generate(size=parse_size({size!r}))
public = Agreement.objects.filter(status__in=PUBLIC_AGREEMENT_STATUSES)
print(json.dumps({{
    "counts": counts,
    "largest_agreement": public.annotate(n=Count("parties")).order_by("-n", "pk")[0].slug,
    "busiest_organisation": Organisation.objects.annotate(n=Count("parties")).order_by("-n", "pk")[0].slug,
    "busiest_body": Body.objects.annotate(n=Count("meetings")).order_by("-n", "pk")[0].slug,
    "largest_area": Area.objects.filter(parent__isnull=True).annotate(n=Count("children")).order_by("-n", "pk")[0].slug,
    "meeting": Meeting.objects.filter(public=True, items__approval_step__isnull=False).order_by("-date", "pk")[0].pk,
}}))
"""


def fetch(port: int, path: str) -> float:
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
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


@contextlib.contextmanager
def served(env: dict, workers: int):
    """`accord serve` and, as in production, an `accord worker` beside it (it draws the
    governance maps the pages queue)."""
    port = free_port()
    server = subprocess.Popen(
        [ACCORD, "serve", "--port", str(port), "--workers", str(workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    worker = subprocess.Popen(
        [ACCORD, "worker", "--no-schedule"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(300):
            try:
                fetch(port, "/healthz")
                break
            except OSError:
                time.sleep(0.1)
        yield port
    finally:
        server.terminate()
        worker.terminate()
        for process in (server, worker):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                # The worker finishes the drawing in hand before it stops; the figures
                # are already taken, so stop it outright.
                process.kill()
                process.wait(timeout=20)


def measure(port: int, path: str, args) -> dict:
    for _ in range(5):  # warm-up: the page cache, connections, drawn maps
        fetch(port, path)
    latencies = [fetch(port, path) for _ in range(args.requests)]
    return {
        "p50": percentile(latencies, 0.5) * 1000,
        "p95": percentile(latencies, 0.95) * 1000,
        "rate": throughput(port, path, args.requests * 2, args.concurrency),
    }


def build(env: dict, size: str) -> dict:
    subprocess.run([ACCORD, "migrate", "--noinput"], env=env, check=True, capture_output=True)
    started = time.perf_counter()
    built = subprocess.run(
        [sys.executable, "-c", BUILD.format(size=size)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    facts = json.loads(built.stdout.strip().splitlines()[-1])
    facts["seconds"] = time.perf_counter() - started
    return facts


def run_one(env: dict, size: str, engine: str, args) -> dict:
    facts = build(env, size)
    counts = facts["counts"]
    print(
        f"\n### {engine}, size {size}: the demo and a synthetic register of "
        f"{counts['organisations']:,} organisations, {counts['bodies']:,} bodies, "
        f"{counts['agreements']:,} agreements, {counts['parties']:,} parties, "
        f"{counts['meetings']:,} meetings, {counts.get('signatures', 0):,} signatures "
        f"(built in {facts['seconds']:.0f} s)\n",
        flush=True,
    )
    results: dict[str, dict] = {}
    with (
        served(env, args.workers) as cached,
        served({**env, "ACCORD_PAGE_CACHE": "false"}, args.workers) as uncached,
    ):
        for name, template in PAGES:
            path = template.format(**facts)
            results[name] = {
                "cached": measure(cached, path, args),
                "uncached": measure(uncached, path, args),
            }
    print_table(results)
    return results


def print_table(results: dict[str, dict]) -> None:
    base = results[BASELINE]
    header = (
        f"| {'page':<30} | {'p50 ms':>7} | {'p95 ms':>7} | {'req/s':>6} | {'p95 / trivial':>13} "
        f"| {'req/s / trivial':>15} | {'uncached p50':>12} | {'uncached p95':>12} "
        f"| {'uncached p95 / trivial':>22} |"
    )
    print(header)
    print("|" + "|".join("-" * len(cell) for cell in header.split("|")[1:-1]) + "|")
    for name, row in results.items():
        cached, uncached = row["cached"], row["uncached"]
        marker = " *" if name in BUSIEST_PUBLIC else ""
        print(
            f"| {name + marker:<30} | {cached['p50']:7.1f} | {cached['p95']:7.1f} | "
            f"{cached['rate']:6.0f} | {cached['p95'] / base['cached']['p95']:12.1f}x | "
            f"{cached['rate'] / base['cached']['rate']:14.2f}x | {uncached['p50']:12.1f} | "
            f"{uncached['p95']:12.1f} | {uncached['p95'] / base['uncached']['p95']:21.1f}x |",
            flush=True,
        )


def print_size_table(engine: str, by_size: dict[str, dict]) -> None:
    sizes = list(by_size)
    for mode in ("uncached", "cached"):
        print(f"\n{engine}: p95 ms by size, page cache {'off' if mode == 'uncached' else 'on'}\n")
        header = f"| {'page':<30} | " + " | ".join(f"{s:>8}" for s in sizes) + " | national / 10x |"
        print(header)
        print("|" + "|".join("-" * len(cell) for cell in header.split("|")[1:-1]) + "|")
        for name, _ in PAGES:
            values = [by_size[s][name][mode]["p95"] for s in sizes]
            ratio = ""
            if "10x" in by_size and "national" in by_size:
                ratio = f"{by_size['national'][name][mode]['p95'] / by_size['10x'][name][mode]['p95']:.2f}"
            print(
                f"| {name:<30} | " + " | ".join(f"{v:8.1f}" for v in values) + f" | {ratio:>14} |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="national", help="comma-separated: 1x,10x,100x,national")
    parser.add_argument("--engines", default="postgresql,sqlite", help="postgresql, sqlite or both")
    parser.add_argument("--requests", type=int, default=100, help="sequential requests per page")
    parser.add_argument("--concurrency", type=int, default=4, help="clients for requests/second")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    args = parser.parse_args()
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    print(
        f"accord serve with {args.workers} workers; per page {args.requests} sequential requests, "
        f"then {args.requests * 2} over {args.concurrency} clients. Pages marked * are the "
        "busiest public pages (target: req/s at least 0.5x the trivial view's)."
    )
    base_env = {
        k: v for k, v in os.environ.items() if not k.startswith(("ACCORD_", "DATABASE_URL"))
    }
    base_env["DJANGO_SETTINGS_MODULE"] = "accord.settings"
    with contextlib.ExitStack() as stack:
        cluster = stack.enter_context(throwaway_cluster()) if "postgresql" in engines else None
        for engine in engines:
            by_size = {}
            for index, size in enumerate(sizes):
                with tempfile.TemporaryDirectory(prefix="accord-bench-") as folder:
                    env = {**base_env, "ACCORD_DATA_DIR": folder}
                    if engine == "postgresql":
                        env["DATABASE_URL"] = cluster.create_database(f"bench_{index}")
                    by_size[size] = run_one(env, size, engine, args)
            if len(sizes) > 1:
                print_size_table(engine, by_size)


if __name__ == "__main__":
    main()
