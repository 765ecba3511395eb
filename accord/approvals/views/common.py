from __future__ import annotations

from django.core.exceptions import ValidationError


def show_refusal(form, error: ValidationError) -> None:
    """Put a service's refusal on the form: beside its field when it names one."""
    if hasattr(error, "error_dict"):
        for name, problems in error.message_dict.items():
            form.add_error(name if name in form.fields else None, problems)
    else:
        form.add_error(None, error.messages)


def meeting_crumbs(meeting) -> list[tuple[str, str]]:
    """The breadcrumbs above a meeting's own pages, after "Home"."""
    from django.urls import reverse

    return [
        ("Meetings", reverse("approvals:meetings")),
        (f"{meeting.title}, {meeting.display_date}", meeting.get_absolute_url()),
    ]
