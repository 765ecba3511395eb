"""The audit trail: one row per change of state, chained by hash so tampering shows."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class AuditEntry(models.Model):
    """Who did what to which object, when, with the state before and after.

    ``entry_hash`` covers every other field and the previous entry's hash, and
    ``sequence`` counts from 1 without gaps, so ``accord audit verify`` can tell an
    entry that was changed from one that was removed.
    """

    sequence = models.PositiveBigIntegerField(unique=True)
    created_at = models.DateTimeField()
    # No database constraint and nothing done on delete: the row keeps the id it was
    # written with, because the id is part of the hash.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        related_name="audit_entries",
        db_constraint=False,
    )
    # The actor as written at the time: a user's e-mail, or who used an e-mailed link.
    actor_label = models.CharField(max_length=300)
    action = models.CharField(max_length=100, db_index=True)
    object_type = models.CharField(max_length=100)
    object_id = models.CharField(max_length=40)
    object_repr = models.CharField(max_length=300)
    # Groups entries for a history page, e.g. "agreement:12".
    subject = models.CharField(max_length=60, db_index=True, blank=True)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    note = models.TextField(blank=True)
    previous_hash = models.CharField(max_length=64)
    # Which audit key the hash was made with (an HMAC key kept outside the database);
    # empty for entries written before the chain was keyed, hashed with plain SHA-256.
    key_id = models.CharField(max_length=16, blank=True, default="")
    entry_hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["sequence"]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"#{self.sequence} {self.action} {self.object_repr}"


class AuditHead(models.Model):
    """One row holding the end of the chain; writers lock it so entries never fork."""

    last_sequence = models.PositiveBigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, default="0" * 64)
    # "<key id>:<HMAC of last_sequence and last_hash>": the end cannot move without the key.
    mac = models.CharField(max_length=90, blank=True, default="")

    def __str__(self) -> str:
        return f"audit chain at entry {self.last_sequence}"


class PublishedHead(models.Model):
    """The end of the chain as it was published, sealed with the instance's seal key.

    Copies kept by anyone outside let ``accord audit verify --against`` show a rewrite
    even by someone who controls the database and the audit key."""

    sequence = models.PositiveBigIntegerField()
    entry_hash = models.CharField(max_length=64)
    published_at = models.DateTimeField()
    reason = models.CharField(max_length=200)
    # The sealed document exactly as served: canonical JSON with its detached signature.
    document = models.TextField()

    class Meta:
        ordering = ["-published_at", "-pk"]

    def __str__(self) -> str:
        return f"audit head at entry {self.sequence}, published {self.published_at:%Y-%m-%d}"
