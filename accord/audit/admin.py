"""The Django admin writes to the audit trail like every other path, and shows the trail
itself read-only.

Every ModelAdmin in Accord derives from ``AuditedModelAdmin`` (a test checks the
registry), so an administrator's change in the admin is recorded with what it was
before and after, in the same transaction as the change.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django import forms
from django.contrib import admin
from django.db.models import Model, QuerySet
from django.http import HttpRequest

from accord.audit.actions import AuditAction
from accord.audit.models import AuditEntry, PublishedHead
from accord.audit.services import audit_record

SECRET = "(not recorded)"


def _changes(form: forms.BaseForm, source: Mapping[str, Any]) -> dict[str, Any]:
    """The changed fields and their values, never a password."""
    return {
        name: SECRET if "password" in name else _value(source.get(name))
        for name in form.changed_data
    }


def _value(value: Any) -> Any:
    if hasattr(value, "pk"):
        return str(value)
    if isinstance(value, list | tuple | set) or hasattr(value, "all"):
        items = value.all() if hasattr(value, "all") else value
        return [str(item) for item in items]
    return value


class AuditedModelAdmin(admin.ModelAdmin):
    """A ModelAdmin whose every add, change and delete is audited."""

    def save_model(
        self, request: HttpRequest, obj: Model, form: forms.ModelForm[Any], change: bool
    ) -> None:
        before = _changes(form, form.initial)
        super().save_model(request, obj, form, change)
        after = _changes(form, form.cleaned_data)
        if change and not form.changed_data:
            return
        audit_record(
            actor=request.user,
            action=AuditAction.ADMIN_CHANGE if change else AuditAction.ADMIN_ADD,
            obj=obj,
            before=before if change else {},
            after=after,
            note=f"in the admin ({obj._meta.verbose_name})",
        )

    def save_formset(
        self, request: HttpRequest, form: forms.ModelForm[Any], formset: Any, change: bool
    ) -> None:
        super().save_formset(request, form, formset, change)
        parent = form.instance
        for obj in formset.new_objects:
            audit_record(
                actor=request.user,
                action=AuditAction.ADMIN_ADD,
                obj=obj,
                after={"of": str(parent)},
                note=f"in the admin, on {parent._meta.verbose_name} {parent}",
            )
        for obj, changed in formset.changed_objects:
            audit_record(
                actor=request.user,
                action=AuditAction.ADMIN_CHANGE,
                obj=obj,
                after={name: _value(getattr(obj, name, None)) for name in changed},
                note=f"in the admin, on {parent._meta.verbose_name} {parent}",
            )
        for obj in formset.deleted_objects:
            audit_record(
                actor=request.user,
                action=AuditAction.ADMIN_DELETE,
                obj=None,
                before={"object": str(obj), "type": obj._meta.label_lower},
                note=f"in the admin, on {parent._meta.verbose_name} {parent}",
            )

    def delete_model(self, request: HttpRequest, obj: Model) -> None:
        described = {"object": str(obj), "type": obj._meta.label_lower, "id": obj.pk}
        super().delete_model(request, obj)
        audit_record(
            actor=request.user,
            action=AuditAction.ADMIN_DELETE,
            obj=None,
            before=described,
            note="in the admin",
        )

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        described = [
            {"object": str(obj), "type": obj._meta.label_lower, "id": obj.pk} for obj in queryset
        ]
        super().delete_queryset(request, queryset)
        for entry in described:
            audit_record(
                actor=request.user,
                action=AuditAction.ADMIN_DELETE,
                obj=None,
                before=entry,
                note="in the admin",
            )


class ReadOnlyAdmin(AuditedModelAdmin):
    """Records only ever written by their services: listed here, never edited."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    """The trail is written by services and never edited by hand."""

    list_display = ["sequence", "created_at", "actor_label", "action", "object_repr"]
    list_filter = ["action"]
    search_fields = ["actor_label", "action", "object_repr", "subject"]


@admin.register(PublishedHead)
class PublishedHeadAdmin(ReadOnlyAdmin):
    list_display = ["sequence", "published_at", "reason"]
