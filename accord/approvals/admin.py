from django.contrib import admin

from accord.agreements.admin import AgreementAdmin
from accord.approvals.models import AgendaItem, ApprovalStep, Decision, Meeting
from accord.audit.admin import AuditedModelAdmin, ReadOnlyAdmin


class AgendaItemInline(admin.TabularInline):
    model = AgendaItem
    extra = 0
    # Which step an item takes is the agenda service's to decide (steps go in order).
    readonly_fields = ["approval_step"]


@admin.register(Meeting)
class MeetingAdmin(AuditedModelAdmin):
    list_display = ["title", "body", "date", "start_time", "public"]
    list_filter = ["body", "public"]
    search_fields = ["title", "body__name"]
    date_hierarchy = "date"
    inlines = [AgendaItemInline]


@admin.register(ApprovalStep)
class ApprovalStepAdmin(AuditedModelAdmin):
    list_display = ["agreement", "order", "body", "label", "action", "status", "decision_date"]
    list_filter = ["status", "action", "body"]
    search_fields = ["agreement__title", "body__name", "label", "decision_text"]
    readonly_fields = [
        "agreement",
        "status",
        "meeting",
        "decided_version",
        "decision_date",
        "decision_date_precision",
        "decision_text",
    ]


@admin.register(Decision)
class DecisionAdmin(ReadOnlyAdmin):
    """Decisions are read here, never written: the meeting pages record them, once."""

    list_display = ["agenda_item", "outcome", "version", "recorded_by", "recorded_at"]
    list_filter = ["outcome"]
    search_fields = ["agenda_item__title", "minute"]


class ApprovalStepInline(admin.TabularInline):
    model = ApprovalStep
    extra = 0
    autocomplete_fields = ["body"]
    fields = ["order", "body", "label", "action", "status", "meeting", "decision_date"]
    # A step is done only by a decision recorded at a meeting of its body.
    readonly_fields = ["status", "meeting", "decision_date"]


# An agreement's admin page shows its route too. The agreements app cannot name the steps
# (it sits below approvals), so this app adds its inline after the parties.
AgreementAdmin.inlines = [
    *AgreementAdmin.inlines[:1],
    ApprovalStepInline,
    *AgreementAdmin.inlines[1:],
]
