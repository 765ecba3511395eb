"""What sign-up keeps beside the signatures: reminders sent, sign-up closed early, and
refused links counted."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ReminderSent(models.Model):
    """One reminder, for one party, version and signatory, on one day of the schedule."""

    invitation_key = models.CharField(max_length=60)
    offset_days = models.SmallIntegerField(help_text="Days before the deadline; negative after it.")
    sent_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["invitation_key", "offset_days"], name="one_reminder_per_schedule_day"
            )
        ]

    def __str__(self) -> str:
        return f"reminder {self.invitation_key} at {self.offset_days} days"


class SignUpCloseOut(models.Model):
    """The officer ended sign-up before every party signed: who had not, on which version.

    With this record an agreement may come into force without those parties; without it,
    only when every party has signed."""

    agreement = models.ForeignKey(
        "agreements.Agreement", on_delete=models.PROTECT, related_name="close_outs"
    )
    version = models.ForeignKey(
        "agreements.AgreementVersion", on_delete=models.PROTECT, related_name="close_outs"
    )
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    closed_at = models.DateTimeField()
    note = models.TextField(blank=True)
    # The parties that had not signed, as they were named then: [{"party": id, "name": ...}].
    not_signed = models.JSONField(default=list)

    class Meta:
        ordering = ["closed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "version"], name="one_close_out_per_version"
            )
        ]

    def __str__(self) -> str:
        return f"Sign-up closed on version {self.version.number} of {self.agreement}"

    @property
    def missing_party_ids(self) -> set[int]:
        return {entry["party"] for entry in self.not_signed}


class RefusedLinkAttempts(models.Model):
    """How many times one link (or any link Accord never issued) was refused in one minute.

    Refusals are counted, not audited one by one: an anonymous visitor must not be able
    to grow the audit trail by requesting made-up addresses."""

    # The invitation's id, or "unknown" for links Accord never issued.
    link = models.CharField(max_length=20)
    minute = models.DateTimeField()
    reason = models.CharField(max_length=40)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-minute"]
        verbose_name_plural = "refused link attempts"
        constraints = [
            models.UniqueConstraint(
                fields=["link", "minute", "reason"], name="one_counter_per_link_minute_reason"
            )
        ]

    def __str__(self) -> str:
        return f"{self.count} refused ({self.reason}) for link {self.link} at {self.minute}"
