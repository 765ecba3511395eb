"""Rows for the accessibility statement and the privacy notice: public to read, changed
by administrators only."""

from __future__ import annotations

from tests.permissions.rows import Row, everyone, only

ROWS = [
    Row("notices:accessibility", "/accessibility/", everyone()),
    Row("notices:privacy", "/privacy/", everyone()),
    Row("notices:accessibility_edit", "/accessibility/change/", only({"administrator"})),
    Row("notices:privacy_edit", "/privacy/change/", only({"administrator"})),
]
