"""Every party a document names, from wherever it names them, each once.

Lists after a lead-in or under a heading, tables, sentences, a deed's numbered parties and
a title page all name parties; a party named twice keeps its first listing and category.
"""

from __future__ import annotations

import re

from accord.imports.extraction import fallback, inline, lists, orgs, partynames
from accord.imports.extraction.lines import Line, paragraphs

_ADDRESS = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b|\(\s*[\"\u201c]")
_NOT_A_NAME = re.compile(
    r"^(?:signature|signed|name|date|position|role|authorised signatory|witness)\b"
)


_POINTER = re.compile(r"\b(?:below|above|hereto)$|\bthe table\b", re.IGNORECASE)


def _key(name: str) -> str:
    text = re.sub(r"[^\w\s]", " ", name.casefold())
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def gather(
    lines: list[Line], heading_lines: set[int], tabled, table_lines: set[int], known=frozenset()
) -> list[dict]:
    """Parties in order of first listing, as findings with their lines."""
    found: list[tuple[int, dict]] = []

    def add(name: str, category: str, first: int, last: int, note: str = "") -> None:
        found.append(
            (first, {"name": name, "category": category, "note": note, "lines": [first, last]})
        )

    prose = [line for line in lines if line.number not in table_lines]
    enumerated = inline.enumerations(paragraphs(prose), known)
    claimed = {
        number
        for named in enumerated
        if named.claims
        for number in range(named.first, named.last + 1)
    }
    for item in lists.parties(lines, heading_lines, skip=table_lines):
        if item.first not in claimed:
            add(item.text, item.category, item.first, item.last, item.note)
    for name, category, line in tabled.parties:
        clean, note = partynames.party_name(name)
        add(clean, category, line, line, note)
    for named in enumerated:
        clean, note = partynames.party_name(named.name)
        add(clean, named.category, named.first, named.last, note)
    for named in inline.numbered(lines, known) + inline.title_page(
        lines, lists.category_like, known
    ):
        add(named.name, named.category, named.first, named.last)
    if not found:
        # Nothing named them: a list under a line the layout did not mark as a heading.
        for item in lists.parties(lines, heading_lines, skip=table_lines, loose=True):
            add(item.text, item.category, item.first, item.last, item.note)
    if not found:
        # Still nothing: the "between" sentence, else the lines left to sign for.
        said = fallback.between(paragraphs(prose), known) or fallback.signing_lines(lines, known)
        for one in said:
            add(one.name, "", one.first, one.last)
    if not found:
        # Nor that: a sentence that runs through three or more organisations' names.
        for one, group in fallback.named_runs(paragraphs(prose), known):
            add(one.name, group, one.first, one.last)
    seen: set[str] = set()
    result = []
    ordered = _labelled(sorted(found, key=lambda pair: pair[0]))
    for _, party in _two_named(_join_wrapped(ordered)):
        key = _key(party["name"])
        if not key or key in seen or orgs.is_post(party["name"]) or _NOT_A_NAME.match(key):
            continue
        if _ADDRESS.search(party["name"]):
            continue  # a deed's address or defined term, not a name
        if _POINTER.search(party["name"]):
            continue  # "the members appointed by the bodies in the table below": a pointer
        seen.add(key)
        result.append(party)
    keys = {_key(party["name"]) for party in result}
    # "A and B and C" left whole where A, B and C are found on their own.
    return [
        party
        for party in result
        if not (
            " and " in _key(party["name"])
            and all(piece in keys for piece in _key(party["name"]).split(" and "))
        )
        and not _holds_two(_key(party["name"]), keys)
    ]


_ENDS_AS_ORGANISATION = re.compile(r"\b(?:" + orgs.ORGANISATION_WORDS + r")$", re.IGNORECASE)
_LABEL = re.compile(r"^(?P<left>[^:]{2,60}):\s+(?P<right>\S.*)$")
_HEADER_WORDS = re.compile(r"^(?:organisation|partner|member|name|body|agency)s?$", re.IGNORECASE)


def _labelled(found: list[tuple[int, dict]]) -> list[tuple[int, dict]]:
    """A listed line with a colon in it: "X Council: Category 1 responder" is a party and
    its category; "Education: A, B and C" is the group and its parties; "Organisation:
    Responder category" is the header of such a list."""
    out: list[tuple[int, dict]] = []
    for first, party in found:
        match = _LABEL.match(party["name"])
        if not match:
            out.append((first, party))
            continue
        left, right = match.group("left").strip(), match.group("right").strip(" .;")
        pieces = inline.list_pieces(right)
        if _HEADER_WORDS.match(left):
            continue
        bare = re.sub(r"\s+(?:plc|ltd|llp|cic)$", "", left)  # "X Water plc": a legal suffix
        if _ENDS_AS_ORGANISATION.search(left) and orgs.looks_like_organisation(bare):
            out.append((first, {**party, "name": left, "category": party["category"] or right}))
        elif (
            pieces
            and all(orgs.looks_like_organisation(p) and not re.search(r"\d", p) for p in pieces)
            and any(_ENDS_AS_ORGANISATION.search(piece) for piece in pieces)
        ):
            category = left
            out += [(first, {**party, "name": piece, "category": category}) for piece in pieces]
        else:
            out.append((first, party))
    return out


# Words that end an organisation's name but never make one alone ("Board", "NHS Trust").
_TAIL_ONLY = re.compile(
    r"^(?:(?:nhs|foundation|integrated|care|and|rescue|" + orgs.ORGANISATION_WORDS + r")\s*)+$",
    re.IGNORECASE,
)


_DEFINED_LAST = re.compile(r"\(\s*the\s+[\"\u201c][^()]*\)\s*[;,]\s*(?:and|or)?$", re.IGNORECASE)


def _join_wrapped(found: list[tuple[int, dict]]) -> list[tuple[int, dict]]:
    """A name wrapped onto the next line ("West Halvercombe Ambulance Service / NHS Trust
    (the "Trust")", a table cell's "X Integrated Care / Board") is one name: a 'party' that is
    nothing but words that end organisations' names joins the one on the line before it."""
    joined: list[tuple[int, dict]] = []
    for first, party in found:
        bare, note = partynames.party_name(party["name"])
        if _DEFINED_LAST.search(party["name"]):
            party.update(name=bare, note=party["note"] or note)  # "(2) X (the "Force"); and"
        before = joined[-1][1] if joined else None
        if (
            before is not None
            and _TAIL_ONLY.match(bare)
            and party["lines"][0] == before["lines"][1] + 1
        ):
            name, note = partynames.party_name(f"{before['name']} {party['name']}")
            if party["category"] not in ("", before["category"]):
                # A text table whose category wraps too ("Non-constituent / members").
                before["category"] = f"{before['category']} {party['category']}".strip()
            before.update(name=name, note=note or before["note"])
            before["lines"] = [before["lines"][0], party["lines"][1]]
            continue
        joined.append((first, party))
    return joined


def _two_named(found: list[tuple[int, dict]]) -> list[tuple[int, dict]]:
    """Two organisations listed as one ("X Age Concern and X Leisure Trust", "X Education
    Partnership and the Y Governors' Association"): where "and" is followed by "the" or by
    the place name the first began with, and each side is an organisation's name, they are
    two parties."""
    out: list[tuple[int, dict]] = []
    for first, party in found:
        name = party["name"]
        place = re.escape(name.split()[0]) if name.split() else ""
        split = re.split(rf"\s+and\s+(?:the\s+(?=[A-Z])|(?={place}\s))", name, maxsplit=1)
        if (
            len(split) == 2
            and all(orgs.looks_like_organisation(side) for side in split)
            and _ENDS_AS_ORGANISATION.search(split[1])
        ):
            out += [(first, {**party, "name": side}) for side in split]
        else:
            out.append((first, party))
    return out


def _holds_two(key: str, keys: set[str]) -> bool:
    inside = [other for other in keys if other != key and f" {other} " in f" {key} "]
    return len(inside) >= 2
