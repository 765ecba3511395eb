"""Permissions for sign-up (declared once, here)."""

from __future__ import annotations

import rules

from accord.permissions import is_administrator, is_any_officer

rules.add_perm("signing.manage_signatories", is_administrator | is_any_officer)
