"""Ivelby, Quarrenby and Thorne joint health overview and scrutiny committee terms of reference, PDF.

What it tests: the body text set in two columns (CSS columns) on the first pages; a two-line
title (name, then "Terms of Reference") above an "Agreed March 2025" line; numbered headings
inside the columns; the participating authorities after a plain lead-in in prose, repeated in
a ruled membership table (Council | Members | Substitutes) in an annex on its own page; NHS
bodies that are scrutinised, not parties; approvals by the three councils' bodies named with
"of", then the Committee's own agreement, printed in the reverse order of events; running header
and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FILLER = (
    "Members will prepare for meetings by reading the papers in advance and will put questions "
    "to witnesses through the Chair. "
)


def write(path: Path) -> None:
    body = f"""
<h1>Ivelby, Quarrenby and Thorne Joint Health Overview and Scrutiny Committee</h1>
<p style="font-size:15pt">Terms of Reference</p>
<p class="small">Agreed March 2025</p>
<div style="columns: 2; column-gap: 8mm; text-align: justify">
<h2>1. Establishment</h2>
<p>The Committee is a joint committee appointed under regulation 30 of the Local Authority
(Public Health, Health and Wellbeing Boards and Health Scrutiny) Regulations 2013. The
participating authorities are Ivelby City Council, Quarrenby County Council and Thorne Borough
Council.</p>
<p>It scrutinises proposals for substantial changes to health services that affect the
residents of more than one of the participating authorities, across the Ivelby and Quarrenby
integrated care system. {FILLER}</p>
<h2>2. Membership</h2>
<p>Each participating authority appoints the number of councillors shown in the Annex, with
the same number of substitutes. Appointments reflect the political balance of each authority
as far as practicable. {FILLER}</p>
<h2>3. Remit</h2>
<p>The Committee may require Ivelby and Quarrenby Integrated Care Board, Ivelby Hospitals NHS
Foundation Trust and Quarrenby and Thorne Community Health NHS Trust to provide information and to
attend its meetings. It may comment on the strategy of the Ivelby and Quarrenby Integrated Care
Partnership. {FILLER}{FILLER}</p>
<h2>4. Chair and meetings</h2>
<p>The Chair rotates each year between the participating authorities. The Committee meets at
least four times a year, in public. {FILLER}</p>
<h2>5. Referrals</h2>
<p>The Committee may not refer a matter to the Secretary of State; each participating
authority keeps that power. {FILLER}</p>
<h2>6. Approval</h2>
<p>These terms of reference were agreed by the Joint Committee at its first meeting on 18 March
2025, after they had been approved by the Full Council of Ivelby City Council on 27 February
2025, the Cabinet of Quarrenby County Council on 4 March 2025 and the Full Council of Thorne
Borough Council on 5 March 2025.</p>
</div>
<h2 class="new-page">Annex: Membership</h2>
<table>
<thead><tr><th>Council</th><th>Members</th><th>Substitutes</th></tr></thead>
<tbody>
<tr><td>Ivelby City Council</td><td>4</td><td>4</td></tr>
<tr><td>Quarrenby County Council</td><td>4</td><td>4</td></tr>
<tr><td>Thorne Borough Council</td><td>2</td><td>2</td></tr>
</tbody></table>
"""
    css = page_css(
        footer="Ivelby, Quarrenby and Thorne JHOSC - Terms of Reference",
        header="Joint Health Overview and Scrutiny Committee",
    )
    write_pdf(body=body, css=css, path=path)
