"""Kestrow committee report with an appended section 75 agreement, as a PDF.

What it tests: a committee-system council's report (Adults and Health Committee) with its facts
in a ruled table; numbered report headings; "The Committee is recommended to:" with agree /
delegate; an earlier "considered ... and endorsed" by the Health and Wellbeing Board; an
appended agreement after a page break, whose numbering restarts and whose parties are inline
"(1) ... and (2) ..." in upper case; no approval section in the appendix; a draft line with a
month only; "Tuesday 4th November 2025"; a running header and footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

TITLE = "Kestrow Mental Health Recovery Services Section 75 Agreement"

FACTS = [
    ("Committee", "Adults and Health Committee"),
    ("Date of meeting", "Tuesday 4th November 2025"),
    ("Report of", "Executive Director of Adults and Health"),
    ("Report title", "Joint commissioning of mental health recovery services"),
    ("Key decision", "Yes"),
    ("Wards affected", "All"),
]


def _facts() -> str:
    rows = "".join(f'<tr><th style="width:30%">{k}</th><td>{v}</td></tr>' for k, v in FACTS)
    return f"<table><tbody>{rows}</tbody></table>"


def write(path: Path) -> None:
    body = f"""
<p style="font-size:12pt; font-weight:bold">Kestrow Council</p>
{_facts()}

<h2>1. Purpose of report</h2>
<p>To seek the Committee's agreement to a section 75 agreement with Saltrigg and Kestrow
Integrated Care Board for the joint commissioning of mental health recovery services.</p>

<h2>2. Recommendations</h2>
<p>The Committee is recommended to:</p>
<ol>
<li>agree the {TITLE} at Appendix 1; and</li>
<li>delegate authority to the Executive Director of Adults and Health to finalise and sign the
agreement on behalf of the Council.</li>
</ol>

<h2>3. Background</h2>
<p>Recovery services (supported housing, employment support and peer support) are now bought
separately by the Council and the ICB. A single pooled budget, with the Council as lead
commissioner, will let both partners commission one recovery pathway across Kestrow as a place,
with recovery hubs in each of its three localities.</p>

<h2>4. Consultation</h2>
<p>The Kestrow Health and Wellbeing Board considered the proposals on 9 October 2025 and
endorsed them. People who use the services helped to write the outcomes in the agreement.</p>

<h2>5. Financial implications</h2>
<p>The pooled budget is about 3.2 million pounds a year, of which the Council contributes 58 per
cent.</p>

<h2>6. Legal implications</h2>
<p>Section 75 of the National Health Service Act 2006 and the 2000 Regulations allow the
arrangement. It creates no new legal body.</p>

<h2>7. Appendices</h2>
<p>Appendix 1: {TITLE}</p>

<h2 class="new-page">Appendix 1: {TITLE}</h2>
<p class="small">Draft for approval, October 2025</p>
<h2>1. Parties</h2>
<p>This agreement is made between (1) KESTROW COUNCIL of the Civic Centre, Kestrow KW1 4TT and
(2) SALTRIGG AND KESTROW INTEGRATED CARE BOARD of Harbour House, Saltrigg SM3 2QE.</p>
<h2>2. Purpose</h2>
<p>The partners will pool their funding for mental health recovery services and the Council
will commission those services on behalf of both.</p>
<h2>3. Pooled fund</h2>
<p>The pooled fund is hosted by the Council. The Council's Director of Commissioning is the
pooled fund manager.</p>
<h2>4. Governance</h2>
<p>The Kestrow Joint Commissioning Board oversees the agreement and reports twice a year to the
Kestrow Health and Wellbeing Board.</p>
<h2>5. Term</h2>
<p>This agreement runs from 1 December 2025 to 30 November 2028.</p>
"""
    css = page_css(footer="Adults and Health Committee - 4 November 2025", header="Kestrow Council")
    write_pdf(body=body, css=css, path=path)
