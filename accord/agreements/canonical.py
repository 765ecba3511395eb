"""The canonical form of an agreement's text, and the hash that identifies a version.

Two versions have the same hash exactly when a reader would see the same text:
line endings, trailing spaces, runs of blank lines and Unicode composition do not
count; every word, number, heading and list item does.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from typing import Protocol


class SectionLike(Protocol):
    number: str
    heading: str
    text: str


_BLANK_RUNS = re.compile(r"\n{3,}")


def canonical_string(value: str) -> str:
    value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in value.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def canonical_form(sections: Iterable[SectionLike]) -> str:
    payload = [
        {
            "number": canonical_string(section.number),
            "heading": canonical_string(section.heading),
            "text": canonical_string(section.text),
        }
        for section in sections
    ]
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def content_hash(sections: Iterable[SectionLike]) -> str:
    """``sha256:<hex>`` over the canonical form of the sections, in order."""
    digest = hashlib.sha256(canonical_form(sections).encode("utf-8")).hexdigest()
    return f"sha256:{digest}"
