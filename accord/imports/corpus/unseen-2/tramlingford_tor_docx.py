"""Tramlingford Children and Young People's Partnership Board terms of reference, as a DOCX.

What it tests: Word styles ("Title", numbered "Heading 1", a "Heading 2" inside a section);
a membership table with a header row, "Sector" cells merged down over each group, a row of
advisers who are posts of organisations already listed, and a last row merged across the
table as a note; an approval paragraph whose steps are mentioned out of process order (the
comment came first); "Thursday 7th March 2024" and "16.9.2013".
"""

from __future__ import annotations

from pathlib import Path

from _docx import grid_table, merge_across, merge_down, new_document

# (sector, [(organisation, members, voting)])
MEMBERS = [
    (
        "Local authority",
        [
            (
                "Tramlingford Council",
                "Director of Children's Services; Lead Member for Children and Families",
                "Yes",
            ),
        ],
    ),
    (
        "Health",
        [
            ("Tramlingford and Esk Valley Integrated Care Board", "Director of Nursing", "Yes"),
            ("Tramlingford Hospitals NHS Foundation Trust", "Head of Children's Services", "Yes"),
            (
                "Esk Valley Partnership NHS Foundation Trust",
                "Service Director, Children and Young People's Mental Health",
                "Yes",
            ),
        ],
    ),
    (
        "Education",
        [
            ("Tramlingford Primary Heads' Association", "Chair", "Yes"),
            ("Esk Valley Academies Trust", "Chief Executive", "Yes"),
            ("Tramlingford College", "Principal", "Yes"),
        ],
    ),
    ("Police", [("Esk Valley Police", "Superintendent, Tramlingford District", "Yes")]),
    (
        "Voluntary and community sector",
        [
            ("Tramlingford Youth Alliance", "Director", "Yes"),
            ("Family Links Tramlingford", "Chief Officer", "Yes"),
        ],
    ),
    (
        "Advisers",
        [
            ("Tramlingford Council", "Director of Public Health", "No"),
            ("Tramlingford and Esk Valley Integrated Care Board", "Designated Doctor", "No"),
        ],
    ),
]


def _membership(document) -> None:
    rows = [(sector, org, people, vote) for sector, group in MEMBERS for org, people, vote in group]
    table = grid_table(document, ["Sector", "Organisation", "Member(s)", "Voting"], rows)
    first = 1
    for sector, group in MEMBERS:
        merge_down(table, column=0, first_row=first, last_row=first + len(group) - 1, text=sector)
        first += len(group)
    table.add_row()
    merge_across(
        table,
        row=len(table.rows) - 1,
        text="Each member organisation may name one deputy, who may vote in the member's absence.",
    )


def write(path: Path) -> None:
    document = new_document()
    document.add_paragraph(
        "Tramlingford Children and Young People's Partnership Board \u2013 Terms of Reference",
        style="Title",
    )
    document.add_paragraph("Version 3.0, March 2024")

    def heading(text: str, level: int = 1) -> None:
        document.add_heading(text, level=level)

    def para(text: str) -> None:
        document.add_paragraph(text)

    heading("1. Purpose")
    para(
        "The Tramlingford Children and Young People's Partnership Board brings together the "
        "organisations responsible for the wellbeing of children and young people in "
        "Tramlingford. It owns the Children and Young People's Plan and makes sure that "
        "partners plan, commission and deliver services for children together."
    )
    para(
        "These terms of reference replace those of the former Tramlingford Children's Trust "
        "Board, dated 16.9.2013."
    )

    heading("2. Responsibilities")
    para(
        "The Board agrees the Children and Young People's Plan and monitors its delivery; "
        "oversees the Early Help Strategic Group and the Tramlingford SEND Improvement Board; "
        "and works alongside the Tramlingford Safeguarding Children Partnership, which "
        "remains responsible for safeguarding arrangements."
    )

    heading("3. Membership")
    para("The members of the Board are:")
    _membership(document)
    para(
        "The Tramlingford Youth Council sends two young people to each meeting, who take "
        "part in every discussion."
    )

    heading("4. Chair and quorum")
    para(
        "The Lead Member for Children and Families chairs the Board. The Director of Nursing "
        "of the Integrated Care Board is Vice Chair. Six voting members, including at least "
        "one from health and one from education, make a quorum."
    )

    heading("5. Working across Tramlingford")
    para(
        "The Board sets priorities for Tramlingford as a place. Delivery happens in three "
        "locality family networks (North, Central and Riverside), where schools, family hubs, "
        "health visitors and youth workers meet each month."
    )
    heading("Locality family networks", level=2)
    para(
        "Each network has a lead head teacher and a lead from the Council's early help "
        "service, and reports to the Early Help Strategic Group."
    )

    heading("6. Meetings")
    para(
        "The Board meets six times a year. Papers are sent out a week before each meeting. "
        "An annual joint meeting with the Tramlingford Health and Wellbeing Board is held "
        "each autumn."
    )

    heading("7. Principles")
    para(
        "Members will put the needs of children first, listen to what children and young "
        "people tell them, share information to help children within the law, and challenge "
        "each other constructively."
    )

    heading("8. Agreement of these terms of reference")
    para(
        "These terms of reference were agreed by the Tramlingford Children and Young People's "
        "Partnership Board on Thursday 7th March 2024 and ratified by the Tramlingford Health "
        "and Wellbeing Board on 21 March 2024. Before they were agreed, the draft was shared "
        "with the Tramlingford Youth Council, which commented on it in February 2024; its "
        "suggestions on the role of young members were taken up."
    )

    heading("9. Review")
    para("The Board will review these terms of reference in March 2025.")
    document.save(path)
