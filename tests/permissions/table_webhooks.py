"""Rows for the webhook pages: administrators only."""

from __future__ import annotations

from tests.permissions.rows import Row, only, signed_in

ADMIN = only({"administrator"})


def _endpoint() -> str:
    from accord.api.webhooks.models import WebhookEndpoint

    endpoint, _ = WebhookEndpoint.objects.get_or_create(
        url="https://receiver.example.org/accord", defaults={"events": ["party.signed"]}
    )
    return f"/api/webhooks/{endpoint.pk}/deactivate/"


ROWS = [
    Row("api:webhooks", "/api/webhooks/", ADMIN),
    Row("api:webhook_deactivate", _endpoint, ADMIN),
    Row("api:webhook_deliveries", "/api/webhooks/deliveries/", ADMIN),
    Row("api:webhook_retry", "/api/webhooks/deliveries/1/retry/", signed_in(405)),
]
