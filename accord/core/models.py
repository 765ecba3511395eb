"""Model pieces shared by several apps."""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import F, Q


class OtherName(models.Model):
    """A name something was or is also known by: a former name (dated) or an abbreviation.

    Popolo calls these ``other_names``; Accord keeps them for organisations and bodies,
    so an agreement can show the name a party had when it joined and an imported
    document's "CCG" or "EPUT" can be matched.
    """

    name = models.CharField(max_length=300)
    note = models.CharField(max_length=300, blank=True)
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["end_date", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_former(self) -> bool:
        return self.end_date is not None

    def applies_on(self, day: dt.date) -> bool:
        return (self.start_date is None or self.start_date <= day) and (
            self.end_date is not None and day <= self.end_date
        )


def dates_in_order(prefix: str = "") -> Q:
    """A check that an end date, when given, is not before the start date."""
    start, end = f"{prefix}start_date", f"{prefix}end_date"
    return (
        Q(**{f"{end}__isnull": True})
        | Q(**{f"{start}__isnull": True})
        | Q(**{f"{end}__gte": F(start)})
    )
