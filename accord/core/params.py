"""Reading free text from a query string safely: bounded, and without NUL or control characters
(PostgreSQL refuses NUL in text, and nothing a person types contains them)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from django.http import HttpRequest

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def text_param(request: HttpRequest, name: str, max_length: int = 100) -> str:
    value = request.GET.get(name) or ""
    return _CONTROL.sub("", value)[:max_length].strip()
