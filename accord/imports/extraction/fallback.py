"""Parties where no list, table or lead-in named any: the places such papers always name them.

A paper that never lists its parties still says whom the agreement is "between" (often with
a defined term or a number beside each name: "between (1) X ("the Council") and (2) Y"), and
still leaves a line to sign for each ("For X", "Signed for X", "Signed on behalf of X").
Failing both, a sentence of prose that runs through three or more organisations' names
("The responsible authorities are A; B; C; the D; and E", "the founding members would be A,
B, C and D") names them. These are read only when nothing else was found, so they cannot
disturb a list that was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.imports.extraction import inline, orgs
from accord.imports.extraction.groups import lead_category
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
    # "..., under which": prose; "between A and B was signed on ...": the verb ends the names.
    listed = re.split(
        r",\s+(?=[a-z])|\s+dated\s|\s+(?:was|were|is|are|has|have|had|will|shall)\s+(?=[a-z])",
        listed,
    )[0]
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


# What parts names run together in prose: commas, semicolons, dashes, "and the".
_RUN_BREAK = re.compile(
    r"\s*[,;]\s*(?:(?:and|or)\s+)?(?:the\s+)?|\s+[-\u2013\u2014]\s+|\s+and\s+the\s+"
)
# "Public sector: A; B; C": a short label before a colon is the group of the names after it.
_LABEL = re.compile(r"^[A-Z][\w ,'&-]{0,40}(?=:\s*$)")
# Bodies that meet, never parties: a run of them names no organisations.
_MEETS = re.compile(r"\b(?:committee|cabinet|panel|forum|sub-?group|assembly)$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[a-z)])\.\s+(?=[A-Z])")
_NAME_WORD = re.compile(r"^(?:[A-Z\d][\w'\u2019&.-]*|of|for|and|in|on|upon|&)$")
_ENDS_AS_ORGANISATION = re.compile(r"\b(?:" + orgs.ORGANISATION_WORDS + r")$", re.IGNORECASE)


def _edge_name(piece: str, last: bool) -> str:
    """The capitalised words at the end of a piece (or, for the last piece of a run, at its
    start): "... for Quarnby are Quarnby Borough Council" gives "Quarnby Borough Council"."""
    words = _BRACKETED.sub("", piece).split()
    kept: list[str] = []
    for word in words if last else reversed(words):
        bare = word.strip(".,;:")
        if not _NAME_WORD.match(bare):
            break
        kept.append(bare)
        if last and bare != word:
            break
    if not last:
        kept.reverse()
    while kept and kept[0] in ("of", "for", "and", "in", "on", "upon", "&"):
        kept = kept[1:]
    while kept and kept[-1] in ("of", "for", "and", "in", "on", "upon", "&"):
        kept = kept[:-1]
    return " ".join(kept)


def _organisation(name: str, known) -> bool:
    return bool(
        name
        and orgs.looks_like_organisation(name, known)
        and (_ENDS_AS_ORGANISATION.search(name) or orgs.starts_organisation(name))
        and not _MEETS.search(name)
    )


def _run(sentence: str, known) -> list[str]:
    """The organisations a sentence names one after another, three or more, else none."""
    pieces = [p for p in _RUN_BREAK.split(sentence) if p.strip()]
    run: list[str] = []
    for piece in pieces:
        whole = " ".join(_BRACKETED.sub("", piece).split()).strip(" .")
        names = inline.split_and(whole) if _organisation(whole, known) else []
        if not names or not all(_organisation(name, known) for name in names):
            if len(run) < 3:
                tail = _edge_name(piece, last=False)
                run = inline.split_and(tail) if _organisation(tail, known) else []
                continue
            head = _edge_name(piece, last=True)
            run += inline.split_and(head) if _organisation(head, known) else []
            break
        run += names
    return run if len(run) >= 3 and all(_organisation(n, known) for n in run) else []


def named_runs(paragraphs: list[Paragraph], known=frozenset()) -> list[tuple[Found, str]]:
    """Three or more organisations named one after another in a sentence of prose, each with
    the group the sentence names them as ("The responsible authorities ... are A; B; C")."""
    for n, paragraph in enumerate(paragraphs):
        for sentence in _SENTENCE_END.split(paragraph.text):
            run = _run(sentence, known)
            if run:
                lead = sentence[: max(sentence.find(run[0]), 0)]
                label = _LABEL.match(lead)
                group = label.group(0).strip() if label else ""
                if lead and not group:
                    group = lead_category(lead.rstrip(" -\u2013\u2014:") + ":")
                found = [
                    (Found(_clean(name), paragraph.first, paragraph.last), group) for name in run
                ]
                return found + (_labelled_after(paragraphs[n + 1 :], known) if label else [])
    return []


_LABELLED = re.compile(r"^(?P<label>[A-Z][\w ,'&-]{0,40}):\s+(?P<names>[A-Z].*)$")


def _labelled_after(paragraphs: list[Paragraph], known) -> list[tuple[Found, str]]:
    """The groups that follow a labelled run in the same form ("Community and voluntary:
    A; B.", "Housing: C."), however few their names."""
    found = []
    for paragraph in paragraphs:
        match = _LABELLED.match(_SENTENCE_END.split(paragraph.text)[0])
        if not match:
            break
        listed = _BRACKETED.sub("", match.group("names")).strip(" .")
        pieces = [p for p in _RUN_BREAK.split(listed) if p.strip()]
        names = [name for piece in pieces for name in inline.split_and(" ".join(piece.split()))]
        if not any(_organisation(name, known) for name in names) or not all(
            orgs.looks_like_organisation(name, known) for name in names
        ):
            break
        group = match.group("label").strip()
        found += [(Found(_clean(name), paragraph.first, paragraph.last), group) for name in names]
    return found


# A deed's execution block: "THE COMMON SEAL of X was affixed in the presence of", "SIGNED AS
# A DEED by X acting by", "EXECUTED AS A DEED by affixing the COMMON SEAL of X".
_SEALED = re.compile(
    r"\b(?:common\s+seal\s+of|(?:signed|executed)\s+as\s+a\s+deed\s+by(?!\s+affixing))\s+"
    r"(?:the\s+)?(?P<name>[A-Z].*?)(?=\s+(?:was|were|is)\s+affixed\b|\s+acting\b|"
    r"\s+in\s+the\s+presence\b|\s*[,:(]|$)",
    re.IGNORECASE,
)
# The bracket column and the dotted lines set beside a deed's execution clause.
_BESIDE = re.compile(r"\s*\)?\s*(?:\.{3,}|_{3,})?\s*$|\s{2,}\).*$")


def sealed(lines: list[Line], known=frozenset()) -> list[Found]:
    """The organisations a deed's execution block seals or signs for, the clause running
    over a line or two beside its bracket column."""
    found = []
    for n, line in enumerate(lines):
        if not re.search(r"common\s+seal|as\s+a\s+deed\s+by", line.text, re.IGNORECASE):
            continue
        parts: list[str] = []
        for following in lines[n : n + 3]:
            if following.kind in (BLANK, NOISE) and parts:
                break
            parts.append(_BESIDE.sub("", following.text).strip())
        match = _SEALED.search(" ".join(parts))
        if not match:
            continue
        name = _clean(match.group("name"))
        # A name in capitals is read in title case; "by the Authorities on the date shown"
        # in a sentence is no name.
        if orgs.looks_like_organisation(name.title() if name.isupper() else name, known):
            found.append(Found(name, line.number, line.number))
    return found
