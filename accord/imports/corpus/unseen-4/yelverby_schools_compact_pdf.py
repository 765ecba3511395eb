"""Yelverby Schools Compact, as a PDF with its members on the title page.

What it tests: parties only on the title page, grouped under three small headings ("Local
authority", "Academy trusts", "Church education bodies"); headings numbered "1." and
"2." with sub-headings; values as a numbered list; an endorsement in prose; signature blocks
laid out two to a row in an unruled grid (a table drawn without lines) with dates written
`08.09.2025`; a running footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

GROUPS = [
    ("Local authority", ["Yelverby Borough Council"]),
    (
        "Academy trusts",
        [
            "Kingsholt Learning Trust",
            "Holy Wells Catholic Academy Trust",
            "Yelverby Schools Partnership Trust",
            "Nortonbury Academy Trust",
        ],
    ),
    ("Church education bodies", ["Yelverby Diocesan Education Service"]),
]

SIGNATURES = [
    ("Yelverby Borough Council", "Director of Children's Services", "08.09.2025"),
    ("Kingsholt Learning Trust", "Chief Executive Officer", "08.09.2025"),
    ("Holy Wells Catholic Academy Trust", "Chief Executive Officer", "10.09.2025"),
    ("Yelverby Schools Partnership Trust", "Chief Executive Officer", "10.09.2025"),
    ("Nortonbury Academy Trust", "Chair of Trustees", "15.09.2025"),
    ("Yelverby Diocesan Education Service", "Diocesan Director of Education", "15.09.2025"),
]

VALUES = [
    "Every child belongs to a Yelverby school",
    "Collective responsibility for vulnerable learners",
    "Transparency in admissions and exclusions",
]


def _title_page() -> str:
    groups = "".join(
        f'<p style="margin:5mm 0 1mm 0; font-style:italic">{name}</p>'
        + "".join(f'<p style="margin:0 0 1mm 8mm; font-size:12pt">{m}</p>' for m in members)
        for name, members in GROUPS
    )
    return f"""
<h1 style="margin-top:35mm">Yelverby Schools Compact</h1>
<p style="font-size:13pt">An agreement between</p>
{groups}
"""


def _signatures() -> str:
    cells = [
        f'<td style="border:none; padding:4mm 2mm">Signed for {org}<br>'
        f"______________________<br>{role}<br>Date: {date}</td>"
        for org, role, date in SIGNATURES
    ]
    rows = "".join("<tr>" + cells[i] + cells[i + 1] + "</tr>" for i in range(0, len(cells), 2))
    return f'<table style="border:none">{rows}</table>'


def write(path: Path) -> None:
    values = "".join(f"<li>{v}</li>" for v in VALUES)
    body = f"""
{_title_page()}
<h2 class="new-page">1. Why this Compact</h2>
<p>Most children in Yelverby now attend academies run by several different trusts. The
Council keeps its duties for school places, fair access and children with special educational
needs, but it no longer runs most schools. This Compact sets out how the Council and the trusts
will share responsibility for every child in the borough.</p>

<h2>2. Our values</h2>
<ol>{values}</ol>

<h2>3. What we will do together</h2>
<h3>Fair access</h3>
<p>The Yelverby Fair Access Panel places children who arrive mid-year. Every secondary school
takes its share.</p>
<h3>Inclusion</h3>
<p>Headteachers in each of the four locality clusters meet every half-term to agree support
for pupils at risk of exclusion, and the borough-wide Inclusion Partnership Board reviews the
figures each term.</p>

<h2>4. Agreement</h2>
<p>The Yelverby Schools Forum endorsed this Compact on 2 July 2025. It was then signed for
each member as shown below, and takes effect from the start of the autumn term.</p>

<h2>5. Signatures</h2>
{_signatures()}
"""
    css = page_css(footer="Yelverby Schools Compact 2025")
    write_pdf(body=body, css=css, path=path)
