"""Pellridge education compact between a council, academy trusts and schools, as a PDF.

What it tests: headings lettered "Section A - ..." (spaced hyphen); no party named in the
body (it speaks of "the Council, the trusts and the schools"); the parties only in
"Schedule 1 - Signatories" after a page break, as a ruled table whose group rows are bands
merged across the table (the categories) under an Organisation / Lead contact header (posts);
approvals in prose with ordinal dates ("7th October 2025"); a delegated decision by a Cabinet
Member (an office); "the spring term" and "2025/26" (not dates); localities; running header
and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FILL = (
    "The signatories will share information about children at risk of exclusion early, and "
    "will look first for support within the locality before a move to another school. "
)

GROUPS = [
    (
        "Local authority",
        [("Pellridge County Council", "Assistant Director, Education")],
    ),
    (
        "Multi-academy trusts",
        [
            ("Wealdbrook Learning Trust", "Chief Executive Officer"),
            ("St Cuthbert's Catholic Academy Trust", "Director of Education"),
            ("Pellridge Valley Schools Trust", "Chief Executive Officer"),
        ],
    ),
    (
        "Maintained schools",
        [
            ("Hollins Lane Primary School", "Headteacher"),
            ("Pellridge Pupil Referral Unit", "Headteacher"),
        ],
    ),
]


def write(path: Path) -> None:
    rows = []
    for band, members in GROUPS:
        rows.append(f'<tr><td class="group" colspan="2">{band}</td></tr>')
        rows.extend(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in members)
    body = f"""
<h1>Pellridge Education Compact</h1>
<p>This Compact is an agreement between the Council, the trusts and the schools named in
Schedule 1. It applies from the spring term of 2025/26.</p>
<h2>Section A - Why a compact</h2>
<p>Too many Pellridge children move school in the middle of a year or are excluded. The
signatories want every child to belong to a school that knows them. {FILL}</p>
<h2>Section B - Our shared commitments</h2>
<p>{FILL}{FILL}</p>
<p>{FILL}{FILL}</p>
<h2>Section C - Locality inclusion panels</h2>
<p>Each of the four localities has a Locality Inclusion Panel of headteachers, which agrees
managed moves and shares places in alternative provision. The panels report to the Pellridge
Education Partnership Board. {FILL}</p>
<h2>Section D - How the Compact was agreed</h2>
<p>The Pellridge Education Partnership Board agreed the Compact on 7th October 2025, and the
Pellridge Schools Forum endorsed it on 16th October 2025. The Cabinet Member for Children
and Education approved the Council's signature by delegated decision on 22nd October 2025.
The Compact takes effect for each signatory when it signs.</p>
<h2>Section E - Review</h2>
<p>The Partnership Board will review the Compact after one year. {FILL}</p>
<h2 class="new-page">Schedule 1 - Signatories</h2>
<table>
<thead><tr><th style="width:55%">Organisation</th><th>Lead contact</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
"""
    css = page_css(footer="Pellridge Education Compact", header="OFFICIAL")
    write_pdf(body=body, css=css, path=path)
