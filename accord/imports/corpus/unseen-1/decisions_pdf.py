"""Two decision records of the unseen-1 corpus as PDFs: a City Mayor's decision whose key
facts sit in a two-column table, and a Health and Wellbeing Board decision notice with
labelled, unnumbered headings and no tables."""

from __future__ import annotations

from html import escape
from pathlib import Path

from pdf_common import bullets, css, paras, write_pdf

CARROWMERE_FACTS = [
    ("Decision title", "Carrowmere Anchor Network Memorandum of Understanding"),
    ("Decision number", "CM/2025/018"),
    ("Decision maker", "City Mayor"),
    ("Portfolio", "Jobs, Skills and Inclusive Growth"),
    ("Date of decision", "23 April 2025"),
    ("Date published", "24 April 2025"),
    ("Key decision", "Yes (Forward Plan reference FP/25/006)"),
    ("Call-in period ends", "5pm, Thursday 1 May 2025"),
    ("Lead officer", "Strategic Director, City Development and Growth"),
]

CARROWMERE_MEMBERS = [
    "Carrowmere City Council",
    "Carrowmere and Wold Integrated Care Board",
    "Carrowmere University Hospitals NHS Trust",
    "Wold and Carrowmere Mental Health NHS Foundation Trust",
    "University of Carrowmere",
    "Carrowmere College",
    "Northgate Homes Group",
]


def carrowmere_body() -> str:
    facts = "".join(
        f'<tr><th style="width: 32%">{escape(k)}</th><td>{escape(v)}</td></tr>'
        for k, v in CARROWMERE_FACTS
    )
    return f"""
<p class="small">Carrowmere City Council</p>
<h1>Record of Decision by the City Mayor</h1>
<table>{facts}</table>
<h2>1. Summary</h2>
{
        paras(
            "1.1 Anchor institutions are large organisations that are rooted in a place and are "
            "unlikely to leave it: councils, hospitals, universities, colleges and housing "
            "associations. Together they employ about one in five of the people who work in "
            "Carrowmere and spend more than £900 million a year on goods and services.",
            "1.2 The idea of an anchor network for the city was first agreed at the Carrowmere "
            "Economic Summit in November last year. Since then officers of the prospective "
            "members have drafted a Memorandum of Understanding, in which each member commits "
            "to recruit more of its staff from the city's most deprived neighbourhoods, to buy "
            "more of its goods and services from local businesses and social enterprises, and to "
            "pay at least the real Living Wage to its own staff and, over time, to the staff of "
            "its contractors.",
            "1.3 The Memorandum is not legally binding. It does not override the procurement rules "
            "or the statutory duties of any member.",
        )
    }
<h2>2. Decision</h2>
<p>2.1 The City Mayor:</p>
<p>(a) approves the Carrowmere Anchor Network Memorandum of Understanding at Appendix A,
and the City Council's membership of the Network;</p>
<p>(b) delegates authority to the Strategic Director, City Development and Growth, in
consultation with the Deputy City Mayor, to agree the Network's annual delivery plan and
any minor changes to the Memorandum;</p>
<p>(c) will sign the Memorandum on behalf of the City Council at the launch of the Network
on 8 May 2025.</p>
<p>2.2 The members of the Network at its launch will be:</p>
{bullets(CARROWMERE_MEMBERS)}
<h2>3. Reasons for the decision</h2>
{
        paras(
            "3.1 Carrowmere has one of the highest rates of economic inactivity of any English "
            "city, and the gap in healthy life expectancy between its richest and poorest "
            "neighbourhoods is sixteen years. Good work is one of the strongest influences on "
            "health. By acting together the anchor institutions can make a difference that none "
            "of them could make alone.",
            "3.2 Membership commits the City Council to actions that are already part of the "
            "Council Plan and of its Social Value Policy, so there is no conflict with existing "
            "policy.",
        )
    }
<h2>4. Other options considered</h2>
{
        paras(
            "4.1 To leave each institution to pursue its own anchor strategy. Rejected: the "
            "institutions compete for the same staff and suppliers, and shared targets and "
            "shared reporting will achieve more.",
            "4.2 To set up the Network as a company limited by guarantee. Rejected for now as "
            "too costly for the benefit; the members will review the form of the Network after "
            "two years.",
        )
    }
<h2>5. Consultation and scrutiny</h2>
{
        paras(
            "5.1 The draft Memorandum was considered by the Economy Scrutiny Commission on 2 "
            "April 2025. The Commission commented that each member's targets for local "
            "recruitment should be published every year, and the Memorandum has been changed to "
            "require this.",
            "5.2 The Carrowmere Anchor Network Steering Group, made up of senior officers of the "
            "seven members, agreed the final text of the Memorandum on 10 April 2025.",
            "5.3 The Network will report on its progress once a year to the Carrowmere Economic "
            "Partnership Board and to the Carrowmere Health and Wellbeing Board.",
        )
    }
<h2>6. Financial, legal and equality implications</h2>
{
        paras(
            "6.1 The members will share the cost of a Network coordinator, estimated at £45,000 "
            "a year. The City Council's share, £15,000 a year from 2025/26, will be met from the "
            "existing economic development budget.",
            "6.2 The City Council has power to enter into the Memorandum under section 1 of the "
            "Localism Act 2011. The Memorandum creates no legal obligations.",
            "6.3 An equality impact assessment found that the Memorandum is likely to benefit "
            "residents with protected characteristics who are under-represented in the "
            "workforces of the members, in particular disabled people and young Black men.",
        )
    }
<h2>7. Declarations of interest and dispensations</h2>
<p>7.1 None.</p>
<h2>8. Signature</h2>
<table>
<tr><th style="width: 32%">Signed</th><td>City Mayor (signed)</td></tr>
<tr><th>Date</th><td>23 April 2025</td></tr>
</table>
"""


def write_carrowmere(path: Path) -> None:
    write_pdf(
        path,
        title="Record of Decision by the City Mayor: Carrowmere Anchor Network MOU",
        style=css(footer="Carrowmere City Council | City Mayor decision CM/2025/018"),
        body=carrowmere_body(),
    )


def farrowdale_body() -> str:
    return f"""
<p class="small">Farrowdale Metropolitan Borough Council</p>
<p><strong>DECISION NOTICE</strong></p>
<p>Farrowdale Health and Wellbeing Board<br>
Meeting held on Wednesday 15th January 2025 at 2.00pm, Committee Room 2, Farrowdale Town Hall</p>
<p>Notice published: 17 January 2025<br>
Decisions of the Health and Wellbeing Board are not subject to call-in.</p>
<p>Item 6</p>
<h1>Farrowdale Place Partnership Board – Terms of Reference</h1>
<h2>Report considered</h2>
{
        paras(
            "Joint report of the Director of Public Health and the Director of Place (Farrowdale), "
            "Wold and Farrow Integrated Care Board.",
            "The report presented revised terms of reference for the Farrowdale Place Partnership "
            "Board. The Board is the partnership for health and care in Farrowdale at place level. "
            "It sits between Wold and Farrow Integrated Care Board, which plans and funds services "
            "at system level across the Wold and Farrow Integrated Care System, and the five "
            "neighbourhood partnerships that lead the work at community level.",
            "The terms of reference were last agreed in 2022. The revision gives the Place "
            "Partnership Board delegated responsibility, from the Integrated Care Board, for a "
            "budget of £38 million for community services in Farrowdale, and sets out how it will "
            "make decisions about that budget.",
            "The Farrowdale Place Partnership Board considered the draft on 8 January 2025 and "
            "recommended it to this Board. The Farrowdale Health Scrutiny Panel commented on the "
            "draft on 13 January 2025, asking for residents to have a clearer role in the Place "
            "Partnership Board's decisions.",
        )
    }
<h2>Decision</h2>
<p>The Farrowdale Health and Wellbeing Board:</p>
<p>1. approved the revised terms of reference of the Farrowdale Place Partnership Board set
out in Appendix 1 to the report, subject to the amendment in 2 below;</p>
<p>2. agreed that a resident representative nominated by Healthwatch Farrowdale be added to
the voting membership of the Place Partnership Board, in response to the comments of the
Farrowdale Health Scrutiny Panel;</p>
<p>3. recommended the terms of reference, as amended, to the Council's Cabinet and to Wold
and Farrow Integrated Care Board for ratification;</p>
<p>4. noted that the terms of reference will be reviewed in January 2026, after a full year
of the new delegation.</p>
<h2>Reasons for the decision</h2>
{
        paras(
            "The Health and Wellbeing Board is responsible for encouraging integrated working "
            "in Farrowdale, and the Council's Constitution requires it to approve the terms of "
            "reference of the Place Partnership Board before they are ratified by the Council and "
            "the Integrated Care Board. Clear terms of reference are needed before the "
            "delegated budget can be transferred.",
        )
    }
<h2>Alternative options considered and rejected</h2>
{
        paras(
            "To approve the terms of reference without the change proposed by the Health "
            "Scrutiny Panel. Rejected: the Board agreed that residents should have a voice in "
            "decisions about the delegated budget.",
            "To defer a decision until the Integrated Care Board has settled its own scheme of "
            "delegation. Rejected: the delay would put the transfer of the budget at risk.",
        )
    }
<h2>Declarations of interest</h2>
{
        paras(
            "Councillor Imogen Sauvé declared a non-pecuniary interest as a public governor of "
            "Farrowdale and Wold Hospitals NHS Foundation Trust. She took part in the discussion "
            "and the decision.",
        )
    }
<h2>Next steps</h2>
{
        paras(
            "The terms of reference will be presented to the Council's Cabinet for ratification "
            "on 28 January 2025 and to Wold and Farrow Integrated Care Board for ratification on "
            "30 January 2025. The Place Partnership Board will meet under its revised terms of "
            "reference for the first time on 12 February 2025.",
        )
    }
<p class="small">Contact: Governance Services, Farrowdale Town Hall, 01632 960 771.</p>
"""


def write_farrowdale(path: Path) -> None:
    write_pdf(
        path,
        title="Decision notice: Farrowdale Place Partnership Board terms of reference",
        style=css(
            footer="Farrowdale Health and Wellbeing Board | Decision notice | 15 January 2025"
        ),
        body=farrowdale_body(),
    )
