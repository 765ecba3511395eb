"""The change log that public-page caching checks before it serves anything.

Database triggers (triggers.py) append a row here, in the same transaction, for every
row inserted, changed or deleted in the tables public pages are made from: one row per
key the change touches (the changed row itself, every row it points to by a foreign key,
the table as a whole). A cached page remembers which keys it was made from and where the
log stood; it is served only while no committed change has touched any of those keys
since (freshness.py). Because the log is written by the database itself, bulk updates,
raw SQL, the admin and a restore are seen as well as the services' own writes.
"""

from __future__ import annotations

from django.db import models
from django.db.models.functions import Now


class Change(models.Model):
    """One key touched by a committed (or, for its own transaction, pending) change."""

    id = models.BigAutoField(primary_key=True)
    # "<table>:<id>" for a row, "T:<table>" for the table as a whole.
    key = models.CharField(max_length=120)
    # PostgreSQL only: the id of the transaction that wrote it, to tell by its snapshot
    # whether a reader could already see it. SQLite has one writer at a time, so there
    # the order of ids is the order of commits and this stays empty.
    txid = models.BigIntegerField(null=True, blank=True)
    at = models.DateTimeField(db_default=Now())

    class Meta:
        indexes = [
            models.Index(fields=["key", "id"], name="change_key_id_idx"),
            models.Index(fields=["at"], name="change_at_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.key} #{self.id}"
