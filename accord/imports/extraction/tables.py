"""What tables say, read by their columns.

A table is read by what its header names and where it stands: a column of organisations
("Organisation", "Partner", "Party", "Relevant agency") under a heading or lead-in about
parties or members gives parties, with their category from a "Category" or "Sector"
column, from a band across the table ("Health"), or from the row above when a merged
cell left it blank; a signature block gives one signature per organisation, in its order,
and the date each signed; a document-control table ("Version | Date | Agreed by", "Stage |
Body | Date") gives the approvals it records and their dates; a table of previous
consideration ("Meeting | Date | Outcome") gives dated events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from accord.imports.extraction import dates, lists, orgs
from accord.imports.extraction.groups import lead_category
from accord.imports.layout import TableBlock

_ORG = re.compile(
    r"organi[sz]ation|\bpart(?:y|ies|ner|ners)\b|\bmembers?\b|agenc|signator|^councils?$|"
    r"\bparticipants?\b|^signed for$",
    re.I,
)
# A column naming who decided ("Council", "Organisation"), beside where ("Meeting").
_WHO = re.compile(r"^(?:councils?|organi[sz]ations?|partners?|part(?:y|ies)|members?)$", re.I)
_WHERE = re.compile(r"^(?:meeting|body|committee|board)$", re.I)
_CATEGORY = re.compile(
    r"^(?:(?:membership|member|partner) category|category|sector|service|type|group|tier|role)$",
    re.I,
)
# In a table of parties, "Status" says on what footing each takes part ("Responsible
# authority"), unless its cells tell what happened ("Signed", "Agreed 4 May").
_FOOTING = re.compile(r"^(?:status|basis|membership)$", re.I)
_DATE = re.compile(r"\bdate\b|\bdated\b", re.I)
_SIGNED = re.compile(r"signature|\bsigned\b", re.I)
_ACTOR = re.compile(
    r"(?:agreed|approved|endorsed|considered|noted|ratified|signed off) by|^body$|^meeting$|"
    r"^decision[- ]maker$|^committee$|^board$|^by$|^by whom$",
    re.I,
)
_STAGE = re.compile(r"^(?:stage|status|outcome|action|decision)$", re.I)
_VERSION = re.compile(r"^version", re.I)
_PARTY_CONTEXT = re.compile(
    r"\bpart(?:y|ies|ners?)\b|\bmembers?(?:hip)?\b|agenc|signator|organisations? (?:listed|below)"
    r"|\bsign",
    re.I,
)
# "Who has signed up" lists members who joined; it is no signature block.
_SIGN_CONTEXT = re.compile(
    r"\bsign(?:ed|ature|atures|ing|-off| off)?\b(?![\s-]+up\b)|\bexecut", re.I
)
# "Sile Community Health NHS Trust | RQ3 | not a signatory": a member that does not sign.
# A register of partners gives each one's code or contact; a signature block does not.
_REGISTER = re.compile(
    r"^(?:identifier|(?:ods |organi[sz]ation )?code|lead (?:officer|contact)|(?:named )?contact|"
    r"(?:registered )?address)$",
    re.I,
)
_NOT_SIGNING = re.compile(r"\bnot (?:a )?signator(?:y|ies)\b|\bdoes not sign\b", re.I)
_VERBS = {
    "agreed": "agree",
    "approved": "approve",
    "endorsed": "endorse",
    "noted": "note",
    "ratified": "ratify",
    "adopted": "adopt",
    "considered": "consider",
    "commented": "comment",
    "recommended": "recommend",
    "signed": "sign",
    "reviewed": "review",
}
_NOTE = re.compile(r"\s*\((?:completed|signed|approved|agreed|pending|date)[^)]*\)\s*$", re.I)
_PAST_OF = {action: past for past, action in _VERBS.items()}
_TOLD_BY = re.compile(r"^(" + "|".join(_VERBS) + r")\s+(?:on\s+)?by\s+(?:the\s+)?(\S.*)$", re.I)
_BRACKETED_NOTE = re.compile(r"\s*\([^()]*\)$")
_EMPTY = re.compile(r"^[\s\u2013\u2014-]*$|^(?:n/?a|none|tbc)$", re.I)


@dataclass
class Findings:
    parties: list[tuple[str, str, int]] = field(default_factory=list)  # name, category, line
    signatures: list[tuple[str, int]] = field(default_factory=list)  # organisation, line
    approvals: list[tuple[str, str, int]] = field(default_factory=list)  # body, action, line
    events: list[tuple[str, str, int]] = field(default_factory=list)  # date, what, line
    lines: set[int] = field(default_factory=set)  # lines read here


def _column(header: list[str], pattern: re.Pattern) -> int | None:
    return next((n for n, cell in enumerate(header) if pattern.search(cell.strip())), None)


def _organisation_column(block: TableBlock, known) -> int | None:
    """The column of organisations: named so in the header, and holding most names that
    look like organisations ("Lead safeguarding partner" holds posts, not partners)."""
    body = [row for _, row, band, _ in block.body() if not band]
    if not body:
        return None
    width = len(block.rows[0])
    counts = [
        sum(1 for row in body if n < len(row) and orgs.looks_like_organisation(row[n], known))
        for n in range(width)
    ]
    named = [n for n, cell in enumerate(block.header) if _ORG.search(cell)]
    candidates = named or [n for n in range(width) if counts[n] >= 0.6 * len(body)]
    candidates = [n for n in candidates if counts[n] >= max(1, 0.5 * len(body))]
    return max(candidates, key=lambda n: counts[n]) if candidates else None


def _footing_column(block: TableBlock, header: list[str]) -> int | None:
    """A "Status" column that names a footing in every row, never an act or a date."""
    column = _column(header, _FOOTING)
    if column is None:
        return None
    cells = [row[column] for _, row, band, _ in block.body() if not band and column < len(row)]
    if any(_action(cell) or dates.mentions(cell) for cell in cells):
        return None
    return column


def _clean(name: str) -> str:
    return _NOTE.sub("", " ".join(name.split())).strip(" ,;.")


def _action(text: str) -> str | None:
    word = re.findall(r"[a-z]+", text.lower())
    for candidate in word:
        if candidate in _VERBS:
            return _VERBS[candidate]
    return None


def read(blocks: list[TableBlock], context, title: str, known=frozenset()) -> Findings:
    """Findings of every table. ``context(line)`` gives the heading and lead-in above."""
    found = Findings()
    category = ""
    previous_header: list[str] = []
    for block in blocks:
        if not block.form and not block.header_rows and any(block.bands):
            _grouped_grid(block, known, found)
            continue
        if not block.form and not block.header_rows and _columns_grouped(block, known, found):
            continue
        if not block.form and not block.header_rows and not any(block.bands):
            if _names_grid(block, context(block.lines[0]) if block.lines else "", known, found):
                continue
        if block.form or not block.header_rows or len(block.rows) < 2:
            continue
        header = [cell.strip() for cell in block.header]
        around = context(block.lines[0])
        found.lines |= set(block.lines)
        if header != previous_header:
            category = ""
        previous_header = header
        actor = _column(header, _ACTOR)
        if actor is not None and _WHERE.match(header[actor]) and _column(header, _WHO) is not None:
            # "Council | Meeting | Date | Decision": the council decided, at that meeting.
            actor = _column(header, _WHO)
        stage, version = _column(header, _STAGE), _column(header, _VERSION)
        when = _column(header, _DATE)
        if actor is not None and (stage is not None or version is not None or when is not None):
            _control(block, header, actor, stage, version, when, title, found)
            continue
        if version is not None and when is not None:
            # A document history (Version | Date | Summary): each version is a dated event.
            _control(block, header, None, stage, version, when, title, found)
            continue
        column = _organisation_column(block, known)
        if column is None:
            continue
        signing = _column(header, _SIGNED) is not None or (
            bool(_SIGN_CONTEXT.search(around)) and _column(header, _REGISTER) is None
        )
        if not _ORG.search(header[column]):
            continue
        sort = _column(header, _CATEGORY)
        if sort is None:
            sort = _footing_column(block, header)
        if sort is None and not signing and not any(block.bands):
            category = _group_above(context(block.lines[0], last=True), known) or category
        signed_from = len(found.events)
        for _, row, band, line in block.body():
            if band:
                category = next((c for c in row if c), "")
                continue
            name = _clean(row[column]) if column < len(row) else ""
            if sort is not None and sort < len(row) and row[sort].strip():
                category = row[sort].strip()
            # A bracketed note ("(Brackley Vale delivery unit)") is no part of the name.
            bare = _BRACKETED_NOTE.sub("", name) or name
            if not re.search(r"[A-Za-z]{2}", name) or not orgs.looks_like_organisation(bare, known):
                continue
            # A signing table's own "Category" column still groups its signers; a "Role" is a post.
            # So do band rows across it ("Core network practices" over their rows).
            grouped = (
                not signing
                or (sort is not None and header[sort].lower() != "role")
                or any(block.bands)
            )
            found.parties.append((name, category if grouped else "", line))
            if signing and not _NOT_SIGNING.search(" ".join(row)):
                found.signatures.append((name, line))
                if when is not None and when < len(row):
                    for mention in dates.mentions(row[when]):
                        found.events.append((mention.key, f"signed for {name}", line))
        signed = found.events[signed_from:]
        if len(signed) > 1 and len({key for key, _, _ in signed}) == 1:
            # Every signer of the table on one day: one event, for each of them.
            key, _, line = signed[0]
            found.events[signed_from:] = [(key, f"signed for each {header[column].lower()}", line)]
        elif len(signed) > 1:
            found.events[signed_from:] = _by_day(signed)
    return found


def _grouped_grid(block: TableBlock, known, found: Findings) -> None:
    """A table without a header whose bands name groups and whose cells are organisations,
    several to a row ("Statutory organisations" over "Council | Integrated Care Board"):
    each organisation is a party of the band above, read row by row, left then right."""
    cells = [cell for _, row, band, _ in block.body() if not band for cell in row if cell.strip()]
    if not cells or not all(orgs.looks_like_organisation(cell, known) for cell in cells):
        return
    category = ""
    for _, row, band, line in block.body():
        if band:
            category = next((c for c in row if c), "")
            continue
        for cell in row:
            if cell.strip():
                found.parties.append((_clean(cell), category, line))
    found.lines |= set(block.lines)


def _group_above(label: str, known) -> str:
    """A group's name set just above its table ("Responsible authorities" over one table,
    "Co-operating bodies" over the next), where the table has no column for it."""
    label = label.strip()
    if not label or label.endswith((".", ";", ",")) or len(label.split()) > 6:
        return ""
    if label.endswith(":"):
        return lead_category(label)
    if orgs.looks_like_organisation(label, known) or not label[:1].isupper():
        return ""
    return label if lists.category_like(label) else ""


def _names_grid(block: TableBlock, around: str, known, found: Findings) -> bool:
    """A table of names alone, several to a row, under a lead-in that introduces parties
    ("... named the following relevant agencies:"): each organisation is a party of the
    group the lead-in names, row by row; a catch-all row ("All schools") is none."""
    cells = [(cell, line) for _, row, _, line in block.body() for cell in row if cell.strip()]
    named = [(cell, line) for cell, line in cells if orgs.looks_like_organisation(cell, known)]
    if len(named) < 3 or len(named) < 0.8 * len(cells) or not _PARTY_CONTEXT.search(around):
        return False
    category = lead_category(around)
    for cell, line in named:
        found.parties.append((_clean(cell), category, line))
    found.lines |= set(block.lines)
    return True


def _columns_grouped(block: TableBlock, known, found: Findings) -> bool:
    """A table whose first row names a group over each column ("Commissioners |
    Providers") and whose other cells are all organisations: each is a party of its
    column's group, column by column."""
    top, rest = block.rows[0], block.rows[1:]
    if len(top) < 2 or not rest or not all(cell.strip() for cell in top):
        return False
    if any(
        len(cell.split()) > 4
        or (len(cell.split()) > 1 and orgs.looks_like_organisation(cell, known))
        for cell in top
    ):
        return False  # a group is a word or a phrase that names no one organisation
    cells = [cell for row in rest for cell in row if cell.strip()]
    if not cells or not all(orgs.looks_like_organisation(cell, known) for cell in cells):
        return False
    numbers = block.lines or [0] * len(block.rows)
    for column, group in enumerate(top):
        for row, line in zip(rest, numbers[1:], strict=False):
            if column < len(row) and row[column].strip():
                found.parties.append((_clean(row[column]), group.strip(), line))
    found.lines |= set(block.lines)
    return True


def _control(block, header, actor, stage, version, when, title, found) -> None:
    """A document-control or history table: who agreed which version, and when (``actor``
    is None where the table names nobody)."""
    by_header = _action(header[actor]) if actor is not None else None
    for _, row, _, line in block.body():
        body = _clean(row[actor]) if actor is not None and actor < len(row) else ""
        action = _action(row[stage]) if stage is not None and stage < len(row) else None
        # "Considered by X" in the cell itself: the verb is this row's, the body is X.
        told = _TOLD_BY.match(body)
        told_in = None
        if told is None and actor is None:
            # "Version | Date | Approval" with "Agreed by X" in a cell: that cell is the
            # row's actor and verb, whatever the column is called.
            for n, cell in enumerate(row):
                if n not in (when, version) and _TOLD_BY.match(_clean(cell)):
                    told, told_in = _TOLD_BY.match(_clean(cell)), n
                    break
        if told:
            action, body = _VERBS[told.group(1).lower()], told.group(2).strip()
        action = action or by_header
        if body and not _EMPTY.match(body) and action:
            found.approvals.append((body, action, line))
        if when is None or when >= len(row):
            continue
        parts = []
        if version is not None and row[version].strip():
            parts.append(f"version {row[version].strip()}")
        for n, cell in enumerate(row):
            if n in (actor, when, version, told_in) or not cell.strip() or _EMPTY.match(cell):
                continue
            if n == stage and body and (action is None or _TOLD_BY.match(f"{cell.strip()} {body}")):
                continue  # "Reviewed by" | X: said once below, as "reviewed by X"
            parts.append(cell.strip())
        if body and not _EMPTY.match(body) and action is None and stage is not None:
            # "Prepared by" | a post: no decision, but the event is the stage.
            parts.append(f"{row[stage].strip()} {body}".strip())
        elif body and not _EMPTY.match(body):
            verb = _PAST_OF.get(action or "", "agreed")
            parts.append(f"{verb} by {body}")
        elif title:
            parts.append(title)
        for mention in dates.mentions(row[when]):
            found.events.append((mention.key, ", ".join(parts), line))


def _by_day(signed: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """Signatures in a table, one event a day naming all who signed that day ("signed for
    A, B and C"), at the first of its rows."""
    days: dict[str, list[tuple[str, int]]] = {}
    for key, what, line in signed:
        days.setdefault(key, []).append((what.removeprefix("signed for "), line))
    events = []
    for key, signers in days.items():
        names = [name for name, _ in signers]
        listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        events.append((key, f"signed for {listed}", signers[0][1]))
    return events
