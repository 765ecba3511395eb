"""Who signs, where a paper says it was signed for every party without a block of its own.

"The agreement was then signed for both partners", "It is signed for each partner below",
"signed below for the three statutory partners": each party signs. Such a sentence in the
past or present (never "each partner will sign", which names a step still to come, in the
paper's own words) gives one signature for each party found, where no signature was.
"""

from __future__ import annotations

import re

from accord.imports.extraction import orgs
from accord.imports.extraction.lines import Line
from accord.imports.extraction.partynames import party_name
from accord.imports.extraction.route import Step

_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_SIGNED_FOR_ALL = re.compile(
    r"(?:\b(?:is|are|was|were|been|then)\s+|^(?:\W+\s*)?)signed\s+(?:below\s+)?"
    r"(?:for|by|on behalf of)\s+(?:both|each|every|all(?:\s+"
    + _COUNT
    + r")?|the\s+"
    + _COUNT
    + r")\b",
    re.IGNORECASE,
)


def each_party_signs(steps: list[Step], lines: list[Line], parties: list[dict]) -> list[Step]:
    """``steps`` with one signature for each party where the paper says it was signed for
    all of them and no organisation's signature was found."""
    if len(parties) < 2 or any(step.action == "sign" for step in steps):
        return steps
    said = next((line for line in lines if _SIGNED_FOR_ALL.search(line.text)), None)
    if said is None:
        return steps
    # "Both" and "the three" count the signers: they must be the parties found.
    counted = _SIGNED_FOR_ALL.search(said.text)
    words = counted.group(0).lower().split() if counted else []
    number = 2 if "both" in words else next((_NUMBERS[w] for w in words if w in _NUMBERS), 0)
    names = [party_name(party["name"], role=True)[0] for party in parties]
    names = [name for name in names if orgs.looks_like_organisation(name)]
    if number and len(names) != number:
        return steps
    return steps + [Step(name, "sign", said.number, said.number) for name in names]


_NUMBERS = {
    word: n
    for n, word in enumerate("two three four five six seven eight nine ten".split(), start=2)
} | {str(n): n for n in range(2, 100)}


def _words(name: str) -> list[str]:
    return re.sub(r"[^\w\s]", " ", name.casefold()).split()


# What a cut name lacks: more of the name, ending as organisations' names do ("Borough
# Council", "Board"), never what a sentence says of it ("on Tuesday").
_NAME_GOES_ON = re.compile(r"^(?:(?:[A-Z][\w'\u2019&-]*|and|of|for)\s+)*[A-Z][\w'\u2019&-]*$")


def names_cut_short(steps: list[Step], parties: list[dict]) -> list[Step]:
    """A signer's name cut short by a narrow column ("X Metropolitan" over "Borough Council"
    in the next row) is the one party whose name it begins, word for word."""
    result = []
    for step in steps:
        words = _words(step.body)
        fuller = {
            party["name"]
            for party in parties
            if len(_words(party["name"])) > len(words) >= 2
            and _words(party["name"])[: len(words)] == words
            and _NAME_GOES_ON.match(" ".join(party["name"].split()[len(words) :]))
        }
        if step.action == "sign" and len(fuller) == 1:
            step = Step(fuller.pop(), step.action, step.first, step.last)
        result.append(step)
    return result
