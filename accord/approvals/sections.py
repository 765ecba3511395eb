"""What the approvals app adds to other apps' pages (see accord.core.sections)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from accord.approvals.selectors import recent_meetings
from accord.approvals.visibility import visible_meetings
from accord.core.sections import add_section
from accord.governance.models import Body


def body_meetings(request: HttpRequest, body: Body) -> dict[str, Any]:
    """The body's latest twenty meetings this person may see."""
    return {"meetings": visible_meetings(request.user, recent_meetings(body))[:20]}


def register() -> None:
    add_section(
        "body",
        name="meetings",
        template="approvals/sections/body_meetings.html",
        context=body_meetings,
        order=20,
    )
