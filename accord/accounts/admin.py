from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from accord.accounts.models import Role, User


class RoleInline(admin.TabularInline):
    model = Role
    extra = 0
    autocomplete_fields = ["body", "organisation"]


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
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
