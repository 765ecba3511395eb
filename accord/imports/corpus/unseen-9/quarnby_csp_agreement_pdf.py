"""Quarnby community safety partnership agreement, as a PDF with bold-only headings.

What it tests: headings that are bold paragraphs the size of the text (no numbers, no heading
tags); the responsible authorities inline after "The responsible authorities for Quarnby
are" in one sentence (semicolons and "and"); the co-operating bodies in a bulleted list under
a bold label; approvals told out of order (the panel's noting first, then the partnership's
agreement, then a scrutiny review in between), so process order differs from print order;
"Thursday, 9th October 2025" with a comma after the weekday; neighbourhood and ward level;
a running footer.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

FILL = (
    "Partners will share anonymised crime and disorder data each month through the "
    "partnership analyst, and will take part in the annual strategic assessment. "
)


def write(path: Path) -> None:
    body = f"""
<h1 style="font-size:16pt">Quarnby Community Safety Partnership Agreement</h1>
<p><b>Introduction</b></p>
<p>Under the Crime and Disorder Act 1998 the responsible authorities must work together to
reduce crime, disorder, substance misuse and reoffending. The responsible authorities for
Quarnby are Quarnby Borough Council; Quarnby Police; Quarnby Fire and Rescue Service; the
Probation Service; and North Quarnby Integrated Care Board. {FILL}</p>
<p><b>Other partners</b></p>
<p>The following co-operating bodies have also signed up to this agreement:</p>
<ul>
<li>Quarnby Homes</li>
<li>Quarnby Business Improvement District</li>
<li>Quarnby Council for Voluntary Service</li>
</ul>
<p><b>Priorities</b></p>
<p>The Partnership's priorities for 2025-2028 are serious violence, anti-social behaviour in
the town centre and violence against women and girls. {FILL}</p>
<p><b>Structure</b></p>
<p>The Quarnby Community Safety Partnership Board is the strategy group. It is supported by a
Serious Violence Delivery Group and by ward-based Neighbourhood Action Groups. {FILL}</p>
<p>{FILL}{FILL}</p>
<p><b>Information sharing</b></p>
<p>{FILL}{FILL}{FILL}</p>
<p><b>Agreement of this document</b></p>
<p>This agreement was noted by the Quarnby Police and Crime Panel on 4 November 2025. Before
that, the Quarnby Community Safety Partnership Board agreed it at its meeting on Thursday, 9th
October 2025, and Quarnby Borough Council's Communities Scrutiny Committee reviewed it on
21 October 2025.</p>
<p><b>Review</b></p>
<p>The Board will review this agreement each year alongside the strategic assessment.</p>
"""
    css = page_css(footer="Quarnby Community Safety Partnership Agreement")
    write_pdf(body=body, css=css, path=path)
