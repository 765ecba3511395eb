from django.contrib import admin

from accord.audit.admin import AuditedModelAdmin
from accord.governance.models import (
    Area,
    Body,
    BodyName,
    OrganisationMembership,
    PersonMembership,
    ReportingLine,
    StrategyGoal,
)


@admin.register(Area)
class AreaAdmin(AuditedModelAdmin):
    list_display = ["name", "level", "parent", "population"]
    list_filter = ["level"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class BodyNameInline(admin.TabularInline):
    model = BodyName
    extra = 0


class ReportingLineInline(admin.TabularInline):
    model = ReportingLine
    fk_name = "from_body"
    extra = 0
    autocomplete_fields = ["to_body"]


class OrganisationMemberInline(admin.TabularInline):
    model = OrganisationMembership
    extra = 0
    autocomplete_fields = ["organisation"]


class PersonMemberInline(admin.TabularInline):
    model = PersonMembership
    extra = 0
    autocomplete_fields = ["person"]


@admin.register(Body)
class BodyAdmin(AuditedModelAdmin):
    list_display = ["name", "kind", "level", "area", "host", "status", "closed_on"]
    list_filter = ["kind", "level", "status", "area"]
    search_fields = ["name", "other_names__name", "brand_affix"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["host", "area"]
    inlines = [BodyNameInline, ReportingLineInline, OrganisationMemberInline, PersonMemberInline]


@admin.register(ReportingLine)
class ReportingLineAdmin(AuditedModelAdmin):
    list_display = ["from_body", "relation", "to_body", "start_date", "end_date"]
    list_filter = ["relation"]
    search_fields = ["from_body__name", "to_body__name"]


@admin.register(StrategyGoal)
class StrategyGoalAdmin(AuditedModelAdmin):
    list_display = ["name", "number", "strategy"]
    search_fields = ["name", "strategy"]
    filter_horizontal = ["bodies", "agreements"]
