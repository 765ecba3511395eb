from __future__ import annotations

from django.db import models
from django.db.models import Q


class PartyStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    SIGNED = "signed", "Signed"
    DECLINED = "declined", "Declined"


class Party(models.Model):
    """An organisation in an agreement, in the category that agreement groups it under."""

    agreement = models.ForeignKey(
        "agreements.Agreement", on_delete=models.CASCADE, related_name="parties"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="parties"
    )
    category = models.CharField(max_length=120, help_text='e.g. "NHS Commissioners"')
    order = models.PositiveSmallIntegerField()
    status = models.CharField(
        max_length=10, choices=PartyStatus.choices, default=PartyStatus.PENDING
    )
    joined_on = models.DateField(
        null=True, blank=True, help_text="When it joined; the agreement shows its name on that day."
    )

    class Meta:
        ordering = ["order"]
        verbose_name_plural = "parties"
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "organisation"], name="party_once_per_agreement"
            ),
            models.CheckConstraint(
                condition=Q(status__in=PartyStatus.values), name="party_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.category})"

    @property
    def name_as_party(self) -> str:
        return self.organisation.name_on(self.joined_on)
