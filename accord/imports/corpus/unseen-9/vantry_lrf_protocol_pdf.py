"""Vantry local resilience forum community resilience protocol, as a PDF.

What it tests: a cover page with a two-line title (forum name, then "Community Resilience
Protocol") and a ruled document-control table (Version / Date / Approved by) whose rows give
the approval route oldest first, one row with a dash for the approver (a draft, no step); the
signatories from page 2 in a ruled table whose "Responder category" column holds the category
("Category 1 responder", "Category 2 responder", "Voluntary sector partner"), a national body
among them; headings "SECTION N: ..."; community resilience groups in towns, parishes and
neighbourhoods (lower case, not bodies); dates "5 Sep 2025"; a running header from page 2.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FILL = (
    "Community groups act only within their own plans and never in place of the emergency "
    "services; they stand down when asked by the responder leading the response. "
)

RESPONDERS = [
    ("Vantry County Council", "Category 1 responder"),
    ("Vantry Borough Council", "Category 1 responder"),
    ("Vantry Police", "Category 1 responder"),
    ("Vantry Fire and Rescue Service", "Category 1 responder"),
    ("Environment Agency", "Category 1 responder"),
    ("Vantry Water plc", "Category 2 responder"),
    ("British Red Cross", "Voluntary sector partner"),
    ("Vantry Community Foundation", "Voluntary sector partner"),
]


def write(path: Path) -> None:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in RESPONDERS)
    body = f"""
<div style="margin-top:50mm">
<h1>Vantry Local Resilience Forum</h1>
<p style="font-size:18pt; font-weight:bold">Community Resilience Protocol</p>
</div>
<div style="margin-top:30mm">
<table>
<thead><tr><th style="width:14%">Version</th><th style="width:22%">Date</th><th>Approved by</th></tr></thead>
<tbody>
<tr><td>0.3</td><td>5 Sep 2025</td><td>-</td></tr>
<tr><td>0.9</td><td>24 Sep 2025</td><td>Vantry LRF Community Resilience Group</td></tr>
<tr><td>1.0</td><td>15 Oct 2025</td><td>Vantry LRF Strategic Board</td></tr>
</tbody></table>
</div>
<h2 class="new-page">SECTION 1: PURPOSE</h2>
<p>This protocol sets out how the category 1 and 2 responders and voluntary sector partners
of the Vantry Local Resilience Forum support community resilience groups in towns, parishes
and neighbourhoods before, during and after an emergency. {FILL}</p>
<h2>SECTION 2: SIGNATORIES</h2>
<p>The organisations that have signed up to this protocol are:</p>
<table>
<thead><tr><th style="width:60%">Organisation</th><th>Responder category</th></tr></thead>
<tbody>{rows}</tbody></table>
<h2>SECTION 3: COMMUNITY EMERGENCY PLANS</h2>
<p>Town and parish councils and residents' groups may register a community emergency plan
with the Forum. {FILL}{FILL}</p>
<h2>SECTION 4: ACTIVATION</h2>
<p>{FILL}{FILL}</p>
<h2>SECTION 5: REVIEW</h2>
<p>The Community Resilience Group of the Forum will review this protocol after every major
incident and at least every two years.</p>
"""
    css = page_css(
        footer="Community Resilience Protocol v1.0",
        header="Vantry Local Resilience Forum - OFFICIAL",
    )
    write_pdf(body=body, css=css, path=path)
