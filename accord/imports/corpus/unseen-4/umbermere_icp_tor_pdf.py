"""Umbermere and Coldmarrow Integrated Care Partnership terms of reference, as a PDF.

What it tests: upper-case headings without numbers; a long ruled membership table
(Member organisation | Category | Seats) whose category column is the second column, not the
first, and which runs over a page break with its header row repeated; two Healthwatch rows
and a university; approval told in prose by three bodies on three days (one written "19th
June 2025"), then adoption by the Partnership itself; system and place named, no
neighbourhoods; no values (a list of "ways of working").
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

MEMBERS = [
    ("Umbermere and Coldmarrow Integrated Care Board", "Statutory member", "2"),
    ("Umbermere County Council", "Statutory member", "2"),
    ("Coldmarrow City Council", "Statutory member", "2"),
    ("Umbermere Hospitals NHS Foundation Trust", "NHS provider", "1"),
    ("Coldmarrow Teaching Hospitals NHS Trust", "NHS provider", "1"),
    ("Umbermere and Coldmarrow Mental Health NHS Foundation Trust", "NHS provider", "1"),
    ("North Fellmarsh Ambulance Service NHS Trust", "NHS provider", "1"),
    ("Amblestone District Council", "District council", "1"),
    ("Harlby Vale Borough Council", "District council", "1"),
    ("Umbermere Local Medical Committee", "Primary care", "1"),
    ("Umbermere Community Action", "Voluntary sector", "1"),
    ("Coldmarrow Voluntary Services", "Voluntary sector", "1"),
    ("Fellmarsh Hospice", "Voluntary sector", "1"),
    ("Healthwatch Umbermere", "Other partner", "1"),
    ("Healthwatch Coldmarrow", "Other partner", "1"),
    ("Fellmarsh Fire and Rescue Service", "Other partner", "1"),
    ("Fellmarsh Constabulary", "Other partner", "1"),
    ("Coldmarrow University", "Other partner", "1"),
]

WAYS = [
    "We listen to residents before we decide.",
    "We take decisions at the level closest to people.",
    "We are open about disagreement.",
]

FILLER = (
    "The Health and Care Act 2022 requires each integrated care board and the upper-tier "
    "councils in its area to set up an integrated care partnership as a joint committee. The "
    "partnership brings together a wider group of organisations concerned with the health and "
    "wellbeing of the population, and prepares the integrated care strategy. "
)


def _members() -> str:
    rows = "".join(f"<tr><td>{o}</td><td>{c}</td><td>{s}</td></tr>" for o, c, s in MEMBERS)
    return (
        "<table><thead><tr><th>Member organisation</th><th>Category</th><th>Seats</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )


def write(path: Path) -> None:
    ways = "".join(f"<li>{w}</li>" for w in WAYS)
    body = f"""
<h1>Umbermere and Coldmarrow Integrated Care Partnership</h1>
<p style="font-size:14pt">Terms of Reference</p>

<h2>STATUS</h2>
<p>{FILLER}{FILLER}</p>
<p>The Umbermere and Coldmarrow Integrated Care Partnership is that joint committee for the
Umbermere and Coldmarrow integrated care system. Umbermere and Coldmarrow Integrated Care Board,
Umbermere County Council and Coldmarrow City Council are its statutory members.</p>

<h2>PURPOSE</h2>
<p>The Partnership prepares and keeps under review the integrated care strategy for the
system, and checks how far the joint forward plan of the ICB and the plans of each place
deliver it. Each of the two places has its own board: the Umbermere Place Partnership Board
and the Coldmarrow Place Board, which plan services for their place.</p>

<h2>MEMBERSHIP</h2>
<p>The members of the Partnership, and the number of seats each holds, are:</p>
{_members()}
<p>Each member organisation names its representatives and one substitute for each seat.</p>

<h2>CHAIR</h2>
<p>The Chair is the Leader of Umbermere County Council or of Coldmarrow City Council, changing
every two years. The Chair of the ICB is Vice Chair.</p>

<h2>WAYS OF WORKING</h2>
<ul>{ways}</ul>

<h2>MEETINGS</h2>
<p>The Partnership meets in public four times a year. The Integrated Care Strategy Delivery
Group prepares its business.</p>

<h2>AGREEMENT OF THESE TERMS</h2>
<p>The Board of Umbermere and Coldmarrow Integrated Care Board agreed these terms of reference on
12 June 2025. The Cabinet of Umbermere County Council agreed them on 17 June 2025, and the
Executive of Coldmarrow City Council on 19th June 2025. The Partnership adopted them at its
first meeting on 3 July 2025 and will review them in July 2026.</p>
"""
    css = page_css(
        footer="Umbermere and Coldmarrow ICP - Terms of Reference",
        header="Umbermere and Coldmarrow Integrated Care Partnership",
    )
    write_pdf(body=body, css=css, path=path)
