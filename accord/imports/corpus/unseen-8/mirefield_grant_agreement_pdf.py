"""Mirefield voluntary sector grant agreement, as a PDF.

What it tests: a grant agreement with the two parties only inline ("made between A (the
"Council") and B (charity number ...) (the "Grantee")"); a key facts table drawn without lines
that holds the grant period and a financial year (not a date); upper-case numbered headings;
a recommendation by a grants panel and an approval by an office (Cabinet Member) given in a
clause; a ruled payment schedule table with three instalment dates; a two-column signature table
whose right-hand cell breaks over a page; "Q3 2025/26" (not a date); wards.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FILL = (
    "The Grantee will keep proper records of how the Grant is spent and will let the Council see "
    "them on reasonable notice. "
)


def write(path: Path) -> None:
    instalments = [
        ("1", "3 November 2025", "On signature of this Agreement", "£18,000"),
        ("2", "1 February 2026", "Q3 2025/26 monitoring return received", "£18,000"),
        ("3", "1 May 2026", "Q4 2025/26 monitoring return received", "£12,000"),
    ]
    rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in instalments
    )
    body = f"""
<h1>Grant Funding Agreement</h1>
<p style="font-size:13pt">Mirefield Community Food Programme</p>
<table style="border:none; width:75%">
<tr><td style="border:none; width:35%"><b>Reference</b></td><td style="border:none">MCC/VCS/2025/118</td></tr>
<tr><td style="border:none"><b>Grant</b></td><td style="border:none">£48,000</td></tr>
<tr><td style="border:none"><b>Funding year</b></td><td style="border:none">2025/26</td></tr>
<tr><td style="border:none"><b>Grant period</b></td><td style="border:none">1 November 2025 to 31 October 2026</td></tr>
</table>
<p>This Agreement is made between Mirefield City Council (the "Council") and Mirefield
Community Food Network (charity number 1187342) (the "Grantee").</p>
<h2>1. PURPOSE OF THE GRANT</h2>
<p>1.1 The Council gives the Grant to the Grantee to run community pantries and cooking
clubs in the city's five priority wards, as described in Schedule 1.</p>
<p>1.2 {FILL}</p>
<h2>2. HOW THE GRANT WAS AWARDED</h2>
<p>2.1 The Mirefield Communities Grants Panel scored the Grantee's application and
recommended the award on 02/10/2025. The Cabinet Member for Communities approved the award
and the terms of this Agreement by delegated decision on 14/10/2025.</p>
<h2>3. MONITORING</h2>
<p>3.1 The Grantee will send a short monitoring return each quarter and will attend the
Mirefield Food Poverty Alliance, which brings the city's food projects together. {FILL}</p>
<p>3.2 {FILL}{FILL}</p>
<h2>4. PAYMENT</h2>
<p>4.1 The Council will pay the Grant in the instalments in Schedule 2. {FILL}</p>
<p>4.2 {FILL}{FILL}{FILL}</p>
<h2>5. ENDING THE AGREEMENT</h2>
<p>5.1 Either party may end this Agreement on three months' written notice. {FILL}{FILL}</p>
<p>5.2 {FILL}{FILL}{FILL}{FILL}</p>
<h2>Schedule 1: Funded activities</h2>
<p>Four community pantries open at least two days a week; six-week cooking clubs for families
in each priority ward; volunteer training. {FILL}{FILL}</p>
<p>{FILL}{FILL}{FILL}{FILL}</p>
<h2>Schedule 2: Payment schedule</h2>
<table>
<thead><tr><th style="width:12%">Instalment</th><th style="width:24%">Payment date</th><th>Condition</th><th style="width:14%">Amount</th></tr></thead>
<tbody>{rows}</tbody></table>
<h2>Signatures</h2>
<table>
<tr><td style="width:50%"><b>Signed for Mirefield City Council</b><br><br>Name: Colin Baptiste<br>
Position: Head of Communities<br>Date: 28 October 2025</td>
<td><b>Signed for Mirefield Community Food Network</b><br><br>Name: Aisha Rahman<br>
Position: Chair of Trustees<br>Date: 30 October 2025</td></tr>
</table>
"""
    css = (
        page_css(
            footer="Grant Funding Agreement MCC/VCS/2025/118",
            header="Mirefield City Council - Official",
        )
        + "td { padding: 3mm 2mm; }\n"
    )
    write_pdf(body=body, css=css, path=path)
