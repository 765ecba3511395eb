"""Jarrowfield Better Care Fund plan, governance and sign-off section, as a PDF.

What it tests: a Better Care Fund narrative plan's governance part (not an agreement, kind
`other`); a title with a financial year in it; partners in a ruled table whose "Type" column
is the category; a recommendation and an approval in prose, a submission to a national body
(not a step); a sign-off table (Organisation | Signed by | Date); a landscape appendix page
(named CSS page) with a wide ruled table of schemes whose "Lead partner" column repeats the
parties; financial years and "each quarter" beside real dates; running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

PARTNERS = [
    ("Jarrowfield City Council", "Local authority", "Holds the pooled fund"),
    (
        "Tynemere and Jarrowfield Integrated Care Board",
        "NHS commissioner",
        "Minimum NHS contribution",
    ),
    ("Jarrowfield Community Health NHS Trust", "NHS provider", "Intermediate care and reablement"),
    ("Jarrowfield Hospitals NHS Foundation Trust", "NHS provider", "Discharge to assess"),
    (
        "Jarrowfield Care Association",
        "Care provider representative",
        "Care home and home care market",
    ),
]

SCHEMES = [
    (
        "1",
        "Discharge to assess (pathway 1)",
        "Jarrowfield Hospitals NHS Foundation Trust",
        "Community based",
        "2,140",
        "1,860",
        "4,000",
    ),
    ("2", "Reablement at home", "Jarrowfield City Council", "Home care", "3,310", "0", "3,310"),
    (
        "3",
        "Intermediate care beds",
        "Jarrowfield Community Health NHS Trust",
        "Bed based",
        "1,275",
        "1,725",
        "3,000",
    ),
    (
        "4",
        "Disabled facilities grant",
        "Jarrowfield City Council",
        "Housing",
        "2,600",
        "0",
        "2,600",
    ),
    ("5", "Carers' breaks", "Jarrowfield City Council", "Carers", "410", "240", "650"),
    ("6", "Care market workforce", "Jarrowfield Care Association", "Workforce", "0", "380", "380"),
]


def write(path: Path) -> None:
    partners = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in PARTNERS)
    schemes = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in SCHEMES)
    body = f"""
<h1>Jarrowfield Better Care Fund Plan 2025-26: Governance and Sign-off</h1>
<p class="small">Narrative plan, part 3 of 4</p>

<h2>1. Introduction</h2>
<p>This part of the Jarrowfield Better Care Fund plan sets out who the partners are, how the
fund is governed and how the plan was agreed. The plan covers Jarrowfield as a place; most
schemes are delivered through the city's three integrated neighbourhood teams.</p>

<h2>2. Partners to the plan</h2>
<table>
<thead><tr><th>Partner</th><th>Type</th><th>Role in the plan</th></tr></thead>
<tbody>{partners}</tbody></table>

<h2>3. Governance</h2>
<p>The Jarrowfield Health and Wellbeing Board is accountable for the plan. The Jarrowfield
Better Care Fund Joint Commissioning Group manages the fund day to day and reports to the
Board each quarter. The Discharge Improvement Group oversees schemes 1 to 3 and reports to the
Jarrowfield Place Partnership Board.</p>

<h2>4. Section 75 agreement</h2>
<p>The fund is pooled under the section 75 agreement between Jarrowfield City Council and
Tynemere and Jarrowfield Integrated Care Board, which was renewed from 1 April 2025. Spending in
2025-26 is shown in Appendix A.</p>

<h2>5. Sign-off</h2>
<p>The Joint Commissioning Group recommended the plan to the Board on 6 May 2025. The Jarrowfield
Health and Wellbeing Board approved the plan at its meeting on 21 May 2025, and it was submitted
to NHS England on 23 May 2025. The plan has been signed for the two statutory partners:</p>
<table>
<thead><tr><th>Organisation</th><th>Signed by</th><th>Date</th></tr></thead>
<tbody>
<tr><td>Jarrowfield City Council</td><td>Chief Executive</td><td>22/05/2025</td></tr>
<tr><td>Tynemere and Jarrowfield Integrated Care Board</td><td>Place Director, Jarrowfield</td><td>22/05/2025</td></tr>
</tbody></table>

<div class="wide">
<h2>Appendix A: Schemes funded in 2025-26</h2>
<table>
<thead><tr><th>No.</th><th>Scheme</th><th>Lead partner</th><th>Scheme type</th>
<th>Council (&pound;000)</th><th>NHS (&pound;000)</th><th>Total (&pound;000)</th></tr></thead>
<tbody>{schemes}</tbody></table>
</div>
"""
    css = (
        page_css(
            footer="Jarrowfield Better Care Fund Plan 2025-26 - Part 3",
            header="Jarrowfield Health and Wellbeing Board",
        )
        + "@page wide { size: A4 landscape; }\n.wide { page: wide; }\n"
    )
    write_pdf(body=body, css=css, path=path)
