"""Agreement documents as Word files, for officers who edit the text in Word.

Lists are real Word lists (List Bullet and List Number styles) rather than typed
characters, so Word renumbers and re-indents them as the officer edits. Each lettered
list gets its own numbering instance that restarts at "a)".
"""

from __future__ import annotations

from io import BytesIO

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from accord.agreements.models import AgreementVersion
from accord.documents.content import agreement_content

# The abstract numbering definition for lettered lists; high enough to stay clear of
# the ones in python-docx's default template.
LETTERED_ABSTRACT_ID = 90


def render_agreement_docx(version: AgreementVersion) -> bytes:
    """The agreement's text as a .docx: title, facts, sections, parties, declaration."""
    content = agreement_content(version)
    document = Document()
    document.core_properties.title = f"{content.title}, version {version.number}"
    document.core_properties.subject = content.kind
    document.styles["Normal"].font.size = Pt(11)
    numbering = _Numbering(document)

    document.add_heading(content.title, level=0)
    if not version.is_published:
        document.add_paragraph("Draft: this version is not published and may still change.")
    facts = [
        ("Kind", content.kind),
        ("Owning body", content.owning_body),
        ("Version", f"{version.number}: {version.label}"),
        ("Date", version.display_date or "Not dated"),
        ("Legally binding", "Yes" if content.legally_binding else "No"),
        ("Content hash", version.content_hash or "None yet: the text is still a draft"),
    ]
    _table(document, ["", ""], facts, header=False)

    for section in content.sections:
        document.add_heading(f"{section.number}. {section.heading}", level=1)
        for block in section.blocks:
            if block.kind == "paragraph":
                document.add_paragraph(block.text)
            elif block.kind == "bullets":
                for item in block.lines:
                    document.add_paragraph(item, style="List Bullet")
            else:
                list_id = numbering.new_lettered_list()
                for item in block.lines:
                    paragraph = document.add_paragraph(item, style="List Number")
                    _number(paragraph, list_id)

    document.add_heading("Parties", level=1)
    rows = [(category, name) for category, names in content.party_groups for name in names]
    if rows:
        _table(document, ["Category", "Organisation"], rows)
    else:
        document.add_paragraph("No parties are recorded for this agreement.")
    if content.declaration:
        document.add_heading("Declaration", level=1)
        document.add_paragraph(content.declaration)

    output = BytesIO()
    document.save(output)
    return output.getvalue()


def _table(document, headings: list[str], rows, *, header: bool = True) -> None:
    table = document.add_table(rows=0, cols=len(headings))
    if "Table Grid" in [s.name for s in document.styles if s.type == WD_STYLE_TYPE.TABLE]:
        table.style = "Table Grid"
    if header:
        cells = table.add_row().cells
        for cell, text in zip(cells, headings, strict=True):
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def _number(paragraph, list_id: int) -> None:
    properties = paragraph._p.get_or_add_pPr()
    numbering = OxmlElement("w:numPr")
    level = OxmlElement("w:ilvl")
    level.set(qn("w:val"), "0")
    number = OxmlElement("w:numId")
    number.set(qn("w:val"), str(list_id))
    numbering.append(level)
    numbering.append(number)
    properties.append(numbering)


class _Numbering:
    """Adds the lettered-list definition to the document's numbering part on demand."""

    def __init__(self, document):
        self.part = document.part.numbering_part.element
        self.defined = False

    def new_lettered_list(self) -> int:
        if not self.defined:
            self._define()
        used = [int(n.get(qn("w:numId"))) for n in self.part.findall(qn("w:num"))]
        list_id = max(used, default=0) + 1
        instance = OxmlElement("w:num")
        instance.set(qn("w:numId"), str(list_id))
        abstract = OxmlElement("w:abstractNumId")
        abstract.set(qn("w:val"), str(LETTERED_ABSTRACT_ID))
        instance.append(abstract)
        # Restart at "a)" for every list, not carry on from the previous one.
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        instance.append(override)
        self.part.append(instance)
        return list_id

    def _define(self) -> None:
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), str(LETTERED_ABSTRACT_ID))
        level = OxmlElement("w:lvl")
        level.set(qn("w:ilvl"), "0")
        for tag, value in (
            ("w:start", "1"),
            ("w:numFmt", "lowerLetter"),
            ("w:lvlText", "%1)"),
            ("w:lvlJc", "left"),
        ):
            element = OxmlElement(tag)
            element.set(qn("w:val"), value)
            level.append(element)
        paragraph = OxmlElement("w:pPr")
        indent = OxmlElement("w:ind")
        indent.set(qn("w:left"), "720")
        indent.set(qn("w:hanging"), "360")
        paragraph.append(indent)
        level.append(paragraph)
        abstract.append(level)
        # The schema wants every abstractNum before the first num.
        first_instance = self.part.find(qn("w:num"))
        if first_instance is not None:
            first_instance.addprevious(abstract)
        else:
            self.part.append(abstract)
        self.defined = True
