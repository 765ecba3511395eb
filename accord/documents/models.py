"""The sealed files Accord has issued for an agreement version, one row per stage."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone


class DocumentKind(models.TextChoices):
    AGREEMENT = "agreement", "Agreement"
    CERTIFICATE = "certificate", "Certificate of completion"


def document_path(document: IssuedDocument, filename: str) -> str:
    version = document.version
    if document.kind == DocumentKind.CERTIFICATE:
        name = "certificate.pdf"
    else:
        name = f"stage-{document.stage}.pdf"
    return f"documents/{version.agreement.slug}/v{version.number}/{name}"


class IssuedDocument(models.Model):
    """One sealed PDF. Stage 0 is the agreement as issued; each later stage is the same
    file with one more seal appended, for the signature named. Never changed."""

    version = models.ForeignKey(
        "agreements.AgreementVersion", on_delete=models.PROTECT, related_name="issued_documents"
    )
    kind = models.CharField(
        max_length=12, choices=DocumentKind.choices, default=DocumentKind.AGREEMENT
    )
    stage = models.PositiveSmallIntegerField(help_text="0 when issued, then one more per seal.")
    signature = models.OneToOneField(
        "signing.Signature",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sealed_document",
        help_text="The signature this stage's seal records; empty for the issue itself.",
    )
    file = models.FileField(upload_to=document_path, max_length=300)
    sha256 = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["version", "kind", "stage"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "kind", "stage"], name="issued_document_stage_unique"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=DocumentKind.values), name="issued_document_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(signature__isnull=True) | Q(kind=DocumentKind.AGREEMENT, stage__gt=0),
                name="issued_document_seal_follows_issue",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.version}: {self.get_kind_display().lower()}, stage {self.stage}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("An issued document is a permanent record and cannot be changed.")
        super().save(*args, **kwargs)
