"""The enactment route of an agreement, and the meetings where bodies take each step."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.urls import reverse

from accord.core.dates import format_partial_date, precision_field


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
    location = models.CharField(max_length=300, blank=True)
    public = models.BooleanField(default=True)

    class Meta:
        ordering = ["-date", "title"]

    def __str__(self) -> str:
        return f"{self.title}, {self.display_date}"

    def get_absolute_url(self) -> str:
        return reverse("approvals:meeting", args=[self.pk])

    @property
    def display_date(self) -> str:
        return format_partial_date(self.date, self.date_precision)


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

    class Meta:
        ordering = ["agreement", "order"]
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
        return self.body.name if self.body_id else self.label

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
