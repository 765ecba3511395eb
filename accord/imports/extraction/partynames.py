"""An organisation's name as a list gives it, without what is written beside it.

A party list gives more than names: the seats each holds ("x 4", "- four members"), its
address ("X Council, Town Hall, Y AB1 2CD"), an abbreviation or note in brackets, and the
part it plays ("X Council - lead partner and grant holder"). The name comes back alone,
with the note or part beside it.
"""

from __future__ import annotations

import re

from accord.imports.extraction import orgs

COUNT = re.compile(
    r"\s*(?:[x\u00d7]\s*\d+|\(\s*[x\u00d7]?\s*\d+\s*\)|"
    # "Elmsfield County Council - four members": the seats it holds, not its name.
    r"\s[\u2013\u2014-]\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:members?|seats?|representatives?|places?|votes?))\s*$",
    re.IGNORECASE,
)
_TRAILING_NOTE = re.compile(r"\s*\(([^()]{1,120})\)\s*$")
# "X Council - lead partner and grant holder": the part it plays, in lower case after a dash.
_ROLE = re.compile(r"\s+[\u2013\u2014-]\s+(?=[a-z])")
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")


def tidy(text: str) -> str:
    text = " ".join(text.split()).strip()
    text = re.sub(r"[;,.]+$", "", text).strip()
    text = re.sub(r"\s+(?:and|or)$", "", text).strip()
    return re.sub(r"[;,]+$", "", text).strip()  # "X (the "Force"); and"


def party_name(text: str, role: bool = False) -> tuple[str, str]:
    """The organisation's name as listed, without a count ("x 4"), its address ("X Council,
    Town Hall, Y AB1 2CD") or a bracketed note or abbreviation, which comes back separately.
    With ``role``, the part it plays after a dash is a note too ("X - lead partner")."""
    text = tidy(COUNT.sub("", tidy(text)))
    if POSTCODE.search(text) and orgs.looks_like_organisation(text.split(",")[0]):
        text = text.split(",")[0]
    note = ""
    played = _ROLE.split(text, maxsplit=1) if role else []
    if len(played) == 2 and orgs.looks_like_organisation(played[0]):
        if not re.search(r"\d", played[1]):  # "- decision notice, 18 May 2025": a footer
            text, note = played[0], played[1]
    match = _TRAILING_NOTE.search(text)
    if match and match.start() > 0:
        note = match.group(1).strip()
        text = text[: match.start()].strip()
    return tidy(COUNT.sub("", text)), note
