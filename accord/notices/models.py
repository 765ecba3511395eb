"""The accessibility statement and privacy notice, when an administrator has written
their own text; without a row, each is generated from the deployment's settings."""

from __future__ import annotations

from django.conf import settings
from django.db import models

TEXT_MAX = 50_000


class NoticeKind(models.TextChoices):
    ACCESSIBILITY = "accessibility", "Accessibility statement"
    PRIVACY = "privacy", "Privacy notice"


class Notice(models.Model):
    kind = models.CharField(max_length=20, choices=NoticeKind.choices, unique=True)
    text = models.TextField(max_length=TEXT_MAX)
    updated_at = models.DateTimeField()
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    def __str__(self) -> str:
        return self.get_kind_display()
