"""Lathwell police and crime panel arrangements, as a PDF.

What it tests: a document that calls itself "Panel Arrangements" (kind other); parties as
the councils in a ruled table (Council | Seats) with no category; co-opted independent members
who are people, not parties; a table of each council's decision (Council | Meeting | Date |
Decision) as the approval route, with dates in three forms ("Tues 14 Jan 2025", `21.01.2025`,
"28th January 2025"); lettered headings ("A. ..."); running header; a paragraph that runs over
a page break in the middle of a sentence.
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

SEATS = [
    ("Lathwell County Council", "4"),
    ("Brayford City Council", "2"),
    ("Ennerby District Council", "1"),
    ("Solway Vale District Council", "1"),
    ("Tarnley Borough Council", "1"),
    ("Upperdale District Council", "1"),
]

DECISIONS = [
    ("Lathwell County Council", "Full Council", "Tues 14 Jan 2025", "Approved"),
    ("Brayford City Council", "Full Council", "21.01.2025", "Approved"),
    ("Ennerby District Council", "Cabinet", "21.01.2025", "Approved"),
    ("Solway Vale District Council", "Full Council", "23.01.2025", "Approved"),
    ("Tarnley Borough Council", "Cabinet", "28th January 2025", "Approved"),
    ("Upperdale District Council", "Full Council", "28th January 2025", "Approved"),
]


def _table(headers: list[str], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def write(path: Path) -> None:
    body = f"""
<h1>Lathwell Police and Crime Panel Arrangements</h1>
<p>Made by the councils of the Lathwell police area under Schedule 6 to the Police Reform and
Social Responsibility Act 2011.</p>
<h2>A. Establishment and name</h2>
<p>The councils listed in section C establish a police and crime panel for the Lathwell police
area, called the Lathwell Police and Crime Panel (&ldquo;the Panel&rdquo;). The Panel reviews
and scrutinises the decisions of the Police, Fire and Crime Commissioner for Lathwell and
supports the Commissioner in carrying out the Commissioner's functions.</p>
<h2>B. Functions</h2>
<p>The Panel reviews the draft police and crime plan, reviews the proposed precept and may veto
it, holds confirmation hearings for senior appointments and deals with non-criminal complaints
about the Commissioner through its Complaints Sub-Committee. The Panel does not scrutinise
Lathwell Constabulary itself; that is the Commissioner's role.</p>
<h2>C. Membership</h2>
<p>The Panel has ten councillor members, one for each district and city council and four for
the county council, so that the Panel reflects the whole police area:</p>
{_table(["Council", "Seats"], SEATS)}
<p>The Panel also co-opts two independent members, appointed after open advertisement. The
present independent members are Ms Harriet Quayle and Mr Osman Ridley. With the approval of
the Secretary of State the Panel may co-opt further members to achieve balance, but its size
may not exceed twenty.</p>
<h2>D. Host authority and support</h2>
<p>Lathwell County Council is the host authority. It provides the Panel's scrutiny officer,
legal adviser and clerk, and receives the grant paid by the Home Office for running the Panel,
which it shares with no other council. The costs of the Panel that the grant does not cover are
shared by the councils in proportion to the seats they hold on the Panel, and the host
authority sends each council an account after the end of each financial year, showing the
grant received, the costs met from it and the share of any remaining cost that falls to
each council, so that each council can see
what it is being asked to pay and why. Disputes about costs go first to
the chief executives of the councils.</p>
<h2>E. Meetings</h2>
<p>The Panel meets at least four times a year, in public. The Panel's Annual Meeting elects a
Chair and Vice-Chair, who may not both be members of the same political group.</p>
<h2>F. Agreement of these arrangements</h2>
<p>Each council agreed these arrangements as shown below. They took effect on 1 February 2025
and replace the arrangements of November 2012.</p>
{_table(["Council", "Meeting", "Date", "Decision"], DECISIONS)}
"""
    css = page_css(
        footer="Lathwell Police and Crime Panel: Panel Arrangements", header="Lathwell PCP"
    )
    write_pdf(body=body, css=css, path=path)
