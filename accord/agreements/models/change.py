"""Dated records of how an agreement changed after it was agreed: each change to its party
list, and each change of its status. Both are permanent: they are what an "as at a date"
view is read from."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from accord.core.errors import Conflict


class PermanentRecord(models.Model):
    """A row written once and never changed or deleted."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise Conflict("This is a permanent record and cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise Conflict("This is a permanent record and cannot be deleted.")


class PartyChangeKind(models.TextChoices):
    ACCESSION = "accession", "Joined by accession"
    NOVATION = "novation", "Took the place of the party it succeeded"
    NOTICE = "notice", "Gave notice to leave"
    NOTICE_WITHDRAWN = "notice_withdrawn", "Withdrew its notice before it took effect"
    REMOVAL = "removal", "Removed by a recorded variation"


class PartyChange(PermanentRecord):
    """One change to the party list, from its effective date: the list as at any day is
    the parties that joined by then and had not yet left."""

    agreement = models.ForeignKey(
        "agreements.Agreement", on_delete=models.PROTECT, related_name="party_changes"
    )
    party = models.ForeignKey("agreements.Party", on_delete=models.PROTECT, related_name="changes")
    kind = models.CharField(max_length=20, choices=PartyChangeKind.choices)
    effective_on = models.DateField(help_text="The day the party list changes.")
    # The party's name on the day, as it stood in the record: it may be renamed later.
    party_name = models.CharField(max_length=300)
    reason = models.TextField(blank=True)
    # Leaving by notice: the day notice was given and the period the agreement sets.
    notice_given_on = models.DateField(null=True, blank=True)
    notice_period_days = models.PositiveSmallIntegerField(null=True, blank=True)
    # A successor's confirmation: the party whose place it took.
    in_place_of = models.ForeignKey(
        "agreements.Party", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    version = models.ForeignKey(
        "agreements.AgreementVersion",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The version the joining party signed or the successor confirmed.",
    )
    # An accession to an agreement whose text asks every party's consent, given.
    with_consent = models.BooleanField(default=False)
    recorded_at = models.DateTimeField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        ordering = ["effective_on", "recorded_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=PartyChangeKind.values), name="party_change_kind_valid"
            ),
            models.CheckConstraint(
                condition=~Q(kind="novation") | Q(in_place_of__isnull=False),
                name="a_novation_names_the_party_replaced",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.party_name}: {self.get_kind_display().lower()} from {self.effective_on}"


class StatusChange(PermanentRecord):
    """The agreement's status from ``at`` on, and the version it then stood on."""

    agreement = models.ForeignKey(
        "agreements.Agreement", on_delete=models.PROTECT, related_name="status_changes"
    )
    before = models.CharField(max_length=15, blank=True)
    to = models.CharField(max_length=15)
    version = models.ForeignKey(
        "agreements.AgreementVersion",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    at = models.DateTimeField()
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["agreement", "at"], name="status_change_by_time")]

    def __str__(self) -> str:
        return f"{self.agreement_id}: {self.before or '—'} → {self.to} at {self.at:%Y-%m-%d}"
