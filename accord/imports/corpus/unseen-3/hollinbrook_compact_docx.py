"""Hollinbrook Schools Partnership Compact, as a DOCX without heading styles.

What it tests: numbered upper-case bold Normal paragraphs as headings; a party table whose
groups are full-width merged rows ("Secondary schools", ...) with headteachers (people) in the
second column; the council in a separate group; approval told in prose in the past tense
(agreed at a conference, then noted by the Schools Forum) with "9th July 2024"; community and
place named as "town clusters" and "the borough as a whole"; no values (a list of
"commitments" only).
"""

from __future__ import annotations

from pathlib import Path

from _docx import bold_cell, bold_heading, mark_header_row, merge_across, new_document

GROUPS = [
    (
        "Secondary schools",
        [
            ("Hollinbrook Academy", "Mrs A. Okafor"),
            ("St Aldhelm's Church of England High School", "Mr P. Vance"),
            ("Castle Mead School", "Ms R. Pryce"),
        ],
    ),
    (
        "Primary schools",
        [
            ("Brookside Primary School", "Mr D. Hale"),
            ("Wyvern Hill Primary Academy", "Mrs L. Mendes"),
            ("Hollinbrook St Mary's Catholic Primary School", "Miss C. Doran"),
        ],
    ),
    ("Special schools", [("Oakridge Special School", "Mr T. Bellamy")]),
    ("Local authority", [("Hollinbrook Borough Council", "Director of Children's Services")]),
]

SECTIONS = [
    (
        "1. WHY A COMPACT",
        "Every child in Hollinbrook should be able to attend a good local school and stay in it. "
        "The schools below, and the council, agree to share responsibility for the children "
        "the system finds hardest to keep in school, rather than passing them on.",
    ),
    (
        "2. WHO HAS SIGNED UP",
        "The members of the Compact are set out in the table below.",
    ),
]

LATER = [
    (
        "3. WHAT WE COMMIT TO",
        [
            "No permanent exclusion without first discussing the child at the Fair Access Panel.",
            "Managed moves agreed between headteachers, with the family involved from the start.",
            "Shared training for staff on attendance, trauma and inclusion.",
        ],
    ),
    (
        "4. HOW WE WORK",
        [
            "The Compact works in each of the three town clusters, where headteachers meet "
            "every half-term, and across the borough as a whole through the Hollinbrook "
            "Inclusion Board, which the Director of Children's Services chairs. The Fair Access "
            "Panel reports to the Inclusion Board.",
        ],
    ),
    (
        "5. HOW THE COMPACT WAS AGREED",
        [
            "The Hollinbrook Headteachers' Conference agreed the Compact on 9th July 2024, "
            "with every member school present. The Hollinbrook Schools Forum noted it "
            "on 17th September 2024 and the Hollinbrook Inclusion Board adopted it as its working framework "
            "on 1st October 2024. It will be reviewed in the summer term of 2025.",
        ],
    ),
]


def _party_table(document) -> None:
    rows = sum(1 + len(members) for _, members in GROUPS)
    table = document.add_table(rows=1 + rows, cols=2)
    table.style = "Table Grid"
    bold_cell(table.cell(0, 0), "School or organisation")
    bold_cell(table.cell(0, 1), "Headteacher or lead")
    mark_header_row(table.rows[0])
    row = 1
    for group, members in GROUPS:
        merge_across(table, row=row, text=group, bold=True)
        row += 1
        for name, lead in members:
            table.cell(row, 0).text = name
            table.cell(row, 1).text = lead
            row += 1


def write(path: Path) -> None:
    document = new_document()
    bold_heading(document, "Hollinbrook Schools Partnership Compact", size=20)
    document.add_paragraph("Keeping every child in learning")
    for heading, text in SECTIONS:
        bold_heading(document, heading)
        document.add_paragraph(text)
    _party_table(document)
    for heading, texts in LATER:
        bold_heading(document, heading)
        style = "List Number" if heading.startswith("3.") else None
        for text in texts:
            document.add_paragraph(text, style=style)
    document.save(path)
