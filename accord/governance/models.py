"""Areas, governance bodies, the lines between them, and who sits on them."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q

from accord.core.links import row_url
from accord.core.models import OtherName, dates_in_order


class Level(models.TextChoices):
    SYSTEM = "system", "System"
    PLACE = "place", "Place"
    COMMUNITY = "community", "Community"


LEVEL_ORDER = {Level.SYSTEM: 0, Level.PLACE: 1, Level.COMMUNITY: 2}


class Area(models.Model):
    """A geography at one level: an integrated care system, a place, a locality."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120, unique=True)
    level = models.CharField(max_length=10, choices=Level.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    population = models.PositiveIntegerField(null=True, blank=True)
    description = models.TextField(blank=True)
    # Not a column: set on the areas of a list page by selectors.attach_body_counts.
    body_count: int

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["level", "name", "id"], name="area_level_name_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(level__in=Level.values), name="area_level_valid"),
            models.CheckConstraint(condition=~Q(parent=F("id")), name="area_not_own_parent"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return row_url("governance:area", self.slug)


class BodyKind(models.TextChoices):
    BOARD = "board", "Board"
    PARTNERSHIP = "partnership", "Partnership"
    COMMITTEE = "committee", "Committee"
    SUB_GROUP = "sub_group", "Sub-group"
    NETWORK = "network", "Network"
    FORUM = "forum", "Forum"
    PROGRAMME = "programme", "Programme"


class BodyStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    ACTIVE = "active", "Active"
    CLOSED = "closed", "Closed"


class Body(models.Model):
    """A board, partnership, committee or group that meets and decides."""

    name = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(max_length=20, choices=BodyKind.choices)
    level = models.CharField(max_length=10, choices=Level.choices)
    area = models.ForeignKey(
        Area, null=True, blank=True, on_delete=models.SET_NULL, related_name="bodies"
    )
    host = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_bodies",
        help_text="The organisation that hosts or clerks the body.",
    )
    brand_affix = models.CharField(
        max_length=100,
        blank=True,
        help_text="A partnership brand the body carries in its name, e.g. Brighter Futures.",
    )
    status = models.CharField(max_length=10, choices=BodyStatus.choices, default=BodyStatus.ACTIVE)
    description = models.TextField(blank=True)
    # Its first and last days, where known: the map as at a day shows only the bodies
    # there on that day (a closed body with no last day recorded is not shown on any day).
    established_on = models.DateField(
        null=True, blank=True, help_text="The day it first met or was set up, if known."
    )
    closed_on = models.DateField(
        null=True, blank=True, help_text="The last day it existed, if it has closed."
    )

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["name", "id"], name="body_name_idx")]
        verbose_name_plural = "bodies"
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=BodyKind.values), name="body_kind_valid"),
            models.CheckConstraint(condition=Q(level__in=Level.values), name="body_level_valid"),
            models.CheckConstraint(
                condition=Q(status__in=BodyStatus.values), name="body_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(established_on__isnull=True)
                | Q(closed_on__isnull=True)
                | Q(established_on__lte=F("closed_on")),
                name="body_dates_in_order",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return row_url("governance:body", self.slug)


class BodyName(OtherName):
    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="other_names")

    class Meta(OtherName.Meta):
        constraints = [
            models.CheckConstraint(condition=dates_in_order(), name="body_name_dates_in_order")
        ]


class Relation(models.TextChoices):
    REPORTS_TO = "reports_to", "Reports to"
    ACCOUNTABLE_TO = "accountable_to", "Accountable to"
    INFORMS = "informs", "Informs"


class ReportingLine(models.Model):
    """A dated line from one body to another: reports to, accountable to, informs."""

    from_body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="lines_out")
    to_body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="lines_in")
    relation = models.CharField(max_length=20, choices=Relation.choices)
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["from_body__name", "to_body__name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(from_body=F("to_body")), name="reporting_line_not_to_itself"
            ),
            models.CheckConstraint(
                condition=Q(relation__in=Relation.values), name="reporting_line_relation_valid"
            ),
            models.CheckConstraint(
                condition=dates_in_order(), name="reporting_line_dates_in_order"
            ),
            models.UniqueConstraint(
                fields=["from_body", "to_body", "relation", "start_date"],
                name="reporting_line_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.from_body} {self.get_relation_display().lower()} {self.to_body}"

    @property
    def is_current(self) -> bool:
        return self.end_date is None


class Role(models.TextChoices):
    CHAIR = "chair", "Chair"
    VICE_CHAIR = "vice_chair", "Vice-chair"
    MEMBER = "member", "Member"
    ADVISER = "adviser", "Adviser"
    OBSERVER = "observer", "Observer"


class Membership(models.Model):
    role = models.CharField(max_length=12, choices=Role.choices, default=Role.MEMBER)
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)

    class Meta:
        abstract = True


class OrganisationMembership(Membership):
    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="organisation_members")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="memberships"
    )

    class Meta:
        ordering = ["organisation__name"]
        constraints = [
            models.CheckConstraint(
                condition=dates_in_order(), name="org_membership_dates_in_order"
            ),
            models.CheckConstraint(
                condition=Q(role__in=Role.values), name="org_membership_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} in {self.body}"


class PersonMembership(Membership):
    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="person_members")
    person = models.ForeignKey(
        "organisations.Person", on_delete=models.CASCADE, related_name="memberships"
    )

    class Meta:
        ordering = ["person__name"]
        constraints = [
            models.CheckConstraint(
                condition=dates_in_order(), name="person_membership_dates_in_order"
            ),
            models.CheckConstraint(
                condition=Q(role__in=Role.values), name="person_membership_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} in {self.body}"


class StrategyGoal(models.Model):
    """An outcome a partnership works towards, e.g. Goal 1 "Opportunity for all"."""

    strategy = models.CharField(max_length=300)
    number = models.PositiveSmallIntegerField(null=True, blank=True)
    name = models.CharField(max_length=300)
    aims = models.JSONField(default=list, blank=True)
    bodies = models.ManyToManyField(Body, blank=True, related_name="strategy_goals")
    agreements = models.ManyToManyField(
        "agreements.Agreement", blank=True, related_name="strategy_goals"
    )

    class Meta:
        ordering = ["strategy", "number"]

    def __str__(self) -> str:
        prefix = f"Goal {self.number}: " if self.number else ""
        return f"{prefix}{self.name}"
