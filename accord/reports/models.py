"""A cover report per approval step, its immutable versions, and the implications
each named verifier confirms or returns."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone


class CoverReport(models.Model):
    step = models.OneToOneField(
        "approvals.ApprovalStep", on_delete=models.CASCADE, related_name="cover_report"
    )
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self) -> str:
        return f"Cover report for {self.step}"

    def get_absolute_url(self) -> str:
        return reverse("reports:report", args=[self.step_id])


class ReportVersion(models.Model):
    """One text of the report. A change makes a new version; versions are never edited."""

    report = models.ForeignKey(CoverReport, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField()
    content = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["report", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["report", "number"], name="report_version_unique")
        ]

    def __str__(self) -> str:
        return f"Version {self.number}"


class ImplicationKind(models.TextChoices):
    FINANCIAL = "financial", "Financial"
    LEGAL = "legal", "Legal"
    EQUALITY = "equality", "Diversity and Equality"
    OTHER = "other", "Other implications"


class ImplicationStatus(models.TextChoices):
    REQUESTED = "requested", "Awaiting verification"
    VERIFIED = "verified", "Verified"
    RETURNED = "returned", "Returned with comments"
    CHANGED = "changed", "Text changed since it was sent for verification"


class ImplicationRequest(models.Model):
    """A request to a named verifier to confirm one implication of the report."""

    report = models.ForeignKey(CoverReport, on_delete=models.CASCADE, related_name="implications")
    kind = models.CharField(max_length=10, choices=ImplicationKind.choices)
    verifier = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="implication_requests"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(
        max_length=10, choices=ImplicationStatus.choices, default=ImplicationStatus.REQUESTED
    )
    comments = models.TextField(blank=True, max_length=5000)
    token_hash = models.CharField(max_length=64, unique=True)
    verified_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    # The report version whose implication text the verifier was shown; a verification
    # holds only for that text.
    seen_version = models.ForeignKey(
        ReportVersion, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["report", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["report", "kind"], name="implication_once_per_kind"),
            models.CheckConstraint(
                condition=Q(status__in=ImplicationStatus.values), name="implication_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=ImplicationKind.values), name="implication_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} implications"

    def get_absolute_url(self) -> str:
        return reverse("reports:verify", args=[self.pk])
