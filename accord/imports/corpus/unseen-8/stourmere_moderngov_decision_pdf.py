"""Stourmere "Decision details" page (ModernGov style) printed from a browser, as a PDF.

What it tests: a democracy web page printed to PDF, with the browser's own header (site name,
page title) and footer (an invented web address and "1/2") on each page; a "Decision
details" heading and the subject as the page heading; labelled fields with values on the same
line ("Decision Maker: Cabinet", "Decision status: ...", "Is Key decision?: Yes"); unlabelled
bold headings ("Purpose", "Decision", "Reasons for the decision", "Alternative options
considered", "Background papers") whose text follows on the next lines; the parties only inline
after "between"; an earlier scrutiny consideration and a forum's endorsement "last month"
(September 2025); Cabinet approve and delegate; publication and effective dates day first.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import BASE_CSS, write_pdf

FILL = "The Compact sets out what the Council and schools can expect of each other. "


def write(path: Path) -> None:
    body = f"""
<p style="font-size:9pt; color:#555">Stourmere Borough Council | Committees | Decisions</p>
<h1>Decision details</h1>
<h2 style="margin-top:2mm">Stourmere Schools and Academy Trusts Compact</h2>
<p><b>Decision Maker:</b> Cabinet</p>
<p><b>Decision status:</b> Recommendations Approved</p>
<p><b>Is Key decision?:</b> Yes</p>
<p><b>Is subject to call in?:</b> Yes</p>
<p><b>Purpose</b></p>
<p>To agree a compact between Stourmere Borough Council, Wyvern Learning Trust, Stour Valley
Academies, St Aidan's Catholic Academy Trust, Northgate Education Partnership and the
Stourmere Governors' Association, setting out how the Council and all schools in the borough
will work together on inclusion, attendance and school places. {FILL}</p>
<p><b>Decision</b></p>
<p>Cabinet:</p>
<p>1. approved the Stourmere Schools and Academy Trusts Compact; and</p>
<p>2. delegated authority to the Corporate Director of Children's Services to make minor
amendments before it is signed.</p>
<p><b>Reasons for the decision</b></p>
<p>The Children and Young People Scrutiny Committee considered the draft Compact on
7 October 2025 and supported it. The Stourmere Schools Forum endorsed the draft at its
meeting last month. {FILL}{FILL}</p>
<p><b>Alternative options considered</b></p>
<p>To rely on the separate agreements with each trust. Rejected: they do not cover maintained
schools and do not share a common approach to inclusion. {FILL}</p>
<p><b>Background papers</b></p>
<p>Report of the Corporate Director of Children's Services, 13 October 2025. {FILL}</p>
<p><b>Publication date:</b> 24/10/2025</p>
<p><b>Date of decision:</b> 22/10/2025</p>
<p><b>Decided at meeting:</b> 22/10/2025 - Cabinet</p>
<p><b>Effective from:</b> 01/11/2025</p>
"""
    css = (
        """
@page { size: A4; margin: 18mm 14mm 18mm 14mm;
  @top-left { content: "Stourmere Borough Council"; font-size: 8pt; }
  @top-center { content: "Decision - Stourmere Schools and Academy Trusts Compact"; font-size: 8pt; }
  @bottom-left { content: "https://democracy.stourmere.gov.uk/ieDecisionDetails.aspx?ID=2291"; font-size: 8pt; }
  @bottom-right { content: counter(page) "/" counter(pages); font-size: 8pt; }
}
"""
        + BASE_CSS
        + "p { margin-bottom: 3.5mm; } body { font-size: 11pt; }\n"
    )
    write_pdf(body=body, css=css, path=path)
