from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import F, Q

from accord.core.links import row_url
from accord.core.models import OtherName, dates_in_order
from accord.organisations.identifiers import Scheme, org_id, validate_code


class OrganisationKind(models.TextChoices):
    LOCAL_AUTHORITY = "local_authority", "Local authority"
    NHS_COMMISSIONER = "nhs_commissioner", "NHS commissioner"
    NHS_TRUST = "nhs_trust", "NHS trust"
    PRIMARY_CARE_NETWORK = "primary_care_network", "Primary care network"
    GP_PRACTICE = "gp_practice", "GP practice"
    VOLUNTARY_SECTOR = "voluntary_sector", "Voluntary sector"
    SCHOOL_ASSOCIATION = "school_association", "School association"
    CENTRAL_GOVERNMENT = "central_government", "Central government"
    PROBATION = "probation", "Probation"
    EDUCATION_PROVIDER = "education_provider", "Education provider"
    POLICE = "police", "Police"
    PARTNERSHIP_GROUP = "partnership_group", "Partnership group"
    OTHER = "other", "Other"


class Organisation(models.Model):
    """A legal or recognised body that can be a party to an agreement."""

    name = models.CharField(max_length=300)
    short_name = models.CharField(max_length=120, blank=True)
    slug = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(max_length=30, choices=OrganisationKind.choices)
    area = models.ForeignKey(
        "governance.Area",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
    )
    website = models.URLField(blank=True)
    established_on = models.DateField(
        null=True, blank=True, help_text="The day it came into being, where known."
    )
    dissolved_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["name", "id"], name="organisation_name_idx")]
        constraints = [
            models.CheckConstraint(condition=~Q(name=""), name="organisation_name_not_empty"),
            models.CheckConstraint(
                condition=Q(kind__in=OrganisationKind.values), name="organisation_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(established_on__isnull=True)
                | Q(dissolved_on__isnull=True)
                | Q(established_on__lte=F("dissolved_on")),
                name="organisation_established_before_dissolved",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return row_url("organisations:detail", self.slug)

    @property
    def display_short_name(self) -> str:
        return self.short_name or self.name

    def name_on(self, day: dt.date | None) -> str:
        """The name the organisation had on ``day``: a dated former name, or today's.

        Reads the other names a caller prefetched as a list (``other_names_held``, see
        ``agreements.selectors.party_queryset``), else through the prefetch cache.
        """
        if day is None:
            return self.name
        held = getattr(self, "other_names_held", None)
        for other in self.other_names.all() if held is None else held:
            if other.applies_on(day):
                return other.name
        return self.name


class OrganisationIdentifier(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="identifiers"
    )
    scheme = models.CharField(max_length=10, choices=Scheme.choices)
    code = models.CharField(max_length=40)

    class Meta:
        ordering = ["scheme", "code"]
        # Search looks a code up in every scheme at once.
        indexes = [models.Index(fields=["code"], name="identifier_code_idx")]
        constraints = [
            models.UniqueConstraint(fields=["scheme", "code"], name="identifier_unique_in_scheme"),
            models.CheckConstraint(
                condition=Q(scheme__in=Scheme.values), name="identifier_scheme_known"
            ),
            models.CheckConstraint(condition=~Q(code=""), name="identifier_code_not_empty"),
        ]

    def __str__(self) -> str:
        return self.org_id

    @property
    def org_id(self) -> str:
        return org_id(self.scheme, self.code)

    def clean(self) -> None:
        validate_code(self.scheme, self.code)


class OrganisationName(OtherName):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="other_names"
    )

    class Meta(OtherName.Meta):
        constraints = [
            models.CheckConstraint(
                condition=dates_in_order(), name="organisation_name_dates_in_order"
            )
        ]


class OrganisationSuccession(models.Model):
    """A dated link from an organisation to one that replaced it (a CCG to an ICB)."""

    predecessor = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="successions_out"
    )
    successor = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="successions_in"
    )
    date = models.DateField()
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(fields=["predecessor", "successor"], name="succession_once"),
            models.CheckConstraint(
                condition=~Q(predecessor=F("successor")), name="succession_not_to_itself"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.predecessor} → {self.successor} ({self.date:%B %Y})"


class Person(models.Model):
    name = models.CharField(max_length=200)
    job_title = models.CharField(max_length=300, blank=True)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="people"
    )
    email = models.EmailField(blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.name
