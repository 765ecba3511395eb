from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from accord.agreements.canonical import content_hash
from accord.core.dates import format_partial_date, precision_field
from accord.core.errors import Conflict


class ImmutableVersionError(Conflict):
    """A published version, or one of its sections, was about to be changed."""


class AgreementVersion(models.Model):
    """One text of an agreement. Once published it never changes: parties sign exactly it."""

    agreement = models.ForeignKey(
        "agreements.Agreement", on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveSmallIntegerField()
    label = models.CharField(max_length=120)
    date = models.DateField(null=True, blank=True)
    date_precision = precision_field()
    note = models.TextField(blank=True)
    content_hash = models.CharField(max_length=80, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="published_versions",
    )
    # Counts saved edits of a draft, so a second officer saving over a changed draft
    # is told instead of silently overwriting (optimistic locking).
    revision = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["agreement", "number"]
        constraints = [
            models.UniqueConstraint(fields=["agreement", "number"], name="version_number_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.agreement} — version {self.number} ({self.label})"

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    @property
    def display_date(self) -> str:
        return format_partial_date(self.date, self.date_precision)

    def compute_hash(self) -> str:
        return content_hash(self.sections.all())

    def publish(self, by=None) -> None:
        """Freeze the text: record its hash and the moment it became immutable."""
        self.content_hash = self.compute_hash()
        self.published_at = timezone.now()
        self.published_by = by
        AgreementVersion.objects.filter(pk=self.pk, published_at__isnull=True).update(
            content_hash=self.content_hash, published_at=self.published_at, published_by=by
        )

    def save(self, *args, **kwargs):
        if (
            self.pk
            and AgreementVersion.objects.filter(pk=self.pk, published_at__isnull=False).exists()
        ):
            raise ImmutableVersionError(f"Version {self.number} is published and cannot change.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.is_published:
            raise ImmutableVersionError(
                f"Version {self.number} is published and cannot be deleted."
            )
        return super().delete(*args, **kwargs)


class Section(models.Model):
    """A numbered section; its text keeps paragraphs, "- " bullets and "a) " lettered items."""

    version = models.ForeignKey(AgreementVersion, on_delete=models.CASCADE, related_name="sections")
    order = models.PositiveSmallIntegerField()
    number = models.CharField(max_length=20)
    heading = models.CharField(max_length=300)
    text = models.TextField(blank=True)

    class Meta:
        ordering = ["version", "order"]
        constraints = [
            models.UniqueConstraint(fields=["version", "order"], name="section_order_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.heading}"

    def _guard(self) -> None:
        if AgreementVersion.objects.filter(pk=self.version_id, published_at__isnull=False).exists():
            raise ImmutableVersionError("Sections of a published version cannot change.")

    def save(self, *args, **kwargs):
        self._guard()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self._guard()
        return super().delete(*args, **kwargs)
