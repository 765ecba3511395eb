"""Reading a Word (DOCX) file into lines, headings, emphasis and tables.

The archive is checked before python-docx opens it (a small file that unpacks to gigabytes is
refused); then the body is walked in order, so paragraphs and tables keep their places. Word's
first heading level marks a section heading, list styles and numbering mark list items, and
bold or Title paragraphs are kept as emphasis for documents that use no heading styles.
"""

from __future__ import annotations

import io
import zipfile

from accord.imports.reading import (
    BULLET,
    MAX_CHARACTERS,
    MAX_UNPACKED_BYTES,
    Progress,
    SourceText,
    UnreadableDocument,
)


def _check_archive(content: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            entries = archive.infolist()
            names = {entry.filename for entry in entries}
    except zipfile.BadZipFile:
        raise UnreadableDocument(
            "The file is not a Word document, although its name ends .docx (or it is damaged)."
        ) from None
    if "word/document.xml" not in names:
        raise UnreadableDocument("The file is a zip archive but not a Word document.")
    unpacked = sum(entry.file_size for entry in entries)
    packed = sum(entry.compress_size for entry in entries) or 1
    if unpacked > MAX_UNPACKED_BYTES or (unpacked > 5_000_000 and unpacked / packed > 100):
        raise UnreadableDocument(
            "The Word file unpacks to far more than any document needs "
            f"({unpacked / 1_048_576:.0f} MB), so Accord will not open it. Save it again "
            "from Word and try once more."
        )


def _list_item(paragraph) -> bool:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style.startswith("List"):
        return True
    properties = paragraph._p.pPr
    return properties is not None and properties.numPr is not None


def _heading(paragraph) -> bool:
    """A section heading: Word's first heading level (lower levels are sub-clauses)."""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    return style == "Heading 1"


def read_docx(content: bytes, progress: Progress | None) -> SourceText:
    _check_archive(content)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from accord.imports.layout import place, render
    from accord.imports.layout.docx_tables import emphasised, read_table

    try:
        document = docx.Document(io.BytesIO(content))
    except Exception:
        raise UnreadableDocument(
            "The Word document is damaged and cannot be read. Save it again from Word."
        ) from None
    lines: list[str] = []
    headings: set[int] = set()
    emphasis: set[int] = set()
    tables = []
    characters = 0
    truncated = False
    body = document.element.body
    children = list(body.iterchildren())
    for index, child in enumerate(children):
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            text = " ".join(paragraph.text.split("\n")).strip()
            if not text:
                lines.append("")
                continue
            if _heading(paragraph):
                lines.append("")
                headings.add(len(lines))
                lines.append(text)
                lines.append("")
            elif _list_item(paragraph):
                lines.append(f"{BULLET} {text}")
            else:
                if emphasised(paragraph):
                    emphasis.add(len(lines) + 1)
                lines += ["", text, ""]
        elif tag == "tbl":
            block, paragraphs = read_table(Table(child, document))
            lines.append("")
            lines += place(block, render(block, paragraphs), len(lines) + 1)
            lines.append("")
            if block.rows:
                tables.append(block)
        characters += len(lines[-1]) if lines else 0
        if progress and index % 50 == 0:
            progress(index + 1, len(children))
        if characters > MAX_CHARACTERS:
            truncated = True
            break
    if progress:
        progress(len(children), len(children))
    return SourceText("docx", lines, 1, [1] * len(lines), headings, truncated, tables, emphasis)
