"""/metrics: latency by view for Prometheus, read from this machine or with the token."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def _count(text: str, view: str) -> float:
    return sum(
        float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line.startswith("accord_http_request_duration_seconds_count{")
        and f'view="{view}"' in line
    )


def test_requests_are_counted_by_view(client):
    before = _count(client.get("/metrics").content.decode(), "healthz")
    client.get("/healthz")
    client.get("/healthz")
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert _count(response.content.decode(), "healthz") == before + 2
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_a_visitor_from_elsewhere_is_refused(client, settings):
    settings.ACCORD_METRICS_TOKEN = ""
    response = client.get("/metrics", REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 403
    assert "ACCORD_METRICS_TOKEN" in response.content.decode()
    assert "accord_http" not in response.content.decode()


def test_through_a_proxy_the_visitors_address_counts_not_the_proxys(client, settings):
    settings.ACCORD_PROXY_COUNT = 1
    response = client.get(
        "/metrics", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="127.0.0.1, 203.0.113.9"
    )
    assert response.status_code == 403
    direct = client.get("/metrics", REMOTE_ADDR="127.0.0.1")
    assert direct.status_code == 200


def test_the_bearer_token_lets_a_monitoring_server_elsewhere_read(client, settings):
    settings.ACCORD_METRICS_TOKEN = "a-long-random-metrics-token"
    far = {"REMOTE_ADDR": "203.0.113.9"}
    assert client.get("/metrics", **far, HTTP_AUTHORIZATION="Bearer wrong").status_code == 403
    assert (
        client.get(
            "/metrics", **far, HTTP_AUTHORIZATION="Basic a-long-random-metrics-token"
        ).status_code
        == 403
    )
    good = client.get("/metrics", **far, HTTP_AUTHORIZATION="Bearer a-long-random-metrics-token")
    assert good.status_code == 200 and b"accord_http_request_duration_seconds" in good.content


def test_without_a_token_set_no_bearer_is_accepted(client, settings):
    settings.ACCORD_METRICS_TOKEN = ""
    response = client.get("/metrics", REMOTE_ADDR="203.0.113.9", HTTP_AUTHORIZATION="Bearer ")
    assert response.status_code == 403


def test_a_gauge_added_by_an_app_is_read_at_each_scrape(client):
    from accord.core import metrics

    depth = iter([3, 5])
    metrics.add_gauge("accord_test_depth", "A figure for the test.", lambda: next(depth))
    try:
        assert "accord_test_depth 3.0" in client.get("/metrics").content.decode()
        assert "accord_test_depth 5.0" in client.get("/metrics").content.decode()
    finally:
        metrics._gauges.pop("accord_test_depth")
