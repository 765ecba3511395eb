"""Headings shown by layout and wording rather than by numbers.

Papers without numbered sections (decision notices, ModernGov records, published arrangements,
plain-text exports) mark headings by a label they share ("Reasons for the decision"), by a
short line standing alone before prose, or by numbering of their own ("3) Membership",
"C. Membership"). These tests look at a line and its neighbours; ``structure`` decides which
candidates become sections.
"""

from __future__ import annotations

import re

from accord.imports.extraction import titles
from accord.imports.extraction.lines import BLANK, FUNCTION_WORDS, ITEM, NOISE, TEXT, Line
from accord.imports.extraction.titles import FACT

# "1) Establishment": a number closed by a bracket, as some councils number sections.
# "C. Membership": sections lettered in order instead of numbered.
LETTERED = re.compile(r"^([A-H])\.\s+([A-Z]\S*(?:\s+\S+){0,7})$")
# "2A. Membership" over clauses "2A.1", "2A.2": a constitution's part numbered with a letter.
SUBLETTERED = re.compile(r"^(\d{1,2})([A-H])\.\s+([A-Z]\S*(?:\s+\S+){0,7})$")
BRACKETED = re.compile(r"^(\d{1,2})\)\s+([A-Z]\S*(?:\s+\S+){0,7})$")

# "Article 2 - Functions", "Section Three - Our shared values", "Clause 4 - Contributions":
# constitutions, compacts and agreements name the unit before its number, in figures or words;
# constitutions letter their parts ("PART A: ESTABLISHMENT" over clauses "A1.", "A2.").
_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
).split()
WORDED = re.compile(
    r"^(?:article|section|clause|part|chapter)\s+(\d{1,2}|[A-H]|" + "|".join(_NUMBER_WORDS) + r")"
    r"\s*[-\u2013\u2014:.]\s+([A-Z][^.;]{0,90})$",
    re.IGNORECASE,
)


# "IV. Our values": sections numbered in roman numerals.
ROMAN = re.compile(r"^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.\s+([A-Z]\S*(?:\s+\S+){0,7})$")
_ROMAN_VALUES = "I II III IV V VI VII VIII IX X XI XII".split()


def roman_number(numeral: str) -> int:
    return _ROMAN_VALUES.index(numeral) + 1


def worded_number(word: str) -> int:
    """The number a worded heading gives, in figures or in words."""
    if word.isdigit():
        return int(word)
    if len(word) == 1:
        return ord(word.upper()) - ord("A") + 1
    return _NUMBER_WORDS.index(word.lower()) + 1


# Headings that papers without numbered sections use: decision notices and records,
# ModernGov pages, committee reports, published arrangements and agreements.
LABELLED = re.compile(
    r"^(?:executive summary|summary|purpose(?: of (?:the )?(?:report|paper))?|background|"
    r"introduction|decisions?(?: details)?|the decision|decision of the [\w' ]+|"
    r"reasons? for (?:the )?(?:decisions?|recommendations?)|reasons?|"
    r"(?:alternative|other) options(?: considered)?(?: and rejected)?|"
    r"options considered(?: and rejected)?|declarations? of interests?|"
    r"conflicts? of interests?(?: declared)?|interests(?: and nature of interests)? declared|"
    r"dispensations?(?: granted)?|"
    r"call-?in(?: and implementation)?|implementation|next steps|consultation|"
    r"recommendations?|recommendation\(s\)|report considered|previous consideration|"
    r"document (?:control|history)|version (?:control|history)|"
    r"(?:financial|legal|equalit(?:y|ies)|risk)(?: [\w,]+)* implications|implications|risks?|"
    r"appendices|background papers|accompanying documents|signatures?|sign-?off|signed|execution|"
    r"signatories|"
    r"signature of the [\w ]+|parties|membership|values|further information|contact)$",
    re.IGNORECASE,
)
_LEAD_IN_WORDS = re.compile(
    r"\b(?:is|are|was|were|will|shall|that|between|and|follows|following|include|includes)$|"
    r"\b(?:is|are|will|shall|that)\b",
    re.IGNORECASE,
)


def neighbour(lines: list[Line], index: int, step: int) -> Line | None:
    index += step
    while 0 <= index < len(lines) and lines[index].kind == NOISE:
        index += step
    return lines[index] if 0 <= index < len(lines) else None


def stands_alone(lines: list[Line], index: int) -> bool:
    """A line that is not part of a sentence: the one before it ends or is blank."""
    before = neighbour(lines, index, -1)
    line = lines[index]
    if len(line.text.split()) > 10 or line.text.endswith((".", ",", ";")):
        return False
    return (
        before is None
        or before.kind == BLANK
        or before.text.endswith((".", ":", ";"))
        or (before.kind != TEXT or len(before.text.split()) <= 8 or "|" in before.text)
    )


def label_line(text: str) -> bool:
    """ "Purpose:" or "Reasons for the decision:" alone on its line, not a lead-in such as
    "The parties to this Memorandum are:"."""
    words = text.rstrip(":").split()
    return (
        0 < len(words) <= 6
        and words[0][:1].isupper()
        and words[0].lower() not in ("the", "a", "an")
        and not _LEAD_IN_WORDS.search(text.rstrip(":"))
        and not re.search(r"\d|\b(?:we|you|they|it|our|this|these)\b", text, re.I)
        and not text.isupper()
    )


_LISTED_BELOW = re.compile(r"^\d{1,2}[.)]\s+\S")


def prose_follows(lines: list[Line], index: int, lists: bool = False) -> bool:
    """The next paragraph is prose (a sentence of some length, not a fact line such as
    "Version 2.1 | Final"), or, with ``lists``, a list: a section's text, not more of the
    title block."""
    position = index + 1
    while position < len(lines) and lines[position].kind in (BLANK, NOISE):
        position += 1
    if position >= len(lines):
        return False
    if lines[position].kind in (ITEM, "bullet", "clause"):
        return lists
    if lists and _LISTED_BELOW.match(lines[position].text):
        return True  # "1. Askby Vale Integrated Care Board": a numbered list, not yet an item
    words = []
    while position < len(lines) and lines[position].kind == TEXT:
        text = lines[position].text
        if "|" in text or FACT.match(text):
            return False
        words += text.split()
        if text.rstrip().endswith((".", "!", "?")):
            return len(words) >= 6
        if text.rstrip().endswith(":"):
            return len(words) >= 4
        position += 1
    return False


def layout_heading(lines: list[Line], index: int) -> bool:
    """A heading shown only by its layout in plain text: a short line standing alone
    between blank lines (or in capitals), that a paragraph of prose follows."""
    line = lines[index]
    text = line.text
    before, after = neighbour(lines, index, -1), neighbour(lines, index, 1)
    if len(text.split()) > 10 or not text[:1].isalpha() or not text[:1].isupper():
        return False
    if text.endswith((".", ",", ";", ":")) or "|" in text or FACT.match(text):
        return False
    if before is not None and before.kind != BLANK:
        return False
    if re.match(r"resolved\b", text, re.IGNORECASE):
        return False  # "RESOLVED -": the minute's word before its resolutions
    if text.isupper():
        if titles.names_only_kind(text):
            return False  # "TERMS OF REFERENCE" under the name: the title, not a heading
        return after is not None and not after.text.isupper() and prose_follows(lines, index, True)
    return (after is None or after.kind == BLANK) and prose_follows(lines, index)


def bracketed_heading(lines: list[Line], index: int) -> bool:
    """ "3) Membership" (or "C. Membership") heads a section when it stands alone, a short title with no
    closing stop, and prose rather than the next numbered item follows it; "1) That the
    Board approves ..." is an item of a list."""
    line = lines[index]
    before, after = neighbour(lines, index, -1), neighbour(lines, index, 1)
    if line.text.endswith((".", ",", ";", ":")) or (before is not None and before.kind != BLANK):
        return False
    if after is None or after.kind != TEXT or BRACKETED.match(after.text):
        return False
    if LETTERED.match(after.text):
        return False
    # A paragraph cut by a page break never reaches its full stop before the gap.
    return prose_follows(lines, index, True) or len(after.text.split()) >= 10


def runs_into(lines: list[Line], index: int) -> bool:
    """The line carries on a sentence from the line above, which ends on "in" or "of"."""
    before = neighbour(lines, index, -1)
    if before is None or before.kind != TEXT or before.heading:
        return False
    return before.text.rstrip().rsplit(" ", 1)[-1].lower() in FUNCTION_WORDS
