"""Parties named outside lists: inline in a sentence, numbered in a deed, on a title page.

"The Agreement is between A, B, C and D." and "The partners to the Memorandum are A, B and
C." name parties in prose; "(1) THE COUNCIL OF ... of Town Hall ... ("the Council"); and
(2) ..." names them as a deed does, with addresses and defined terms to leave out; a title
page lists them under "between", one to a line, with "and" between them and sometimes a
group line above each group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.imports.extraction import orgs
from accord.imports.extraction.groups import lead_category
from accord.imports.extraction.lines import BLANK, NOISE, Line, Paragraph

_ENUMERATION = re.compile(
    r"(?P<lead>\b(?:(?:is|are|was|were)\s+(?:made\s+)?)?between|"
    r"\b(?:partners|parties|members|signatories|organisations)\b[^.:;]{0,90}?"
    r"\b(?:are|is|will be|include|comprise)\b:?)\s+(?P<list>[A-Z][^;]*?)(?=\.\s|\.$|;|$)"
)
_REPRESENTED = re.compile(r"(?:,\s*|\s+and\s+)the\s+[a-z][^,]*,\s*represented by\s+(?=[A-Z])")
_OTHERS = re.compile(r"\bother (?:signatories|partners|parties|members)\b", re.I)
_ON_BEHALF = re.compile(r"\bon behalf of (?:the )?((?:[A-Z][\w'\u2019&-]*\s?)+)")
_NUMBERED = re.compile(r"^\((\d{1,2})\)\s+(?P<rest>\S.*)$")
# "Between", "Made between", "An agreement between": a title page's lead-in to its parties.
_BETWEEN = re.compile(
    r"^(?:an?\s+(?:[\w-]+\s+){1,4})?(?:(?:agreed|made|entered into)\s+)?(?:by and )?between:?$",
    re.I,
)
_STARTS_ORGANISATION = re.compile(r"^(?:NHS|Healthwatch|Citizens Advice|Voluntary Action)\b")


@dataclass
class Named:
    name: str
    category: str
    first: int
    last: int
    claims: bool = False  # its lines are a labelled group's, no list's


def split_and(piece: str) -> list[str]:
    """ "Kelmarden Carers' Centre and Young Carers Kelmarden" is two names;
    "Tidewell Community and Mental Health NHS Trust" is one."""
    parts = re.split(r"\s+and\s+(?=[A-Z])", piece)
    out = [parts[0]]
    for part in parts[1:]:
        left = out[-1]
        whole = orgs.looks_like_organisation(left) and (
            re.search(r"\b(?:" + orgs.ORGANISATION_WORDS + r")$", left, re.I)
            or _STARTS_ORGANISATION.match(part)
            or orgs.starts_organisation(part)
        )
        if whole:
            out.append(part)
        else:
            out[-1] = f"{left} and {part}"
    return out


def enumerations(paragraphs: list[Paragraph], known=frozenset()) -> list[Named]:
    """Parties listed inside a sentence of three or more names, or after a lead-in that
    names them as parties, partners, members or signatories."""
    found: list[Named] = []
    following = False  # after "... and the following partners:"
    for paragraph in paragraphs:
        labelled = _LABELLED_GROUP.match(paragraph.text) if following else None
        if labelled:
            # "Health partners - A; B; C.": the label is the group of the names after it.
            pieces = [_BRACKETED.sub("", p).strip(" .") for p in labelled.group(2).split(";")]
            if pieces and all(orgs.looks_like_organisation(p, known) for p in pieces):
                group = labelled.group(1).strip()
                found += [Named(p, group, paragraph.first, paragraph.last, True) for p in pieces]
                continue
        following = bool(_FOLLOWING.search(paragraph.text)) or (following and bool(labelled))
        ahead = _BETWEEN_AHEAD.search(paragraph.text)
        named = (ahead.group(1) or ahead.group(2)) if ahead else None
        if named and orgs.looks_like_organisation(named, known):
            # "between Skelmerby City Council and the following partners:": the one named.
            found.append(Named(named.strip(), "", paragraph.first, paragraph.last))
            continue
        for match in _ENUMERATION.finditer(paragraph.text):
            # "..., and X Together, which signs for its member groups": a note on the last
            # name, not a name.
            listed = re.split(r",\s*(?:which|who|whose|each of which)\b", match.group("list"))[0]
            # "..., B and the voluntary sector of X, represented by C and D": C and D stand
            # for the sector, and are the parties.
            listed = _REPRESENTED.sub(", ", listed)
            # "A, B and three carers' organisations: X, Y and Z": a counted group inside
            # the list, whose name is the category of the names after its colon.
            counted = _COUNTED_GROUP.search(listed)
            tail, subgroup = "", ""
            if counted:
                listed, tail = listed[: counted.start()], listed[counted.end() :]
                subgroup = counted.group(1).strip()
                subgroup = subgroup[:1].upper() + subgroup[1:]
            pieces = list_pieces(listed)
            while len(pieces) > 1 and pieces[-1][:1].islower():
                pieces.pop()  # "..., as set out at Appendix 1, be approved": the sentence goes on
            names = [p.strip(" .") for p in pieces if orgs.looks_like_organisation(p, known)]
            if len(names) < len(pieces) or len(names) < 2:
                continue
            more = list_pieces(tail)
            extra = [p.strip(" .") for p in more if orgs.looks_like_organisation(p, known)]
            if len(extra) < len(more):
                extra = []
            explicit = not match.group("lead").endswith("between")
            if (
                len(names) < 3
                and not explicit
                and not _two_to_agreement(paragraph.text, match, names)
            ):
                continue
            if _OTHERS.search(paragraph.text[: match.end("lead")][-80:]):
                # "The other signatories are ...": the one deciding is a party too.
                own = _ON_BEHALF.search(paragraph.text)
                if own and orgs.looks_like_organisation(own.group(1).strip(), known):
                    names.insert(0, own.group(1).strip())
            # "The founding members of the Compact are ...": the lead-in names their group.
            group = lead_category(paragraph.text[: match.end("lead")]) if explicit else ""
            found += [Named(name, group, paragraph.first, paragraph.last) for name in names]
            found += [Named(name, subgroup, paragraph.first, paragraph.last) for name in extra]
    return found


_AGREEMENT_BEFORE = re.compile(
    r"\b(?:agreement|memorandum|mou|compact|protocol)\b[^.;]{0,120}$", re.IGNORECASE
)
_ORGANISATION_END = re.compile(r"\b(?:" + orgs.ORGANISATION_WORDS + r")$", re.IGNORECASE)


def _two_to_agreement(text: str, match: re.Match, names: list[str]) -> bool:
    """ "the Section 75 Agreement between A Borough Council and B Integrated Care Board":
    two organisations named as the parties to an agreement, each by its full name."""
    before = text[: match.start("lead")]
    return bool(_AGREEMENT_BEFORE.search(before)) and all(
        _ORGANISATION_END.search(name) for name in names
    )


_FOLLOWING = re.compile(r"\bthe following (?:partners|parties|members|organisations)\s*:$", re.I)
_BETWEEN_AHEAD = re.compile(
    r"\bbetween\s+((?:[A-Z][\w'\u2019&-]*\s+)+?(?:[A-Z][\w'\u2019&-]*))\s+and\s+the\s+"
    r"following\s+(?:partners|parties|members|organisations)\s*:$|"
    # "between X City Council (the "Council") and each of the organisations listed in
    # Schedule 1": the one named, the others listed elsewhere.
    r"\bbetween\s+((?:[A-Z][\w'\u2019&-]*\s+)+?(?:[A-Z][\w'\u2019&-]*))(?:\s*\([^()]*\))?"
    r"\s+and\s+(?:each|all)\s+of\s+the\s+(?:partners|parties|members|organisations|bodies)\s+"
    r"(?:listed|named|set out|shown)\b"
)
_LABELLED_GROUP = re.compile(
    r"^([A-Z][\w ,'\u2019-]{2,40}?(?:partners|members|organisations|agencies|bodies|sector))"
    r"\s+[-\u2013:]\s+(\S.+)$"
)
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_COUNTED_GROUP = re.compile(
    r"(?:,\s*|\s+)and\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"([a-z][\w'\u2019 -]{2,60}?)\s*:\s+"
)


def list_pieces(listed: str) -> list[str]:
    """The names in "A, B and C", each whole ("X and Y Council" stays one)."""
    pieces: list[str] = []
    split = re.split(r",\s*", listed)
    for n, piece in enumerate(split):
        piece = re.sub(r"^(?:and|or)\s+", "", piece.strip())
        if not piece:
            continue
        last_and = piece.rsplit(" and ", 1)
        if (
            n == len(split) - 1
            and n >= 1
            and piece.count(" and ") == 1
            and all(orgs.looks_like_organisation(side) for side in last_and)
        ):
            # "X, Y and Z": after commas, a lone "and" parts the last two names.
            pieces += [*split_and(last_and[0]), last_and[1]]
            continue
        pieces += split_and(piece)
    return pieces


def _deed_name(rest: str) -> str:
    """The name in "(1) NAME of address ("AHFT");": capitals up to the address, or the
    words before the address, a company number or a defined term."""
    words = rest.split()
    upper = []
    for word in words:
        bare = word.strip(',;()\u201c\u201d"')
        if bare and (bare.isupper() or bare in ("&",)) and not bare.isdigit():
            upper.append(word.rstrip(",;"))
            if word.endswith((",", ";")):
                break
        else:
            break
    if len(upper) >= 2:
        return " ".join(upper)
    return re.split(r"\s+of\s+\d|\s+\(|,|\s+a company|\s+a registered", rest)[0].strip()


def numbered(lines: list[Line], known=frozenset()) -> list[Named]:
    """Parties numbered as a deed numbers them: "(1) ...", "(2) ..."."""
    found: list[Named] = []
    for line in lines:
        match = _NUMBERED.match(line.text)
        if not match or line.kind in (BLANK, NOISE):
            continue
        name = _deed_name(match.group("rest")).strip(" ,;.")
        if orgs.looks_like_organisation(name, known) and not name.lower().startswith("the "):
            found.append(Named(name, "", line.number, line.number))
        elif name.upper().startswith("THE ") and orgs.looks_like_organisation(name[4:], known):
            found.append(Named(name, "", line.number, line.number))
    return found if len(found) >= 2 else []


def title_page(lines: list[Line], category_like, known=frozenset()) -> list[Named]:
    """Parties on a title page, one to a line after "between", with "and" between them and
    group lines ("Public sector partners") above their groups."""
    for index, line in enumerate(lines[:80]):
        if not _BETWEEN.match(line.text.strip()):
            continue
        found: list[Named] = []
        category = ""
        for following in lines[index + 1 : index + 60]:
            text = following.text.strip()
            if following.kind in (BLANK, NOISE) or text.lower() == "and":
                continue
            if re.search(r"\d", text):
                break  # "Dated 3 June 2024", or a deed's numbered parties
            if orgs.looks_like_organisation(text, known) and not category_like(text):
                found.append(Named(text, category, following.number, following.number))
            elif category_like(text) and len(text.split()) <= 8:
                category = text.rstrip(":")
            else:
                break
        if len(found) >= 2:
            return found
    return []
