"""Kestermoor children's integrated therapies section 75 agreement, published schedules, PDF.

What it tests: a published extract that holds only the schedules of a section 75 agreement;
a title line and a "Published extract" line (not title); the two partners only in "Schedule 1"
as a ruled table (Partner | Address | Authorised officer) with defined roles in brackets; a
term with a start and an end date; a pooled-fund table of financial years; a real footnote
(CSS float: footnote) at the foot of the page holding a dated event; a "Record of approvals"
table (Stage | Body | Date) that gives approvals, two signature rows and a later variation;
the Pooled Fund Manager (an office); running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FILLER = (
    "The Pooled Fund Manager will keep records of all payments into and out of the Pooled Fund "
    "and will make them available to either Partner on request. "
)


def write(path: Path) -> None:
    body = f"""
<h1>Section 75 Partnership Agreement for Children's Integrated Therapies</h1>
<p class="small">Published extract: Schedules 1 to 4. The body of the agreement is not
published.</p>

<h2>Schedule 1: The Partners and the Term</h2>
<table>
<thead><tr><th>Partner</th><th>Address</th><th>Authorised officer</th></tr></thead>
<tbody>
<tr><td>Kestermoor Borough Council ("the Council")</td><td>Civic Offices, Kestermoor KM1 2AA</td>
<td>Director of Children's Services</td></tr>
<tr><td>Kestermoor and Orleigh Integrated Care Board ("the ICB")</td><td>Orleigh House, Orleigh AR4 7ZZ</td>
<td>Director of Place, Kestermoor</td></tr>
</tbody></table>
<p>The Term begins on 1 April 2024 and ends on 31 March 2029, unless ended earlier under
clause 19.</p>

<h2>Schedule 2: The Pooled Fund</h2>
<p>The Council hosts the Pooled Fund. The Partners' contributions are:<span
style="float: footnote">Figures exclude community equipment for children, which is pooled under
a separate agreement dated 1 October 2023.</span></p>
<table>
<thead><tr><th>Financial year</th><th>Council (&pound;)</th><th>ICB (&pound;)</th><th>Total (&pound;)</th></tr></thead>
<tbody>
<tr><td>2024/25</td><td>1,240,000</td><td>2,310,000</td><td>3,550,000</td></tr>
<tr><td>2025/26</td><td>1,290,000</td><td>2,400,000</td><td>3,690,000</td></tr>
</tbody></table>
<p>{FILLER}{FILLER}</p>

<h2>Schedule 3: Governance</h2>
<p>The Kestermoor Children's Joint Commissioning Board manages the arrangements at place level.
It meets every two months, receives the Pooled Fund Manager's report and may agree variations
to the services in Schedule 2 within the Pooled Fund. It reports once a year to the Kestermoor
Children and Young People's Partnership. Services are provided by Kestermoor Community Health
NHS Trust under a contract let by the Council. {FILLER}</p>

<h2>Schedule 4: Record of approvals</h2>
<table>
<thead><tr><th>Stage</th><th>Body</th><th>Date</th></tr></thead>
<tbody>
<tr><td>Approved</td><td>Cabinet of Kestermoor Borough Council</td><td>12/03/2024</td></tr>
<tr><td>Approved</td><td>Board of Kestermoor and Orleigh Integrated Care Board</td><td>21/03/2024</td></tr>
<tr><td>Signed</td><td>Kestermoor Borough Council</td><td>28/03/2024</td></tr>
<tr><td>Signed</td><td>Kestermoor and Orleigh Integrated Care Board</td><td>28/03/2024</td></tr>
<tr><td>Variation 1 agreed</td><td>Kestermoor Children's Joint Commissioning Board</td><td>14/11/2024</td></tr>
</tbody></table>
"""
    css = page_css(
        footer="Kestermoor Children's Integrated Therapies - Section 75 schedules",
        header="Published extract",
    )
    write_pdf(body=body, css=css, path=path)
