"""Prometheus metrics: request latency by view, responses by status, and gauges others add.

Every app server answers ``/metrics`` for itself. Under ``accord serve`` each gunicorn worker
writes its figures to files in ``PROMETHEUS_MULTIPROC_DIR`` (set by the ``accord`` command
when not given), and a scrape adds up every worker's. Who may read the figures is declared
in accord/permissions/operations.py (``core.read_metrics``): a request from this machine,
or one with the bearer token in ``ACCORD_METRICS_TOKEN``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from functools import lru_cache

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

# Seconds: most pages answer in tens of milliseconds; the tail shows what needs work.
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})

REQUEST_SECONDS = Histogram(
    "accord_http_request_duration_seconds",
    "Time from a request reaching Accord to its response, by view and method.",
    ["view", "method"],
    buckets=BUCKETS,
)
RESPONSES = Counter(
    "accord_http_responses",
    "Responses by view, method and status code.",
    ["view", "method", "status"],
)


@lru_cache(maxsize=4096)
def _timer(view: str, method: str) -> Histogram:
    # Looking a labelled series up costs more than recording in it: each is found once.
    return REQUEST_SECONDS.labels(view=view, method=method)


@lru_cache(maxsize=8192)
def _counter(view: str, method: str, status: int) -> Counter:
    return RESPONSES.labels(view=view, method=method, status=str(status))


def observe(*, view: str, method: str, status: int, seconds: float) -> None:
    method = method if method in METHODS else "other"
    _timer(view, method).observe(seconds)
    _counter(view, method, status).inc()


# --- gauges read at each scrape (queue depth and the like), added by the apps that own them
_gauges: dict[str, tuple[str, Callable[[], float]]] = {}


def add_gauge(name: str, documentation: str, read: Callable[[], float]) -> None:
    """A figure read afresh at every scrape, such as how many tasks wait in the queue."""
    _gauges[name] = (documentation, read)


class _Gauges(Collector):
    def collect(self) -> Iterator[GaugeMetricFamily]:
        for name, (documentation, read) in sorted(_gauges.items()):
            yield GaugeMetricFamily(name, documentation, value=float(read()))


def exposition() -> bytes:
    """Every figure of this app server, in Prometheus's text format."""
    gauges = CollectorRegistry()  # read once per scrape, not when registered
    gauges.register(_Gauges())
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        workers = CollectorRegistry()
        multiprocess.MultiProcessCollector(workers)
        return generate_latest(workers) + generate_latest(gauges)
    return generate_latest(REGISTRY) + generate_latest(gauges)


@login_not_required
@never_cache
def metrics(request: HttpRequest) -> HttpResponse:
    # The rule reads the request (its address and token), not a model.
    if not request.user.has_perm("core.read_metrics", request):  # type: ignore[arg-type]
        return HttpResponse(
            "Metrics are read by the monitoring server: from this machine, or with the "
            "bearer token set in ACCORD_METRICS_TOKEN.\n",
            status=403,
            content_type="text/plain; charset=utf-8",
        )
    return HttpResponse(exposition(), content_type=CONTENT_TYPE_LATEST)
