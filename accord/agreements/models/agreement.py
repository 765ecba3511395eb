from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import models
from django.db.models import F, Q

from accord.core.dates import format_partial_date, precision_field
from accord.core.links import row_url

if TYPE_CHECKING:
    from accord.core.presenters import Progress


class AgreementKind(models.TextChoices):
    MOU = "mou", "Memorandum of understanding"
    TERMS_OF_REFERENCE = "terms_of_reference", "Terms of reference"
    ALLIANCE_AGREEMENT = "alliance_agreement", "Alliance agreement"
    SECTION_75 = "section_75", "Section 75 agreement"
    DATA_SHARING = "data_sharing", "Data-sharing agreement"
    OTHER = "other", "Other"


class AgreementStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    CONSULTATION = "consultation", "In consultation"
    APPROVAL = "approval", "In approval"
    SIGN_UP = "sign_up", "Open for sign-up"
    IN_FORCE = "in_force", "In force"
    UNDER_REVIEW = "under_review", "Under review"
    SUPERSEDED = "superseded", "Superseded"
    EXPIRED = "expired", "Expired"
    WITHDRAWN = "withdrawn", "Withdrawn"


class Agreement(models.Model):
    title = models.CharField(max_length=400)
    short_title = models.CharField(max_length=150, blank=True)
    slug = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(max_length=20, choices=AgreementKind.choices)
    legally_binding = models.BooleanField(default=False)
    owning_body = models.ForeignKey(
        "governance.Body",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agreements",
    )
    status = models.CharField(
        max_length=15, choices=AgreementStatus.choices, default=AgreementStatus.DRAFT
    )
    signup_deadline = models.DateField(null=True, blank=True)
    signup_opens_after = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="The route step after which sign-up may open beside the rest of the route; "
        "empty: after the last step. Coming into force always needs every step.",
    )
    # Set only by the lifecycle (accord.agreements.services.transitions): the version open
    # for sign-up, and once in force the version in force.
    signing_version = models.ForeignKey(
        "agreements.AgreementVersion",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # The agreement's term: when it is next reviewed (and how often), when it ends, how
    # much notice a party gives to leave, and whether a new party may join by accession
    # (signing the version in force) or only by a variation through the route.
    review_date = models.DateField(null=True, blank=True, help_text="When it is next reviewed.")
    review_every_months = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="How often it is reviewed, in months."
    )
    end_date = models.DateField(
        null=True, blank=True, help_text="The last day it is in force, unless renewed."
    )
    notice_period_days = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The notice a party gives to leave, in days."
    )
    joining_needs_consent = models.BooleanField(
        default=False,
        help_text="The agreement says a new party joins only with every party's consent: "
        "each party is asked, and the joiner signs only when all have consented.",
    )
    adapted_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="adaptations"
    )
    succeeded_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="supersedes"
    )
    text_held = models.BooleanField(
        default=True, help_text="False when Accord records the agreement but not its text."
    )
    summary = models.TextField(blank=True)
    declaration = models.TextField(
        blank=True, help_text="What each signatory declares, as the agreement words it."
    )
    authors = models.ManyToManyField("organisations.Person", blank=True, related_name="authored")
    # Not columns: set on the agreements of a list page by selectors.attach_progress.
    party_count: int
    signed_count: int
    progress: Progress

    class Meta:
        ordering = ["title"]
        # Lists are in title order, by status on the home page (docs/performance.md).
        indexes = [
            models.Index(fields=["title", "id"], name="agreement_title_idx"),
            models.Index(fields=["status", "title", "id"], name="agreement_status_title_idx"),
            # The list filtered by status and kind (the filters a visitor uses most): both
            # conditions read from the index, and its bounded count needs no table rows.
            models.Index(
                fields=["status", "kind", "title", "id"], name="agreement_status_kind_idx"
            ),
            # A body's page lists its agreements by title: without this the database walks
            # every agreement by title until it has found the body's first twenty.
            models.Index(fields=["owning_body", "title", "id"], name="agreement_body_title_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=AgreementKind.values), name="agreement_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=AgreementStatus.values), name="agreement_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(adapted_from=F("id")), name="agreement_not_adapted_from_itself"
            ),
            # A title is one line: it heads pages and documents and is the subject of e-mails.
            models.CheckConstraint(
                condition=~Q(title__contains="\n") & ~Q(title__contains="\r"),
                name="agreement_title_one_line",
            ),
            models.CheckConstraint(
                condition=~Q(succeeded_by=F("id")), name="agreement_not_succeeded_by_itself"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return row_url("agreements:detail", self.slug)

    @property
    def display_title(self) -> str:
        return self.short_title or self.title


class CommitmentKind(models.TextChoices):
    VALUE = "value", "Value"
    PRINCIPLE = "principle", "Principle"


class Commitment(models.Model):
    """A value or principle that every party subscribes to by agreeing."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="commitments")
    kind = models.CharField(max_length=10, choices=CommitmentKind.choices)
    order = models.PositiveSmallIntegerField()
    text = models.TextField()

    class Meta:
        ordering = ["kind", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "kind", "order"], name="commitment_order_unique"
            )
        ]

    def __str__(self) -> str:
        return self.text


class Milestone(models.Model):
    """A dated fact in an agreement's story, at the precision the source gives."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="milestones")
    date = models.DateField()
    date_precision = precision_field()
    description = models.CharField(max_length=400)

    class Meta:
        ordering = ["date", "id"]

    def __str__(self) -> str:
        return f"{self.display_date}: {self.description}"

    @property
    def display_date(self) -> str:
        return format_partial_date(self.date, self.date_precision)
