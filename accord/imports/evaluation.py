"""Scoring imports against hand-made answers ("gold" files), field by field.

A gold file sits beside its document (``name.txt`` and ``name.gold.json``) and records what
a careful person reads in it. Each field is compared as a set of normalised items: two
names are the same when they differ only in case, spacing, quotes, dashes, "&" for "and",
a leading "the" or trailing punctuation. The title and the kind are sets of one. Parties
are scored twice: by name alone (did the import find the organisation?) and by name with
its category. A date matches when the date string is the same at the precision printed
(``2024-03-05`` is not ``2024-03``) and most of the words describing it appear in what
the import found. A field empty in both the gold file and the import, or left out of the
gold file, is not counted.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

FIELDS = (
    "title",
    "kind",
    "parties",
    "parties_with_category",
    "bodies",
    "levels",
    "sections",
    "approval_steps",
    "values",
    "dates",
)
# The overall figure counts each party once, with its category (the stricter reading):
# counting the name-only field too would weigh every party twice.
OVERALL_FIELDS = tuple(name for name in FIELDS if name != "parties")
LABELS = {"parties_with_category": "parties with category", "approval_steps": "approval steps"}
SOURCE_SUFFIXES = (".txt", ".pdf", ".docx")
_STOP = frozenset(
    "a an and the of to in on at by for from with is was were be been being has have had its "
    "it this that which who as into their our are will".split()
)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = text.translate(
        {0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"', 0x2013: "-", 0x2014: "-"}
    )
    text = text.replace("&", " and ").casefold()
    text = " ".join(text.split())
    text = re.sub(r"^the\s+", "", text)
    return text.strip(" .,:;")


def _stem(word: str) -> str:
    for suffix in ("ments", "ment", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[\w'-]+", normalise(text)) if w not in _STOP}


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    matched: int = 0
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.expected += other.expected
        self.found += other.found
        self.matched += other.matched

    @property
    def counted(self) -> bool:
        """A field neither the gold file nor the import has says nothing either way."""
        return bool(self.expected or self.found)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else (1.0 if not self.expected else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else (1.0 if not self.found else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def label(field_name: str) -> str:
    return LABELS.get(field_name, field_name)


def _text(item) -> str:
    """A finding's text, whether stored bare or as the import's {"value"/"name"...}."""
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        for name in ("value", "name", "text", "label"):
            if isinstance(item.get(name), str):
                return item[name]
    return ""


def _keys(field_name: str, items) -> list[str]:
    if field_name in ("title", "kind"):
        text = normalise(_text(items))
        return [text] if text else []
    if field_name == "parties":
        return [normalise(i["name"]) for i in items]
    if field_name == "parties_with_category":
        return [f"{normalise(i['name'])} | {normalise(i.get('category') or '')}" for i in items]
    if field_name in ("bodies", "levels"):
        return [normalise(_text(i)) for i in items if normalise(_text(i))]
    if field_name == "approval_steps":
        return [f"{normalise(i['body'])} | {normalise(i['action'])}" for i in items]
    if field_name == "sections":
        return [normalise(i if isinstance(i, str) else i["label"]) for i in items]
    if field_name == "values":
        return [normalise(i if isinstance(i, str) else i["text"]) for i in items]
    raise ValueError(field_name)


def _score_sets(expected: list[str], found: list[str]) -> Score:
    wanted, got = list(dict.fromkeys(expected)), list(dict.fromkeys(found))
    matched = [item for item in got if item in set(wanted)]
    return Score(
        expected=len(wanted),
        found=len(got),
        matched=len(matched),
        missing=[item for item in wanted if item not in set(got)],
        extra=[item for item in got if item not in set(wanted)],
    )


def _score_dates(expected: list[dict], found: list[dict]) -> Score:
    score = Score(expected=len(expected), found=len(found))
    unused = list(found)
    for gold in expected:
        words = _words(gold["what"])
        best = None
        for candidate in unused:
            if candidate["date"] != gold["date"]:
                continue
            shared = len(words & _words(candidate["what"]))
            if not words or shared / len(words) >= 0.5:
                best = candidate
                break
        if best is None:
            score.missing.append(f"{gold['date']} {gold['what']}")
        else:
            unused.remove(best)
            score.matched += 1
    score.extra = [f"{c['date']} {c['what']}" for c in unused]
    return score


def _field(data: dict, name: str):
    if name == "parties_with_category":
        name = "parties"
    empty = "" if name in ("title", "kind") else []
    value = data.get(name, empty)
    return empty if value is None else value


def score(result: dict, gold: dict) -> dict[str, Score]:
    """Each field scored; a field the gold file leaves out (an officer's gold file has no
    bodies or levels: the review page does not ask) is not counted."""
    scores = {}
    for name in FIELDS:
        if ("parties" if name == "parties_with_category" else name) not in gold:
            scores[name] = Score()
        elif name == "dates":
            scores[name] = _score_dates(_field(gold, name), _field(result, name))
        else:
            scores[name] = _score_sets(
                _keys(name, _field(gold, name)), _keys(name, _field(result, name))
            )
    return scores


def overall(scores: dict[str, Score]) -> Score:
    """Every counted item of every field but the name-only parties, counted once."""
    total = Score()
    for name in OVERALL_FIELDS:
        if scores[name].counted:
            total.add(scores[name])
    return total


def gold_pairs(directory: Path) -> list[tuple[Path, Path]]:
    """Each gold file in ``directory`` with the document beside it."""
    pairs = []
    for gold in sorted(directory.glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        for suffix in SOURCE_SUFFIXES:
            document = gold.with_name(stem + suffix)
            if document.exists():
                pairs.append((document, gold))
                break
    return pairs


def load_gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
