from django.contrib import admin

from accord.agreements.models import (
    Agreement,
    AgreementVersion,
    Commitment,
    Milestone,
    Party,
    Section,
)
from accord.approvals.models import ApprovalStep


class PartyInline(admin.TabularInline):
    model = Party
    extra = 0
    autocomplete_fields = ["organisation"]


class CommitmentInline(admin.TabularInline):
    model = Commitment
    extra = 0


class MilestoneInline(admin.TabularInline):
    model = Milestone
    extra = 0


class ApprovalStepInline(admin.TabularInline):
    model = ApprovalStep
    extra = 0
    autocomplete_fields = ["body"]
    fields = ["order", "body", "label", "action", "status", "meeting", "decision_date"]


@admin.register(Agreement)
class AgreementAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "status", "owning_body", "signup_deadline"]
    list_filter = ["status", "kind", "legally_binding", "owning_body"]
    search_fields = ["title", "short_title", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["owning_body", "adapted_from", "succeeded_by"]
    filter_horizontal = ["authors"]
    inlines = [PartyInline, ApprovalStepInline, CommitmentInline, MilestoneInline]


class SectionInline(admin.StackedInline):
    model = Section
    extra = 0


@admin.register(AgreementVersion)
class AgreementVersionAdmin(admin.ModelAdmin):
    """Published versions are shown read-only: their text is what parties sign."""

    list_display = ["agreement", "number", "label", "date", "published_at", "content_hash"]
    list_filter = ["agreement"]
    search_fields = ["agreement__title", "label"]
    readonly_fields = ["content_hash", "published_at"]
    inlines = [SectionInline]

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_published:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_published:
            return False
        return super().has_delete_permission(request, obj)
