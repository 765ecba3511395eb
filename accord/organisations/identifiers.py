"""Org-ID identifier schemes and the form of a code in each.

Org-ID (scheme prefix plus the code the registering body gives) lets data from
different partnerships join up. Each scheme Accord accepts is listed with the shape
of its codes, so a mistyped code is refused when it is entered, not found years later.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import models


class Scheme(models.TextChoices):
    GB_LAE = "GB-LAE", "English local authority (GB-LAE)"
    GB_NHS = "GB-NHS", "NHS organisation data service code (GB-NHS)"
    GB_COH = "GB-COH", "Companies House number (GB-COH)"
    GB_CHC = "GB-CHC", "Charity Commission number (GB-CHC)"
    GB_GOR = "GB-GOR", "UK government organisation (GB-GOR)"
    GB_EDU = "GB-EDU", "School or college URN (GB-EDU)"


# What a code looks like in each scheme, and how to say so to a person.
CODE_RULES: dict[str, tuple[re.Pattern[str], str]] = {
    Scheme.GB_LAE: (re.compile(r"^[A-Z]{3}$"), "three capital letters, such as THR"),
    Scheme.GB_NHS: (re.compile(r"^[A-Z0-9]{3,6}$"), "3 to 6 letters or digits, such as 07G or RAT"),
    Scheme.GB_COH: (
        re.compile(r"^(?:\d{8}|[A-Z]{2}\d{6})$"),
        "8 digits, or 2 letters and 6 digits, such as 01234567 or SC123456",
    ),
    Scheme.GB_CHC: (re.compile(r"^\d{6,7}$"), "6 or 7 digits, such as 1123456"),
    Scheme.GB_GOR: (re.compile(r"^[A-Z]{1,3}\d{1,5}$"), "letters then digits, such as D10"),
    Scheme.GB_EDU: (re.compile(r"^\d{6}$"), "6 digits, such as 100000"),
}


def validate_code(scheme: str, code: str) -> None:
    if scheme not in CODE_RULES:
        raise ValidationError({"scheme": f"{scheme!r} is not an identifier scheme Accord knows."})
    pattern, description = CODE_RULES[scheme]
    if not pattern.match(code):
        raise ValidationError({"code": f"A {scheme} code is {description}; {code!r} is not."})


def org_id(scheme: str, code: str) -> str:
    return f"{scheme}-{code}"
