"""Imports' work in the task queue: reading an uploaded document (background.py), so the
upload answers at once and the import's page shows how far reading has got."""

from __future__ import annotations

from django_tasks import task

from accord.imports.background import import_read


@task()
def read_import(import_id: int) -> str:
    """Read the upload into findings; returns the import's status afterwards."""
    return import_read(import_id)
