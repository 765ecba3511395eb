"""An ICB board paper as a PDF, with the place partnership MOU it asks the Board to approve
appended after "Appendix 1": a cover-sheet table, a "Previous consideration" table
(meeting, date, outcome), "The Board is asked to:" recommendations, and an appended MOU
whose own approval section sets out the route."""

from __future__ import annotations

from html import escape
from pathlib import Path

from pdf_common import bullets, css, paras, table, write_pdf

COVER = [
    ("Meeting", "NHS Crannock and Pendower Integrated Care Board – Board meeting in public"),
    ("Date", "Thursday 6 March 2025"),
    ("Agenda item", "11"),
    ("Title", "Crannock Place Partnership Memorandum of Understanding"),
    ("Executive lead", "Director of Place (Crannock)"),
    ("Author", "Place Development Manager, Crannock"),
    ("Purpose", "For approval"),
]

PREVIOUS = [
    ["Crannock Place Partnership Board", "23 January 2025", "Agreed the draft Memorandum"],
    [
        "Crannock Council Health and Adult Social Care Overview and Scrutiny Committee",
        "11 February 2025",
        "Commented on the draft; changes made to section 5",
    ],
    [
        "ICB Strategic Commissioning Committee",
        "20 February 2025",
        "Recommended to the Board for approval",
    ],
]

PARTIES = [
    (
        "Statutory organisations",
        ["Crannock Council", "NHS Crannock and Pendower Integrated Care Board"],
    ),
    (
        "Providers",
        [
            "Royal Crannock Hospitals NHS Foundation Trust",
            "Pendower Community Health and Care NHS Trust",
            "Crannock GP Alliance (on behalf of the five Primary Care Networks)",
            "Crannock Hospice Care",
        ],
    ),
    (
        "Voluntary, community and social enterprise sector",
        ["Crannock Voluntary Sector Forum", "Pendower Rural Community Council"],
    ),
]

VALUES = [
    "We start with what matters to people, not with what our organisations do",
    "We are open with each other, including about money and risk",
    "We keep our promises, and say early when we cannot",
    "We value every partner's contribution, whatever its size",
]


def crannock_body() -> str:
    cover = "".join(
        f'<tr><th style="width: 28%">{escape(k)}</th><td>{escape(v)}</td></tr>' for k, v in COVER
    )
    parties = "".join(f"<h3>{escape(group)}</h3>{bullets(names)}" for group, names in PARTIES)
    return f"""
<table>{cover}</table>
<h2>Previous consideration</h2>
{table(["Meeting", "Date", "Outcome"], PREVIOUS)}
<h2>Executive summary</h2>
{
        paras(
            "Crannock is one of two places in the Crannock and Pendower Integrated Care System. "
            "Since October 2023 the main health and care organisations in Crannock have met as "
            "the Crannock Place Partnership Board, in shadow form, to plan services together. "
            "This paper presents a Memorandum of Understanding that puts the Place Partnership on "
            "a formal footing, for approval by the Board.",
            "The Memorandum does not delegate any ICB function or budget. It sets out shared "
            "objectives, values and governance, and commits the parties to work towards a "
            "delegated budget for community services from April 2026, which would come back to "
            "this Board for a separate decision.",
        )
    }
<h2>Recommendations</h2>
<p>The Board is asked to:</p>
<p>a) approve the Crannock Place Partnership Memorandum of Understanding at Appendix 1;</p>
<p>b) note that Crannock Council's Cabinet will consider the Memorandum on 18 March 2025;</p>
<p>c) delegate to the Chief Executive authority to sign the Memorandum on behalf of the ICB.</p>
<h2>1. Background</h2>
{
        paras(
            "1.1 The ICB's operating model, agreed by this Board in July 2023, commits it to "
            "work through place partnerships in Crannock and in Pendower. Pendower's partnership "
            "agreement was approved by the Board last year. Crannock's has taken longer, because "
            "the partners wanted to include the hospice and rural voluntary sector from the start.",
            "1.2 The Crannock Place Partnership Board agreed the draft Memorandum on 23 January "
            "2025. The Council's scrutiny committee commented on it on 11 February 2025 and asked "
            "for a clearer role for the Crannock Health and Wellbeing Board; section 5 of the "
            "Memorandum was changed in response.",
        )
    }
<h2>2. Key features of the Memorandum</h2>
{
        bullets(
            [
                "Eight parties, including two voluntary sector bodies with full voting rights.",
                "Four shared objectives, focused on frailty, children's mental health, "
                "neighbourhood teams and reducing health inequalities.",
                "A Place Partnership Board with a rotating chair, meeting in public every two months.",
                "A commitment to work towards a delegated community services budget from April 2026.",
            ]
        )
    }
<h2>3. Risks</h2>
{
        paras(
            "3.1 The main risk is that the Place Partnership raises expectations of delegated "
            "budgets faster than the ICB can safely delegate them. The Memorandum manages this "
            "by making clear that delegation needs a separate decision of this Board.",
        )
    }
<h2>4. Financial implications</h2>
{
        paras(
            "4.1 None arising directly. The Place Partnership is supported by existing ICB and "
            "Council staff.",
        )
    }
<h2>5. Conflicts of interest</h2>
{
        paras(
            "5.1 The partner member of the Board nominated by NHS trusts is the Chief Executive of "
            "Royal Crannock Hospitals NHS Foundation Trust, a party to the Memorandum. The Chair "
            "has agreed that she may take part in the discussion and the decision, because the "
            "Memorandum creates no financial benefit for any party.",
        )
    }

<h2 class="new-page">Appendix 1: Crannock Place Partnership Memorandum of Understanding</h2>
<h1>Crannock Place Partnership Memorandum of Understanding</h1>
<p class="small">Final draft for approval, February 2025</p>
<h2>1. Introduction</h2>
{
        paras(
            "1.1 This Memorandum sets out how the parties will work together as the Crannock "
            "Place Partnership to improve the health and wellbeing of the 182,000 people of "
            "Crannock. It describes the partnership's objectives, the values that guide it and "
            "the way decisions are made.",
            "1.2 The partnership works at place level, for Crannock as a whole. It works at "
            "community level through the integrated neighbourhood teams built around the five "
            "Primary Care Networks, and it contributes to the priorities set at system level by "
            "NHS Crannock and Pendower Integrated Care Board and the Crannock and Pendower "
            "Integrated Care Partnership.",
        )
    }
<h2>2. Parties</h2>
<p>2.1 The parties to this Memorandum are:</p>
{parties}
<h2>3. Objectives</h2>
{
        paras(
            "3.1 The parties will work together to help frail older people stay well at home, to "
            "improve children's and young people's mental health, to build strong neighbourhood "
            "teams, and to narrow the gap in healthy life expectancy between the most and the "
            "least deprived parts of Crannock.",
        )
    }
<h2>4. Values</h2>
<p>4.1 The parties commit to these values:</p>
{bullets(VALUES)}
<h2>5. Governance</h2>
{
        paras(
            "5.1 The Crannock Place Partnership Board oversees the partnership. Each party has one "
            "seat. The chair rotates every year between the Council, the ICB and a provider party.",
            "5.2 The Place Partnership Board reports twice a year to the Crannock Health and "
            "Wellbeing Board, which may ask it to account for its progress against the Joint "
            "Local Health and Wellbeing Strategy, and once a year to NHS Crannock and Pendower "
            "Integrated Care Board.",
        )
    }
<h2>6. Commitments of the parties</h2>
{
        paras(
            "6.1 Each party will send a senior decision-maker to the Place Partnership Board, "
            "share the information the partnership needs to plan services, and bring decisions "
            "that affect other parties to the Place Partnership Board before taking them.",
            "6.2 The parties will review this Memorandum in March 2026.",
        )
    }
<h2>7. Approval and signature</h2>
<p>7.1 This Memorandum will take effect on 1 April 2025, once it has been:</p>
<p>(a) agreed by the Crannock Place Partnership Board;</p>
<p>(b) approved by NHS Crannock and Pendower Integrated Care Board;</p>
<p>(c) approved by Crannock Council's Cabinet; and</p>
<p>(d) signed by the chief executive of each party.</p>
"""


def write_crannock(path: Path) -> None:
    write_pdf(
        path,
        title="ICB Board paper: Crannock Place Partnership Memorandum of Understanding",
        style=css(
            footer="NHS Crannock and Pendower ICB | Board in public | 6 March 2025 | Item 11",
        ),
        body=crannock_body(),
    )
