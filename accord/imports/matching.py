"""Matching the names a document prints to organisations and bodies Accord already has.

A name matches on the register's name, short name or any other name (former names
included), compared without case, punctuation, "&" for "and" or a leading "the"; then
with common abbreviations spelled out (CCG, EPUT, NELFT ...); then by close spelling. Each
match carries a confidence between 0 and 1 and says how it was made, so the review page
can ask the officer to look at the weak ones. A name that matches nothing is proposed as
a new organisation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from accord.governance.models import Body, BodyName
from accord.organisations.models import Organisation, OrganisationName

ABBREVIATIONS = {
    "ccg": "clinical commissioning group",
    "ccgs": "clinical commissioning groups",
    "icb": "integrated care board",
    "ics": "integrated care system",
    "stp": "sustainability and transformation partnership",
    "pcn": "primary care network",
    "pcns": "primary care networks",
    "cvs": "council for voluntary service",
    "hwb": "health and wellbeing board",
    "hosc": "health overview and scrutiny committee",
    "osc": "overview and scrutiny committee",
    "dwp": "department for work and pensions",
    "crc": "community rehabilitation company",
    "ft": "foundation trust",
    "nhsft": "nhs foundation trust",
    "nelft": "north east london nhs foundation trust",
    "eput": "essex partnership university nhs foundation trust",
    "btuh": "basildon and thurrock university hospitals nhs foundation trust",
    "lms": "local maternity system",
    "vcs": "voluntary and community sector",
    "vcse": "voluntary community and social enterprise sector",
    "dmt": "department management team",
    "send": "special educational needs and disabilities",
}
_FILLER = {"the", "of", "and", "for", "ltd", "limited"}
# Words many bodies share. Two names that differ in any other word (usually a place:
# "Kestle" and "Thurrock") name different bodies, however alike they look.
GENERIC = frozenset(
    """health care wellbeing board council borough county city district nhs trust foundation
    hospital hospitals university partnership partnerships group groups committee integrated
    primary network networks community communities services service voluntary clinical
    commissioning local authority association department strategy children childrens adult
    adults social system alliance executive management team steering public mental
    safeguarding police fire rescue college school schools head teachers federation gp
    general practitioners practice practices overview scrutiny sub joint transformation
    sustainability and of the for in on at""".split()
)
CLOSE_ENOUGH = 0.86


def key(name: str) -> str:
    """A name reduced to what distinguishes it."""
    text = unicodedata.normalize("NFKC", name or "").casefold()
    text = text.replace("&", " and ").replace("\u2019", "'")
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r"[^\w\s-]", " ", text).replace("-", " ")
    words = [w for w in text.split() if w]
    if words and words[0] == "the":
        words = words[1:]
    words = [w[:-1] if w.endswith("services") else w for w in words]
    return " ".join(words)


def _distinct(name: str) -> set[str]:
    return {word for word in name.split() if word not in GENERIC}


def expanded(name_key: str) -> str:
    words = []
    for word in name_key.split():
        words += ABBREVIATIONS.get(word, word).split()
    return " ".join(w for w in words if w not in _FILLER)


@dataclass
class Entry:
    id: int
    name: str
    how: str  # "name", "short name", "other name"


@dataclass
class Match:
    id: int | None
    name: str
    confidence: float
    how: str

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "confidence": round(self.confidence, 2),
            "how": self.how,
        }


class Register:
    """Names of one model's rows, indexed for matching a document's names against them."""

    def __init__(self, rows: list[tuple[int, str, str]], other_names: list[tuple[int, str]]):
        self.names: dict[int, str] = {}
        self.exact: dict[str, list[Entry]] = {}
        self.loose: dict[str, list[Entry]] = {}
        self.by_word: dict[str, set[str]] = {}
        self.keys_of: dict[int, list[str]] = {}  # every loose key each row answers to
        for pk, name, short in rows:
            self.names[pk] = name
            self._add(pk, name, "name")
            if short:
                self._add(pk, short, "short name")
        for pk, name in other_names:
            if pk in self.names:
                self._add(pk, name, "other name")

    def _add(self, pk: int, text: str, how: str) -> None:
        entry = Entry(pk, self.names[pk], how)
        exact, loose = key(text), expanded(key(text))
        if not exact:
            return
        self.exact.setdefault(exact, []).append(entry)
        self.loose.setdefault(loose, []).append(entry)
        self.keys_of.setdefault(pk, []).append(loose)
        for word in loose.split():
            self.by_word.setdefault(word, set()).add(loose)

    @classmethod
    def organisations(cls) -> Register:
        return cls(
            list(Organisation.objects.values_list("pk", "name", "short_name")),
            list(OrganisationName.objects.values_list("organisation_id", "name")),
        )

    @classmethod
    def bodies(cls) -> Register:
        return cls(
            [(pk, name, "") for pk, name in Body.objects.values_list("pk", "name")],
            list(BodyName.objects.values_list("body_id", "name")),
        )

    @staticmethod
    def _one(entries: list[Entry]) -> Entry | None:
        ids = {entry.id for entry in entries}
        return entries[0] if len(ids) == 1 else None

    def match(self, name: str) -> tuple[Match | None, list[Match]]:
        """The best match (None when nothing is close), and other candidates."""
        exact = key(name)
        if not exact:
            return None, []
        found = self.exact.get(exact, [])
        single = self._one(found)
        if single:
            confidence = 1.0 if single.how == "name" else 0.95
            return Match(single.id, single.name, confidence, single.how), []
        loose = expanded(exact)
        found = found or self.loose.get(loose, [])
        single = self._one(found)
        if single:
            return Match(single.id, single.name, 0.9, f"{single.how}, abbreviation spelled out"), []
        if found:  # the same name for several: the officer chooses
            choices = {e.id: Match(e.id, e.name, 0.5, f"{e.how}, shared") for e in found}
            return None, list(choices.values())[:5]
        return self._close(loose)

    def _close(self, loose: str) -> tuple[Match | None, list[Match]]:
        words = loose.split()
        keys: set[str] = set()
        for word in words:
            within = self.by_word.get(word, set())
            if len(within) <= 200:  # common words ("council") narrow nothing
                keys |= within
        scored = []
        for candidate in keys:
            ratio = SequenceMatcher(None, loose, candidate).ratio()
            if ratio >= 0.6:
                scored.append((ratio, candidate))
        scored.sort(reverse=True)
        candidates: dict[int, Match] = {}
        for ratio, candidate in scored[:10]:
            for entry in self.loose[candidate]:
                if entry.id not in candidates:
                    candidates[entry.id] = Match(
                        entry.id, entry.name, round(ratio * 0.9, 2), "similar name"
                    )
        ranked = sorted(candidates.values(), key=lambda m: -m.confidence)[:5]
        if ranked and ranked[0].confidence >= CLOSE_ENOUGH * 0.9:
            own = _distinct(loose)
            if own <= _distinct(expanded(key(ranked[0].name))) or any(
                own <= _distinct(other)
                for other in (
                    self.keys_of.get(ranked[0].id, []) if ranked[0].id is not None else []
                )
            ):
                return ranked[0], ranked[1:]
        return None, ranked
