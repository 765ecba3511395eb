"""A consultation on one published version of an agreement, and the people invited to it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Length, Lower
from django.db.models.lookups import Exact
from django.urls import reverse
from django.utils import timezone

# Closing dates are days in England: "closes on 30 November" means until midnight there,
# whatever time zone the server keeps.
LONDON = ZoneInfo("Europe/London")


def today_in_london() -> dt.date:
    return timezone.now().astimezone(LONDON).date()


class Consultation(models.Model):
    version = models.ForeignKey(
        "agreements.AgreementVersion", on_delete=models.PROTECT, related_name="consultations"
    )
    title = models.CharField(max_length=200)
    introduction = models.TextField(
        blank=True, help_text="What the invitees are asked, in the officer's words."
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="consultations_opened"
    )
    opened_at = models.DateTimeField(default=timezone.now)
    closes_on = models.DateField(help_text="Comments are taken until the end of this day.")
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="consultations_closed",
    )
    consultee_bodies = models.ManyToManyField(
        "governance.Body", blank=True, related_name="consultations"
    )
    consultee_organisations = models.ManyToManyField(
        "organisations.Organisation", blank=True, related_name="consultations"
    )

    class Meta:
        ordering = ["-opened_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=~Q(title=""), name="consultation_title_not_empty"),
            models.CheckConstraint(
                condition=Q(closed_at__isnull=True, closed_by__isnull=True)
                | Q(closed_at__isnull=False, closed_by__isnull=False),
                name="consultation_closed_by_someone",
            ),
            models.CheckConstraint(
                condition=Q(closed_at__isnull=True) | Q(closed_at__gte=F("opened_at")),
                name="consultation_closes_after_opening",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("consultations:detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.closed_at is None and today_in_london() <= self.closes_on

    @property
    def closed_on(self) -> dt.date:
        """The last day comments were (or will be) taken."""
        if self.closed_at is not None:
            return min(self.closed_at.astimezone(LONDON).date(), self.closes_on)
        return self.closes_on

    def consultee_ids(self) -> tuple[frozenset[int], frozenset[int]]:
        """The consulted bodies and organisations, read once per instance.

        Uses the prefetch cache when the caller prefetched them, so a permission check
        on a page adds no query.
        """
        cached = getattr(self, "_consultee_ids", None)
        if cached is None:
            cached = (
                frozenset(body.pk for body in self.consultee_bodies.all()),
                frozenset(organisation.pk for organisation in self.consultee_organisations.all()),
            )
            self._consultee_ids = cached
        return cached


class Invitation(models.Model):
    """One address asked to comment. The link's secret is kept only as its SHA-256 hash."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField()
    name = models.CharField(max_length=200, blank=True)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultation_invitations",
    )
    body = models.ForeignKey(
        "governance.Body",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultation_invitations",
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    revoked = models.BooleanField(default=False)

    class Meta:
        ordering = ["consultation", "email"]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "email"], name="invitation_once_per_address"
            ),
            models.CheckConstraint(
                condition=Q(email=Lower("email")), name="invitation_email_lower"
            ),
            models.CheckConstraint(condition=~Q(email=""), name="invitation_email_not_empty"),
            models.CheckConstraint(
                condition=Exact(Length("token_hash"), 64), name="invitation_token_hash_length"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email

    @property
    def speaks_for(self) -> str:
        """The body or organisation the invitee was asked on behalf of, if any."""
        # Read through the relation: None (and no query) when the id is empty.
        if self.body is not None:
            return self.body.name
        if self.organisation is not None:
            return self.organisation.name
        return ""
