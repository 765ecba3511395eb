"""Turning an uploaded TXT, PDF or DOCX file into lines of text, within firm limits.

Whatever the format, the result is the same: the document's lines in reading order, the
page each line came from, and (for Word files) which lines Word itself calls headings.
A file that is empty, damaged, encrypted, disguised, too large or too long is refused with
``UnreadableDocument`` and a message a person can act on; nothing here touches the database.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings

from accord.core.bounded import CPU_WALL_MARGIN, WorkLimitExceeded, run_bounded

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_PAGES = 400
# Every reader runs in a child process under these limits (see accord.core.bounded): a
# file crafted to take minutes or gigabytes is stopped, and the web worker never waits
# longer than the deadline.
DEFAULT_MAX_SECONDS = 8
DEFAULT_MAX_MEMORY_MB = 384
# Text past this many characters is not read: far beyond any agreement, and it keeps the
# extraction's time bounded whatever the file holds.
MAX_CHARACTERS = 2_000_000
MAX_UNPACKED_BYTES = 60 * 1024 * 1024
FORMATS = {"txt": "Text", "pdf": "PDF", "docx": "Word (DOCX)"}
BULLET = "\u2022"

Progress = Callable[[int, int], None]


class UnreadableDocument(Exception):
    """The file cannot be imported; the message says why, for a person."""


@dataclass
class SourceText:
    format: str
    lines: list[str]
    pages: int = 1
    page_of_line: list[int] = field(default_factory=list)
    heading_lines: set[int] = field(default_factory=set)
    truncated: bool = False
    # Layout the lines alone lose: tables as rows of cells (accord.imports.layout), and
    # paragraphs set in bold or Word's Title style, which stand for headings where a
    # document uses no heading styles.
    tables: list = field(default_factory=list)
    emphasis_lines: set[int] = field(default_factory=set)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def max_bytes() -> int:
    return getattr(settings, "ACCORD_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_pages() -> int:
    return getattr(settings, "ACCORD_IMPORT_MAX_PAGES", DEFAULT_MAX_PAGES)


def max_seconds() -> float:
    return getattr(settings, "ACCORD_IMPORT_MAX_SECONDS", DEFAULT_MAX_SECONDS)


def max_memory_bytes() -> int:
    return getattr(settings, "ACCORD_IMPORT_MAX_MEMORY_MB", DEFAULT_MAX_MEMORY_MB) * 1024 * 1024


def format_of(filename: str) -> str:
    suffix = (filename or "").rsplit(".", 1)[-1].lower() if "." in (filename or "") else ""
    if suffix not in FORMATS:
        raise UnreadableDocument(
            "Choose a text, PDF or Word file: its name must end .txt, .pdf or .docx."
        )
    return suffix


def check_before_reading(content: bytes, filename: str) -> str:
    """The checks that need no reading (kind, emptiness, size); the file's kind. Raises
    UnreadableDocument with the reason."""
    kind = format_of(filename)
    if not content:
        raise UnreadableDocument("The file is empty.")
    limit = max_bytes()
    if len(content) > limit:
        raise UnreadableDocument(
            f"The file is {len(content) / 1_048_576:.1f} MB; the limit is "
            f"{limit / 1_048_576:.0f} MB. Split the document or ask an administrator to "
            "raise ACCORD_IMPORT_MAX_BYTES."
        )
    return kind


def read_document(content: bytes, filename: str, progress: Progress | None = None) -> SourceText:
    """The document's lines. Raises UnreadableDocument with the reason it cannot be read."""
    kind = check_before_reading(content, filename)
    seconds, memory = max_seconds(), max_memory_bytes()
    try:
        # Processor time, not time on the wall: reading runs in the task queue, where a
        # busy machine should slow a normal file down, not stop it (core/bounded.py).
        source = run_bounded(
            _read,
            kind,
            content,
            max_pages(),
            seconds * CPU_WALL_MARGIN,
            seconds=seconds,
            memory_bytes=memory,
            progress=progress,
            cpu=True,
        )
    except WorkLimitExceeded as stopped:
        if stopped.kind == "time":
            raise UnreadableDocument(
                f"Reading the file took longer than the {seconds:g} seconds Accord allows, so "
                "it was stopped. The file may be damaged, or far larger inside than it looks: "
                "save or export it again, or split it, and try once more."
            ) from None
        raise UnreadableDocument(
            f"Reading the file needed more than the {memory // 1_048_576} MB of memory Accord "
            "allows, so it was stopped. A file this large inside is not a single agreement: "
            "save it again from Word, or split it, and try once more."
        ) from None
    if not any(line.strip() for line in source.lines):
        raise UnreadableDocument(
            "No text could be read from the file. If it is a scanned PDF, it holds pictures "
            "of pages rather than text: export it from the original document instead."
        )
    return source


def _read(
    kind: str, content: bytes, page_limit: int, seconds: float, progress: Progress | None = None
) -> SourceText:
    """The reader for ``kind``, run in the bounded child: limits come as arguments, since
    the child reads no settings of its own."""
    if kind == "txt":
        return _read_text(content, progress)
    if kind == "pdf":
        return _read_pdf(content, progress, page_limit=page_limit, seconds=seconds)
    from accord.imports.word import read_docx

    return read_docx(content, progress)


# --- plain text -------------------------------------------------------------------------


def _looks_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls > len(sample) * 0.01


def _read_text(content: bytes, progress: Progress | None) -> SourceText:
    if content.startswith((b"%PDF", b"PK\x03\x04")) or _looks_binary(content[:65536]):
        raise UnreadableDocument(
            "The file is not plain text: it holds binary data. Choose the document's PDF "
            "or Word file, with a name ending .pdf or .docx."
        )
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Word's "Save as text" on Windows writes this older encoding.
        text = content.decode("cp1252", errors="replace")
    truncated = len(text) > MAX_CHARACTERS
    text = text[:MAX_CHARACTERS]
    pages = text.split("\f")
    lines: list[str] = []
    page_of_line: list[int] = []
    for number, page in enumerate(pages, start=1):
        if number > 1:
            lines += ["", "", ""]
            page_of_line += [number] * 3
        page_lines = page.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        lines += page_lines
        page_of_line += [number] * len(page_lines)
    if progress:
        progress(len(pages), len(pages))
    return SourceText("txt", lines, len(pages), page_of_line, truncated=truncated)


# --- PDF --------------------------------------------------------------------------------


def _read_pdf(
    content: bytes, progress: Progress | None, *, page_limit: int, seconds: float
) -> SourceText:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not content.lstrip()[:1024].startswith(b"%PDF") and b"%PDF" not in content[:1024]:
        raise UnreadableDocument("The file is not a PDF, although its name ends .pdf.")
    try:
        reader = PdfReader(io.BytesIO(content))
        if reader.is_encrypted:
            # Many PDFs are "encrypted" only to stop editing, with an empty password.
            try:
                opened = bool(reader.decrypt(""))
            except Exception:
                opened = False
            if not opened:
                raise UnreadableDocument(
                    "The PDF is protected by a password. Open it, save a copy without the "
                    "password, and import that copy."
                )
        count = len(reader.pages)
    except UnreadableDocument:
        raise
    except (PdfReadError, Exception):
        raise UnreadableDocument(
            "The PDF is damaged and cannot be read. Save or export it again from the "
            "program that made it."
        ) from None
    limit = page_limit
    if count > limit:
        raise UnreadableDocument(
            f"The PDF has {count} pages; Accord imports documents of up to {limit} pages. "
            "Import the agreement's own pages (its appendices can be attached later), or ask "
            "an administrator to raise ACCORD_IMPORT_MAX_PAGES."
        )
    pdftotext = pdftotext_program()
    if pdftotext:
        pages = _pages_by_poppler(pdftotext, content, count, progress, seconds)
    else:
        pages = _pages_by_pypdf(reader, count, progress)
    lines: list[str] = []
    page_of_line: list[int] = []
    characters = 0
    truncated = False
    for number, text in enumerate(pages, start=1):
        if number > 1:
            lines += ["", "", ""]
            page_of_line += [number] * 3
        page_lines = text.split("\n")
        lines += page_lines
        page_of_line += [number] * len(page_lines)
        characters += len(text)
        if characters > MAX_CHARACTERS:
            truncated = True
            break
    source = SourceText("pdf", lines, count, page_of_line, truncated=truncated)
    from accord.imports.layout.pdf_tables import read_tables

    read_tables(content, source)
    return source


# Poppler's pdftotext (Debian's poppler-utils) reads a page in a few milliseconds and keeps
# list markers beside their text; pypdf, a hundred times slower, is the fallback.
POPPLER_CHUNK = 25


def pdftotext_program() -> str | None:
    return shutil.which("pdftotext")


def _pages_by_poppler(
    program: str, content: bytes, count: int, progress, seconds: float
) -> list[str]:
    pages: list[str] = []
    # Just inside the child's own deadline, so the message can name the pages.
    deadline = time.monotonic() + seconds * 0.9
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(content)
        handle.flush()
        for first in range(1, count + 1, POPPLER_CHUNK):
            last = min(count, first + POPPLER_CHUNK - 1)
            remaining = deadline - time.monotonic()
            command = [program, "-q", "-f", str(first), "-l", str(last), "-enc", "UTF-8"]
            try:
                done = subprocess.run(
                    [*command, "-eol", "unix", handle.name, "-"],
                    capture_output=True,
                    timeout=max(remaining, 0.1),
                    check=False,
                )
            except subprocess.TimeoutExpired:
                raise UnreadableDocument(
                    f"Reading pages {first} to {last} of the PDF took too long; the file may "
                    "be damaged. Save or export it again and try once more."
                ) from None
            if done.returncode != 0:
                raise UnreadableDocument(
                    "The PDF is damaged and cannot be read. Save or export it again from the "
                    "program that made it."
                )
            chunk = done.stdout.decode("utf-8", errors="replace").split("\f")
            pages += chunk[: last - first + 1]
            if progress:
                progress(last, count)
    return pages


def _pages_by_pypdf(reader, count: int, progress) -> list[str]:
    pages: list[str] = []
    for number in range(count):
        try:
            pages.append(reader.pages[number].extract_text() or "")
        except Exception:
            raise UnreadableDocument(
                f"Page {number + 1} of the PDF is damaged and cannot be read."
            ) from None
        if progress:
            progress(number + 1, count)
    return pages
