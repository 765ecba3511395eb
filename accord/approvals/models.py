"""The enactment route of an agreement, the meetings where bodies take each step, and
the decisions recorded there."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.utils import timezone

from accord.core.dates import Precision, format_partial_date, precision_field
from accord.core.errors import Conflict
from accord.core.links import row_url

MINUTE_MAX_LENGTH = 10_000


class Action(models.TextChoices):
    AGREE = "agree", "Agree"
    NOTE = "note", "Note"
    APPROVE = "approve", "Approve"
    ENDORSE = "endorse", "Endorse"
    CONSIDER = "consider", "Consider"
    COMMENT = "comment", "Comment"


class StepStatus(models.TextChoices):
    PLANNED = "planned", "Planned"
    SCHEDULED = "scheduled", "On an agenda"
    DONE = "done", "Done"
    DEFERRED = "deferred", "Deferred"
    REJECTED = "rejected", "Rejected"


class Meeting(models.Model):
    body = models.ForeignKey("governance.Body", on_delete=models.CASCADE, related_name="meetings")
    title = models.CharField(max_length=300)
    date = models.DateField()
    date_precision = precision_field()
    start_time = models.TimeField(null=True, blank=True)
    end_time = models.TimeField(null=True, blank=True)
    location = models.CharField(max_length=300, blank=True)
    public = models.BooleanField(default=True)

    class Meta:
        ordering = ["-date", "title"]
        indexes = [
            models.Index(fields=["-date", "title"], name="meeting_date_title_idx"),
            models.Index(fields=["body", "-date"], name="meeting_body_date_idx"),
        ]
        constraints = [
            # A time of day means nothing without the day itself.
            models.CheckConstraint(
                condition=Q(start_time__isnull=True) | Q(date_precision=Precision.DAY),
                name="meeting_time_needs_day",
            ),
            models.CheckConstraint(
                condition=Q(end_time__isnull=True)
                | Q(start_time__isnull=False, end_time__gt=models.F("start_time")),
                name="meeting_ends_after_it_starts",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title}, {self.display_date}"

    def get_absolute_url(self) -> str:
        return row_url("approvals:meeting", self.pk)

    @property
    def display_date(self) -> str:
        return format_partial_date(self.date, self.date_precision)

    @property
    def display_time(self) -> str:
        if self.start_time is None:
            return ""
        start = self.start_time.strftime("%H:%M")
        return f"{start} to {self.end_time.strftime('%H:%M')}" if self.end_time else start


class ApprovalStep(models.Model):
    """One step of the route: a body (or a named group) taking an action on the agreement."""

    agreement = models.ForeignKey(
        "agreements.Agreement", on_delete=models.CASCADE, related_name="approval_steps"
    )
    order = models.PositiveSmallIntegerField()
    body = models.ForeignKey(
        "governance.Body",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="approval_steps",
    )
    label = models.CharField(
        max_length=200,
        blank=True,
        help_text='Who acts, when it is not one body: e.g. "partner agency Boards".',
    )
    action = models.CharField(max_length=10, choices=Action.choices)
    status = models.CharField(max_length=10, choices=StepStatus.choices, default=StepStatus.PLANNED)
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="approval_steps"
    )
    decision_date = models.DateField(null=True, blank=True)
    decision_date_precision = precision_field()
    decision_text = models.TextField(blank=True)
    # The version the step was decided on while it is done; cleared when a new version
    # sends the agreement back through the route. Decisions keep their own version.
    decided_version = models.ForeignKey(
        "agreements.AgreementVersion",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        ordering = ["agreement", "order"]
        # The home page's "next approval steps" starts from the steps not yet done.
        indexes = [models.Index(fields=["status"], name="step_status_idx")]
        constraints = [
            models.UniqueConstraint(fields=["agreement", "order"], name="step_order_unique"),
            models.CheckConstraint(
                condition=Q(body__isnull=False) | ~Q(label=""), name="step_names_who_acts"
            ),
            models.CheckConstraint(condition=Q(action__in=Action.values), name="step_action_valid"),
            models.CheckConstraint(
                condition=Q(status__in=StepStatus.values), name="step_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.actor_name}"

    @property
    def actor_name(self) -> str:
        return self.body.name if self.body is not None else self.label

    @property
    def display_decision_date(self) -> str:
        return format_partial_date(self.decision_date, self.decision_date_precision)


class AgendaItem(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="items")
    order = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=300)
    public = models.BooleanField(default=True)
    approval_step = models.ForeignKey(
        ApprovalStep, null=True, blank=True, on_delete=models.SET_NULL, related_name="agenda_items"
    )

    class Meta:
        ordering = ["meeting", "order"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "order"], name="agenda_item_order_unique"),
        ]

    def __str__(self) -> str:
        return self.title


class Outcome(models.TextChoices):
    APPROVED = "approved", "Approved"
    APPROVED_WITH_AMENDMENTS = "approved_with_amendments", "Approved with amendments"
    NOTED = "noted", "Noted"
    DEFERRED = "deferred", "Deferred"
    REJECTED = "rejected", "Rejected"


class ImmutableDecisionError(Conflict):
    """A recorded decision was about to be changed or deleted."""


class Decision(models.Model):
    """What a meeting decided on one agenda item. Recorded once and never changed:
    a correction is a new decision at a later meeting, as in real minutes."""

    agenda_item = models.OneToOneField(
        AgendaItem, on_delete=models.PROTECT, related_name="decision"
    )
    # Kept on the decision itself, so the record of who decided which step survives
    # whatever later happens to the agenda item.
    approval_step = models.ForeignKey(
        ApprovalStep, null=True, blank=True, on_delete=models.PROTECT, related_name="decisions"
    )
    # The exact text the meeting had before it: the agreement's version on the table.
    version = models.ForeignKey(
        "agreements.AgreementVersion",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="decisions",
    )
    outcome = models.CharField(max_length=30, choices=Outcome.choices)
    minute = models.TextField(blank=True)
    restart_from_step = models.ForeignKey(
        ApprovalStep, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="recorded_decisions"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["recorded_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome__in=Outcome.values), name="decision_outcome_valid"
            ),
            models.CheckConstraint(
                condition=(
                    Q(outcome=Outcome.APPROVED_WITH_AMENDMENTS, restart_from_step__isnull=False)
                    | (
                        ~Q(outcome=Outcome.APPROVED_WITH_AMENDMENTS)
                        & Q(restart_from_step__isnull=True)
                    )
                ),
                name="decision_restart_exactly_with_amendments",
            ),
            models.CheckConstraint(
                condition=Q(restart_from_step__isnull=True) | Q(approval_step__isnull=False),
                name="decision_restart_needs_step",
            ),
            models.CheckConstraint(
                condition=Q(approval_step__isnull=True) | Q(version__isnull=False),
                name="decision_on_a_step_names_its_version",
            ),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("minute"), MINUTE_MAX_LENGTH),
                name="decision_minute_bounded",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_outcome_display()}: {self.agenda_item}"

    def save(self, *args, **kwargs):
        if self.pk is not None and Decision.objects.filter(pk=self.pk).exists():
            raise ImmutableDecisionError("A recorded decision cannot change.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ImmutableDecisionError("A recorded decision cannot be deleted.")


class ReviewOutcome(models.TextChoices):
    NO_CHANGE = "no_change", "No change"
    VARIATION = "variation", "Variation"
    RENEWAL = "renewal", "Renewal"
    TERMINATION = "termination", "Termination"


class Review(models.Model):
    """A review of an agreement in force, decided at a meeting of its owning body.
    Recorded once and never changed, like a decision."""

    agreement = models.ForeignKey(
        "agreements.Agreement", on_delete=models.PROTECT, related_name="reviews"
    )
    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="reviews")
    # The version in force when it was reviewed, and the review date it answered.
    version = models.ForeignKey(
        "agreements.AgreementVersion",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reviews",
    )
    due_on = models.DateField(null=True, blank=True)
    outcome = models.CharField(max_length=15, choices=ReviewOutcome.choices)
    minute = models.TextField(blank=True)
    next_review_on = models.DateField(null=True, blank=True)
    end_date_before = models.DateField(null=True, blank=True)
    end_date_after = models.DateField(null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="recorded_reviews"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["recorded_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome__in=ReviewOutcome.values), name="review_outcome_valid"
            ),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("minute"), MINUTE_MAX_LENGTH),
                name="review_minute_bounded",
            ),
        ]

    def __str__(self) -> str:
        return f"Review of {self.agreement}: {self.get_outcome_display().lower()}"

    def save(self, *args, **kwargs):
        if self.pk is not None and Review.objects.filter(pk=self.pk).exists():
            raise ImmutableDecisionError("A recorded review cannot change.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ImmutableDecisionError("A recorded review cannot be deleted.")


class ReminderKind(models.TextChoices):
    REVIEW = "review", "Review due"
    EXPIRY = "expiry", "End of term"


class TermReminder(models.Model):
    """One reminder that an agreement's review or end is coming, for one due date and
    one day of the schedule: the unique row is what stops a second send."""

    agreement = models.ForeignKey(
        "agreements.Agreement", on_delete=models.CASCADE, related_name="term_reminders"
    )
    kind = models.CharField(max_length=10, choices=ReminderKind.choices)
    due_on = models.DateField()
    offset_days = models.SmallIntegerField(help_text="Days before the due date.")
    sent_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "kind", "due_on", "offset_days"],
                name="one_term_reminder_per_schedule_day",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} reminder for {self.agreement_id}, {self.due_on}"
