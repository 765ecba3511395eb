"""The dated facts of a whole document, in order of first mention, each event once.

The title block is read line by line, because its lines are facts rather than sentences
("Date of meeting: 18 September 2024", "Version 1.0, November 2024"); the rest is read
paragraph by paragraph, sentence by sentence. A form field anywhere ("Publication date:
19/06/2023") says what it dates by its label. Rows of tables are left to the tables'
reader, which knows their columns.
"""

from __future__ import annotations

import re

from accord.imports.extraction.dates import (
    _ITEM,
    Collector,
    DatedFact,
    Setting,
    field_what,
    head_what,
    in_sentences,
    labelled,
    mentions,
)
from accord.imports.extraction.lines import BLANK, NOISE, TEXT, Line, ends_sentence, paragraphs
from accord.imports.extraction.signed_dates import signed_dates

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u201c\u2018\"'(])")
# Labels that give the document's own date, best first.
_DOCUMENT_DATE = (
    re.compile(r"date of (?:the )?decision|decision date|decision made", re.I),
    re.compile(r"meeting|date of (?:the )?board", re.I),
    re.compile(r"^dated?\b|\bdated\b", re.I),
    re.compile(r"publi(?:shed|cation)|issued", re.I),
)


# "Approved by", "Endorsed by": a label that names who acted, the value giving them.
_BY_LABEL = re.compile(r"^(?:approved|agreed|endorsed|ratified|adopted|signed off) by$", re.I)
_BY_BODY = re.compile(r"\s*\(?\s*(?:on|of|dated)?\s*$", re.I)


def _by(field: tuple[str, str], mention, what: str) -> str:
    """ "Approved by: X Board, 18.06.2025": who did it, and when. Another label's value
    with words beside its date ("Delegated authority: Cabinet, minute 64 (16 September
    2025)") keeps them, before what the date is of."""
    body = _BY_BODY.sub("", field[1][: mention.start]).strip(" ,;-")
    if _BY_LABEL.search(field[0].strip()) and body[:1].isupper():
        return f"{field[0].strip().lower()} {body}"
    if body[:1].isupper() and not mentions(body) and len(body.split()) <= 8:
        return f"{field[0].strip()}: {body}, {what.split(': ', 1)[-1]}"
    return what


def _units(lines: list[Line]) -> list[tuple[str, int, int]]:
    """The title block's lines, each a fact; a line broken before it ends (a date split
    over two lines) is joined with the next."""
    units: list[tuple[str, int, int]] = []
    joining = False
    for line in lines:
        if line.kind in (BLANK, NOISE):
            joining = False
            continue
        fact = labelled(line.text) is not None or "|" in line.text
        if joining and units and not fact:
            text, first, _ = units[-1]
            units[-1] = (f"{text} {line.text}", first, line.number)
        else:
            units.append((line.text, line.number, line.number))
        joining = not fact and not ends_sentence(line.text) and len(line.text.split()) > 6
    return units


def document_date(lines: list[Line], head_end: int) -> tuple[int, int] | None:
    """The document's own year and month: its decision, meeting, "dated" or publication
    date wherever it is given, else the first date of its title block."""
    candidates: list[tuple[int, str]] = []
    for line in lines:
        if line.kind != TEXT:
            continue
        for sentence in _SENTENCE.split(line.text):
            field = labelled(sentence)
            label, value = field if field else (sentence, sentence)
            # The label first: reading dates is the dearer step, and most lines name none.
            rank = next(
                (
                    rank
                    for rank, pattern in enumerate(_DOCUMENT_DATE)
                    if pattern.search(label) or (rank > 0 and pattern.match(sentence))
                ),
                None,
            )
            if rank is None:
                continue
            found = mentions(value)
            if found:
                candidates.append((rank, found[0].key))
    if not candidates:
        for text, _, _ in _units(lines[:head_end]):
            found = mentions(text)
            if found:
                candidates.append((9, found[0].key))
                break
    if not candidates:
        return None
    key = min(candidates, key=lambda pair: pair[0])[1]
    return int(key[:4]), int(key[5:7])


def collect(
    lines: list[Line],
    head_end: int,
    setting: Setting,
    today: tuple[int, int] | None,
    skip: set[int] | None = None,
) -> Collector:
    """Dated facts of the title block (lines before ``head_end``) and of the text;
    ``skip`` holds the numbers of lines read elsewhere (table rows)."""
    skip = skip or set()
    collector = Collector()
    units = [u for u in _units(lines[:head_end]) if u[1] not in skip]
    for position, (text, first, last) in enumerate(units):
        following = units[position + 1][0] if position + 1 < len(units) else ""
        segments = [s.strip() for s in text.split("|")]
        for segment in segments:
            others = [other for other in segments if other != segment and other]
            field = labelled(segment)
            if field and mentions(field[1], today):
                for mention in mentions(field[1], today):
                    what = field_what(field[0], setting, head=True, others=others)
                    collector.add(mention.key, _by(field, mention, what), first, last)
                continue
            for mention in mentions(segment, today):
                rest = segment[: mention.start] + segment[mention.end :]
                rest = _ITEM.sub("", rest).strip(" :,-")
                day = len(mention.key) == 10
                what = head_what(segment, rest, following, setting, day, others)
                collector.add(mention.key, what, first, last)
    for key, what, number in signed_dates(lines[head_end:], today):
        collector.add(key, what, number, number)
    _body(lines[head_end:], setting, today, skip, collector)
    return collector


# The head of a signer's block: "Signed on behalf of X", "Signed for X", or "For X ......
# post" before its dotted line; the "Date:" field under it is the day X signed.
_SIGNER = re.compile(
    r"^(?:signed\s+(?:for\s+and\s+on\s+behalf\s+of|on\s+behalf\s+of|for)|for(?=.*\.{3,}))"
    r"\s+(?:the\s+)?([A-Z][^.:]{2,120}?)\s*(?:\.{3,}.*|\s+by:?)?$",
    re.IGNORECASE,
)


# A sentence about the paper itself, naming it by a pronoun: "It takes effect ...".
_PRONOUN = re.compile(
    r"^(?:it|they|this|these)\s+(?:will|shall|is|are|was|were|takes?|took)\b", re.IGNORECASE
)


def _body(lines, setting, today, skip, collector) -> None:
    lead_in = ""  # "The Board is asked to:" gives a listed item its subject
    signer = ""  # the organisation whose signature block this is
    for paragraph in paragraphs([line for line in lines if line.number not in skip]):
        listed = paragraph.kind in ("bullet", "item")
        if not listed:
            lead_in = paragraph.text if paragraph.text.endswith(":") else ""
        heads = _SIGNER.match(paragraph.text.strip())
        if heads:
            signer = heads.group(1).strip()
        elif labelled(paragraph.text) is None:
            signer = ""
        for sentence in _SENTENCE.split(paragraph.text):
            field = labelled(sentence)
            if field and not listed:
                found = mentions(field[1], today)
                words = field[1]
                for mention in found:
                    words = words.replace(field[1][mention.start : mention.end], " ")
                if found and len(words.split()) <= 8:
                    for mention in found:
                        what = _by(field, mention, field_what(field[0], setting, head=False))
                        if signer and field[0].strip().lower() == "date":
                            what = f"signed for {signer}"
                        collector.add(mention.key, what, paragraph.first, paragraph.last)
                    continue
            for key, what in in_sentences(sentence, today, lead_in if listed else ""):
                if setting.subject and _PRONOUN.match(what):
                    what = f"{setting.subject}: {what}"  # "They will be reviewed in": the paper
                collector.add(key, what, paragraph.first, paragraph.last)


__all__ = ["DatedFact", "Setting", "collect", "document_date"]
