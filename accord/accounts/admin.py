from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from accord.accounts.models import Role, User
from accord.accounts.services import ACCOUNT_DEACTIVATED
from accord.audit.admin import AuditedModelAdmin
from accord.core.events import publish


class RoleInline(admin.TabularInline):
    """Roles are shown here but given and removed on the People pages, where removing a
    role also ends what rests on it (a signatory's authority and links)."""

    model = Role
    extra = 0
    readonly_fields = ["name", "body", "organisation", "granted_at"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(User)
class UserAdmin(AuditedModelAdmin, DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "is_active", "is_staff", "last_login"]
    search_fields = ["email", "full_name"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Person", {"fields": ("full_name", "person")}),
        ("Access", {"fields": ("is_active", "is_staff", "is_superuser")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)
    autocomplete_fields = ["person"]
    inlines = [RoleInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "is_active" in form.changed_data and not obj.is_active:
            publish(ACCOUNT_DEACTIVATED, user_id=obj.pk, actor=request.user)
