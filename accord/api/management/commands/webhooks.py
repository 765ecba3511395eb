"""``accord webhooks deliver``: send the webhook deliveries that are due, now.

The worker (``accord worker``) sends each delivery right after its commit and sweeps for
anything due every minute (accord/api/tasks.py); this command does the same sweep once,
by hand or from cron where no worker runs."""

from __future__ import annotations

from accord.api.webhooks.models import WebhookDelivery
from accord.api.webhooks.services import webhook_deliver_due
from accord.core.commands import AccordCommand


class Command(AccordCommand):
    help = (
        "Work with webhooks. 'accord webhooks deliver' sends every pending delivery that is "
        "due, once (the worker does this by itself; use it where no worker runs)."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["deliver"])
        parser.add_argument(
            "--timeout", type=float, default=5, help="Seconds to wait for each endpoint."
        )

    def handle(self, *args, action, timeout, **options):
        attempted = webhook_deliver_due(timeout=timeout)
        for delivery in attempted:
            outcome = {
                WebhookDelivery.Status.DELIVERED: "delivered",
                WebhookDelivery.Status.FAILED: "failed, no more attempts",
                WebhookDelivery.Status.PENDING: (
                    f"failed, next attempt at {delivery.next_attempt_at:%Y-%m-%d %H:%M}"
                ),
            }[delivery.status]
            detail = f" ({delivery.last_error})" if delivery.last_error else ""
            self.stdout.write(
                f"Delivery {delivery.pk} {delivery.event} to {delivery.endpoint.url}: "
                f"{outcome}{detail}"
            )
        delivered = sum(d.status == WebhookDelivery.Status.DELIVERED for d in attempted)
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(attempted)} deliveries attempted: {delivered} delivered, "
                f"{len(attempted) - delivered} not."
            )
        )
