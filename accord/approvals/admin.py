from django.contrib import admin

from accord.approvals.models import AgendaItem, ApprovalStep, Decision, Meeting


class AgendaItemInline(admin.TabularInline):
    model = AgendaItem
    extra = 0


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["title", "body", "date", "start_time", "public"]
    list_filter = ["body", "public"]
    search_fields = ["title", "body__name"]
    date_hierarchy = "date"
    inlines = [AgendaItemInline]


@admin.register(ApprovalStep)
class ApprovalStepAdmin(admin.ModelAdmin):
    list_display = ["agreement", "order", "body", "label", "action", "status", "decision_date"]
    list_filter = ["status", "action", "body"]
    search_fields = ["agreement__title", "body__name", "label", "decision_text"]


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
    """Decisions are read here, never written: the meeting pages record them, once."""

    list_display = ["agenda_item", "outcome", "recorded_by", "recorded_at"]
    list_filter = ["outcome"]
    search_fields = ["agenda_item__title", "minute"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
