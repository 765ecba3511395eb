"""Checking a PDF's seals: is this file exactly what Accord issued?

A file passes only when every seal in it is intact, cryptographically valid and made
with this Accord's certificate, the revisions between seals only add further seals,
and the last seal covers the whole file (nothing was appended after it). Every answer
is worded for the person holding the file, not for a cryptographer.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from io import BytesIO
from zoneinfo import ZoneInfo

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from accord.core.bounded import WorkLimitExceeded, run_bounded
from accord.core.seal_keys import seal_material
from accord.documents.seals import outside_event_loop

logger = logging.getLogger(__name__)
LONDON = ZoneInfo("Europe/London")

# What may happen in the revisions after a seal other than the last: Accord only ever
# adds another signature field and fills it, which pyHanko calls form filling.
ALLOWED_AFTER_A_SEAL = (
    ModificationLevel.NONE,
    ModificationLevel.LTA_UPDATES,
    ModificationLevel.FORM_FILLING,
)
# A seal covers its own revision whole; anything less means bytes inside it escape it.
_COVERING = (SignatureCoverageLevel.ENTIRE_REVISION, SignatureCoverageLevel.ENTIRE_FILE)


# Anyone may check a file, so checking is bounded: at most this many seals (a file Accord
# issues has one more than the agreement has parties), this many bytes, this many seconds
# and this much memory, each setting-adjustable. Past any of them the answer says so.
DEFAULT_MAX_SEALS = 100
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_SECONDS = 8
DEFAULT_MAX_MEMORY_MB = 384


def limits() -> dict:
    return {
        "seals": getattr(settings, "ACCORD_CHECK_MAX_SEALS", DEFAULT_MAX_SEALS),
        "bytes": getattr(settings, "ACCORD_CHECK_MAX_BYTES", DEFAULT_MAX_BYTES),
        "seconds": getattr(settings, "ACCORD_CHECK_MAX_SECONDS", DEFAULT_MAX_SECONDS),
        "memory": getattr(settings, "ACCORD_CHECK_MAX_MEMORY_MB", DEFAULT_MAX_MEMORY_MB),
    }


class Outcome:
    INTACT = "intact"
    CHANGED = "changed"
    NOT_ACCORDS = "not_accords"
    NO_SEALS = "no_seals"
    NOT_PDF = "not_pdf"
    NOT_CHECKED = "not_checked"


@dataclass
class SealReport:
    number: int
    reason: str
    signed_by: str
    signed_at: dt.datetime | None
    intact: bool
    valid: bool
    made_by_accord: bool
    covers_whole_file: bool
    changed_after: bool
    problem: str = ""

    @property
    def good(self) -> bool:
        return self.intact and self.valid and self.made_by_accord and not self.changed_after

    @property
    def when(self) -> str:
        if self.signed_at is None:
            return "at a time the seal does not state"
        london = self.signed_at.astimezone(LONDON)
        return f"{london.day} {london:%B %Y at %H:%M %Z}"

    @property
    def state(self) -> str:
        """A word or two for the seal's condition."""
        if self.problem or not (self.intact and self.valid):
            return "Broken"
        if not self.made_by_accord:
            return "Not made by this Accord"
        if self.changed_after:
            return "Changed afterwards"
        return "Intact"

    @property
    def explanation(self) -> str:
        if self.problem:
            return self.problem
        if not self.intact:
            return "the part of the file this seal protects has been changed since."
        if not self.valid:
            return "the seal itself has been altered and no longer matches the file."
        if not self.made_by_accord:
            return (
                f"it was made with a certificate ({self.signed_by}) that this Accord did not issue."
            )
        if self.changed_after:
            return "the seal is whole, but the file was changed after it, and not by Accord."
        return "the file has not changed since this seal was added."

    @property
    def verdict(self) -> str:
        return f"{self.state}: {self.explanation}"


@dataclass
class Report:
    outcome: str
    headline: str
    explanation: str
    seals: list[SealReport] = field(default_factory=list)

    @property
    def exactly_as_issued(self) -> bool:
        return self.outcome == Outcome.INTACT

    def lines(self) -> list[str]:
        """The report as plain sentences, for the console and for logs."""
        out = [self.headline, self.explanation]
        for seal in self.seals:
            out.append(f"Seal {seal.number}, added {seal.when}: {seal.reason or 'no reason given'}")
            out.append(f"  {seal.verdict}")
        return out


def verify_pdf(pdf_bytes: bytes) -> Report:
    """Check ``pdf_bytes`` within the configured limits, in a child process (see
    accord.core.bounded), so no file can hold a web worker longer than the deadline."""
    limit = limits()
    if len(pdf_bytes) > limit["bytes"]:
        return _not_checked(
            f"This file is larger than the {filesizeformat(limit['bytes'])} Accord checks.",
            "Agreements issued by Accord are far smaller: choose the PDF you were sent.",
        )
    # Loaded (or made, the first time) here, and handed over: the helper writes nothing,
    # and what it inherited from the worker may be older than the current seal.
    roots = list(seal_material().trust_roots)
    try:
        return run_bounded(
            verify_pdf_unbounded,
            pdf_bytes,
            max_seals=limit["seals"],
            trust_roots=roots,
            seconds=limit["seconds"],
            memory_bytes=limit["memory"] * 1024 * 1024,
        )
    except WorkLimitExceeded as stopped:
        logger.info("Checking a PDF was stopped: %s", stopped)
        reached = (
            f"took longer than the {limit['seconds']:g} seconds"
            if stopped.kind == "time"
            else f"needed more than the {limit['memory']} MB of memory"
        )
        return _not_checked(
            f"Checking this file {reached} Accord allows, so it was stopped.",
            "A file Accord issued is checked in a second or two. This one is built in a way "
            "Accord's files never are, so Accord cannot vouch for it: ask for a fresh copy "
            "from the agreement's page.",
        )


def _not_checked(headline: str, explanation: str) -> Report:
    return Report(Outcome.NOT_CHECKED, headline, explanation)


def _too_many_seals(count: int, max_seals: int) -> Report:
    return _not_checked(
        f"This file carries {count:,} seals; Accord checks files with up to {max_seals:,}.",
        "A file Accord issues has one seal, and one more for each party that answered. "
        "This one was not made that way, so Accord cannot vouch for it: ask for a fresh "
        "copy from the agreement's page.",
    )


def verify_pdf_unbounded(
    pdf_bytes: bytes, *, max_seals: int | None = None, trust_roots=None
) -> Report:
    """The check itself, in this process and without a deadline: for ``verify_pdf``'s
    child, and for callers that already bound it."""
    if b"%PDF-" not in pdf_bytes[:1024]:
        return Report(
            Outcome.NOT_PDF,
            "This is not a PDF file.",
            "Accord issues its agreements as PDF files; choose the PDF you were sent.",
        )
    try:
        reader = PdfFileReader(BytesIO(pdf_bytes), strict=False)
        # Counted from the form's fields first: reading each signature in full costs a
        # few milliseconds apiece, which is what a file of thousands of copies exploits.
        count = sum(1 for _ in enumerate_sig_fields(reader, filled_status=True))
        if max_seals is not None and count > max_seals:
            return _too_many_seals(count, max_seals)
        signatures = list(reader.embedded_regular_signatures)
    except MemoryError:
        raise  # the limit, not the file: reported as such by the bounded run
    except Exception:
        # Whatever the parser trips on, the file is not as Accord wrote it: Accord's own
        # files always read cleanly.
        logger.info("A PDF offered for checking could not be read", exc_info=True)
        return Report(
            Outcome.CHANGED,
            "This file has been changed or damaged: it cannot be read as Accord issued it.",
            "It looks like a PDF, but its structure is broken. Ask for a fresh copy.",
        )
    if not signatures:
        return Report(
            Outcome.NO_SEALS,
            "This PDF carries no seal, so nobody can tell whether it has been changed.",
            "Every copy Accord issues is sealed. This one may have been printed to PDF or "
            "saved again by another program, which removes the seals.",
        )
    if max_seals is not None and len(signatures) > max_seals:
        return _too_many_seals(len(signatures), max_seals)
    roots = list(trust_roots if trust_roots is not None else seal_material().trust_roots)
    seals = [_check(number, signature, roots) for number, signature in enumerate(signatures, 1)]
    # Anything written after the last seal is covered by no seal at all.
    seals[-1].changed_after = seals[-1].changed_after or not seals[-1].covers_whole_file
    return _summarise(seals)


def _check(number: int, signature, roots) -> SealReport:
    reason = str(signature.sig_object.get("/Reason", "") or "")
    try:
        # A fresh context per seal: pyhanko-certvalidator keeps state between paths.
        context = ValidationContext(trust_roots=roots)
        status = outside_event_loop(
            validate_pdf_signature, signature, signer_validation_context=context
        )
    except MemoryError:
        raise
    except Exception:
        logger.info("Seal %s could not be validated", number, exc_info=True)
        return SealReport(
            number=number,
            reason=reason,
            signed_by="unknown",
            signed_at=None,
            intact=False,
            valid=False,
            made_by_accord=False,
            covers_whole_file=False,
            changed_after=True,
            problem="this seal cannot be checked at all; the file has been tampered with.",
        )
    trusted_chain = status.trust_problem_indic is None and status.validation_path is not None
    modification = status.modification_level
    return SealReport(
        number=number,
        reason=reason,
        signed_by=_certificate_name(status.signing_cert),
        signed_at=status.signer_reported_dt,
        intact=bool(status.intact),
        valid=bool(status.valid),
        made_by_accord=trusted_chain,
        covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        changed_after=(
            status.coverage not in _COVERING
            or (modification is not None and modification not in ALLOWED_AFTER_A_SEAL)
            or status.docmdp_ok is False
        ),
    )


def _certificate_name(certificate) -> str:
    """The certificate's name and organisation, as in "Accord document seal (Accord)"."""
    subject = certificate.subject.native
    name = subject.get("common_name") or certificate.subject.human_friendly
    organisation = subject.get("organization_name")
    return f"{name} ({organisation})" if organisation and organisation != name else name


def _summarise(seals: list[SealReport]) -> Report:
    one = len(seals) == 1
    if any(not (seal.intact and seal.valid) for seal in seals):
        return Report(
            Outcome.CHANGED,
            "This file has been changed since Accord sealed it.",
            ("Its seal no longer matches" if one else "At least one of its seals no longer matches")
            + " the file. Do not rely on this copy: ask for a fresh one from the agreement's page.",
            seals,
        )
    if any(not seal.made_by_accord for seal in seals):
        return Report(
            Outcome.NOT_ACCORDS,
            "This file carries a seal that this Accord did not make.",
            "It was sealed with a certificate this Accord does not recognise, so Accord cannot "
            "vouch for this copy.",
            seals,
        )
    if any(seal.changed_after for seal in seals):
        return Report(
            Outcome.CHANGED,
            "This file has been changed since Accord last sealed it.",
            ("Its seal is" if one else f"Its {len(seals)} seals are")
            + " whole, but something was added to or altered in the file afterwards. Do not "
            "rely on this copy: ask for a fresh one from the agreement's page.",
            seals,
        )
    return Report(
        Outcome.INTACT,
        "This file is exactly what Accord issued.",
        ("Its seal is intact" if one else f"All {len(seals)} of its seals are intact")
        + ", made by this Accord, and nothing in the file has changed since "
        + ("it was added." if one else "the last one was added."),
        seals,
    )
