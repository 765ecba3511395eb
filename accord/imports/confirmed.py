"""Confirmed imports as cases for ``accord import-eval --confirmed``.

Each import an officer confirmed keeps the file and the officer's answers as a gold file
(``ImportedDocument.gold``). The file is read again by the reader as it is now, so the
score says how today's rules do on the documents officers really import.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.utils.text import slugify

from accord.imports.extraction import extract
from accord.imports.gold import KEYS
from accord.imports.models import ImportedDocument, ImportStatus
from accord.imports.reading import UnreadableDocument, read_document


def _stem(record: ImportedDocument) -> str:
    name = record.filename.rsplit(".", 1)[0]
    return f"confirmed-{record.pk}-{slugify(name)[:60] or 'document'}"


def confirmed_cases(save_to: Path | None = None) -> list[tuple[str, dict, dict]]:
    """(name, what the reader finds now, the officer's gold) for every confirmed import
    that has a gold file and whose file is still stored; written into ``save_to`` too."""
    cases = []
    records = ImportedDocument.objects.filter(
        status=ImportStatus.CONFIRMED, gold__isnull=False
    ).order_by("pk")
    if save_to is not None:
        save_to.mkdir(parents=True, exist_ok=True)
    for record in records:
        officer: dict = record.gold or {}
        if not officer:
            continue
        try:
            with record.file.open("rb") as stored:
                content = stored.read()
        except (FileNotFoundError, ValueError):
            continue  # the file is gone from storage: nothing to read again
        name = f"{_stem(record)}.{record.format}"
        try:
            result = extract(read_document(content, name))
        except UnreadableDocument:
            continue
        cases.append((name, result, officer))
        if save_to is not None:
            (save_to / name).write_bytes(content)
            gold = {key: officer[key] for key in KEYS if key in officer}
            (save_to / f"{_stem(record)}.gold.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
    return cases
