"""Ixendale Partnership NHS Foundation Trust board paper with an appended memorandum, as a PDF.

What it tests: an NHS cover sheet as a table (a "28.01.2025" meeting date, "Previously
considered by" with two dated meetings); recommendations that ask the Board to note, approve
and authorise; and an appended memorandum whose numbering restarts and whose own approval
section is the route (so the recommendations do not give the steps). Parties come from two
lead-ins ("founding members", "associate members").
"""

from __future__ import annotations

from pathlib import Path

from _pdf import page_css, write_pdf

TITLE = "Ixendale Community Mental Health Collaborative Memorandum of Understanding"

COVER = [
    ("Meeting", "Board of Directors (meeting in public)"),
    ("Date of meeting", "28.01.2025"),
    ("Agenda item", "12"),
    ("Title", TITLE),
    ("Executive lead", "Chief Operating Officer"),
    ("Author", "Head of Partnerships"),
    ("Purpose", "Approval &#9746; &nbsp; Assurance &#9744; &nbsp; Information &#9744;"),
    (
        "Previously considered by",
        "Ixendale Mental Health Collaborative Programme Board, 9 December 2024; "
        "Trust Executive Committee, 14 January 2025",
    ),
]

FOUNDING = [
    "Ixendale Partnership NHS Foundation Trust",
    "Ixendale and Wrayford Integrated Care Board",
    "Ixendale Metropolitan Borough Council",
    "Ixendale Central Primary Care Network",
    "Ixendale Mind",
    "Open Door Ixendale CIC",
]

ASSOCIATES = [
    "Department for Work and Pensions",
    "Ixendale Housing Partnership",
    "Ixendale Advocacy Service",
]

VALUES = [
    "Hope: recovery is possible for everyone",
    "Choice and control for the people we support",
    "One team, whichever badge we wear",
    "Honesty when things go wrong",
]

APPROVAL = [
    "Agreement by the Ixendale Community Mental Health Collaborative Board.",
    "Approval by the board of each founding member.",
    "Presentation to the Ixendale Health and Care Partnership for comment.",
    "Signature by the chief executive of each founding member.",
]


def _list(items: list[str], tag: str = "ul") -> str:
    return f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"


def _cover_sheet() -> str:
    rows = "".join(
        f'<tr><th style="width:32%">{label}</th><td>{value}</td></tr>' for label, value in COVER
    )
    return f"""
<p style="font-size:12pt; font-weight:bold">Ixendale Partnership NHS Foundation Trust</p>
<table><tbody>{rows}</tbody></table>
"""


def _paper() -> str:
    return """
<h2>1. Purpose of the paper</h2>
<p>1.1 This paper asks the Board to approve the Trust's membership of the Ixendale Community
Mental Health Collaborative, on the terms set out in the Memorandum of Understanding at
Appendix 1.</p>

<h2>2. Background</h2>
<p>2.1 Since May 2023 the Trust, the Integrated Care Board, the Council and local voluntary
organisations have worked together in shadow form to change community mental health services
for adults. The work is part of the mental health programme of the Ixendale and Wrayford
Integrated Care System, and the Collaborative is the way that programme is delivered at place
level in Ixendale.</p>
<p>2.2 Four neighbourhood mental health hubs now offer support without a referral. Each April
the members agree a joint plan for the hubs.</p>

<h2>3. The Memorandum of Understanding</h2>
<p>3.1 The Memorandum is not legally binding. It sets out who the members are, what they are
trying to achieve and how the Collaborative takes decisions. The Trust will host the
Collaborative's small programme team.</p>

<h2>4. Risks and implications</h2>
<p>4.1 There are no new financial commitments. The main risk is that decisions take longer
because they need the agreement of several organisations; the Memorandum manages this by
giving the Collaborative Board clear delegated responsibilities.</p>

<h2>5. Recommendations</h2>
<p>5.1 The Board is asked to:</p>
<ul>
<li>NOTE the progress made by the Collaborative in shadow form;</li>
<li>APPROVE the Memorandum of Understanding at Appendix 1; and</li>
<li>AUTHORISE the Chief Executive to sign the Memorandum on behalf of the Trust.</li>
</ul>
"""


def _appendix() -> str:
    return f"""
<h2 class="new-page">Appendix 1: {TITLE}</h2>
<p class="small">Final draft for approval by the founding members, January 2025</p>

<h2>1. Introduction</h2>
<p>1.1 Adults with serious mental illness in Ixendale die on average fifteen years earlier than
other residents. This Memorandum records how the members of the Collaborative will work
together to change that, in the neighbourhoods where people live.</p>

<h2>2. Members of the Collaborative</h2>
<p>2.1 The founding members of the Collaborative are:</p>
{_list(FOUNDING)}
<p>2.2 The following organisations are associate members, who attend the Collaborative Board
without a vote:</p>
{_list(ASSOCIATES)}

<h2>3. Shared aims</h2>
<p>3.1 The members aim to give every adult with a serious mental illness a named worker, an
annual physical health check and help with housing, money and work, from one team.</p>

<h2>4. Our values</h2>
{_list(VALUES)}

<h2>5. How the Collaborative makes decisions</h2>
<p>5.1 The Ixendale Community Mental Health Collaborative Board is made up of one director from
each founding member and two people with lived experience. It meets monthly and reports to the
Ixendale Health and Care Partnership.</p>

<h2>6. Approval of this Memorandum</h2>
<p>6.1 This Memorandum takes effect after the following steps, which the members expect to
complete by 31 March 2025:</p>
{_list(APPROVAL, "ol")}

<h2>7. Review</h2>
<p>7.1 The Collaborative Board will review this Memorandum in January 2026.</p>
"""


def write(path: Path) -> None:
    css = page_css(
        footer="Board of Directors - 28 January 2025 - Item 12",
        header="Ixendale Partnership NHS Foundation Trust",
    )
    write_pdf(body=_cover_sheet() + _paper() + _appendix(), css=css, path=path)
