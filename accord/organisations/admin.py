from django.contrib import admin

from accord.audit.admin import AuditedModelAdmin
from accord.organisations.models import (
    Organisation,
    OrganisationIdentifier,
    OrganisationName,
    OrganisationSuccession,
    Person,
)


class IdentifierInline(admin.TabularInline):
    model = OrganisationIdentifier
    extra = 0


class OtherNameInline(admin.TabularInline):
    model = OrganisationName
    extra = 0


class SuccessionInline(admin.TabularInline):
    model = OrganisationSuccession
    fk_name = "predecessor"
    extra = 0
    autocomplete_fields = ["successor"]
    verbose_name = "successor"


@admin.register(Organisation)
class OrganisationAdmin(AuditedModelAdmin):
    list_display = ["name", "short_name", "kind", "area", "established_on", "dissolved_on"]
    list_filter = ["kind", "area"]
    search_fields = ["name", "short_name", "other_names__name", "identifiers__code"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [IdentifierInline, OtherNameInline, SuccessionInline]


@admin.register(Person)
class PersonAdmin(AuditedModelAdmin):
    list_display = ["name", "job_title", "organisation", "email"]
    list_filter = ["organisation"]
    search_fields = ["name", "job_title", "email"]
    autocomplete_fields = ["organisation"]
