"""Quarrowby safeguarding partnership multi-agency information sharing protocol, as a PDF.

What it tests: an information sharing protocol (not an MOU); "The safeguarding partners for
Quarrowby are:" with a bulleted list, then relevant agencies in a ruled table with an "Agency
type" column (the category) and a "Data protection contact" column of posts; a software
supplier quoted with a US-order date ("October 6, 2025") that is a processor, not a party;
dates as "15-Oct-2025"; a document-control table at the end (two approvals by two bodies);
a signature table of three posts and their organisations; running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

AGENCIES = [
    ("Quarrowby Teaching Hospitals NHS Trust", "Health", "Data Protection Officer"),
    ("Quarrowby Community and Mental Health NHS Trust", "Health", "Information Governance Lead"),
    ("Probation Service", "Justice", "Head of Quarrowby Probation Delivery Unit"),
    ("Quarrowby Learning Trust", "Education", "Trust Data Protection Officer"),
    ("Quarrowby Homes", "Housing", "Head of Tenancy Services"),
]

FILL = (
    "Information shared under this protocol must be necessary, proportionate, relevant, "
    "accurate, timely and secure. "
)


def write(path: Path) -> None:
    rows = "".join(f"<tr><td>{o}</td><td>{t}</td><td>{c}</td></tr>" for o, t, c in AGENCIES)
    body = f"""
<h1>Quarrowby Safeguarding Partnership</h1>
<p style="font-size:14pt">Multi-agency Information Sharing Protocol</p>
<h2>Purpose of this protocol</h2>
<p>This protocol sets out how the partners share personal information to protect children and
adults at risk in Quarrowby. It supports the Quarrowby Safeguarding Children Partnership and
the Quarrowby Safeguarding Adults Board. {FILL}</p>
<h2>Who this protocol covers</h2>
<p>The safeguarding partners for Quarrowby are:</p>
<ul>
<li>Quarrowby City Council;</li>
<li>Quarrowby and Eastmoor Integrated Care Board; and</li>
<li>Eastmoor Police.</li>
</ul>
<p>The relevant agencies that have signed up to this protocol are:</p>
<table>
<thead><tr><th>Organisation</th><th style="width:16%">Agency type</th><th style="width:32%">Data protection contact</th></tr></thead>
<tbody>{rows}</tbody></table>
<h2>Lawful basis and principles</h2>
<p>{FILL}{FILL}</p>
<p>The partners use a shared case management system hosted by Brightline Systems Inc., which
acts as a processor only and is not a party to this protocol. Its statement of compliance reads:
"Brightline Systems Inc. confirms that all Quarrowby partnership data is hosted in UK data
centers, effective October 6, 2025."</p>
<h2>Sharing in practice</h2>
<p>{FILL}{FILL}{FILL}</p>
<p>The Joint Information Governance Group, a sub-group of both boards, reviews any breach of
this protocol.</p>
<h2>Document control</h2>
<table>
<thead><tr><th style="width:12%">Version</th><th style="width:18%">Date</th><th>Approved by</th></tr></thead>
<tbody>
<tr><td>1.0</td><td>15-Oct-2025</td><td>Quarrowby Safeguarding Children Partnership Executive</td></tr>
<tr><td>1.0</td><td>22-Oct-2025</td><td>Quarrowby Safeguarding Adults Board</td></tr>
</tbody></table>
<h2>Signatures of the safeguarding partners</h2>
<table>
<thead><tr><th>Organisation</th><th>Signed by</th><th style="width:18%">Date</th></tr></thead>
<tbody>
<tr><td>Quarrowby City Council</td><td>Director of Children's Services</td><td>03-Nov-2025</td></tr>
<tr><td>Quarrowby and Eastmoor Integrated Care Board</td><td>Chief Nursing Officer</td><td>03-Nov-2025</td></tr>
<tr><td>Eastmoor Police</td><td>Assistant Chief Constable</td><td>05-Nov-2025</td></tr>
</tbody></table>
"""
    css = page_css(
        footer="Quarrowby Multi-agency Information Sharing Protocol v1.0",
        header="OFFICIAL",
        plain_first_page=False,
    )
    write_pdf(body=body, css=css, path=path)
