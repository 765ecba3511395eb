"""Scarrowby integrated care system memorandum of understanding, as a PDF.

What it tests: a long ruled partner table (Partner / Type / Lead) that breaks over the page,
with its header row repeated on page 2 and the "Type" column as the category in each row
(types recur out of order); leads are posts; headings numbered with a closing bracket
("1) Purpose"); a document-control table at the end with a "Status" column ("Draft" with a dash,
"Agreed", "Endorsed", "Noted") next to "Approved by", so the action comes from the status;
a system-level partnership, place boards and neighbourhoods; dates as "04.09.2025";
running header and footer on every page.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FILL = (
    "Partners will share plans early, agree common outcomes, and settle disagreements by "
    "discussion at the Partnership Board before using any formal process. "
)

PARTNERS = [
    ("Scarrowby and Harle Integrated Care Board", "NHS commissioner", "Chief Executive"),
    ("Scarrowby County Council", "Local authority", "Chief Executive"),
    ("Harle City Council", "Local authority", "Chief Executive"),
    ("Scarrowby Royal Hospitals NHS Foundation Trust", "NHS provider", "Chief Executive"),
    ("Harle Teaching Hospitals NHS Trust", "NHS provider", "Chief Executive"),
    ("North Scarrowby Healthcare NHS Foundation Trust", "NHS provider", "Chief Executive"),
    ("Scarrowby GP Provider Board", "Primary care", "Chair"),
    ("Scarrowby and Harle Ambulance Service NHS Trust", "NHS provider", "Chief Executive"),
    ("Scarrowby Hospice Care", "Voluntary sector", "Chief Executive"),
    ("Harle Voluntary Action", "Voluntary sector", "Chief Officer"),
    ("Scarrowby Borough Council", "Local authority", "Chief Executive"),
]


def write(path: Path) -> None:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in PARTNERS)
    body = f"""
<h1>Scarrowby and Harle Integrated Care System</h1>
<p style="font-size:14pt; font-weight:bold">Memorandum of Understanding 2025-2028</p>
<h2>1) Purpose</h2>
<p>This Memorandum records how the partners of the Scarrowby and Harle Integrated Care System
will work together to improve health, reduce inequalities and use resources well. {FILL}</p>
<p>{FILL}{FILL}{FILL}</p>
<p>{FILL}{FILL}{FILL}</p>
<h2>2) Partners</h2>
<p>{FILL}{FILL}</p>
<table>
<thead><tr><th style="width:50%">Partner</th><th style="width:25%">Type</th><th>Lead</th></tr></thead>
<tbody>{rows}</tbody></table>
<h2>3) How we work together</h2>
<p>The Scarrowby and Harle Partnership Board brings partners together at system level. Two
Place Boards, one for Scarrowby and one for Harle, lead work at place, and neighbourhood
teams work with primary care networks. {FILL}</p>
<h2>4) Status of this Memorandum</h2>
<p>This Memorandum is not legally binding. {FILL}</p>
<h2>5) Document control</h2>
<table>
<thead><tr><th style="width:12%">Version</th><th style="width:18%">Date</th><th style="width:18%">Status</th><th>Approved by</th></tr></thead>
<tbody>
<tr><td>0.4</td><td>04.09.2025</td><td>Draft</td><td>-</td></tr>
<tr><td>1.0</td><td>18.09.2025</td><td>Agreed</td><td>Scarrowby and Harle Partnership Board</td></tr>
<tr><td>1.0</td><td>01.10.2025</td><td>Endorsed</td><td>Board of Scarrowby and Harle Integrated Care Board</td></tr>
<tr><td>1.0</td><td>09.10.2025</td><td>Noted</td><td>Scarrowby Health and Wellbeing Board</td></tr>
</tbody></table>
"""
    css = page_css(
        footer="Scarrowby and Harle ICS MOU v1.0",
        header="Scarrowby and Harle Integrated Care System",
        plain_first_page=False,
    )
    write_pdf(body=body, css=css, path=path)
