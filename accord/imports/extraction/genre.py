"""What kind of document this is, by what it calls itself, and where its title is.

A decision notice or record names itself near its top ("DECISION NOTICE", "Record of
Decision", "Decision details", "Record of a decision taken by an officer"), whatever it
decides about; its title is the subject of the decision, in a "Decision title" or "Subject"
field or on the line under "Item 9". A committee report is known by its recommendations;
its title is the agreement it presents. Anything else is the agreement itself, named by
its title ("Terms of Reference", "Information Sharing Agreement", "made under section 75").
"""

from __future__ import annotations

import re

from accord.imports.extraction.lines import BLANK, FUNCTION_WORDS, NOISE, TEXT, Line

_DECISION_DOCUMENT = re.compile(
    r"\bdecision notice\b|\bnotice of (?:the )?decisions?\b|"
    r"\brecord of (?:an? |the )?(?:[\w-]+ ){0,2}decisions?\b|\bdecision record\b|"
    r"^decision details$|\bdecisions? (?:taken|made) by\b|\bofficer decision\b|"
    # "Cabinet decision sheet", "Resolution sheet", "Schedule of decisions": a committee's
    # own list of what it decided.
    r"\b(?:decisions?|resolutions?) (?:sheet|list)\b|\bschedule of (?:decisions|resolutions)\b|"
    # Minutes, or an extract of them, record what a meeting decided.
    r"\b(?:extract from )?(?:the )?minutes of (?:the|a) meeting\b|"
    # ModernGov's page of an issue and the decisions taken on it.
    r"^issue\s*[-\u2013]\s*decisions?$",
    re.IGNORECASE,
)
_TITLE_FIELD = re.compile(
    r"^(?:decision title|title of (?:the )?(?:paper|report|decision)|report title|title|"
    r"subject|decision subject|item title)\s*:\s*(\S.*)$",
    re.IGNORECASE,
)
_ITEM = re.compile(r"^(?:agenda )?item\s*(?:no\.?\s*)?\d+[a-z]?\s*:?\s*$", re.IGNORECASE)
_AMENDS = re.compile(r"\b(?:deed of variation|addendum|heads of terms)\b", re.IGNORECASE)
_KINDS = (
    ("terms_of_reference", r"terms of reference"),
    ("alliance_agreement", r"alliance agreement"),
    ("mou", r"memorandum of understanding|\bmou\b"),
    ("section_75", r"section 75"),
    ("data_sharing", r"(?:data|information)[- ]sharing (?:agreement|protocol)|\bisa\b"),
)


def agreement_kind(*texts: str) -> str:
    """The kind an agreement's title names; failing that, its title block. A paper that
    varies, adds to or leads up to an agreement ("Deed of Variation", "Addendum No. 1 to the
    ... Memorandum", "Heads of Terms") is none of the kinds, whatever agreement it names."""
    if any(_AMENDS.search((text or "")[:300]) for text in texts[:2]):
        return "other"  # named in the title, or at the top of the title block
    for text in texts:
        for kind, pattern in _KINDS:
            if re.search(pattern, text or "", re.IGNORECASE):
                return kind
    return "other"


def _content(lines: list[Line], limit: int) -> list[Line]:
    return [line for line in lines if line.kind not in (BLANK, NOISE)][:limit]


def is_decision(lines: list[Line]) -> bool:
    """The document calls itself a decision notice or record near its top."""
    return any(_DECISION_DOCUMENT.search(line.text) for line in _content(lines, 12))


def field_title(lines: list[Line], fields: tuple[str, ...] = ()) -> tuple[str, int] | None:
    """A title given as a field near the top ("Decision title: ...", "Subject: ...")."""
    for line in _content(lines, 40):
        match = _TITLE_FIELD.match(line.text)
        if match and (not fields or line.text.split(":")[0].strip().lower() in fields):
            return _field_value(lines, line, match.group(1).strip()), line.number
    return _label_over_value(lines, fields)


_FIELD_START = re.compile(r"^[A-Z][A-Za-z ,'\u2019()/&-]{1,45}:\s")


def _field_value(lines: list[Line], line: Line, value: str) -> str:
    """A field's value with the lines it wraps onto: lines set in from the label, lined up
    under the value, that are not fields of their own ("Subject: ... - Memorandum of /
    Understanding")."""
    at = lines.index(line)
    for following in lines[at + 1 : at + 3]:
        if following.kind != TEXT or following.indent <= line.indent:
            break
        if _FIELD_START.match(following.text) or value.rstrip().endswith((".", ";")):
            break
        value = f"{value} {following.text.strip()}"
    return value


_TITLE_LABEL = re.compile(
    r"^(?:decision title|report title|title of (?:the )?(?:paper|report|decision))$", re.I
)


def _label_over_value(lines: list[Line], fields: tuple[str, ...]) -> tuple[str, int] | None:
    """A form laid out as label over value ("Decision title / (blank) / Ulverdale Healthy
    Weight Alliance: Partnership / Agreement 2025-2028"): the value's lines up to a blank."""
    for index, line in enumerate(lines[:80]):
        label = line.text.strip().lower()
        if line.kind != TEXT or not _TITLE_LABEL.match(label) or (fields and label not in fields):
            continue
        value: list[Line] = []
        for following in lines[index + 1 : index + 8]:
            if following.kind == NOISE or (following.kind == BLANK and not value):
                continue
            if following.kind != TEXT:
                break
            value.append(following)
        if value and len(value) <= 3:
            return " ".join(v.text for v in value), value[0].number
    return None


def item_title(lines: list[Line]) -> tuple[str, int, int] | None:
    """The line under "Item 9" in a notice of several decisions, with the line it wraps
    onto ("... – Terms of / Reference")."""
    content = _content(lines, 40)
    for position, line in enumerate(content[:-1]):
        if not _ITEM.match(line.text):
            continue
        title, first = content[position + 1].text, content[position + 1].number
        last = first
        for following in content[position + 2 : position + 4]:
            last_word = title.rstrip().rsplit(" ", 1)[-1].lower()
            if following.number != last + 1 or not (
                last_word in FUNCTION_WORDS or following.text[:1].islower()
            ):
                break
            title, last = f"{title} {following.text}", following.number
        return " ".join(title.split()), first, last
    return None


def first_line_title(lines: list[Line], start: int, end: int) -> tuple[str, int] | None:
    """The first plain line of a section that opens with the subject ("Decision details",
    then the decision's title, then its fields)."""
    for line in lines[start:end]:
        if line.kind != TEXT:
            continue
        if ":" in line.text or len(line.text.split()) > 16 or line.text.endswith("."):
            return None
        return line.text.strip(), line.number
    return None


# The cover facts of a board paper: what meeting, which item, whose paper.
_BOARD_FACT = re.compile(
    r"^(?:meeting(?: date)?|date of meeting|agenda item|(?:report|paper) title|title of paper|"
    r"executive (?:lead|sponsor)|report author|author|presented by|purpose of (?:the )?paper)\s*:",
    re.IGNORECASE,
)
_APPENDED = re.compile(
    r"^(?:appendices|appendix|attachments?)\s*:\s*(?:(?:appendix|annex)\s+\w{1,3}\s*[:.\u2013-]\s*)?(\S.*)$",
    re.IGNORECASE,
)


def board_paper(lines: list[Line], end: int) -> bool:
    """A paper that opens with a board's cover facts ("Meeting: Trust Board", "Agenda item:
    9.2", "Report title: ..."): three such fields before the first heading."""
    facts = sum(1 for line in lines[:end] if line.kind == TEXT and _BOARD_FACT.match(line.text))
    return facts >= 3


def appended_in_facts(lines: list[Line], end: int) -> str:
    """The appendix a board paper's cover facts list ("Appendices: Appendix 1 - X /
    (indented) rest of X"), joined over its hanging lines."""
    for index, line in enumerate(lines[:end]):
        match = _APPENDED.match(line.text) if line.kind == TEXT else None
        if match is None:
            continue
        text = match.group(1)
        for following in lines[index + 1 : end]:
            if following.kind != TEXT or following.indent == 0:
                break
            text = f"{text} {following.text}"
        return " ".join(text.split()).strip(" .")
    return ""
