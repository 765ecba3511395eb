"""The Active Stavenby Memorandum of Understanding as a PDF: a title page that lists the six
parties with "and" between them (the only place the parties are named), then numbered
sections on new pages, with the approval told in prose."""

from __future__ import annotations

from html import escape
from pathlib import Path

from pdf_common import bullets, css, numbered, paras, write_pdf

PARTIES = [
    "Stavenby District Council",
    "Stavenby Leisure Trust",
    "NHS Wendlebury and Stavenby Integrated Care Board",
    "Active Wendlebury",
    "University of Stavenby",
    "Stavenby Sports Council",
]

TITLE_CSS = """
.title-page { text-align: center; margin-top: 30mm; }
.title-page h1 { font-size: 22pt; margin-bottom: 14mm; }
.title-page p { font-size: 12pt; margin: 3mm 0; }
.title-page p.and { font-size: 10pt; font-style: italic; }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
"""


def stavenby_body() -> str:
    between = '<p class="and">and</p>'.join(f"<p>{escape(name)}</p>" for name in PARTIES)
    return f"""
<div class="title-page">
<h1>Active Stavenby: Memorandum of Understanding</h1>
<p class="and">between</p>
{between}
<p style="margin-top: 20mm">Dated 3 June 2024</p>
</div>

<h2 class="new-page">1. Why this Memorandum matters</h2>
{
        paras(
            "1.1 Almost one adult in three in Stavenby does less than thirty minutes of physical "
            "activity a week, and the figure is nearly one in two in the district's most deprived "
            "neighbourhoods. Inactivity is linked to heart disease, type 2 diabetes, some cancers, "
            "depression and falls in later life. It also costs the local economy in sickness "
            "absence and lost productivity.",
            "1.2 Being active is not only about sport. It includes walking to school, gardening, "
            "dancing, playing in the park and staying strong enough to manage the stairs. The "
            "partners to this Memorandum want to make the active choice the easy choice for "
            "everyone in Stavenby, whatever their age, income or ability.",
            "1.3 The partners have worked together informally as Active Stavenby since the Active "
            "Stavenby Board first met on 11 January 2023. In November 2023 Sport England confirmed "
            "that Stavenby would be one of its expansion places, with funding over four years. "
            "This Memorandum sets out how the partners will work together to make the most of "
            "that investment.",
        )
    }
<h2>2. What we will achieve together</h2>
<p>2.1 By March 2027, the partners aim to:</p>
{
        bullets(
            [
                "reduce the proportion of inactive adults in the three Active Neighbourhoods by a "
                "quarter;",
                "double the number of people referred to physical activity by health "
                "professionals;",
                "make every park and open space in the district accessible to wheelchair users and "
                "people with limited mobility;",
                "involve at least 2,000 residents in designing activities in their own areas.",
            ]
        )
    }
<h2>3. Where we will work</h2>
{
        paras(
            "3.1 Active Stavenby works at place level, across the whole district, on the things "
            "that need to be done once: planning and transport policy, the leisure estate, "
            "referral routes from the NHS and the measurement of progress.",
            "3.2 It works at community level in three Active Neighbourhoods, chosen because they "
            "have the lowest levels of activity: Castlegate, Millbrook and the Fenside villages. "
            "In each, a neighbourhood lead employed by Stavenby Leisure Trust works with residents, "
            "schools, GP practices and community groups to find out what stops people being "
            "active and what would help.",
        )
    }
<h2>4. Principles</h2>
<p>4.1 The partners will follow these principles:</p>
{
        numbered(
            [
                "Listen first: residents know best what would help them move more.",
                "Focus on those who do least, not on those who are already active.",
                "Use what already exists, such as parks, schools and community halls, before "
                "building anything new.",
                "Test, learn and share what we find, including what does not work.",
            ]
        )
    }
<h2 class="new-page">5. What each partner will do</h2>
{
        bullets(
            [
                "Stavenby District Council will put physical activity at the heart of its local "
                "plan, its parks strategy and its transport plans, and will host the Active "
                "Stavenby programme team.",
                "Stavenby Leisure Trust will employ the neighbourhood leads and will offer free or "
                "low-cost sessions in the Active Neighbourhoods.",
                "NHS Wendlebury and Stavenby Integrated Care Board will fund a physical activity "
                "referral pathway and encourage every GP practice to become an active practice.",
                "Active Wendlebury will manage the Sport England grant on behalf of the partners "
                "and provide evaluation and training.",
                "The University of Stavenby will open its sports facilities to community groups "
                "and lead the evaluation of the programme.",
                "Stavenby Sports Council will link the programme to the district's 140 sports "
                "clubs and help them welcome new members.",
            ]
        )
    }
<h2>6. Governance</h2>
{
        paras(
            "6.1 The Active Stavenby Board oversees the programme. It has one member from each "
            "partner and two residents from the Active Neighbourhoods, and is chaired by the "
            "Council's Cabinet Member for Health and Leisure. It meets every quarter.",
            "6.2 The Board reports once a year to the Stavenby Health and Wellbeing Partnership "
            "and to Sport England. The Active Neighbourhood Forums, one in each neighbourhood, "
            "advise the Board on local priorities.",
        )
    }
<h2>7. Money</h2>
{
        paras(
            "7.1 Sport England's award is £3.6 million over four years. The partners will add "
            "contributions of money and of staff time worth at least £1.2 million over the same "
            "period, as set out in the Active Stavenby delivery plan.",
            "7.2 This Memorandum is not legally binding. The use of the Sport England award is "
            "governed by the grant agreement between Sport England and Active Wendlebury.",
        )
    }
<h2>8. Review and ending</h2>
{
        paras(
            "8.1 The Board will review this Memorandum each June. It will run until 31 March 2027, "
            "unless the partners agree to extend it.",
        )
    }
<h2>9. Approval and signing</h2>
{
        paras(
            "9.1 The Memorandum was agreed by the Active Stavenby Board on 14 May 2024. It was "
            "endorsed by Stavenby District Council's Cabinet on 21 May 2024 and by the Stavenby "
            "Health and Wellbeing Partnership on 23 May 2024.",
            "9.2 It was signed by all six partners at the Stavenby Active Festival on 3 June 2024.",
        )
    }
"""


def write_stavenby(path: Path) -> None:
    write_pdf(
        path,
        title="Active Stavenby: Memorandum of Understanding",
        style=css(footer="Active Stavenby Memorandum of Understanding", extra=TITLE_CSS),
        body=stavenby_body(),
    )
