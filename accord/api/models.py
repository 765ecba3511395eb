"""Personal API tokens: a key that acts as one user, with exactly that user's permissions."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100, help_text="What the token is for, in your words.")
    # Only the SHA-256 of the token is kept; the token itself is shown once, on creation.
    token_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(
        max_length=12, help_text="The token's first characters, to tell it apart."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


# Webhooks live in their own sub-package; importing them here registers them with the app.
from accord.api.webhooks.models import WebhookDelivery, WebhookEndpoint  # noqa: E402

__all__ = ["ApiToken", "WebhookDelivery", "WebhookEndpoint"]
