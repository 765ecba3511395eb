from django.contrib import admin

from accord.approvals.models import AgendaItem, ApprovalStep, Meeting


class AgendaItemInline(admin.TabularInline):
    model = AgendaItem
    extra = 0


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["title", "body", "date", "public"]
    list_filter = ["body", "public"]
    search_fields = ["title", "body__name"]
    date_hierarchy = "date"
    inlines = [AgendaItemInline]


@admin.register(ApprovalStep)
class ApprovalStepAdmin(admin.ModelAdmin):
    list_display = ["agreement", "order", "body", "label", "action", "status", "decision_date"]
    list_filter = ["status", "action", "body"]
    search_fields = ["agreement__title", "body__name", "label", "decision_text"]
