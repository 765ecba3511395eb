"""Reading one row of an organisations file: each cell checked and turned into what Accord
stores (a kind, an area, Org-ID identifiers, dates), every problem of the row reported at
once; and an organisation's stored values in the same terms, to compare and to audit."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from accord.api.opendata.datasets import DATASETS
from accord.governance.models import Area
from accord.organisations.identifiers import Scheme, validate_code
from accord.organisations.models import Organisation, OrganisationKind

# The fields compared and written: the export's columns, but for the slug (used only to
# name a new organisation).
FIELDS = tuple(title for title in DATASETS["organisations"].header if title != "Slug")
MAX_LENGTHS = {"Name": 300, "Short name": 120, "Website": 200}
DATES = ("Established on", "Dissolved on")

_KINDS = {label.lower(): value for value, label in OrganisationKind.choices} | {
    value: value for value in OrganisationKind.values
}


def _identifiers(text: str) -> set[tuple[str, str]]:
    found = set()
    for token in (t.strip() for t in text.replace(",", ";").split(";")):
        if not token:
            continue
        scheme = next((s for s in Scheme.values if token.upper().startswith(s + "-")), None)
        if scheme is None:
            raise ValidationError(
                f"“{token[:60]}” is not an Org-ID Accord knows; it should start with one of "
                + ", ".join(Scheme.values)
                + "."
            )
        code = token[len(scheme) + 1 :]
        try:
            validate_code(scheme, code)
        except ValidationError as error:
            raise ValidationError(" ".join(error.messages)) from None
        found.add((scheme, code))
    return found


def row_values(cells: dict[str, str], areas: dict[str, list[Area]]) -> dict:
    """The row's fields as Accord stores them; ValidationError lists every problem."""
    problems: list[str] = []
    values: dict = {}
    for title in FIELDS:
        if title not in cells:
            continue
        text = " ".join(cells[title].split())
        limit = MAX_LENGTHS.get(title)
        if limit and len(text) > limit:
            problems.append(f"The {title.lower()} can be at most {limit} characters.")
            continue
        if title == "Name":
            if not text:
                problems.append("Enter the organisation’s name.")
            values[title] = text
        elif title == "Short name":
            values[title] = text
        elif title == "Kind":
            kind = _KINDS.get(text.lower())
            if kind is None:
                problems.append(
                    f"“{text[:60]}” is not a kind of organisation"
                    if text
                    else "Enter the kind of organisation"
                )
                problems[-1] += "; use one of " + ", ".join(OrganisationKind.labels) + "."
            values[title] = kind
        elif title == "Org-ID identifiers":
            try:
                values[title] = _identifiers(text)
            except ValidationError as error:
                problems.extend(error.messages)
        elif title == "Area":
            if not text:
                values[title] = None
            else:
                matches = areas.get(text.lower(), [])
                if len(matches) != 1:
                    problems.append(
                        f"There is no area called “{text[:60]}” in Accord."
                        if not matches
                        else f"More than one area is called “{text[:60]}”."
                    )
                else:
                    values[title] = matches[0]
        elif title == "Website":
            if text:
                try:
                    URLValidator()(text)
                except ValidationError:
                    problems.append(
                        f"“{text[:60]}” is not a web address, such as https://example.org."
                    )
            values[title] = text
        elif title in DATES:
            if not text:
                values[title] = None
            else:
                try:
                    values[title] = dt.date.fromisoformat(text)
                except ValueError:
                    problems.append(
                        f"“{text[:30]}” is not a date as YYYY-MM-DD, such as 2022-07-01."
                    )
    if problems:
        raise ValidationError(problems)
    return values


def current_values(org: Organisation) -> dict:
    return {
        "Name": org.name,
        "Short name": org.short_name,
        "Kind": org.kind,
        "Org-ID identifiers": {(i.scheme, i.code) for i in org.identifiers.all()},
        "Area": org.area,
        "Website": org.website,
        "Established on": org.established_on,
        "Dissolved on": org.dissolved_on,
    }


def dates_in_order(values: dict, current: dict | None) -> list[str]:
    """The row's dates, with what is stored for a date the file leaves out, in order."""
    known = {title: values.get(title, (current or {}).get(title)) for title in DATES}
    began, ended = known["Established on"], known["Dissolved on"]
    if began and ended and began > ended:
        return [
            f"It cannot be dissolved on {ended.isoformat()}, before it was established on "
            f"{began.isoformat()}."
        ]
    return []


def shown(title: str, value) -> str | list | None:
    if title == "Org-ID identifiers":
        return sorted(f"{scheme}-{code}" for scheme, code in value)
    if title == "Kind":
        return OrganisationKind(value).label if value else ""
    if isinstance(value, Area):
        return value.name
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
