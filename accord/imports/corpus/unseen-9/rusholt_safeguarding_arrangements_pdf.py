"""Rusholt safeguarding children arrangements, as a PDF.

What it tests: a two-line title (partnership name, then "Multi-agency safeguarding
arrangements") and "Date of publication - December 2025" (month only); headings "Part N -
..."; the safeguarding partners inline in one sentence after "The safeguarding partners for
Rusholt are" (commas and "and"); the relevant agencies in paragraphs, each led by a bold
sector label with a colon ("Education: A, B and C."), the label being the category; an
independent scrutineer (a person); approval by the lead safeguarding partners (a class),
then the executive group's agreement before it (process order), and the next yearly report
"next September" (2026-09 from the publication month); localities; a running footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FILL = (
    "Practitioners from every agency can raise a concern about another agency's response "
    "through the escalation policy, without fear of blame. "
)


def write(path: Path) -> None:
    body = f"""
<h1>Rusholt Safeguarding Children Partnership</h1>
<p style="font-size:15pt; font-weight:bold">Multi-agency safeguarding arrangements</p>
<p>Date of publication - December 2025</p>
<h2>Part 1 - Our partnership</h2>
<p>The safeguarding partners for Rusholt are Rusholt Metropolitan Borough Council, Gallowmere
and Rusholt Integrated Care Board and Rusholt Police. Each has named a lead safeguarding
partner and a delegated safeguarding partner, as Working Together to Safeguard Children 2023
requires. {FILL}</p>
<h2>Part 2 - Relevant agencies</h2>
<p>The safeguarding partners have named these relevant agencies, which must co-operate with
the arrangements:</p>
<p><b>Education:</b> Rusholt Learning Partnership Trust, St Wilfrid's Catholic Academy Trust
and Rusholt College.</p>
<p><b>Health:</b> Rusholt and District Hospitals NHS Foundation Trust and Rusholt Edge Mental
Health NHS Trust.</p>
<p><b>Voluntary and community sector:</b> Rusholt Young Carers and Kinship Rusholt.</p>
<h2>Part 3 - How we work</h2>
<p>The Safeguarding Partnership Executive Group meets monthly and is supported by a Child
Safeguarding Practice Review Group and three Locality Safeguarding Forums. {FILL}</p>
<p>{FILL}{FILL}{FILL}</p>
<h2>Part 4 - Independent scrutiny</h2>
<p>Ms Joanna Pryce, the independent scrutineer, reviews the arrangements each year and
attends the Executive Group. {FILL}</p>
<h2>Part 5 - Agreement and publication</h2>
<p>The lead safeguarding partners approved these arrangements on 26 November 2025, after the
Safeguarding Partnership Executive Group had agreed them on 12 November 2025. Our next
yearly report will be published next September.</p>
"""
    css = page_css(footer="Rusholt Safeguarding Children Partnership")
    write_pdf(body=body, css=css, path=path)
