"""An imported file waiting for an officer's review, and what became of it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse


class ImportStatus(models.TextChoices):
    READING = "reading", "Being read"
    UNREADABLE = "unreadable", "Could not be read"
    REVIEW = "review", "Waiting for review"
    CONFIRMED = "confirmed", "Draft created"
    REJECTED = "rejected", "Rejected"


class ImportedDocument(models.Model):
    """A TXT, PDF or Word file read into findings. The file itself is kept: once the
    findings are confirmed it stays as the draft agreement's source, its lineage.

    An upload is kept at once, "reading", and read by the task queue (tasks.py), which
    saves how far it has got (``pages_read`` of ``pages_total``); it ends waiting for
    review, or "could not be read" with the reason in ``problem`` and the file kept."""

    file = models.FileField(upload_to="imports/%Y/%m/")
    filename = models.CharField(max_length=255)
    format = models.CharField(max_length=4)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    pages = models.PositiveIntegerField(default=1)
    findings = models.JSONField(
        default=dict, help_text="What was read from the file, with the lines."
    )
    text = models.TextField(blank=True, help_text="The file's text as read, line by line.")
    status = models.CharField(
        max_length=10, choices=ImportStatus.choices, default=ImportStatus.REVIEW
    )
    # Reading in the task queue: how far it has got, and how it ended.
    pages_read = models.PositiveIntegerField(default=0)
    pages_total = models.PositiveIntegerField(default=0)
    progress_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)
    read_attempts = models.PositiveSmallIntegerField(default=0)
    read_task_id = models.CharField(max_length=64, blank=True)
    problem = models.TextField(blank=True, help_text="Why the file could not be read.")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="imports",
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="import_decisions",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    gold = models.JSONField(
        null=True,
        blank=True,
        help_text="What the officer confirmed, as a gold file for accord import-eval.",
    )
    agreement = models.OneToOneField(
        "agreements.Agreement",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="source_import",
    )

    class Meta:
        ordering = ["-uploaded_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ImportStatus.values), name="import_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(format__in=["txt", "pdf", "docx"]), name="import_format_known"
            ),
        ]

    def __str__(self) -> str:
        return self.filename

    def get_absolute_url(self) -> str:
        return reverse("imports:review", args=[self.pk])

    @property
    def title(self) -> str:
        return (self.findings.get("title") or {}).get("value") or self.filename
