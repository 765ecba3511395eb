"""Rows for the webhook pages: administrators only."""

from __future__ import annotations

from tests.permissions.rows import Row, only, signed_in

ADMIN = only({"administrator"})

ROWS = [
    Row("api:webhooks", "/api/webhooks/", ADMIN),
    Row("api:webhook_deactivate", "/api/webhooks/1/deactivate/", signed_in(405)),
    Row("api:webhook_deliveries", "/api/webhooks/deliveries/", ADMIN),
    Row("api:webhook_retry", "/api/webhooks/deliveries/1/retry/", signed_in(405)),
]
