"""The group a lead-in names the parties it lists as ("The statutory members of the Board
are:" gives "Statutory members"), or nothing when it only says "the parties"."""

from __future__ import annotations

import re

# "The safeguarding partners for X are:" groups its parties as "Safeguarding partners";
# "The parties to this Memorandum are:" or "The Alliance partners are:" does not group.
_GROUP_NOUN = re.compile(
    r"(?:named as (?:the )?|\b)((?:[a-z][a-z-]*\s+){0,3})(partners|members|agencies|parties|"
    r"organisations|signatories|councils|authorities)\b"
)
_POINTED = re.compile(
    r"\b(?:these|the following)\s+((?!other\b|named\b|listed\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+"
    r"(partners|members|agencies|organisations|councils|authorities)\b"
)
_NOT_QUALIFIERS = frozenset(
    "the following other these those all its our their main named listed key some each "
    "any both two three four five six seven eight nine ten are were is as of to by and".split()
)


def lead_category(lead: str) -> str:
    """The group a lead-in names its parties as, or "" when it only says "the parties"."""
    lead = re.split(r"(?<=[.;])\s+", lead.strip())[-1]
    named = re.search(r"named as (?:the )?([a-z][a-z -]*?(?:agencies|partners|members))", lead)
    if named:
        return named.group(1).strip().capitalize()
    # "The safeguarding partners have named these relevant agencies:": the group pointed at
    # ("these", "the following") is the one listed, not the sentence's subject.
    pointed = _POINTED.search(lead)
    if pointed and not set(pointed.group(1).split()) & _NOT_QUALIFIERS:
        return f"{pointed.group(1)} {pointed.group(2)}".capitalize()
    for match in _GROUP_NOUN.finditer(lead):
        words = match.group(1).split()
        while words and words[0] in _NOT_QUALIFIERS:
            words = words[1:]
        if any(word in _NOT_QUALIFIERS for word in words):
            words = words[max(i for i, w in enumerate(words) if w in _NOT_QUALIFIERS) + 1 :]
        if words:
            return " ".join([*words, match.group(2)]).capitalize()
    # "The Charter members are:": members named after a charter or compact they sign are
    # the group (an alliance's or partnership's own partners are just its parties).
    signed = _SIGNED_GROUP.search(lead)
    if signed and lead.endswith(":"):
        return f"{signed.group(1)} {signed.group(2)}"
    for match in _GROUP_NOUN.finditer(lead):
        if match.group(1).split()[-1:] == ["other"] and lead.endswith(":"):
            # "The other members of the Board are:": the group after the first one listed.
            return f"Other {match.group(2)}"
    return ""


_SIGNED_GROUP = re.compile(
    r"\b(Charter|Compact|Concordat|Covenant|Pledge) (members|partners|signatories)\b"
)
