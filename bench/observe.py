"""What measuring every request costs: the trivial view with and without the middleware
that gives each request its id, log line and latency metric (accord/core/observe.py).

    .venv/bin/python bench/observe.py [--requests 2000] [--rounds 15]

Two WSGI handlers in one process, one with Accord's middleware as configured and one without
`ObserveRequestsMiddleware`, answer `/healthz` in alternating blocks (so both see the same
machine load); metrics are written as under `accord serve` (to files in a
PROMETHEUS_MULTIPROC_DIR), and JSON request lines are written to a discarded stream. Prints
the median microseconds per request of each and their ratio.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=2000, help="requests per block")
    parser.add_argument("--rounds", type=int, default=15, help="blocks per handler")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="accord-bench-observe-"))
    try:
        measure(args, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def measure(args: argparse.Namespace, scratch: Path) -> None:
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "accord.settings",
            "ACCORD_DATA_DIR": str(scratch / "data"),
            "PROMETHEUS_MULTIPROC_DIR": str(scratch / "metrics"),
            "ACCORD_LOG_FORMAT": "json",
        }
    )
    (scratch / "metrics").mkdir()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import django

    django.setup()
    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler
    from django.test import override_settings
    from django.test.client import RequestFactory

    # The request lines are formatted as in production, then thrown away.
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.StreamHandler):
            handler.setStream(io.StringIO())

    observed = WSGIHandler()
    plain_middleware = [
        m for m in settings.MIDDLEWARE if not m.endswith("ObserveRequestsMiddleware")
    ]
    with override_settings(MIDDLEWARE=plain_middleware):
        plain = WSGIHandler()
    base = RequestFactory()._base_environ(PATH_INFO="/healthz", REQUEST_METHOD="GET")

    def block(app) -> float:
        def start_response(status, headers):
            assert status.startswith("200"), status

        started = time.perf_counter()
        for _ in range(args.requests):
            environ = dict(base, **{"wsgi.input": io.BytesIO(b"")})
            b"".join(app(environ, start_response))
        return (time.perf_counter() - started) / args.requests * 1e6

    block(observed), block(plain)  # warm both
    timings: dict[str, list[float]] = {"without": [], "with": []}
    for _ in range(args.rounds):
        timings["without"].append(block(plain))
        timings["with"].append(block(observed))
    without, with_ = (statistics.median(timings[k]) for k in ("without", "with"))
    print(f"{'handler':<40} {'µs/request (median)':>20} {'ratio':>7}")
    print(f"{'/healthz, without ObserveRequests':<40} {without:>20.1f} {1.0:>7.2f}")
    print(f"{'/healthz, with ObserveRequests':<40} {with_:>20.1f} {with_ / without:>7.2f}")
    print(f"cost of measuring a request: {with_ - without:.1f} µs")


if __name__ == "__main__":
    main()
