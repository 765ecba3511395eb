from __future__ import annotations

from django.core.exceptions import ValidationError


def show_refusal(form, error: ValidationError) -> None:
    """Put a service's refusal on the form: beside its field when it names one."""
    if hasattr(error, "error_dict"):
        for name, problems in error.message_dict.items():
            form.add_error(name if name in form.fields else None, problems)
    else:
        form.add_error(None, error.messages)
