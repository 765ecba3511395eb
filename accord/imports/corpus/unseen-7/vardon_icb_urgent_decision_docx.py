"""Vardon and Keld ICB record of an urgent decision, as a DOCX held in form tables.

What it tests: no heading styles; two bold part headings ("Part A: The decision", "Part B:
Reporting and publication") above two-column form tables (label | content) whose first row is
merged across as a caption; the title in the "Decision title" row; the decision taker an office
(Chief Executive), the Chair consulted (not a step); the council's earlier approval by a
Cabinet Member; the two parties inline in the decision text; dotted numeric dates
(03.12.2025); a future noting by the ICB Board; "the end of this month" resolved from the
decision date.
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_heading, merge_across, new_document


def _form(document, caption: str, rows: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=1 + len(rows), cols=2)
    table.style = "Table Grid"
    merge_across(table, row=0, text=caption, bold=True)
    for index, (label, value) in enumerate(rows, start=1):
        table.cell(index, 0).paragraphs[0].add_run(label).bold = True
        table.cell(index, 1).text = value


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "VARDON AND KELD INTEGRATED CARE BOARD", size=14)
    bold_heading(document, "Record of a decision taken under urgency arrangements", size=12)

    bold_heading(document, "Part A: The decision")
    _form(
        document,
        "Details of the decision",
        [
            ("Decision title", "Extension of the Vardon Community Equipment Section 75 Agreement"),
            ("Decision taker", "Chief Executive"),
            ("Date of decision", "03.12.2025"),
            (
                "Decision",
                "To approve a twelve-month extension, to 31.03.2027, of the section 75 partnership "
                "agreement for community equipment between Vardon Council and Vardon and Keld "
                "Integrated Care Board, on the same terms.",
            ),
            (
                "Why the decision was urgent",
                "The agreement ends on 31.03.2026 and the extension had to be notified to the "
                "equipment provider by the end of this month. The ICB Board does not meet again "
                "until January.",
            ),
            (
                "Consultation",
                "The Chair of the ICB was consulted on 02.12.2025 and agreed the use of urgency "
                "arrangements. Vardon Council's Cabinet Member for Adult Social Care approved the "
                "extension for the council on 28.11.2025.",
            ),
        ],
    )

    bold_heading(document, "Part B: Reporting and publication")
    _form(
        document,
        "Reporting",
        [
            ("To be reported to", "ICB Board, 15.01.2026, for noting"),
            ("Published", "05.12.2025"),
            ("Signed", "Chief Executive, Vardon and Keld Integrated Care Board"),
        ],
    )
    document.save(path)
