"""Loxmere museums and libraries consortium agreement, as a PDF.

What it tests: a consortium agreement whose body never lists its members ("the members listed
in Schedule 1"); "Schedule 1 - Members" at the back as a long ruled table (No. / Member /
Type of member / Venue) that breaks over a page with its header repeated, whose "Type of
member" column is the category; numbered clauses with upper-case headings ("CLAUSE 3 -
..."); adoption in prose by a consortium board and noting by an arts council-funded network
(a national body named, not a member); a numbered signature table (No. / Signed for /
Name / Date signed) in "Schedule 2 - Signatures" that repeats only four of the members;
dates like "3 Nov 2025"; running header from page 2.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

MEMBERS = [
    ("Loxmere Borough Council", "Founding member", "Loxmere Central Library and nine branches"),
    ("Jarlby District Council", "Founding member", "Jarlby Library and Heritage Centre"),
    ("Loxmere Museums Trust", "Founding member", "Loxmere Museum and Art Gallery"),
    ("Oxwold County Council", "Founding member", "Oxwold County Record Office"),
    ("Fordingham Town Council", "Associate member", "Fordingham Town Museum"),
    ("Selbury Steam Railway Trust", "Associate member", "Selbury Station Museum"),
    ("Loxmere Civic Society", "Associate member", "Loxmere Heritage Walks"),
    ("Friends of Jarlby Mill", "Associate member", "Jarlby Watermill"),
    ("University of Loxmere", "Academic partner", "University Special Collections"),
]

FILL = (
    "Members will share collections management software, a single library card and a joint "
    "programme of exhibitions, and will lend objects and books to one another without charge. "
)


def write(path: Path) -> None:
    member_rows = "".join(
        f"<tr><td>{i}</td><td>{m}</td><td>{t}</td><td>{v}</td></tr>"
        for i, (m, t, v) in enumerate(MEMBERS, start=1)
    )
    signers = [
        ("Loxmere Borough Council", "Ruth Ansell, Director of Communities", "3 Nov 2025"),
        ("Jarlby District Council", "Marcus Lee, Chief Executive", "5 Nov 2025"),
        ("Loxmere Museums Trust", "Dr Saira Patel, Chair of Trustees", "3 Nov 2025"),
        ("Oxwold County Council", "Jo Whitlock, Head of Libraries", "11 Nov 2025"),
    ]
    sign_rows = "".join(
        f"<tr><td>{i}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>"
        for i, (a, b, c) in enumerate(signers, start=1)
    )
    body = f"""
<h1>Loxmere Museums and Libraries Consortium Agreement</h1>
<p>This Agreement is made between the members listed in Schedule 1.</p>
<h2>CLAUSE 1 - PURPOSE</h2>
<p>The Consortium exists to keep Loxmere's libraries, museums and archives open and growing by
sharing what each member has. {FILL}</p>
<h2>CLAUSE 2 - MEMBERSHIP</h2>
<p>Founding members contribute to the Consortium's costs. Associate members and academic
partners contribute in kind. {FILL}</p>
<h2>CLAUSE 3 - THE CONSORTIUM BOARD</h2>
<p>The Consortium Board has one voting member from each founding member and two elected by
the associate members. It is advised by a Collections and Exhibitions Panel. {FILL}</p>
<h2>CLAUSE 4 - MONEY</h2>
<p>{FILL}{FILL}</p>
<h2>CLAUSE 5 - ADOPTION</h2>
<p>The Consortium Board adopted this Agreement at its meeting on 21 Oct 2025. The South
Midlands Museum Development Network, funded by Arts Council England, noted it on 28 Oct 2025.
Each member joins the Consortium when it signs.</p>
<h2>Schedule 1 - Members</h2>
<table><thead><tr><th style="width:7%">No.</th><th style="width:35%">Member</th>
<th style="width:20%">Type of member</th><th>Venue</th></tr></thead>
<tbody>{member_rows}</tbody></table>
<h2>Schedule 2 - Signatures</h2>
<table><thead><tr><th style="width:7%">No.</th><th>Signed for</th><th>Name</th>
<th style="width:18%">Date signed</th></tr></thead><tbody>{sign_rows}</tbody></table>
"""
    css = page_css(
        footer="Loxmere Museums and Libraries Consortium Agreement",
        header="Consortium Agreement - final",
    )
    write_pdf(body=body, css=css, path=path)
