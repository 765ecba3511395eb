"""Oakhollow learning disability section 75 partnership agreement (extract), as a PDF.

What it tests: a legal-style title page ("DATED the 28th day of March 2025", the two parties as
"(1) ... and (2) ..." in upper case with a defined role); lettered recitals under "BACKGROUND"
naming two approvals by "the Cabinet of ..." and "the Board of ..."; numbered upper-case clause
headings with sub-clauses; a term with a start and an end date beside financial years; a
schedule; an execution page with a common-seal block for the council and a signature block
for the ICB; running header and "Page N of M" footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FILLER = (
    "The Partners shall act in good faith and co-operate with each other in carrying out "
    "their obligations under this Agreement, and each shall keep the other informed of any "
    "matter that may affect the delivery of the Services or the Pooled Fund. "
)


def write(path: Path) -> None:
    body = f"""
<p style="margin-top:25mm;text-align:center">DATED the 28th day of March 2025</p>
<p style="margin-top:15mm;text-align:center">(1) OAKHOLLOW COUNTY COUNCIL ("the Council")</p>
<p style="text-align:center">and</p>
<p style="text-align:center">(2) NORTH OAKHOLLOW AND BRAMVALE INTEGRATED CARE BOARD
("the ICB")</p>
<h1 style="margin-top:25mm;text-align:center">Oakhollow Integrated Learning Disability Service</h1>
<p style="text-align:center;font-size:16pt">Section 75 Partnership Agreement</p>
<p style="text-align:center" class="small">Extract published under the Council's transparency
scheme. Financial schedules are omitted.</p>

<h2 class="new-page">BACKGROUND</h2>
<p>(A) The Council and the ICB (together "the Partners") have agreed to pool funds and to
delegate the commissioning of learning disability services for Oakhollow as a place to the
Council under section 75 of
the National Health Service Act 2006 and the NHS Bodies and Local Authorities Partnership
Arrangements Regulations 2000.</p>
<p>(B) The Partners consulted people with learning disabilities and their families through the
Oakhollow Learning Disability Partnership Board at its meeting in November 2024.</p>
<p>(C) The Cabinet of Oakhollow County Council approved the Council entering into this
Agreement on 11 February 2025, and the Board of North Oakhollow and Bramvale Integrated Care
Board approved the ICB entering into it on 6 March 2025.</p>

<h2>1. DEFINITIONS AND INTERPRETATION</h2>
<p>1.1 In this Agreement "Services" means the services described in Schedule 1 and "Pooled
Fund" means the fund established under clause 4.</p>
<p>1.2 {FILLER}</p>

<h2>2. TERM</h2>
<p>2.1 This Agreement starts on 1 April 2025 and ends on 31 March 2030 unless it is ended
earlier under clause 6. The Partners will agree their contributions for 2025/26 and each later
financial year by 31 January before the year starts.</p>

<h2>3. LEAD COMMISSIONER</h2>
<p>3.1 The Council is the Lead Commissioner and shall commission the Services on behalf of both
Partners. {FILLER}</p>

<h2>4. POOLED FUND</h2>
<p>4.1 The Council hosts the Pooled Fund. The Pooled Fund Manager is the Council's Director of
Adult Social Care.</p>
<p>4.2 {FILLER}{FILLER}</p>

<h2>5. GOVERNANCE</h2>
<p>5.1 The Joint Learning Disability Commissioning Group, made up of officers of both Partners,
oversees the Agreement and reports every six months to the Oakhollow Health and Wellbeing
Board. The Partners will also report on the Agreement to the North Oakhollow and Bramvale
Integrated Care Partnership, because the Services are part of the system's learning disability
programme.</p>
<p>5.2 {FILLER}</p>

<h2>6. TERMINATION</h2>
<p>6.1 Either Partner may end this Agreement by giving not less than twelve months' notice in
writing. {FILLER}</p>

<h2 class="new-page">SCHEDULE 1 - THE SERVICES</h2>
<p>Supported living; day opportunities; short breaks; the community learning disability teams;
and specialist health care in the community.</p>

<h2>EXECUTION</h2>
<p>This Agreement has been executed as a deed and delivered on the date at the top of it.</p>
<p style="margin-top:6mm">THE COMMON SEAL of OAKHOLLOW COUNTY COUNCIL was affixed in the
presence of:</p>
<p>.............................................. Authorised Signatory</p>
<p>Name: Helen Tranter, Head of Legal Services</p>
<p style="margin-top:8mm">SIGNED as a deed by NORTH OAKHOLLOW AND BRAMVALE INTEGRATED CARE
BOARD acting by:</p>
<p>.............................................. Chief Executive</p>
<p>.............................................. Chief Finance Officer</p>
"""
    css = page_css(
        footer="Oakhollow ILDS section 75 agreement - published extract",
        header="Oakhollow County Council and NOBV ICB",
    )
    write_pdf(body=body, css=css, path=path)
