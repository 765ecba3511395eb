"""Permissions for meetings, agenda items and decisions (declared once, here).

The rules for seeing, adding and managing meetings are in the package itself; these
are the ones that came with recording decisions and private agenda items.
"""

from __future__ import annotations

import rules

from accord.permissions.core import (
    is_administrator,
    is_member_of_meeting_body,
    is_secretary_of_meeting,
)

# The minute of a meeting is the secretary's record: only the secretary of the body that
# met (or an administrator) writes it.
rules.add_perm("approvals.record_decision", is_administrator | is_secretary_of_meeting)

# A public meeting may still take some items in private session.
rules.add_perm("approvals.view_private_items", is_administrator | is_member_of_meeting_body)
