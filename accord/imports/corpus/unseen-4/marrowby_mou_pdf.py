"""Marrowby Place Partnership memorandum of understanding, as a PDF.

What it tests: a cover page with the title over two lines and no parties; a ruled partner
table (Category | Partner | Signatory) whose category cells span their group's rows
(rowspan) and which runs over a page break, with the header row repeated; signatory posts
that are not parties; values in a bulleted list next to a numbered list of principles; a
lettered "Process of enactment" with "for note and endorsement" and steps for "the board or
cabinet of each partner organisation"; running header and "Page N of M" footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

PARTNERS = [
    (
        "Integrated care board",
        [("Marrowby and Oxenridge Integrated Care Board", "Chief Executive")],
    ),
    (
        "Local authorities",
        [
            ("Marrowby City Council", "Chief Executive"),
            ("Oxenridge County Council", "Executive Director of Adult Services"),
        ],
    ),
    (
        "NHS providers",
        [
            ("Marrowby Royal Infirmary NHS Foundation Trust", "Chief Executive"),
            ("Oxenridge Partnership NHS Foundation Trust", "Chief Executive"),
            ("Mid Oxenridge Ambulance Service NHS Trust", "Director of Strategy"),
        ],
    ),
    (
        "Primary care",
        [
            ("Marrowby GP Federation", "Chair"),
            ("Marrowby Central Primary Care Network", "Clinical Director"),
            ("Marrowby West Primary Care Network", "Clinical Director"),
            ("Marrowby Riverside Primary Care Network", "Clinical Director"),
        ],
    ),
    (
        "Voluntary, community and social enterprise sector",
        [
            ("Marrowby Council for Voluntary Service", "Chief Officer"),
            ("Marrowby Carers Trust", "Chief Executive"),
            ("Age Concern Marrowby", "Chair of Trustees"),
            ("St Jude's Hospice Marrowby", "Chief Executive"),
        ],
    ),
    (
        "Other public bodies",
        [
            ("Oxenridge Fire and Rescue Service", "Area Manager"),
            ("Healthwatch Marrowby", "Chair"),
        ],
    ),
]

VALUES = [
    "Residents first, organisations second",
    "Equal voice for every partner, whatever its size",
    "Honesty about money, risk and performance",
    "Kindness in how we treat each other",
]

PRINCIPLES = [
    "Decisions are taken as close to residents as possible.",
    "Partners share data by default, within the law.",
    "No partner acts to move cost onto another without agreement.",
]

FILLER = (
    "Marrowby has a population of about 310,000 people. Healthy life expectancy in the most "
    "deprived wards is fourteen years shorter than in the least deprived, and demand for "
    "urgent care has grown faster than in any other part of the county. No single partner can "
    "change that alone. "
)


def _partners() -> str:
    rows = []
    for category, members in PARTNERS:
        for index, (name, signatory) in enumerate(members):
            cell = f'<td rowspan="{len(members)}">{category}</td>' if index == 0 else ""
            rows.append(f"<tr>{cell}<td>{name}</td><td>{signatory}</td></tr>")
    return (
        "<table><thead><tr><th style='width:28%'>Category</th><th>Partner</th>"
        "<th style='width:28%'>Signatory</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def write(path: Path) -> None:
    values = "".join(f"<li>{v}</li>" for v in VALUES)
    principles = "".join(f"<li>{p}</li>" for p in PRINCIPLES)
    body = f"""
<h1 style="margin-top:60mm">Marrowby Place Partnership</h1>
<p style="font-size:16pt">Memorandum of Understanding</p>
<p style="margin-top:30mm">Version 2.0 (final draft for enactment)</p>
<p>Prepared by the Place Executive Group for the partners</p>

<h2 class="new-page">1. Introduction</h2>
<p>1.1 {FILLER}{FILLER}</p>
<p>1.2 The partners have worked together as a shadow place partnership since its first
meeting on Thursday 6th March 2025. This Memorandum records what they have agreed about
purpose, values and governance. It is not legally binding.</p>
<p>1.3 Marrowby is one of three places in the Marrowby and Oxenridge Integrated Care System.
The partnership leads the system's work in Marrowby as a place and supports neighbourhood
teams built around the primary care networks.</p>

<h2>2. Partners</h2>
<p>2.1 The partners to this Memorandum, and the post that signs for each, are:</p>
{_partners()}
<p>2.2 Another organisation may join with the agreement of the Marrowby Place Partnership
Board.</p>

<h2>3. Purpose</h2>
<p>3.1 The partnership will improve healthy life expectancy, reduce the gap between
neighbourhoods and join up urgent, community and social care for older people.</p>

<h2>4. Shared values</h2>
<ul>{values}</ul>

<h2>5. Principles</h2>
<ol>{principles}</ol>

<h2>6. Governance</h2>
<p>6.1 The Marrowby Place Partnership Board sets the direction and meets every two months. The
Place Executive Group manages the programme. Five Neighbourhood Health Forums bring together
practices, community services and local groups in each neighbourhood. The Board reports to
the Marrowby Health and Wellbeing Board and contributes to the strategy of the Marrowby and
Oxenridge Integrated Care Partnership.</p>

<h2>7. Process of enactment</h2>
<p>7.1 This Memorandum will be enacted through the following steps:</p>
<p>(a) agreement of the final draft by the Marrowby Place Partnership Board on 12 September
2025;</p>
<p>(b) approval by the board or cabinet of each partner organisation by 28 November 2025;</p>
<p>(c) submission to the Marrowby Health and Wellbeing Board for note and endorsement on
4 December 2025; and</p>
<p>(d) signature by the authorised signatory of each partner.</p>

<h2>8. Review</h2>
<p>8.1 The Board will review this Memorandum in September 2026.</p>
"""
    css = page_css(
        footer="Marrowby Place Partnership MOU - version 2.0", header="Marrowby Place Partnership"
    )
    write_pdf(body=body, css=css, path=path)
