"""Sallowfield neighbourhood health partnership MOU, as a PDF.

What it tests: a cover page with the partners after two lead-ins ("The core partners are:",
"The associate partners ... are:") as HTML lists; numbered sections with a forced page break in
the middle of a sentence; values in a numbered list under "Our values" next to a list of
"Ways of working" that are not values; signatures as separate blocks (not a table) with
hyphenated numeric dates (`02-06-2025`), only the core partners signing; an approval clause in
the future tense for a body not yet met ("will be presented to ... for noting on 9 July 2025").
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

CORE = [
    "Sallowfield Primary Care Network",
    "Pennant Bridge Community NHS Trust",
    "Sallowfield Town Council",
    "Ravensmoor District Council",
]

ASSOCIATE = [
    "Sallowfield Community Pharmacy Group",
    "Ravensmoor Housing Association",
    "Sallowfield Library and Community Hub CIC",
]

SIGNATURES = [
    ("Sallowfield Primary Care Network", "Clinical Director", "02-06-2025"),
    ("Pennant Bridge Community NHS Trust", "Director of Community Services", "02-06-2025"),
    ("Sallowfield Town Council", "Town Clerk", "05-06-2025"),
    ("Ravensmoor District Council", "Head of Communities", "10-06-2025"),
]


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _signatures() -> str:
    blocks = []
    for org, role, date in SIGNATURES:
        blocks.append(
            f"<p style='margin-top:6mm'>Signed for {org}<br>"
            f"Signature: ______________________<br>Position: {role}<br>Date: {date}</p>"
        )
    return "".join(blocks)


def write(path: Path) -> None:
    body = f"""
<h1>Sallowfield Neighbourhood Health Partnership</h1>
<p style="font-size:13pt">Memorandum of Understanding</p>
<p>The core partners are:</p>
{_list(CORE)}
<p>The associate partners, who take part in the work but do not sign this Memorandum, are:</p>
{_list(ASSOCIATE)}
<p class="new-page"></p>
<h2>1. Why we are working together</h2>
<p>Sallowfield is a market town of 19,000 people with an older population than the rest of
Ravensmoor and a single GP practice site. Partners agreed at a neighbourhood summit in March
this year to plan health and care for the town together, with the town itself &ndash; its
community, not only its services &ndash; at the centre. This memorandum sets out how.</p>
<h2>2. Our values</h2>
<ol>
<li>Neighbourliness</li>
<li>Fairness for those who find services hardest to reach</li>
<li>Trust between professionals and residents</li>
</ol>
<h2>3. Ways of working</h2>
<ul>
<li>One conversation with each resident, not many</li>
<li>Shared care plans for people with complex needs</li>
<li>A monthly multidisciplinary huddle</li>
</ul>
<h2>4. Governance</h2>
<p>The Sallowfield Neighbourhood Leadership Group, with one lead from each core partner and one
from each associate partner, meets monthly. It reports to the Ravensmoor Place Board, which
brings together the neighbourhood partnerships of the district and decides how resources are
shared at place level. The leadership group will publish a short report each year setting out
what has changed for residents, what the partners have learned from the work of the huddles
and from residents' own accounts, and which of the</p>
<p class="new-page">commitments in this memorandum still need work.</p>
<h2>5. Status and approval</h2>
<p>This memorandum is not legally binding. It takes effect when the four core partners have
signed it. It will be presented to the Ravensmoor Place Board for noting on 9 July 2025.</p>
<h2>6. Signatures</h2>
{_signatures()}
"""
    css = page_css(
        footer="Sallowfield Neighbourhood Health Partnership MOU", header="Sallowfield NHP"
    )
    write_pdf(body=body, css=css, path=path)
