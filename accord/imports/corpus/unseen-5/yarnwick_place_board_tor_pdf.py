"""Yarnwick Place Board terms of reference, as a PDF.

What it tests: unnumbered Title Case headings; the membership in a table drawn without lines
(a layout table) whose groups are bold full-width rows, with a column of posts, running over a
page break; a last group of non-voting attendees who are posts of organisations already
listed; approval in prose (agreed, ratified, and a future noting "next month" resolved from the
version date printed under the title); running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

MEMBERS = [
    (
        "Local government",
        [
            (
                "Yarnwick Borough Council",
                "Leader of the Council; Chief Executive; Director of Adult Social Care",
            ),
            (
                "Elmscar County Council",
                "Cabinet Member for Health; Director of Children's Services",
            ),
        ],
    ),
    (
        "NHS",
        [
            (
                "Elmscar and Yarnwick Integrated Care Board",
                "Place Director (Yarnwick); Clinical Lead",
            ),
            ("Yarnwick Hospitals NHS Foundation Trust", "Chief Executive"),
            ("Elmscar Partnership NHS Foundation Trust", "Director of Community Services"),
            ("Yarnwick Primary Care Collaborative", "Chair"),
        ],
    ),
    (
        "Voluntary and community sector",
        [
            ("Yarnwick Community and Voluntary Service", "Chief Executive"),
            ("Yarnwick Carers Hub", "Manager"),
        ],
    ),
    (
        "Other partners",
        [
            ("Healthwatch Yarnwick", "Chair"),
            ("Yarnwick Housing Partnership", "Director of Operations"),
        ],
    ),
    (
        "In attendance (non-voting)",
        [
            ("Yarnwick Borough Council", "Director of Public Health"),
            ("Elmscar and Yarnwick Integrated Care Board", "Director of Finance"),
        ],
    ),
]

FILLER = (
    "Members are expected to attend in person, to prepare by reading the papers, and to speak "
    "for their organisation, having sought any mandate they need before the meeting. "
)


def _membership() -> str:
    rows = []
    for group, members in MEMBERS:
        rows.append(
            f"<tr><td colspan='2' style='border:none;font-weight:bold;padding-top:3mm'>{group}</td></tr>"
        )
        for org, posts in members:
            rows.append(
                f"<tr><td style='border:none'>{org}</td><td style='border:none'>{posts}</td></tr>"
            )
    return (
        "<table><thead><tr><th style='border:none;background:none;border-bottom:1px solid #666'>"
        "Organisation</th><th style='border:none;background:none;border-bottom:1px solid #666'>"
        f"Represented by</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def write(path: Path) -> None:
    body = f"""
<h1>Yarnwick Place Board</h1>
<p style="font-size:15pt">Terms of Reference</p>
<p class="small">Version 1.0, 30 September 2025</p>

<h2>Purpose and role</h2>
<p>The Yarnwick Place Board is the partnership through which health, care and community
organisations plan and improve services for Yarnwick as a place. It is one of four place boards
in the Elmscar and Yarnwick integrated care system. {FILLER}</p>
<p>{FILLER}{FILLER}{FILLER}</p>

<h2>Responsibilities</h2>
<p>The Board agrees the Yarnwick Place Plan, oversees the budgets delegated to place by the
integrated care board, and leads the development of integrated teams in Yarnwick's four
neighbourhoods. {FILLER}{FILLER}</p>

<h2>Membership</h2>
<p>{FILLER}</p>
{_membership()}

<h2>Chair and quorum</h2>
<p>The Leader of Yarnwick Borough Council and the Place Director (Yarnwick) co-chair the Board.
The Board is quorate when at least one member from each of the four voting groups is
present.</p>

<h2>Sub-groups</h2>
<p>The Place Delivery Group manages the programme. Four Neighbourhood Partnership Boards lead
the work in each neighbourhood and report to the Place Delivery Group.</p>

<h2>Agreement of these terms</h2>
<p>These terms of reference were agreed by the Yarnwick Place Board at its meeting on
4 September 2025 and ratified by the Board of Elmscar and Yarnwick Integrated Care Board on
25 September 2025. They will be presented to the Yarnwick Health and Wellbeing Board for noting
next month.</p>
"""
    css = page_css(
        footer="Yarnwick Place Board - Terms of Reference v1.0", header="Yarnwick Place Board"
    )
    write_pdf(body=body, css=css, path=path)
