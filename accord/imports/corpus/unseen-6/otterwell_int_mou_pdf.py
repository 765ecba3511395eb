"""Otterwell integrated neighbourhood teams memorandum of understanding (refreshed), as a PDF.

What it tests: a refreshed MOU with a ruled document-control table on the first page (Version |
Date | Status | Approved by) whose first row is the earlier version approved by a predecessor
board, a consultation row with no approver (a dash) and the final row; numbered headings with
"3.1" clauses; partners in bullets under two sub-headings, with trailing semicolons and "and";
an approval clause that repeats the final row and promises signature by a class; "Annex A:
Changes from version 1.0", a ruled table naming an organisation removed from the partners
(not a party) and one added; running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FILLER = (
    "Partners will share the names of the staff who work in each team and will keep each other "
    "informed of changes that affect the teams. "
)


def write(path: Path) -> None:
    body = f"""
<h1>Otterwell Integrated Neighbourhood Teams</h1>
<p style="font-size:15pt">Memorandum of Understanding</p>
<table>
<thead><tr><th>Version</th><th>Date</th><th>Status</th><th>Approved by</th></tr></thead>
<tbody>
<tr><td>1.0</td><td>12 September 2023</td><td>Final</td><td>Otterwell Health and Care Partnership Board</td></tr>
<tr><td>2.0 draft</td><td>05/08/2025</td><td>Consultation with partners</td><td>–</td></tr>
<tr><td>2.0</td><td>16/09/2025</td><td>Final</td><td>Otterwell Place Board</td></tr>
</tbody></table>

<h2>1. Purpose</h2>
<p>1.1 This Memorandum describes how the partners run integrated neighbourhood teams in each
of Otterwell's six neighbourhoods, so that adults with complex needs have one team around
them.</p>
<p>1.2 It refreshes version 1.0. The changes are listed in Annex A. {FILLER}</p>

<h2>2. Status</h2>
<p>2.1 This Memorandum is not legally binding. It sits beneath the Otterwell place partnership
arrangements and does not change any partner's duties.</p>

<h2>3. The partners</h2>
<p>3.1 The partners to this Memorandum are:</p>
<h3>Statutory partners</h3>
<ul>
<li>Otterwell Borough Council;</li>
<li>Brayfield and Otterwell Integrated Care Board;</li>
<li>Otterwell Community Health NHS Trust; and</li>
<li>Brayfield Mental Health NHS Foundation Trust.</li>
</ul>
<h3>Neighbourhood partners</h3>
<ul>
<li>Otterwell GP Federation;</li>
<li>Otterwell Hospice; and</li>
<li>Otterwell Council for Voluntary Service.</li>
</ul>

<h2>4. Governance</h2>
<p>4.1 The Otterwell Place Board oversees the teams. The Neighbourhood Delivery Group, chaired
by the Place Director, manages them and reports to the Board every two months. {FILLER}</p>
<p>4.2 Each neighbourhood has a Neighbourhood Team Huddle that meets weekly.</p>

<h2>5. Approval</h2>
<p>5.1 The Otterwell Place Board approved this refreshed Memorandum on 16 September 2025. It will
be signed by the chief executive of each partner.</p>

<h2 class="new-page">Annex A: Changes from version 1.0</h2>
<table>
<thead><tr><th style="width:18%">Clause</th><th>Change</th></tr></thead>
<tbody>
<tr><td>3.1</td><td>Otterwell Hospice added as a neighbourhood partner.</td></tr>
<tr><td>3.1</td><td>Brayfield Care at Home Ltd removed: its contract ended in March 2025.</td></tr>
<tr><td>4.1</td><td>Oversight moved from the Otterwell Health and Care Partnership Board, which has
been dissolved, to the Otterwell Place Board.</td></tr>
<tr><td>4.2</td><td>Neighbourhood Team Huddles added.</td></tr>
</tbody></table>
"""
    css = page_css(
        footer="Otterwell Integrated Neighbourhood Teams MOU - version 2.0",
        header="Otterwell Place Board",
    )
    write_pdf(body=body, css=css, path=path)
