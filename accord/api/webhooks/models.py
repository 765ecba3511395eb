"""Webhook endpoints and their deliveries (models of the ``api`` app)."""

from __future__ import annotations

from django.conf import settings
from django.db import models

EVENTS = {
    "agreement.published": "Agreement published",
    "step.decided": "Approval step decided",
    "party.signed": "Party signed",
    "agreement.in_force": "Agreement in force",
    "party.succeeded": "Party no longer exists (succeeded)",
    "party.confirmed": "Successor confirmed in a party's place (novation)",
    "party.joined": "Party joined (accession)",
    "party.consent_asked": "Every party asked to consent to a new party joining",
    "party.join_consented": "Every party consented to a new party joining",
    "party.join_refused": "A new party does not join: a party objected, or the request ended",
    "party.leaving": "Party gave notice to leave",
    "party.removed": "Party removed by a recorded variation",
    "review.due": "Review due",
    "review.recorded": "Review outcome recorded",
}


class WebhookEndpoint(models.Model):
    url = models.URLField(max_length=500)
    events = models.JSONField(default=list, help_text="The event names this endpoint is sent.")
    # Shown to the administrator once, on registration; kept to sign every delivery.
    secret = models.CharField(max_length=100)
    active = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "api"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.url

    @property
    def event_labels(self) -> list[str]:
        return [EVENTS.get(event, event) for event in self.events]


class WebhookDelivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"

    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(max_length=50)
    payload = models.JSONField(default=dict)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField()
    last_status_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    # Who is sending it now (a task run's id); empty between attempts.
    claimed_by = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "api"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.event} to {self.endpoint.url}"
