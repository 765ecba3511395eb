from django.contrib import admin

from accord.agreements.models import (
    Agreement,
    AgreementVersion,
    Commitment,
    Milestone,
    Party,
    Section,
)
from accord.audit.admin import AuditedModelAdmin


class PartyInline(admin.TabularInline):
    model = Party
    extra = 0
    autocomplete_fields = ["organisation"]
    # Whether a party signed is the signatures' record, not an administrator's to set.
    readonly_fields = ["status"]


class CommitmentInline(admin.TabularInline):
    model = Commitment
    extra = 0


class MilestoneInline(admin.TabularInline):
    model = Milestone
    extra = 0


@admin.register(Agreement)
class AgreementAdmin(AuditedModelAdmin):
    """Workflow state (status, the version open for sign-up) is read-only here: it moves
    only through the lifecycle (accord/agreements/services/transitions.py)."""

    list_display = ["title", "kind", "status", "owning_body", "signup_deadline"]
    list_filter = ["status", "kind", "legally_binding", "owning_body"]
    search_fields = ["title", "short_title", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["owning_body", "adapted_from", "succeeded_by"]
    filter_horizontal = ["authors"]
    # The approvals app adds its route steps (accord/approvals/admin.py).
    inlines = [PartyInline, CommitmentInline, MilestoneInline]
    readonly_fields = ["status", "signing_version"]


class SectionInline(admin.StackedInline):
    model = Section
    extra = 0


@admin.register(AgreementVersion)
class AgreementVersionAdmin(AuditedModelAdmin):
    """Published versions are shown read-only: their text is what parties sign."""

    list_display = ["agreement", "number", "label", "date", "published_at", "content_hash"]
    list_filter = ["agreement"]
    search_fields = ["agreement__title", "label"]
    readonly_fields = ["content_hash", "published_at", "published_by", "revision"]
    inlines = [SectionInline]

    # Versions are made and published by drafting; the admin only reads them.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
