"""Inchbury and Wold Integrated Care Partnership terms of reference, as a PDF.

What it tests: a cover page, then a table of contents page whose entries carry page numbers
(WeasyPrint target-counter) and must not be read as extra headings; numbered headings; the
members in a ruled table (Member organisation | Represented by) split by full-width band rows
("Statutory members", "Local authority members", "Wider partners"); posts in the second column (never parties); a ruled document
control table (Version | Date | Status | Approved by) with numeric dates, whose last row
repeats the approval on the cover; running header and
footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

BANDS = [
    (
        "Statutory members",
        [
            ("Inchbury and Wold Integrated Care Board", "Chair and Chief Executive"),
            ("Inchbury County Council", "Leader of the Council; Director of Public Health"),
            ("Wold Unitary Council", "Leader of the Council; Executive Director of People"),
        ],
    ),
    (
        "Local authority members",
        [
            ("Inchbury City Council", "Cabinet Member for Housing"),
            ("North Wold District Council", "Portfolio Holder for Communities"),
        ],
    ),
    (
        "Wider partners",
        [
            ("Inchbury Teaching Hospitals NHS Foundation Trust", "Chief Executive"),
            ("Wold Community Health NHS Trust", "Chief Executive"),
            ("Inchbury and Wold Fire and Rescue Service", "Chief Fire Officer"),
            ("Healthwatch Inchbury", "Chief Executive"),
            ("Healthwatch Wold", "Chair"),
            ("Inchbury Voluntary Action", "Chief Executive"),
            ("Wold Housing Group", "Director of Customer Services"),
            ("University of Inchbury", "Pro Vice-Chancellor for Health"),
        ],
    ),
]

FILL = (
    "Members bring the views of their organisations and of the people they serve, and take back "
    "what the Partnership agrees. The Partnership works in the open: its papers are published a "
    "week before each meeting and its meetings are held in public. "
)

SECTIONS = [
    ("s1", "1. Purpose"),
    ("s2", "2. Membership"),
    ("s3", "3. Meetings and quorum"),
    ("s4", "4. Relationship with other bodies"),
    ("s5", "5. Approval and review"),
    ("s6", "6. Document control"),
]


def _members() -> str:
    rows = []
    for band, members in BANDS:
        rows.append(f'<tr><td colspan="2" class="group">{band}</td></tr>')
        rows += [f"<tr><td>{org}</td><td>{rep}</td></tr>" for org, rep in members]
    return (
        "<table><thead><tr><th style='width:55%'>Member organisation</th><th>Represented by</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def write(path: Path) -> None:
    toc = "".join(f'<li><a href="#{anchor}">{text}</a></li>' for anchor, text in SECTIONS)
    h = dict(SECTIONS)
    body = f"""
<div style="margin-top:60mm">
<h1>Inchbury and Wold Integrated Care Partnership</h1>
<p style="font-size:16pt">Terms of Reference</p>
<p>Version 3.0<br/>Approved 15.07.2025</p>
</div>

<div class="new-page">
<p style="font-size:14pt; font-weight:bold">Contents</p>
<ul class="toc">{toc}</ul>
</div>

<h2 id="s1" class="new-page">{h["s1"]}</h2>
<p>1.1 The Inchbury and Wold Integrated Care Partnership is the statutory joint committee of
Inchbury and Wold Integrated Care Board and the two upper-tier councils under section 116ZA of
the Local Government and Public Involvement in Health Act 2007. It sets the integrated care
strategy for the Inchbury and Wold integrated care system.</p>
<p>1.2 It does not commission services or hold a budget. {FILL}</p>

<h2 id="s2">{h["s2"]}</h2>
<p>2.1 The members of the Partnership are the organisations in the table below, each
represented as shown. {FILL}</p>
{_members()}
<p>2.2 District councils not listed may attend as observers.</p>

<h2 id="s3">{h["s3"]}</h2>
<p>3.1 The Partnership meets in public at least three times a year. {FILL}</p>
<p>3.2 A quorum is one representative of the Integrated Care Board and one of each upper-tier
council. {FILL}{FILL}</p>

<h2 id="s4">{h["s4"]}</h2>
<p>4.1 The Partnership works with the Inchbury Health and Wellbeing Board and the Wold Health and
Wellbeing Board, whose joint local health and wellbeing strategies it takes into account, and
with the two place partnerships, the Inchbury Place Partnership and the Wold Place
Partnership.</p>

<h2 id="s5">{h["s5"]}</h2>
<p>5.1 These terms of reference were agreed by the Partnership on 15 July 2025 after the Board
of Inchbury and Wold Integrated Care Board, the Cabinet of Inchbury County Council and the
Executive of Wold Unitary Council had each approved them. They will be reviewed in July
2026.</p>

<h2 id="s6">{h["s6"]}</h2>
<table><thead><tr><th>Version</th><th>Date</th><th>Status</th><th>Approved by</th></tr></thead>
<tbody>
<tr><td>3.0</td><td>24.06.2025</td><td>Approved</td><td>Board of Inchbury and Wold Integrated Care Board</td></tr>
<tr><td>3.0</td><td>01.07.2025</td><td>Approved</td><td>Cabinet of Inchbury County Council</td></tr>
<tr><td>3.0</td><td>08.07.2025</td><td>Approved</td><td>Executive of Wold Unitary Council</td></tr>
<tr><td>3.0</td><td>15.07.2025</td><td>Agreed</td><td>Inchbury and Wold Integrated Care Partnership</td></tr>
</tbody></table>
"""
    css = (
        page_css(
            footer="Inchbury and Wold Integrated Care Partnership - Terms of Reference v3.0",
            header="Inchbury and Wold ICP",
        )
        + "ul.toc { list-style: none; padding: 0; }\n"
        + "ul.toc li { margin: 2mm 0; font-size: 11pt; }\n"
        + "ul.toc a { color: #111; text-decoration: none; }\n"
        + "ul.toc a::after { content: leader('.') target-counter(attr(href), page); }\n"
    )
    write_pdf(body=body, css=css, path=path)
