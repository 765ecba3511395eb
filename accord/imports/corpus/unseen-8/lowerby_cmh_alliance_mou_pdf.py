"""Lowerby community mental health alliance MOU, as a PDF.

What it tests: a title page listing the alliance partners under three bold group labels (the
categories); an approval history table on page 2 in reverse date order (newest first) with
numeric day-first dates, a draft row with a dash for approver (no step), a "Commented" row,
an "Agreed and recommended" row and two "Approved" rows; numbered headings; values in
bullets; system, place and neighbourhood teams; running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

GROUPS = [
    (
        "NHS",
        [
            "Lowerby and Tarn Integrated Care Board",
            "Tarnside Mental Health NHS Foundation Trust",
            "Lowerby Primary Care Collaborative",
        ],
    ),
    ("Local authority", ["Lowerby Borough Council"]),
    (
        "Voluntary, community and social enterprise",
        ["Mind in Lowerby", "Tarn Recovery College", "Lowerby Housing and Support Trust"],
    ),
]

HISTORY = [
    ("18/11/2025", "1.0", "Board of Lowerby and Tarn Integrated Care Board", "Approved"),
    ("04/11/2025", "1.0", "Cabinet of Lowerby Borough Council", "Approved"),
    (
        "21/10/2025",
        "0.9",
        "Lowerby Community Mental Health Alliance Board",
        "Agreed and recommended to the ICB and the Council",
    ),
    ("07/10/2025", "0.6", "Lowerby Experts by Experience Panel", "Commented on draft"),
    ("30/09/2025", "0.4", "–", "Draft issued for consultation"),
]


def write(path: Path) -> None:
    groups = "".join(
        f"<p style='margin-top:5mm'><b>{label}</b></p><ul>"
        + "".join(f"<li>{n}</li>" for n in names)
        + "</ul>"
        for label, names in GROUPS
    )
    rows = "".join(
        f"<tr><td>{d}</td><td>{v}</td><td>{b}</td><td>{x}</td></tr>" for d, v, b, x in HISTORY
    )
    body = f"""
<div style="padding-top:30mm">
<h1>Lowerby Community Mental Health Alliance</h1>
<p style="font-size:15pt">Memorandum of Understanding</p>
<p style="margin-top:12mm">Alliance partners</p>
{groups}
</div>
<div class="new-page">
<h2>Document approval history</h2>
<table>
<thead><tr><th style="width:14%">Date</th><th style="width:10%">Version</th><th>Approved by</th><th style="width:30%">Decision</th></tr></thead>
<tbody>{rows}</tbody></table>
<h2>1. Introduction</h2>
<p>1.1 This Memorandum sets out how the alliance partners will run community mental health
services for adults in Lowerby together, as the Lowerby place contribution to the Lowerby and
Tarn integrated care system's mental health strategy.</p>
<p>1.2 It is not legally binding. Contracts between the partners continue to apply.</p>
<h2>2. Scope</h2>
<p>2.1 The Memorandum covers adults with serious mental illness who are supported in the
community, including by the six Neighbourhood Mental Health Teams, each aligned to a primary
care network.</p>
<h2>3. Our values</h2>
<ul><li>Recovery first</li><li>Co-production with people who use services</li><li>Equity of access</li></ul>
<h2>4. Governance</h2>
<p>4.1 The Lowerby Community Mental Health Alliance Board leads the alliance. It reports to the
Lowerby Health and Care Partnership and, for NHS funding, to the ICB.</p>
<p>4.2 The Lowerby Experts by Experience Panel advises the Board and is consulted on every
change to this Memorandum.</p>
<h2>5. Approval</h2>
<p>5.1 The approval of this Memorandum is recorded in the approval history at the front. It
takes effect from 1 December 2025 and will be reviewed after one year.</p>
</div>
"""
    css = page_css(
        footer="Lowerby Community Mental Health Alliance MOU v1.0",
        header="Lowerby Community Mental Health Alliance",
    )
    write_pdf(body=body, css=css, path=path)
