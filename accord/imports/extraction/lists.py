"""Lists a document states: its parties by category, its values, its principles, and the
steps of its approval process.

A list follows a line that introduces it ("The parties to this Memorandum are:", a
"Membership" heading, "... the following values:"). Its items are bulleted or lettered
lines or, where the bullets were lost (text from a PDF), the plain lines after the
introduction, one per item unless a line plainly carries on the one above. In a party list,
short lines naming a kind of organisation ("NHS Commissioners", "Local government",
"Voluntary, community and social enterprise sector") head the groups of parties beneath.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.imports.extraction import orgs
from accord.imports.extraction.groups import lead_category
from accord.imports.extraction.lines import (
    BLANK,
    BULLET,
    CLAUSE,
    FUNCTION_WORDS,
    ITEM,
    NOISE,
    TEXT,
    Line,
    ends_sentence,
    sentence_start,
)
from accord.imports.extraction.partynames import COUNT as _COUNT
from accord.imports.extraction.partynames import POSTCODE as _POSTCODE
from accord.imports.extraction.partynames import party_name
from accord.imports.extraction.partynames import tidy as _tidy

_PARTY_LEAD = re.compile(
    r"\b(?:part(?:y|ies) to|members of|membership|member organisations|signatories|"
    r"signatory organisations|signed for and on behalf|partners, each|alliance partners|"
    r"partners to (?:this|the))\b",
    re.IGNORECASE,
)
# Lead-ins in prose (not headings) that introduce parties.
_PARTY_PROSE = re.compile(
    r"\b(?:partners (?:for|of|in) [A-Z]|are partners|relevant agencies|"
    r"(?:founding|associate|statutory|core|full|voting|safeguarding) (?:members|partners)|"
    r"between the following|following (?:partners|organisations|members)|"
    r"members of the \w+ (?:at|on|will)|partners are|parties are|members are(?=:))",
    re.IGNORECASE,
)
_PARTY_HEADING = re.compile(
    r"^(?:\d{1,2}[.)]?\s+)?(?:the\s+|our\s+)?(?:parties|membership|members|signatories|partners)\b|"
    r"\bparties to\b|"
    # "Schedule 1: Alliance Members": a heading that ends naming who takes part.
    r"(?:^|:\s*|\s[\u2013\u2014-]\s+)(?:the\s+)?(?:[\w-]+\s+)?(?:parties|members|partners|signatories)$",
    re.IGNORECASE,
)
# A list of what the parties value, promise or do is not a list of parties.
_NOT_PARTIES = re.compile(
    r"\bvalues\b|\bprinciples\b|\bwill:|\bcommit|\bagree to\b|\b(?:asked|invited|"
    r"requested|recommended|resolved) to\b|\bwill be asked\b",
    re.I,
)
_INTRODUCES = re.compile(
    r"(?::|,|\binclude|\bare|\bbelow|\bfollows|\bfollowing|\bas under)$|listed below|as follows|"
    r"the following",
    re.IGNORECASE,
)
_LEAD_SENTENCE = re.compile(
    r"\b(?:are|is|include|includes|comprise|comprises|between)$", re.IGNORECASE
)
CATEGORY_WORDS = frozenset(
    "authorities commissioners commissioner providers provider partners members organisations "
    "sector government care bodies agencies partnerships groups representatives "
    "members:".split()
)
_ACRONYM = re.compile(r"^[A-Z]{2,}s?$")
TABLE_HEADERS = frozenset(
    {"organisation", "organisation name", "name", "party", "parties", "signed by", "signature"}
)


@dataclass
class ListedItem:
    text: str
    first: int  # file line numbers
    last: int
    category: str = ""
    note: str = ""
    full: bool = False  # its last line ran to the full width of the page
    indent: int = 0  # how far its first line is indented


def category_like(text: str) -> bool:
    """A group heading in a list of organisations, not an organisation's name."""
    words = text.rstrip(":").split()
    if not words or len(words) > 8 or (text.endswith(".") and not text.endswith(":")):
        return False
    if text.endswith(":"):
        return True
    if re.search(r"\bof the\b", text, re.IGNORECASE):
        return False  # "Office of the Police and Crime Commissioner" is an organisation
    proper = [w for w in words[1:] if w[:1].isupper() and not _ACRONYM.match(w)]
    last = words[-1].lower().strip(",")
    if last in CATEGORY_WORDS and (last.endswith("s") or not proper):
        return True
    proper = [w for w in words[1:] if w[:1].isupper() and not _ACRONYM.match(w)]
    return not proper and len(words) <= 5


def _next_content(lines: list[Line], index: int) -> Line | None:
    for line in lines[index + 1 :]:
        if line.kind not in (BLANK, NOISE):
            return line
    return None


def _sentence_from(lines: list[Line], index: int) -> tuple[str, int]:
    """The lead-in paragraph from ``index``: until it ends with a colon or a blank line."""
    text, last = lines[index].text, index
    while (
        last + 1 < len(lines)
        and lines[last + 1].kind == TEXT
        and not lines[last + 1].heading
        and not text.endswith(":")
    ):
        last += 1
        text = f"{text} {lines[last].text}"
    return text.rstrip(), last


def _continues(item: ListedItem, line: Line, gap: bool, marked: bool, categories: bool) -> bool:
    """Whether ``line`` carries on ``item`` (a wrapped line) rather than starting anew."""
    text, first = item.text, line.text[:1]
    last_word = text.rstrip().rsplit(" ", 1)[-1].lower()
    open_ended = last_word in FUNCTION_WORDS or text.endswith((",", "&", "-", "/"))
    if gap:
        return not ends_sentence(text) and (first.islower() or open_ended)
    if first.islower() or first == "(" or open_ended or text.count("(") > text.count(")"):
        return True
    if _POSTCODE.fullmatch(line.text.strip()):  # an address's postcode on a line of its own
        return True
    if not marked:
        return False
    if not categories:
        # After a full stop, only a line that ran the page's width wrapped onto this one.
        return not ends_sentence(text) or item.full
    return not ends_sentence(text) and not category_like(line.text)


def items_after(
    lines: list[Line], start: int, stop: set[int], *, categories: bool, bare: bool
) -> list[ListedItem]:
    """The list that follows line index ``start``. With ``bare``, plain lines are items
    too (the introduction ended with a colon, or a PDF lost the bullets)."""
    items: list[ListedItem] = []
    category = ""
    gap = False
    marked = False
    index = start + 1
    while index < len(lines):
        line = lines[index]
        if index in stop or line.heading:
            break
        if line.kind == NOISE or line.text.lower() in TABLE_HEADERS:
            index += 1
            continue
        if line.kind == BLANK:
            gap = True
            index += 1
            continue
        following = _next_content(lines, index)
        if (
            categories
            and items
            and line.kind == ITEM
            and line.text.endswith(":")
            and lead_category(line.text)
        ):
            # "4. The wider partners are:" after the statutory partners: the next group.
            category = lead_category(line.text)
        elif line.kind in (BULLET, ITEM):
            items.append(ListedItem(line.text, line.number, line.number, category, full=line.full))
            marked = True
        elif line.kind == CLAUSE:
            lead, last = _sentence_from(lines, index)
            # "2.1 The founding members are: ... 2.2 The associate members are: ...": each
            # numbered lead-in opens a group of its own, named by the lead-in.
            grouped = categories and lead.endswith(":") and lead_category(lead)
            if (items and not grouped) or not _INTRODUCES.search(lead):
                break
            if grouped:
                category = grouped
            bare = bare or lead.endswith(":") or "listed below" in lead.lower()
            index = last
        elif (
            categories
            and items
            and line.kind == TEXT
            and line.text.endswith(":")
            and lead_category(line.text)
        ):
            # "The associate partners, who ... do not sign, are:": a second group begins.
            category = lead_category(line.text)
        elif items and _continues(items[-1], line, gap, marked, categories):
            items[-1].text = f"{items[-1].text} {line.text}"
            items[-1].last = line.number
            items[-1].full = line.full
        elif (
            categories
            and category_like(line.text)
            and not _COUNT.search(line.text)
            and following is not None
            and following.kind in (BULLET, ITEM, TEXT)
            and not following.heading
        ):
            category = line.text.rstrip(":").strip()
            if _LEAD_SENTENCE.search(category):
                # "The participating councils are:" names its group, as a lead-in does.
                category = lead_category(category)
        elif bare and not marked and items and items[-1].indent > line.indent and line.kind == TEXT:
            break  # back at the margin after an indented list: the text goes on
        elif (
            bare
            and line.text[:1].isupper()
            and len(line.text.split()) <= 40
            and not (gap and items and len(line.text.split()) > 14)
        ):
            items.append(
                ListedItem(
                    line.text,
                    line.number,
                    line.number,
                    category,
                    full=line.full,
                    indent=line.indent,
                )
            )
            marked = False
        elif items:
            break
        gap = False
        index += 1
    for item in items:
        item.text = " ".join(item.text.split())
    return items


def _lead_in(lines: list[Line], index: int, heading_lines: set[int]) -> tuple[str, int]:
    if index in heading_lines:
        return lines[index].text, index
    return _sentence_from(lines, index)


_DEED_NUMBER = re.compile(r"^\(\d{1,2}\)\s")


_SENTENCE = re.compile(r"\b(?:is|are|was|were|will|shall|has|have)\b[^.]*\.$")
# "This agreement is made between (1) X of ...": the sentence naming them, read elsewhere.
_MADE_BETWEEN = re.compile(r"\b(?:is|are|was|were|made|entered into)\s+between\b", re.I)


# "It was signed at the launch on 9 October for:" over a list: whom it was signed for.
_SIGNED_FOR = re.compile(r"\bsigned\b(?:[^.]|\.(?!\s+[A-Z]))*\b(?:for|by|on behalf of)\s*:$", re.I)


def signed_for(lines: list[Line], index: int) -> bool:
    return "signed" in lines[index].text.lower() and bool(
        _SIGNED_FOR.search(_sentence_from(lines, index)[0])
    )


def _stands_as_heading(lines: list[Line], index: int) -> bool:
    """ "Alliance partners" or "Schedule: Members of the Partnership" on a short line of its
    own over a bulleted or numbered list (or a group line and then one): a heading the
    layout did not mark."""
    line = lines[index]
    text = line.text.strip()
    if line.kind != TEXT or len(text.split()) > 8 or text.endswith((".", ";", ",")):
        return False
    if not (_PARTY_LEAD.search(text) or _PARTY_HEADING.search(text)):
        return False
    following = _next_content(lines, index)
    if following is not None and following.kind == TEXT and category_like(following.text):
        following = _next_content(lines, following.number - 1)
    return following is not None and following.kind in (BULLET, ITEM)


def parties(
    lines: list[Line], heading_lines: set[int], skip: set[int] | None = None, loose: bool = False
) -> list[ListedItem]:
    """Parties listed after a lead-in or under a heading; ``skip`` holds the numbers of
    table rows, read with their columns elsewhere. With ``loose`` (when nothing else named
    a party), a short line naming parties over a bulleted list heads it too."""
    found: dict[str, ListedItem] = {}
    skip = skip or set()
    for index, line in enumerate(lines):
        if line.kind in (BLANK, NOISE) or line.number in skip:
            continue
        heading = index in heading_lines or (loose and _stands_as_heading(lines, index))
        lead_words = _PARTY_LEAD.search(line.text) or (
            not heading and (_PARTY_PROSE.search(line.text) or signed_for(lines, index))
        )
        if not (lead_words or (heading and _PARTY_HEADING.search(line.text))):
            continue
        lead, end = _lead_in(lines, index, heading_lines | ({index} if heading else set()))
        if (not heading and not _INTRODUCES.search(lead)) or _NOT_PARTIES.search(lead):
            continue
        # Under a heading the layout did not mark, only marked lines are items: the list
        # ends where its bullets do.
        bare = index in heading_lines or lead.endswith(":")
        stop = (heading_lines - {index}) | {n - 1 for n in skip}
        grouped = "" if heading else lead_category(f"{sentence_start(lines, index)} {lead}")
        items = items_after(lines, end, stop, categories=True, bare=bare)
        if any(_DEED_NUMBER.match(item.text) for item in items):
            continue  # "(1) NAME of address": a deed's parties, read in extraction.inline
        for item in items:
            if not item.text[:1].isupper() and not item.text[:1].isdigit():
                continue
            if _SENTENCE.search(item.text) or _MADE_BETWEEN.search(item.text):
                continue  # "The members ... are set out in the table below.": prose, no name
            name, note = party_name(item.text, role=loose)
            if not name or len(name) > 200 or name.endswith(":"):
                continue
            if orgs.is_post(name) or orgs.is_person(name):
                continue
            item.category = item.category or grouped
            key = name.casefold()
            if key not in found:
                item.text, item.note = name, note
                found[key] = item
            elif not found[key].category and item.category:
                # Listed under a "Membership" heading and again after the lead-in naming
                # its group ("The other members of the Board are:"): the group is its category.
                found[key].category = item.category
    return list(found.values())


def listed_under(lines: list[Line], heading_lines: set[int], pattern: str) -> list[ListedItem]:
    """Items listed under the first heading or lead-in line matching ``pattern``."""
    wanted = re.compile(pattern, re.IGNORECASE)
    for index, line in enumerate(lines):
        if line.kind in (BLANK, NOISE) or not wanted.search(line.text):
            continue
        lead, end = _lead_in(lines, index, heading_lines)
        if index not in heading_lines and not lead.endswith(":"):
            continue
        # "... keeps the values of the first Agreement. The main changes are:" introduces
        # the changes: the sentence that ends in the colon must name what is listed.
        if index not in heading_lines and not wanted.search(re.split(r"(?<=[.!?])\s+", lead)[-1]):
            continue
        items = items_after(
            lines, end, heading_lines - {index}, categories=False, bare=lead.endswith(":")
        )
        if items:
            for item in items:
                item.text = _tidy(item.text)
            return [item for item in items if item.text]
    return []


def section_items(lines: list[Line], first: int, last: int) -> list[ListedItem]:
    """The list items within line indexes ``first``..``last``: each list opened by an
    introduction ending with a colon, and runs of marked items. (A line's index is its
    number less one: ``clean`` keeps every line of the file.)"""
    found: list[ListedItem] = []
    index = first
    while index <= last:
        line = lines[index]
        items: list[ListedItem] = []
        if line.table:
            index += 1
            continue
        if line.kind in (TEXT, CLAUSE) and line.text.rstrip().endswith(":"):
            items = items_after(lines, index, {last + 1}, categories=False, bare=True)
        elif line.kind in (BULLET, ITEM):
            items = items_after(lines, index - 1, {last + 1}, categories=False, bare=False)
        found += items
        index = max(index + 1, items[-1].last if items else 0)
    return found
