"""Loading organisations from a CSV or XLSX file in the columns the open-data export
writes, so an exported file can be edited and loaded back.

Each row is matched to an organisation by one of its Org-ID identifiers first, then by
its exact name (ignoring case); a row that matches nothing creates an organisation.
Every row is checked before anything is written: if any row is wrong nothing is
written, and each problem is reported with its line. A dry run only reports the plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from accord.api.opendata.datasets import DATASETS
from accord.api.opendata.import_rows import (
    FIELDS,
    current_values,
    dates_in_order,
    row_values,
    shown,
)
from accord.api.opendata.spreadsheet import FileRefused, read_rows
from accord.audit.actions import AuditAction, History
from accord.audit.services import audit_record
from accord.core.slugs import unique_slug
from accord.governance.models import Area
from accord.organisations.models import Organisation, OrganisationIdentifier
from accord.organisations.services import organisation_create

PERMISSION = "accounts.manage_roles"

HEADER = DATASETS["organisations"].header
REQUIRED = ("Name", "Kind")


@dataclass
class LineError:
    line: int
    message: str


@dataclass
class PlannedLine:
    line: int
    action: str  # "create", "change" or "skip"
    name: str
    organisation: Organisation | None = None
    changes: list[str] = field(default_factory=list)
    values: dict = field(default_factory=dict)


@dataclass
class ImportResult:
    dry_run: bool
    lines: list[PlannedLine] = field(default_factory=list)
    errors: list[LineError] = field(default_factory=list)
    applied: bool = False

    def count(self, action: str) -> int:
        return sum(1 for line in self.lines if line.action == action)

    @property
    def created(self) -> int:
        return self.count("create")

    @property
    def changed(self) -> int:
        return self.count("change")

    @property
    def skipped(self) -> int:
        return self.count("skip")


def _columns(header: list[str]) -> dict[str, int]:
    known = {title.lower(): title for title in HEADER}
    columns: dict[str, int] = {}
    unknown, repeated = [], []
    for index, title in enumerate(header):
        if not title:
            continue
        canonical = known.get(" ".join(title.split()).lower())
        if canonical is None:
            unknown.append(title[:60])
        elif canonical in columns:
            repeated.append(canonical)
        else:
            columns[canonical] = index
    problems = []
    missing = [title for title in REQUIRED if title not in columns]
    if missing:
        problems.append("The file has no column " + ", ".join(f"“{t}”" for t in missing) + ".")
    if unknown:
        problems.append(
            "The file has columns the organisations export does not: "
            + ", ".join(f"“{t}”" for t in unknown)
            + ". Use the columns "
            + ", ".join(f"“{t}”" for t in HEADER)
            + "."
        )
    if repeated:
        problems.append(
            "The file repeats the column " + ", ".join(f"“{t}”" for t in repeated) + "."
        )
    if problems:
        raise FileRefused(" ".join(problems))
    return columns


def _plan(rows: list[list[str]], result: ImportResult) -> None:
    columns = _columns(rows[0])
    organisations = list(
        Organisation.objects.select_related("area").prefetch_related("identifiers")
    )
    by_identifier = {
        (i.scheme, i.code): org for org in organisations for i in org.identifiers.all()
    }
    by_name: dict[str, list[Organisation]] = {}
    for known in organisations:
        by_name.setdefault(known.name.lower(), []).append(known)
    areas: dict[str, list[Area]] = {}
    for area in Area.objects.all():
        areas.setdefault(area.name.lower(), []).append(area)

    seen_orgs: dict[int, int] = {}  # organisation pk -> the line that matched it
    seen_identifiers: dict[tuple[str, str], int] = {}
    seen_new_names: dict[str, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(row):
            continue
        cells = {title: (row[i] if i < len(row) else "") for title, i in columns.items()}
        try:
            values = row_values(cells, areas)
        except ValidationError as error:
            result.errors += [LineError(number, message) for message in error.messages]
            continue
        identifiers = values.get("Org-ID identifiers", set())
        problems = []
        for identifier in identifiers:
            if identifier in seen_identifiers:
                problems.append(
                    f"{identifier[0]}-{identifier[1]} is also on line {seen_identifiers[identifier]}."
                )
            seen_identifiers.setdefault(identifier, number)
        matched = {by_identifier[i].pk: by_identifier[i] for i in identifiers if i in by_identifier}
        if len(matched) > 1:
            problems.append(
                "Its Org-ID identifiers belong to different organisations: "
                + ", ".join(sorted(o.name for o in matched.values()))
                + "."
            )
        org = next(iter(matched.values())) if len(matched) == 1 else None
        if org is None and not matched:
            same_name = by_name.get(values["Name"].lower(), [])
            if len(same_name) > 1:
                problems.append(
                    f"More than one organisation is called “{values['Name']}”; "
                    "add an Org-ID identifier to say which."
                )
            elif same_name:
                org = same_name[0]
        if org is not None:
            if org.pk in seen_orgs:
                problems.append(
                    f"Line {seen_orgs[org.pk]} is also for {org.name}: give each organisation one row."
                )
            seen_orgs.setdefault(org.pk, number)
            for identifier in identifiers:
                owner = by_identifier.get(identifier)
                if owner is not None and owner.pk != org.pk:
                    problems.append(
                        f"{identifier[0]}-{identifier[1]} already belongs to {owner.name}."
                    )
        elif not matched:
            key = values["Name"].lower()
            if key in seen_new_names:
                problems.append(
                    f"Line {seen_new_names[key]} is also for “{values['Name']}”: "
                    "give each organisation one row."
                )
            seen_new_names.setdefault(key, number)
        problems += dates_in_order(values, current_values(org) if org is not None else None)
        if problems:
            result.errors += [LineError(number, message) for message in problems]
            continue
        values["Slug"] = cells.get("Slug", "")
        if org is None:
            result.lines.append(PlannedLine(number, "create", values["Name"], values=values))
            continue
        current = current_values(org)
        changes = [t for t in FIELDS if t in values and values[t] != current[t]]
        action = "change" if changes else "skip"
        result.lines.append(PlannedLine(number, action, org.name, org, changes, values))


# --- writing ----------------------------------------------------------------------------


def _new_slug(wanted: str, name: str, taken: set[str]) -> str:
    if wanted and slugify(wanted) == wanted and len(wanted) <= 120 and wanted not in taken:
        return wanted
    return unique_slug(name, taken=taken, fallback="organisation")


def _write(org: Organisation, values: dict) -> None:
    simple = {
        "Name": "name",
        "Short name": "short_name",
        "Kind": "kind",
        "Area": "area",
        "Website": "website",
        "Established on": "established_on",
        "Dissolved on": "dissolved_on",
    }
    for title, attribute in simple.items():
        if title in values:
            setattr(org, attribute, values[title])
    org.save()
    if "Org-ID identifiers" in values:
        wanted = values["Org-ID identifiers"]
        for identifier in org.identifiers.all():
            if (identifier.scheme, identifier.code) not in wanted:
                identifier.delete()
        have = set(org.identifiers.values_list("scheme", "code"))
        for scheme, code in sorted(wanted - have):
            OrganisationIdentifier.objects.create(organisation=org, scheme=scheme, code=code)


def _apply(actor, result: ImportResult, filename: str) -> None:
    taken = set(Organisation.objects.values_list("slug", flat=True))
    for line in result.lines:
        if line.action == "skip":
            continue
        if line.action == "create":
            values = line.values
            org = organisation_create(
                actor=actor,
                name=values["Name"],
                kind=values.get("Kind", ""),
                short_name=values.get("Short name") or "",
                area=values.get("Area"),
                website=values.get("Website") or "",
                established_on=values.get("Established on"),
                dissolved_on=values.get("Dissolved on"),
                identifiers=values.get("Org-ID identifiers") or (),
                slug=_new_slug(values["Slug"], values["Name"], taken),
                taken=taken,
                action=AuditAction.ORGANISATION_IMPORT_CREATE,
                audit_after={t: shown(t, values[t]) for t in FIELDS if t in values},
                note=f"Imported from {filename[:200]}, line {line.line}.",
            )
            taken.add(org.slug)
            line.organisation = org
        else:
            assert line.organisation is not None  # _plan matched each update line to one
            org = line.organisation
            before = current_values(org)
            _write(org, line.values)
            audit_record(
                actor=actor,
                action=AuditAction.ORGANISATION_IMPORT_CHANGE,
                obj=org,
                subject=History.organisation(org.pk),
                before={t: shown(t, before[t]) for t in line.changes},
                after={t: shown(t, line.values[t]) for t in line.changes},
                note=f"Imported from {filename[:200]}, line {line.line}.",
            )
    audit_record(
        actor=actor,
        action=AuditAction.ORGANISATION_IMPORT,
        obj=None,
        subject=History.register(),
        after={"created": result.created, "changed": result.changed, "skipped": result.skipped},
        note=f"Imported from {filename[:200]}.",
    )


def organisations_import(*, actor, content: bytes, filename: str, dry_run: bool) -> ImportResult:
    """Check ``content`` (a CSV or XLSX file named ``filename``) and, unless ``dry_run``,
    apply it in one transaction. Problems come back in ``result.errors`` (line 0 for the
    file as a whole); when there are any, nothing is written."""
    if not actor.has_perm(PERMISSION):
        raise PermissionDenied("Only an administrator can import organisations.")
    result = ImportResult(dry_run=dry_run)
    try:
        rows = read_rows(content, filename)
        if dry_run:
            _plan(rows, result)
            return result
        with transaction.atomic():
            _plan(rows, result)
            if result.errors:
                return result
            _apply(actor, result, filename)
            result.applied = True
    except FileRefused as error:
        result.lines, result.errors = [], [LineError(0, str(error))]
    except IntegrityError:
        result.lines, result.applied = [], False
        result.errors = [
            LineError(
                0,
                "The register changed while the file was loading. Nothing was written; try again.",
            )
        ]
    return result
