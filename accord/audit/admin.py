from django.contrib import admin

from accord.audit.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Read-only: the trail is written by services and never edited by hand."""

    list_display = ["sequence", "created_at", "actor_label", "action", "object_repr"]
    list_filter = ["action"]
    search_fields = ["actor_label", "action", "object_repr", "subject"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
