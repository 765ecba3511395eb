"""Norrington two-tier planning and infrastructure MOU, as a PDF with footnotes.

What it tests: the parties only as a comma list inside the title ("Memorandum of
Understanding between A, B and C"), which wraps in large type; no party list in the body
(it speaks of "the County Council" and "the District Councils"); the approval history only in
footnotes at the foot of page 1 (WeasyPrint ``float: footnote``), each with its own date
(ordinal, numeric, month-only and dotted forms); headings in capitals with a lettered prefix ("A.
PURPOSE"); a joint infrastructure board and an officer group; "later this year" (not a date);
running footer; two pages.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

CSS_EXTRA = """
.fn { float: footnote; font-size: 8pt; }
::footnote-call { font-size: 7pt; vertical-align: super; }
::footnote-marker { font-size: 7pt; }
"""

FILL = (
    "The councils will share their housing trajectories, school place forecasts and highway "
    "models, and will not comment publicly on each other's draft plans without first raising "
    "concerns through the officer group. "
)


def write(path: Path) -> None:
    body = f"""
<h1>Memorandum of Understanding between Norrington County Council, Ilsworth District Council
and Kersby Vale District Council</h1>
<h2>A. PURPOSE</h2>
<p>This Memorandum records how the County Council and the District Councils will cooperate on
strategic planning matters, under the duty to cooperate and in preparing for strategic
planning across the county.<span class="fn">Agreed by the Norrington Joint Strategic Planning
and Infrastructure Board on 15th September 2025.</span> It covers housing numbers, school
places, transport and flood infrastructure, and developer contributions. {FILL}</p>
<h2>B. ROLES</h2>
<p>The County Council is the highway, education and minerals and waste planning authority.
The District Councils are the local planning authorities for their areas and collect the
community infrastructure levy.<span class="fn">Approved by the Cabinet of Norrington County
Council on 1/10/2025.</span> {FILL}</p>
<h2>C. GOVERNANCE</h2>
<p>The Norrington Joint Strategic Planning and Infrastructure Board, of the three portfolio
holders for planning, oversees this Memorandum. It is supported by the Norrington Planning
Officers Group, which meets monthly.<span class="fn">Approved by the Executive of Ilsworth
District Council in October 2025.</span> {FILL}</p>
<h2>D. INFRASTRUCTURE PLANNING</h2>
<p>The councils will publish a joint infrastructure delivery plan each year.<span
class="fn">Approved by the Kersby Vale District Council Policy and Resources Committee on
4.11.2025, the last of the three councils to do so.</span> {FILL}{FILL}</p>
<p>{FILL}{FILL}</p>
<h2>E. STATUS AND REVIEW</h2>
<p>This Memorandum is not legally binding. It will be reviewed when the Government's
arrangements for strategic planning are settled, which is expected later this year. {FILL}</p>
<p>{FILL}{FILL}</p>
"""
    css = page_css(footer="Norrington strategic planning MOU") + CSS_EXTRA
    write_pdf(body=body, css=css, path=path)
