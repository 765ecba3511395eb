"""Pennowick ICB board paper on a neighbourhood health alliance MOU, as a PDF.

What it tests: an NHS board paper whose cover sheet is a ruled table with tick boxes for the
purpose of the paper ("Approval ☒  Assurance ☐  Information ☐") and a "Previously considered
by" row naming a committee, its date and "Endorsed"; numbered headings; the MOU not appended
but listed under "Appendices" (the title, "Final draft" kept); the parties inline after "The
MOU is between"; primary care networks; recommendations in capitals (APPROVE, DELEGATE) and a
future approval by a council cabinet; "Q4 2025/26" (not a date); running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FILL = (
    "Neighbourhood teams will bring together general practice, community nursing, social care "
    "and voluntary sector staff around a shared list of people with complex needs. "
)


def write(path: Path) -> None:
    body = f"""
<table>
<tr><th style="width:30%">Meeting</th><td>Board of Pennowick and Wyre Integrated Care Board (meeting in public)</td></tr>
<tr><th>Date of meeting</th><td>4 December 2025</td></tr>
<tr><th>Agenda item</th><td>11</td></tr>
<tr><th>Report title</th><td>Pennowick Neighbourhood Health Alliance</td></tr>
<tr><th>Executive lead</th><td>Chief Delivery Officer</td></tr>
<tr><th>Purpose of paper</th><td>Approval ☒&nbsp;&nbsp; Assurance ☐&nbsp;&nbsp; Information ☐&nbsp;&nbsp; Discussion ☐</td></tr>
<tr><th>Previously considered by</th><td>Primary Care Commissioning Committee, 13 November 2025 – Endorsed</td></tr>
</table>
<h2>1. Purpose of the paper</h2>
<p>1.1 To ask the Board to approve the Memorandum of Understanding for the Pennowick
Neighbourhood Health Alliance (Appendix 1).</p>
<h2>2. Background</h2>
<p>2.1 The Pennowick Place Partnership agreed in June 2025 to set up neighbourhood health teams
in each of the city's four primary care networks. {FILL}</p>
<p>2.2 The MOU is between Pennowick and Wyre Integrated Care Board, Pennowick City Council,
Wyre Community Health NHS Trust, Pennowick GP Federation and Pennowick Voluntary Action. {FILL}</p>
<h2>3. Governance</h2>
<p>3.1 The Neighbourhood Health Alliance Board will oversee the teams and report to the
Pennowick Place Partnership. {FILL}{FILL}</p>
<p>3.2 The first two teams go live in Q4 2025/26.</p>
<h2>4. Recommendations</h2>
<p>4.1 The Board is asked to:</p>
<p>a) APPROVE the Pennowick Neighbourhood Health Alliance Memorandum of Understanding; and</p>
<p>b) DELEGATE authority to the Chief Executive to sign the MOU on behalf of the ICB.</p>
<p>4.2 The MOU will then be presented to the Cabinet of Pennowick City Council on 16 December
2025 for approval.</p>
<h2>5. Appendices</h2>
<p>Appendix 1 – Pennowick Neighbourhood Health Alliance Memorandum of Understanding (Final draft)</p>
"""
    css = page_css(
        footer="Pennowick and Wyre ICB Board, 4 December 2025, item 11",
        header="Pennowick and Wyre Integrated Care Board",
    )
    write_pdf(body=body, css=css, path=path)
