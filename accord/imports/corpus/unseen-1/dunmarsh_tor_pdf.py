"""Terms of reference of the Dunmarsh and Lyne Integrated Care Partnership as a PDF: a
document-control table that carries the approval trail, and a membership table whose
category cells span several rows and whose rows run over a page break (WeasyPrint repeats
the header row on the next page, but not the spanning category cell)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from pdf_common import bullets, css, paras, table, write_pdf

MEMBERSHIP = [
    (
        "Statutory members",
        [
            (
                "Dunmarsh County Council",
                "2",
                "Leader of the Council; Cabinet Member for Adult Social Care",
            ),
            ("Lyne City Council", "2", "Leader of the Council; Executive Member for Health"),
            ("NHS Dunmarsh and Lyne Integrated Care Board", "2", "Chair; Chief Executive"),
        ],
    ),
    (
        "Local authority partners",
        [
            ("Dunmarsh Coast District Council", "1", "Leader of the Council"),
            ("Eskdale Moor District Council", "1", "Leader of the Council"),
            ("Harlestone Borough Council", "1", "Leader of the Council"),
        ],
    ),
    (
        "NHS providers",
        [
            ("Dunmarsh and Lyne University Hospitals NHS Foundation Trust", "1", "Chair"),
            ("Lyne Community and Mental Health NHS Trust", "1", "Chair"),
            ("North Esk Ambulance Service NHS Foundation Trust", "1", "Chief Executive"),
            ("Dunmarsh and Lyne GP Collaborative", "1", "Clinical Chair"),
        ],
    ),
    (
        "Voluntary, community and social enterprise sector",
        [
            ("Dunmarsh Community Foundation", "1", "Chief Executive"),
            ("Lyne Voluntary Action", "1", "Chief Executive"),
            ("Esk Valley Social Enterprise Network", "1", "Director"),
        ],
    ),
    (
        "Other members",
        [
            ("Healthwatch Dunmarsh", "1", "Chair"),
            ("Healthwatch Lyne", "1", "Chair"),
            ("North Esk Police", "1", "Assistant Chief Constable"),
            ("University of Dunmarsh", "1", "Pro Vice-Chancellor (Health)"),
        ],
    ),
]

CONTROL = [
    ["Agreed", "Dunmarsh and Lyne Integrated Care Partnership", "10 December 2024"],
    ["Approved", "Dunmarsh County Council Cabinet", "21 January 2025"],
    ["Approved", "Lyne City Council Executive", "23 January 2025"],
    ["Approved", "NHS Dunmarsh and Lyne Integrated Care Board", "30 January 2025"],
    ["Next review", "–", "December 2025"],
]


def membership_table() -> str:
    rows = []
    for category, members in MEMBERSHIP:
        for index, (name, seats, who) in enumerate(members):
            cells = ""
            if index == 0:
                cells += f'<td rowspan="{len(members)}">{escape(category)}</td>'
            cells += f"<td>{escape(name)}</td><td>{seats}</td><td>{escape(who)}</td>"
            rows.append(f"<tr>{cells}</tr>")
    head = "".join(
        f"<th>{h}</th>" for h in ("Category", "Member organisation", "Seats", "Represented by")
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def dunmarsh_body() -> str:
    return f"""
<p class="small">Dunmarsh and Lyne Integrated Care System</p>
<h1>Dunmarsh and Lyne Integrated Care Partnership: Terms of Reference</h1>
<p>Version 2.0 | Final</p>
<h2>Document control</h2>
{table(["Stage", "Body", "Date"], CONTROL)}
<h2>1. Purpose</h2>
{
        paras(
            "1.1 The Dunmarsh and Lyne Integrated Care Partnership (“the Partnership”) "
            "brings together the organisations responsible for health, care and wellbeing across "
            "the Dunmarsh and Lyne Integrated Care System. It works at system level: its job is to "
            "agree the Integrated Care Strategy for the whole area, to hold the system to account "
            "for delivering it, and to champion the wider causes of good health, such as housing, "
            "work, education and safe communities.",
            "1.2 The system has two places, Dunmarsh and Lyne. Most services are planned and "
            "joined up at place level, through the Dunmarsh Place Board and the Lyne Place Board. "
            "The Partnership does not duplicate their work; it sets the shared direction and deals "
            "with issues that need to be handled once across the whole system.",
        )
    }
<h2>2. Status and legal basis</h2>
{
        paras(
            "2.1 The Partnership is a statutory joint committee of Dunmarsh County Council, Lyne "
            "City Council and NHS Dunmarsh and Lyne Integrated Care Board, established under "
            "section 116ZA of the Local Government and Public Involvement in Health Act 2007. The "
            "three statutory members established it in July 2022, and it first met in public on "
            "21 March 2023.",
        )
    }
<h2>3. Membership</h2>
<p>3.1 The members of the Partnership, the number of seats each holds and the people who
normally fill them are set out in the table below. Each member may name deputies.</p>
{membership_table()}
<p>3.2 The following attend the Partnership as participants without voting rights: the
Directors of Public Health of the two upper-tier councils, the Directors of Adult Social Care
and of Children's Services, and the Chief Finance Officer of the Integrated Care Board.</p>
<p>3.3 The Partnership may invite other organisations to join, with the agreement of the three
statutory members.</p>
<p>3.4 The Partnership is not a decision-making body for the budgets of its members. Where its
recommendations need a decision by a member, that member takes the decision through its own
governance.</p>
<h2>4. Chair and vice chair</h2>
{
        paras(
            "4.1 The Partnership is chaired by the Leader of one of the two upper-tier councils, "
            "the chair passing between them every two years. The Chair of the Integrated Care "
            "Board is vice chair.",
        )
    }
<h2>5. Meetings</h2>
{
        paras(
            "5.1 The Partnership meets four times a year, in public, at venues in both places. "
            "Papers are published on the websites of the statutory members at least five clear "
            "working days before each meeting.",
            "5.2 Once a year the Partnership holds an open assembly to which residents, staff and "
            "community groups are invited to help review the Integrated Care Strategy.",
        )
    }
<h2>6. Quorum and decision-making</h2>
{
        paras(
            "6.1 A meeting is quorate when at least one representative of each statutory member "
            "and at least eight members in total are present.",
            "6.2 The Partnership seeks consensus. If a vote is needed, each member organisation "
            "present has one vote, regardless of the number of its seats. The Integrated Care "
            "Strategy, and any change to these terms of reference, need the support of all three "
            "statutory members.",
        )
    }
<h2>7. Responsibilities</h2>
<p>7.1 The Partnership will:</p>
{
        bullets(
            [
                "prepare, publish and keep under review the Integrated Care Strategy;",
                "consider the joint strategic needs assessments and joint local health and "
                "wellbeing strategies of the two places;",
                "receive an annual report on progress from the Integrated Care Board and from each "
                "place board;",
                "promote the involvement of residents, carers and staff in the work of the system;",
                "agree system-wide priorities for reducing health inequalities.",
            ]
        )
    }
<h2>8. Supporting groups</h2>
<p>8.1 The Partnership is supported by:</p>
{
        bullets(
            [
                "the Population Health and Inequalities Group, which advises on evidence and "
                "measures;",
                "the Lived Experience Panel, which brings the views of residents with experience of "
                "using services to every meeting;",
                "the System Workforce Partnership, which leads joint work on recruitment and "
                "training.",
            ]
        )
    }
<h2>9. Reporting and relationships</h2>
{
        paras(
            "9.1 The Partnership shares its minutes with the Dunmarsh Health and Wellbeing Board "
            "and the Lyne Health and Wellbeing Board, and meets jointly with both boards once a "
            "year.",
            "9.2 The Integrated Care Board must have regard to the Integrated Care Strategy when "
            "it makes decisions, and reports each year to the Partnership on how it has done so.",
        )
    }
<h2>10. Conduct and conflicts of interest</h2>
{
        paras(
            "10.1 Members follow the Nolan principles of public life and the code of conduct of "
            "their own organisation. Interests are declared at the start of each meeting and "
            "recorded in the minutes.",
        )
    }
<h2>11. Review</h2>
{
        paras(
            "11.1 These terms of reference will be reviewed by the Partnership in December 2025, "
            "and then every year.",
        )
    }
"""


def write_dunmarsh(path: Path) -> None:
    write_pdf(
        path,
        title="Dunmarsh and Lyne Integrated Care Partnership: Terms of Reference",
        style=css(
            footer="Dunmarsh and Lyne ICP Terms of Reference v2.0",
            header="OFFICIAL",
        ),
        body=dunmarsh_body(),
    )
