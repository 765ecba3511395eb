from __future__ import annotations


def meeting_crumbs(meeting) -> list[tuple[str, str]]:
    """The breadcrumbs above a meeting's own pages, after "Home"."""
    from django.urls import reverse

    return [
        ("Meetings", reverse("approvals:meetings")),
        (f"{meeting.title}, {meeting.display_date}", meeting.get_absolute_url()),
    ]
