from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import Q
from django.utils import timezone


class PartyStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    SIGNED = "signed", "Signed"
    DECLINED = "declined", "Declined"


class PartyStanding(models.TextChoices):
    """Whether the organisation is on the party list at all. A party that left keeps
    ``member`` with its ``left_on`` date: it was a party until then."""

    MEMBER = "member", "Party"
    INVITED = "invited", "Asked to join"
    NOT_JOINED = "not_joined", "Did not join"


class PartyBasis(models.TextChoices):
    """How the organisation became a party."""

    ORIGINAL = "original", "Party from the start"
    ACCESSION = "accession", "Joined by accession"
    NOVATION = "novation", "Took the place of a party it succeeded"


class PartyQuerySet(models.QuerySet):
    def current(self, on: dt.date | None = None) -> PartyQuerySet:
        """The parties on ``on`` (today when not given): on the list, joined by then, and
        not yet left. A party whose ``left_on`` is that day has left."""
        day = on or timezone.localdate()
        return self.filter(
            Q(joined_on__isnull=True) | Q(joined_on__lte=day),
            Q(left_on__isnull=True) | Q(left_on__gt=day),
            standing=PartyStanding.MEMBER,
        )


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
    # Set only by the services of accord/agreements/services/party_changes.py and
    # accord/signing/services/admissions.py, each with a dated PartyChange.
    left_on = models.DateField(
        null=True,
        blank=True,
        help_text="The day it stopped being a party (notice, or a successor).",
    )
    standing = models.CharField(
        max_length=10, choices=PartyStanding.choices, default=PartyStanding.MEMBER
    )
    basis = models.CharField(max_length=10, choices=PartyBasis.choices, default=PartyBasis.ORIGINAL)
    succeeds = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="successor_parties",
        help_text="For a successor: the party whose place it takes.",
    )

    objects = PartyQuerySet.as_manager()

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
            models.CheckConstraint(
                condition=Q(standing__in=PartyStanding.values), name="party_standing_valid"
            ),
            models.CheckConstraint(
                condition=Q(basis__in=PartyBasis.values), name="party_basis_valid"
            ),
            models.CheckConstraint(
                condition=Q(basis=PartyBasis.NOVATION) | Q(succeeds__isnull=True),
                name="only_a_successor_succeeds_a_party",
            ),
            models.CheckConstraint(
                condition=Q(left_on__isnull=True)
                | Q(joined_on__isnull=True)
                | Q(left_on__gte=models.F("joined_on")),
                name="party_leaves_after_it_joins",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.category})"

    @property
    def name_as_party(self) -> str:
        return self.organisation.name_on(self.joined_on)

    def is_current(self, on: dt.date | None = None) -> bool:
        day = on or timezone.localdate()
        return (
            self.standing == PartyStanding.MEMBER
            and (self.joined_on is None or self.joined_on <= day)
            and (self.left_on is None or self.left_on > day)
        )
