"""Parties where no list, table or lead-in named any: the places such papers always name them.

A paper that never lists its parties still says whom the agreement is "between" (often with
a defined term or a number beside each name: "between (1) X ("the Council") and (2) Y"), and
still leaves a line to sign for each ("For X", "Signed for X", "Signed on behalf of X").
These are read only when nothing else was found, so they cannot disturb a list that was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.imports.extraction import inline, orgs
from accord.imports.extraction.lines import BLANK, NOISE, Line, Paragraph

# "For X", "Signed for X", "Signed for and on behalf of X", "On behalf of the X".
_SIGNS_FOR = re.compile(
    r"^(?:signed\s+)?(?:(?:for\s+and\s+)?on\s+behalf\s+of|for)\s+(?:the\s+)?(?P<name>[A-Z].*)$",
    re.IGNORECASE,
)
# Where the name on a signing line ends: dots or a rule to sign on, a wide gap, a label.
_NAME_ENDS = re.compile(
    r"\s*(?:\.{3,}|_{3,}|\s{2}|\|)|\s+(?:signed|signature|name|date|position)\b|[:,;]"
    r"|\s+\d",
    re.IGNORECASE,
)
# "... is made between A and B." or a label, "Partners: (1) A and (2) B".
_BETWEEN = re.compile(
    r"(?:\bbetween\s+|^(?:the\s+)?(?:parties|partners|signatories)\s*:\s*|"
    # "would be signed by A, B and C", "a joint committee of A and B", "... with A and B".
    r"\bsigned\s+by\s+(?:the\s+)?(?=[A-Z])|\bjoint\s+committee\s+of\s+|"
    r"\b(?:memorandum of understanding|agreement)\s+with\s+|"
    # "the three coastal councils - A, B and C - agreed": the names set off by dashes.
    r"\b(?:councils|authorities|partners|organisations)\s+[-\u2013\u2014]\s+)"
    r"(?P<list>.+?)(?=\.\s|\.$|;|$)",
    re.IGNORECASE,
)
# A number or letter beside each name, and what a deed says after it: a defined term or
# a registered number in brackets, an address after "of", a date.
_MARKER = re.compile(r"\(\s*(?:\d{1,2}|[A-Za-z]|[ivx]{1,4})\s*\)\s*")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_AFTER_NAME = re.compile(
    r"\s+(?:of|whose|at|dated|from|for|to|under|in|on|which|who)\s+(?:[a-z\d]|the\b|[A-Z]).*$"
)


@dataclass
class Found:
    name: str
    first: int
    last: int


def _clean(name: str) -> str:
    name = " ".join(name.split()).strip(" ,.;:")
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


def signing_lines(lines: list[Line], known=frozenset()) -> list[Found]:
    """Organisations a line is left to sign for."""
    found = []
    for line in lines:
        if line.kind in (BLANK, NOISE):
            continue
        match = _SIGNS_FOR.match(line.text.strip())
        if not match:
            continue
        name = _clean(_NAME_ENDS.split(match.group("name"), maxsplit=1)[0])
        if name and orgs.looks_like_organisation(name, known) and not orgs.names_body(name):
            found.append(Found(name, line.number, line.number))
    return found


def _names_between(listed: str, known) -> list[str]:
    listed = re.split(r",\s+(?=[a-z])|\s+dated\s", listed)[0]  # "..., under which": prose
    if len(_MARKER.findall(listed)) >= 2:
        # "(1) X of address ("the Council") and (2) Y": each number opens a name.
        chunks = [c for c in _MARKER.split(listed) if c.strip()]
        pieces = [re.sub(r"\s+and$", "", _BRACKETED.sub("", c).strip(" ,;")) for c in chunks]
        pieces = [re.split(r",|\s+of\s", p)[0] for p in pieces]
    else:
        pieces = inline.list_pieces(_BRACKETED.sub("", listed))
    names = []
    for piece in pieces:
        piece = _clean(_AFTER_NAME.sub("", _clean(piece)))
        if not piece:
            continue
        if not orgs.looks_like_organisation(piece, known):
            return []  # the sentence goes on past the names: no list of parties
        names.append(piece)
    return names


def between(paragraphs: list[Paragraph], known=frozenset()) -> list[Found]:
    """The organisations a sentence says an agreement is between, each by its own name."""
    for paragraph in paragraphs:
        for match in _BETWEEN.finditer(paragraph.text):
            names = _names_between(match.group("list"), known)
            if len(names) >= 2:
                return [Found(name, paragraph.first, paragraph.last) for name in names]
    return []
