"""The approval route, from whichever place the document states it.

An approval or enactment section is the route when there is one (route.process_steps).
Otherwise the route is what the document records, in order (record.steps): earlier
approvals, a document-control table's, the decision or recommendations, approvals still
to come, and last the signature block's signatures, one for each organisation that signs.
"""

from __future__ import annotations

import re

from accord.imports.extraction import dates, fallback, lists, orgs, prose, record, route
from accord.imports.extraction.lines import BLANK, BULLET, NOISE, TEXT, Line
from accord.imports.extraction.titles import FACT

_SIGNING = re.compile(
    r"\bsigned (?:for and )?on behalf of\b|\bcommon seal of\b|^(?:\d{1,2}\.?\s+)?signatories\b|"
    r"^signed for [A-Z]|"
    r"\bsigned by (?:each|the authorised)\b",
    re.IGNORECASE,
)
_AFTER_NAME = re.compile(r"\s+(?:by|in the presence of)\s*:?\s*$|:$", re.IGNORECASE)
_ON_BEHALF = re.compile(r"\bon behalf of\s+(?:the\s+)?(\S.{2,120}?)\s+by\s*:?$", re.I)
# "Signed for and on behalf of Fenlow Council ........ Director": the name ends the line
# once the dotted line for the signature is set aside.
_ON_BEHALF_ALONE = re.compile(
    r"^signed (?:for and )?on behalf of\s+(?:the\s+)?(\S.{2,120}?)(?:\s*\.{3,})?$", re.I
)
# "Signed for Sallowfield Town Council" above the signer's form (Signature:, Position:).
_SIGNED_FOR = re.compile(r"^(?i:signed for)\s+(?:(?i:the)\s+)?([A-Z].{2,120}?)$")
# "Signed ............ for and on behalf of X Date ........": a line left to sign on.
_DOTTED = re.compile(
    r"^(?i:signed)\s*[.\u2026_]{3,}\s*(?i:for and on behalf of|on behalf of|for)\s+"
    r"(?:(?i:the)\s+)?([A-Z].{2,120}?)(?:\s+(?i:date)\b.*)?$"
)
# "Signed for X on Tuesday 3rd March 2026.": the day it was signed is no part of the name.
_ON_DATE = re.compile(
    r"\s+(?:on|dated)\s+(?:[A-Za-z]+day\s+)?\d{1,2}(?:st|nd|rd|th)?\b.*\d{4}\.?$", re.IGNORECASE
)
_FORM_LABEL = re.compile(
    r"^(?:signature|signed|name|print name|position|job title|title|designation|date)\s*:", re.I
)
_MAKER = re.compile(
    r"^(?:decision[- ]?maker|decision[- ]?taker|decision taken by|report to|decided by)\s*:\s*(.+)$",
    re.I,
)
_TAKEN_BY = re.compile(r"\bdecisions? (?:taken|made) by (?:the )?(.+)$", re.IGNORECASE)
# A board paper's cover: "Meeting: Board of X Integrated Care Board (meeting in public)".
_MEETING = re.compile(
    r"^(?:meeting\s*:|"
    # ModernGov's line for a meeting that took a decision: "04/03/2025 - Cabinet".
    r"\d{1,2}/\d{1,2}/\d{4}\s+[-\u2013]\s)\s*(?:the\s+)?(.+?)(?:\s*\([^)]*\))?$",
    re.I,
)
_FOR = re.compile(
    r"^(?:signed\s+)?for\s+(?:and\s+on\s+behalf\s+of\s+)?(?:the\s+)?(?=(?-i:[A-Z]))", re.I
)
_SIGNS = re.compile(r"\bsign(?:ed|s|ing|atures?|atory|atories)?\b", re.I)
_KIND_ALONE = re.compile(r"^(?:the\s+)?(board|cabinet|committee|executive|panel)$", re.I)


def _with_hanging(lines: list[Line], index: int) -> str:
    """A cover fact with the value it wraps onto an indented line below
    ("Meeting: Board of X Integrated Care / (indented) Board (held in public)")."""
    text = lines[index].text.strip()
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is not None and following.kind == TEXT and following.indent > 0:
        if not FACT.match(following.text):
            text = f"{text} {following.text.strip()}"
    return text


def _meeting(lines: list[Line]) -> str:
    for index in range(min(40, len(lines))):
        match = _MEETING.match(_with_hanging(lines, index))
        if match and orgs.names_body(match.group(1)):
            return match.group(1)
    return _minuted(lines) or _headed_by(lines)


def _headed_by(lines: list[Line]) -> str:
    """A paper headed by the name of the body it goes to ("Varnsley Health and Wellbeing
    Board" over "Date of meeting: ..."): "the Board" in it is that body."""
    first = next((line for line in lines[:10] if line.kind == TEXT), None)
    if first is None or len(first.text.split()) > 8 or FACT.match(first.text):
        return ""
    if not orgs.names_body(first.text):
        return ""
    return first.text.strip()


_MINUTES = re.compile(r"\bminutes of (?:the|a) meeting\b", re.I)


def _minuted(lines: list[Line]) -> str:
    """Minutes name the body that met on the line above "(Extract from the) minutes of the
    meeting held on ...": "ALDERMOOR BOROUGH COUNCIL / CABINET / Extract from the minutes"."""
    content = [line for line in lines[:40] if line.kind == TEXT]
    at = next((n for n, line in enumerate(content[:8]) if _MINUTES.search(line.text)), None)
    if not at:
        return ""
    name = content[at - 1].text.strip()
    if _KIND_ALONE.match(name) or orgs.names_body(name):
        return name.title() if name.isupper() else name
    return ""


_THAT = re.compile(r"^\s*[Tt]hat\s+(?=(?:the\s+)?[A-Z])")
# "the Partnership", "the Partnership Board": a body called by the last words of its name.
_SHORT_BODY = re.compile(
    r"^(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:Partnership|Forum|Board|Committee|Group|Network|"
    r"Alliance|Collaborative)$"
)


def _in_full(short: str, named: list[str]) -> str:
    """The one name in the paper that ends with the short name ("Partnership Board" is the
    "Rookhurst Health and Care Partnership Board" it names in full), else the short name."""
    tail = re.sub(r"^the\s+", "", short.strip(), flags=re.I).casefold()
    full = {
        " ".join(name.split()).casefold(): " ".join(name.split())
        for name in named
        if " ".join(name.split()).casefold().endswith(" " + tail)
    }
    return next(iter(full.values())) if len(full) == 1 else short


def _named_in_full(
    steps: list[route.Step], lines: list[Line], named: list[str]
) -> list[route.Step]:
    """ "The Board is asked to ..." in a paper for one meeting: "the Board" is the body
    whose meeting the cover names (or the decision maker), when that body is a board."""
    full = decision_maker(lines) or _meeting(lines)
    result: list[route.Step] = []
    seen: set[tuple[str, str]] = set()
    for step in steps:
        # "That Cabinet approve ...": a recommendation's opening word is no part of the body.
        body = _THAT.sub("", step.body)
        step = route.Step(body, step.action, step.first, step.last)
        kind = _KIND_ALONE.match(step.body.strip())
        if kind and full and kind.group(1).lower() in full.lower().split():
            step = route.Step(full, step.action, step.first, step.last)
        elif _SHORT_BODY.match(step.body.strip()):
            step = route.Step(_in_full(step.body, named), step.action, step.first, step.last)
        if (step.body.casefold(), step.action) not in seen:
            seen.add((step.body.casefold(), step.action))
            result.append(step)
    return result


def decision_maker(lines: list[Line]) -> str:
    """Who takes the decision a notice or report records ("Decision maker: City Mayor")."""
    for pattern in (_MAKER, _TAKEN_BY):
        for line in lines[:120]:
            match = pattern.search(line.text.strip())
            if match:
                name = match.group(1).strip(" .")
                if pattern is _TAKEN_BY and not orgs.names_body(name):
                    continue  # "taken by an officer under delegated powers"
                return name.title() if name.isupper() else name
    return ""


def signature_block(lines: list[Line], known=frozenset()) -> list[tuple[str, int]]:
    """Organisations that sign in a block of text: "SIGNED for and on behalf of / NHS ...
    by:", "the COMMON SEAL of / THE COUNCIL OF ...", or rows of names under "Signed for and
    on behalf of each party:"."""
    found: list[tuple[str, int]] = []
    for index, line in enumerate(lines):
        if line.kind in (BLANK, NOISE):
            continue
        cells = [cell.strip() for cell in line.text.split(" | ")]
        dotted = [_DOTTED.search(cell) for cell in cells]
        if all(dotted):
            # "Signed ........ for and on behalf of A Date ......", one or side by side.
            for match in dotted:
                if match and orgs.looks_like_organisation(match.group(1), known):
                    found.append((match.group(1), line.number))
            continue
        if len(cells) > 1 and all(_SIGNED_FOR.search(cell) for cell in cells):
            # Signature blocks side by side ("Signed for A | Signed for B"): row by row,
            # left then right.
            for cell in cells:
                inline = _SIGNED_FOR.search(cell)
                signer = _ON_DATE.sub("", inline.group(1)) if inline else ""
                if inline and orgs.looks_like_organisation(signer, known):
                    found.append((signer, line.number))
            continue
        # "It was signed at the launch on 9 October for:" over the names, the sentence
        # running over lines that the names follow.
        signed_for = not _SIGNING.search(line.text) and lists.signed_for(lines, index)
        if not (_SIGNING.search(line.text) or signed_for):
            continue
        # "Signed for and on behalf of NORTH COUNCIL by:" names the signer on its own line;
        # the lines below are the form of the person who signs (name, position, date).
        inline = (
            _ON_BEHALF.search(line.text.strip())
            or _ON_BEHALF_ALONE.search(line.text.strip())
            or _SIGNED_FOR.search(line.text.strip())
        )
        signer = _ON_DATE.sub("", inline.group(1)) if inline else ""
        if inline and orgs.looks_like_organisation(signer, known):
            found.append((signer, line.number))
            continue
        lead_open = not line.text.rstrip().endswith((":", ".")) and (line.full or signed_for)
        for following in lines[index + 1 : index + 16]:
            if following.kind in (BLANK, NOISE):
                continue
            if lead_open:
                # The lead-in's sentence runs on ("... Senior / Information Risk Owner:").
                lead_open = not following.text.rstrip().endswith((":", "."))
                continue
            if _FORM_LABEL.match(following.text.strip()):
                continue  # "Name: ...", "Position: ...", "Date: ...": the signer's form
            text = _AFTER_NAME.sub("", following.text.strip())
            if "," in text and orgs.is_person(text):
                text = text.rsplit(",", 1)[-1].strip()
            if orgs.looks_like_organisation(text, known) and not orgs.is_post(text):
                found.append((text, following.number))
            elif following.kind == BULLET or text.lower() in ("organisation", "party"):
                continue
            elif _group_over_names(lines, following):
                continue  # "Supporting partners" over the names of that group
            elif found:
                break
            elif len(text.split()) > 3:
                break
    seen: set[str] = set()
    result: list[tuple[str, int]] = []
    for name, number in found:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            result.append((name, number))
    return result


def _group_over_names(lines: list[Line], line: Line) -> bool:
    """A short group line ("Anchor institutions") over a list of names in a signatory list."""
    if len(line.text.split()) > 4 or line.text.rstrip().endswith((".", ":", ";", ",")):
        return False
    below = next((n for n in lines[line.number :] if n.kind not in (BLANK, NOISE)), None)
    return below is not None and below.kind == BULLET


def route_of(
    lines: list[Line],
    agreement_sections: list[dict],
    report_sections: list[dict],
    *,
    has_agreement: bool,
    report: bool,
    tabled,
    named: list[str],
    today,
    now: str,
    known=frozenset(),
) -> list[route.Step]:
    outline_of = [(s["label"], s["_paragraphs"], s["_items"]) for s in agreement_sections]
    signing = list(tabled.signatures) or signature_block(lines, known)
    if not signing and any(_SIGNS.search(line.text) for line in lines):
        # No block introduced as one: the lines left to sign for ("For X", "Signed for X").
        signing = [(one.name, one.first) for one in fallback.signing_lines(lines, known)]
    if not signing:
        # A deed sealed or signed as a deed for each party ("THE COMMON SEAL of X ...").
        signing = [(one.name, one.first) for one in fallback.sealed(lines, known)]
    steps = route.process_steps(outline_of, signing, named) if has_agreement else []
    if steps and signing and not any(step.action == "sign" for step in steps):
        # An agreement with a block of signatures is signed by each organisation in it,
        # whether or not its approval clause says so.
        steps += [
            route.Step(name, "sign", line, line)
            for name, line in signing
            if not name.endswith(":")  # "Signed for the Responsible Authority:": a lead-in
        ]
    if steps and tabled.approvals and not report:
        # An agreement's own record of approval (a table of who approved it, and when)
        # names each body in full where its prose says "each partner as recorded below".
        steps = _with_tabled(steps, tabled)
    if steps:
        return _named_in_full(steps, lines, named)
    sections = [(s["heading"], s["_paragraphs"]) for s in report_sections + agreement_sections]
    found = record.steps(
        sections,
        report=report,
        decision_maker=decision_maker(lines) or _meeting(lines),
        named=named,
        today=today,
        now=now,
    )
    for body, action, line in tabled.approvals:
        when = next((key for key, _, row in tabled.events if row == line), now)
        found.append(record.Found(prose.actor(body), action, _sortable(when), 0, line, line))
    have = {(f.body.casefold(), f.action) for f in found}
    for body, action, when, line in _form_approvals(lines):
        if (body.casefold(), action) not in have:
            have.add((body.casefold(), action))
            found.append(record.Found(body, action, _sortable(when or now), 0, line, line))
    ordered = [route.Step(s.body, s.action, s.first, s.last) for s in record.ordered(found)]
    seen = {(step.body.casefold(), step.action) for step in ordered}
    for name, line in signing:
        # "For Glen Hospice ........ 3 Sept 2025": a signature line names who signs for.
        name = _FOR.sub("", name)
        if (name.casefold(), "sign") not in seen:
            seen.add((name.casefold(), "sign"))
            ordered.append(route.Step(name, "sign", line, line))
    return _named_in_full(ordered, lines, named)


def _with_tabled(steps: list[route.Step], tabled) -> list[route.Step]:
    have = {(step.body.casefold(), step.action) for step in steps}
    for body, action, line in tabled.approvals:
        body = prose.actor(body)
        if (body.casefold(), action) not in have:
            have.add((body.casefold(), action))
            steps.append(route.Step(body, action, line, line))
    return steps


# A document-control block written as form fields: "Agreed by: X Board (completed 4 April
# 2024)", "Reviewed by: Y Forum", one approval a line.
_FORM_APPROVAL = re.compile(
    r"^(reviewed|agreed|approved|endorsed|ratified|noted|considered|signed off) by\s*:\s*(\S.*)$",
    re.I,
)
_FORM_VERBS = {
    "reviewed": "review",
    "agreed": "agree",
    "approved": "approve",
    "endorsed": "endorse",
    "ratified": "ratify",
    "noted": "note",
    "considered": "consider",
    "signed off": "approve",
}


# A board paper's cover: "Previously considered: X Committee, 05.06.2025 - considered and
# recommended for approval": the body that had the paper first, and what it did.
_PREVIOUSLY = re.compile(
    r"^previously considered(?: by)?\s*:\s*(?:the\s+)?([A-Z][^,(]{3,100}?)\s*,\s*([^-\u2013]*)"
    r"(?:[-\u2013]\s*(.*))?$",
    re.I,
)


def _previously(lines: list[Line]) -> list[tuple[str, str, str, int]]:
    found = []
    for index, line in enumerate(lines[:60]):
        match = _PREVIOUSLY.match(_with_hanging(lines, index))
        if not match or not orgs.names_body(match.group(1)):
            continue
        mentions = dates.mentions(match.group(2))
        when = mentions[0].key if mentions else ""
        found.append((match.group(1).strip(), "consider", when, line.number))
        if re.search(r"\brecommended\b", match.group(3) or "", re.I):
            found.append((match.group(1).strip(), "recommend", when, line.number))
    return found


def _form_approvals(lines: list[Line]) -> list[tuple[str, str, str, int]]:
    found = _previously(lines)
    for line in lines[:200]:
        match = _FORM_APPROVAL.match(line.text.strip())
        if not match:
            continue
        body = prose.actor(match.group(2))
        if not (orgs.names_body(body) or orgs.is_post(body)):
            continue
        verb = match.group(1).lower()
        action = _FORM_VERBS[" ".join(verb.split())]
        mentions = dates.mentions(match.group(2))
        found.append((body, action, mentions[0].key if mentions else "", line.number))
    return found


def _sortable(key: str) -> str:
    return key if len(key) != 7 else f"{key}-31"


def document_key(lines: list[Line], head: int, today) -> str:
    """The document's own date as a sortable key (its day where given)."""
    for line in lines:
        for mention in dates.mentions(line.text):
            if today and mention.key.startswith(f"{today[0]}-{today[1]:02d}"):
                return _sortable(mention.key)
    return f"{today[0]}-{today[1]:02d}-15" if today else "9999"
