"""Rows for importing organisations from a file: administrators only."""

from __future__ import annotations

from tests.permissions.rows import Row, only

ROWS = [
    Row(
        "opendata:organisations_import",
        "/open-data/organisations/import/",
        only({"administrator"}),
    ),
]
