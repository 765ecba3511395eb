"""Ilsworth academy conversion commercial transfer agreement summary, as a PDF.

What it tests: a short two-page summary of a commercial transfer agreement for a school's
conversion to an academy; the parties on a title page only, centred, one per line between
"between" and "and" lines with roles in brackets ("(1) ... (the Governing Body)"), then a page
break; the body uses the defined names; "Heads of terms" numbered "HT1"..; approvals in a
ruled "Approvals" table (Party / Decision by / Date) under a column not called "Approved by";
an academy order made by the Secretary of State (background, not a step: it is not about the
document); a two-line title in large type; dates "Wednesday 1st October 2025" and "1.1.2026";
running footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

CSS_EXTRA = """
.cover { text-align: center; margin-top: 45mm; }
.cover p { margin: 0 0 5mm 0; font-size: 12pt; }
"""


def write(path: Path) -> None:
    body = """
<div class="cover">
<h1>Brook Lane Primary School<br>Commercial Transfer Agreement - Summary of Terms</h1>
<p>between</p>
<p>(1) ILSWORTH METROPOLITAN BOROUGH COUNCIL (the Council)</p>
<p>(2) THE GOVERNING BODY OF BROOK LANE PRIMARY SCHOOL (the Governing Body)</p>
<p>and</p>
<p>(3) RIVERMEAD LEARNING PARTNERSHIP (the Academy Trust)</p>
</div>
<h2 class="new-page">HT1 Background</h2>
<p>The Secretary of State for Education made an academy order for Brook Lane Primary School
on 14 July 2025. The school will convert and join the Academy Trust on 1.1.2026 (the
Transfer Date).</p>
<h2>HT2 What transfers</h2>
<p>The school's contracts for catering, cleaning and ICT support, its equipment and its
records transfer to the Academy Trust. The land is let to the Academy Trust under a separate
125-year lease. Staff transfer under TUPE.</p>
<h2>HT3 Money</h2>
<p>Any surplus in the school's budget at the Transfer Date is paid to the Academy Trust. The
Council keeps liabilities arising before the Transfer Date.</p>
<h2>HT4 Approvals</h2>
<table>
<thead><tr><th>Party</th><th>Decision by</th><th>Date</th></tr></thead>
<tbody>
<tr><td>The Governing Body</td><td>Full Governing Board - resolved to enter the agreement</td>
<td>Wednesday 1st October 2025</td></tr>
<tr><td>The Academy Trust</td><td>Board of Trustees - approved</td><td>Thursday 9th October 2025</td></tr>
<tr><td>The Council</td><td>Director of Children's Services under delegated powers - approved</td>
<td>Monday 20th October 2025</td></tr>
</tbody></table>
<h2>HT5 Completion</h2>
<p>Completion takes place on the Transfer Date, when the Council will release the school's
records to the Academy Trust.</p>
"""
    css = page_css(footer="Brook Lane Primary School - CTA summary") + CSS_EXTRA
    write_pdf(body=body, css=css, path=path)
