"""Jessington specialised services joint committee agreement (section 65Z5), as a PDF.

What it tests: a legal title page with the parties as "(1) ... (2) ..." in capitals with defined
roles in brackets, dated "the 1st day of December 2025"; numbered upper-case clause headings;
recitals lettered (A) to (C); the joint committee and its sub-group; the boards' approvals in a
clause with three dates; a two-column signature page set as a table without lines, "Signed by
... for and on behalf of ..." twice per row (read row by row, left then right); running header
and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

PARTIES = [
    ("JESSINGTON AND BRAY INTEGRATED CARE BOARD", "the Lead ICB"),
    ("SOUTH HALLOW INTEGRATED CARE BOARD", "South Hallow ICB"),
    ("MERE AND TOLLAND INTEGRATED CARE BOARD", "Mere and Tolland ICB"),
    ("NHS ENGLAND", "NHS England"),
]

FILL = (
    "The Parties will act in good faith, share information needed for the Joint Committee's work "
    "within the law, and give the Joint Committee the officer support it reasonably needs. "
)


def _sign_cell(org: str) -> str:
    return (
        "<td style='width:50%; border:none; padding:4mm 4mm 10mm 0'>"
        "Signed by ....................................<br/>"
        f"for and on behalf of<br/><b>{org}</b><br/><br/>Date ..............................</td>"
    )


def write(path: Path) -> None:
    parties = "".join(
        f'<p>({i}) <b>{name}</b> ("{role}"){"; and" if i == 3 else ("." if i == 4 else ";")}</p>'
        for i, (name, role) in enumerate(PARTIES, start=1)
    )
    rows = []
    for i in range(0, len(PARTIES), 2):
        rows.append("<tr>" + _sign_cell(PARTIES[i][0]) + _sign_cell(PARTIES[i + 1][0]) + "</tr>")
    body = f"""
<p style="text-align:right">Dated the 1st day of December 2025</p>
<div style="margin-top:30mm; text-align:center">
<h1>JOINT WORKING AGREEMENT</h1>
<p style="font-size:13pt">for the establishment of the Jessington, Hallow and Mere Specialised
Services Joint Committee</p>
</div>
<div style="margin-top:25mm">
<p><b>BETWEEN</b></p>
{parties}
</div>

<h2 class="new-page">BACKGROUND</h2>
<p>(A) Section 65Z5 of the National Health Service Act 2006 allows integrated care boards and
NHS England to exercise functions jointly and to set up a joint committee to do so.</p>
<p>(B) From 1 April 2026 the ICB Parties take on from NHS England the commissioning of the
specialised services listed in Schedule 2, with NHS England keeping its statutory
accountability for some of them.</p>
<p>(C) The Parties wish to set up a joint committee so that those services are commissioned
once for the three integrated care systems.</p>

<h2>1. DEFINITIONS</h2>
<p>1.1 "Joint Committee" means the Jessington, Hallow and Mere Specialised Services Joint
Committee. "ICB Parties" means the Parties other than NHS England.</p>

<h2>2. ESTABLISHMENT OF THE JOINT COMMITTEE</h2>
<p>2.1 The Parties set up the Joint Committee on the terms of this Agreement and Schedule 1. It
first meets in January 2026.</p>
<p>2.2 The Joint Committee is supported by the Specialised Commissioning Operational Group,
which prepares its business. {FILL}</p>

<h2>3. DECISIONS</h2>
<p>3.1 Each Party has one vote. Decisions need the votes of all four Parties. {FILL}</p>
<p>3.2 Decisions of the Joint Committee bind the Parties. {FILL}</p>

<h2>4. APPROVAL OF THIS AGREEMENT</h2>
<p>4.1 The Board of Jessington and Bray Integrated Care Board approved this Agreement on 5
November 2025; the Board of South Hallow Integrated Care Board and the Board of Mere and
Tolland Integrated Care Board approved it on 12 November 2025; and the NHS England Commissioning
Committee approved it on 20 November 2025.</p>
<p>4.2 This Agreement is signed for each Party on the signature page.</p>

<h2>SCHEDULE 1: TERMS OF REFERENCE OF THE JOINT COMMITTEE</h2>
<p>The Joint Committee has one voting member from each Party and meets at least six times a
year. The chair rotates each year between the ICB Parties. {FILL}</p>

<h2>SCHEDULE 2: SERVICES IN SCOPE</h2>
<p>Adult cardiac surgery; renal dialysis; neonatal critical care; specialised mental health
services for children and young people. {FILL}</p>

<h2 class="new-page">SIGNATURE PAGE</h2>
<table style="border:none">{"".join(rows)}</table>
"""
    css = page_css(
        footer="Jessington, Hallow and Mere Specialised Services Joint Committee - Joint Working Agreement",
        header="OFFICIAL-SENSITIVE: COMMERCIAL",
    )
    write_pdf(body=body, css=css, path=path)
