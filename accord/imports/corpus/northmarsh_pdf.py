"""The North Marsh Alliance Agreement of the import corpus, as HTML rendered to PDF by
WeasyPrint: real page breaks, a running header and footer, real bulleted lists.
Run ``make_binary_documents.py`` to write it."""

from __future__ import annotations

from html import escape
from pathlib import Path

ALLIANCE_CSS = """
@page {
  size: A4;
  margin: 25mm 22mm 25mm 22mm;
  @top-right {
    content: "Version 1.0 - not legally binding";
    font-size: 8.5pt;
    color: #555;
  }
  @bottom-center {
    content: "North Marsh Alliance Agreement \\2014  page " counter(page) " of " counter(pages);
    font-size: 8.5pt;
    color: #555;
  }
}
@page :first {
  @top-right { content: none; }
}
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt;
       line-height: 1.45; color: #111; }
h1 { font-size: 24pt; margin: 60mm 0 6mm 0; }
h2 { font-size: 14pt; margin: 9mm 0 3mm 0; }
h3 { font-size: 11.5pt; margin: 5mm 0 2mm 0; }
p.subtitle { font-size: 13pt; color: #333; }
p.meta { font-size: 10pt; color: #333; margin-top: 25mm; }
.new-page { page-break-before: always; }
ul, ol { margin-top: 1mm; }
li { margin-bottom: 1mm; }
table { border-collapse: collapse; width: 100%; margin-top: 4mm; }
th, td { border: 1px solid #777; padding: 2mm; text-align: left; vertical-align: top;
         font-size: 9.5pt; }
td.blank { height: 9mm; }
"""

ALLIANCE_PARTIES = [
    (
        "Local authorities",
        ["Wenford Borough Council", "Harrowby Borough Council", "Kestle Council"],
    ),
    ("NHS commissioner", ["North Marsh Integrated Care Board"]),
    (
        "NHS providers",
        [
            "Harrowby and Kestle Hospitals NHS Trust",
            "Wenford General Hospital NHS Foundation Trust",
            "North Marsh Partnership NHS Foundation Trust",
            "Marshland Ambulance Service NHS Trust",
            "Marshland Community Health Services CIC",
        ],
    ),
    (
        "Primary care",
        [
            "North Marsh GP Federation",
            "Primary Care Networks (eleven across the three places)",
        ],
    ),
    (
        "Voluntary, community and social enterprise sector",
        [
            "North Marsh VCSE Alliance",
            "Healthwatch Wenford",
            "Healthwatch Harrowby",
            "Healthwatch Kestle",
        ],
    ),
]

ALLIANCE_VALUES = [
    "Residents first, in every decision we take",
    "Equal partners, whatever our size",
    "Trust, honesty and openness",
    "Shared responsibility for shared resources",
    "Learning together, including from mistakes",
    "Respect for each other's statutory duties",
]

ALLIANCE_APPROVAL_STEPS = [
    "Agreement of the final text by the North Marsh Alliance Board.",
    "Approval by the North Marsh Integrated Care Board.",
    "Approval by the Cabinet of each local authority party.",
    "Approval by the board of each NHS provider party.",
    "Presentation to the North Marsh Integrated Care Partnership for note and endorsement.",
    "Signature by the authorised signatory of each party.",
]


def _ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def _ol(items: list[str]) -> str:
    return "<ol>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ol>"


def _paragraphs(*texts: str) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def alliance_html() -> str:
    parties = "".join(
        f"<h3>{escape(category)}</h3>{_ul(names)}" for category, names in ALLIANCE_PARTIES
    )
    signatories = [name for _category, names in ALLIANCE_PARTIES for name in names]
    signatories = [
        "North Marsh GP Federation (on behalf of the Primary Care Networks)"
        if name.startswith("Primary Care Networks")
        else name
        for name in signatories
        if name != "North Marsh GP Federation"
    ]
    signature_rows = "".join(
        f'<tr><td>{escape(name)}</td><td class="blank"></td><td></td><td></td></tr>'
        for name in signatories
    )
    body = f"""
<h1>North Marsh Alliance Agreement</h1>
<p class="subtitle">An agreement between the health, care and voluntary sector partners of
Wenford, Harrowby and Kestle</p>
<p class="meta">Version 1.0, November 2024<br>
Status: final text for approval by each party<br>
Prepared by the North Marsh Alliance programme office on behalf of the parties</p>

<h2 class="new-page">1. Introduction</h2>
{
        _paragraphs(
            "1.1 This Agreement sets out how the organisations that plan, fund and provide health, "
            "care and support in North Marsh will work together as the North Marsh Alliance. It "
            "describes what we are trying to achieve together, the values and principles that bind "
            "us, and how the Alliance will take decisions and be held to account.",
            "1.2 North Marsh Integrated Care Board was established in July 2022, taking over the "
            "functions of the three clinical commissioning groups that previously covered Wenford, "
            "Harrowby and Kestle. Since then the parties have worked together through informal "
            "partnership arrangements, building on the North Marsh Partnership Compact signed in "
            "March 2021. This Agreement replaces the Compact.",
            "1.3 North Marsh has a population of about 610,000 people. Healthy life expectancy in "
            "the most deprived tenth of neighbourhoods is fourteen years shorter than in the least "
            "deprived tenth. Demand for urgent care, for adult social care and for mental health "
            "services for children and young people has grown faster than funding. No single "
            "organisation can respond to these pressures alone.",
        )
    }

<h2>2. Status of this Agreement</h2>
{
        _paragraphs(
            "2.1 This Agreement is not legally binding. It is a statement of the intentions of the "
            "parties and of the way in which they have agreed to behave towards one another. It does "
            "not create a partnership in law, and it does not transfer any statutory function, duty "
            "or liability from one party to another.",
            "2.2 Where the parties agree to pool budgets or to delegate functions, they will do so "
            "through separate legal agreements, such as agreements under section 75 of the National "
            "Health Service Act 2006. Where such an agreement conflicts with this Agreement, the legal "
            "agreement prevails.",
            "2.3 Nothing in this Agreement fetters the discretion of any party, or of its board, "
            "cabinet or governing body, in the exercise of its statutory functions.",
        )
    }

<h2>3. Parties to this Agreement</h2>
<p>3.1 The parties to this Agreement, and members of the North Marsh Alliance, are:</p>
{parties}
<p>3.2 Each party will nominate a senior leader to represent it in the Alliance, and a deputy.
Other organisations may join the Alliance with the agreement of the North Marsh Alliance Board,
by signing this Agreement.</p>

<h2 class="new-page">4. Purpose and scope</h2>
{
        _paragraphs(
            "4.1 The purpose of the Alliance is to improve the health and wellbeing of the people of "
            "North Marsh, to reduce inequalities in outcomes and in access to services, and to make "
            "the best use of the public money that the parties spend on health and care.",
            "4.2 The Alliance has four shared objectives for the life of this Agreement:",
        )
    }
{
        _ol(
            [
                "to increase healthy life expectancy in the most deprived fifth of neighbourhoods;",
                "to help more people to stay well and independent at home, and to return home quickly "
                "after a stay in hospital;",
                "to give children and young people timely access to support for their mental health;",
                "to create stable, rewarding jobs in health and care for local people.",
            ]
        )
    }
{
        _paragraphs(
            "4.3 The Agreement covers all adult and children's community health services, adult social "
            "care, primary care, mental health services, urgent and emergency care and public health "
            "services commissioned or provided by the parties for residents of North Marsh. Specialised "
            "services commissioned nationally are outside its scope.",
        )
    }

<h2>5. Working at system, place and community level</h2>
<h3>System</h3>
{
        _paragraphs(
            "5.1 The system is the whole of North Marsh, the area of North Marsh Integrated Care Board. "
            "At system level the Alliance sets shared objectives, agrees the approach to the financial "
            "framework and leads work that is best done once, such as workforce planning, digital "
            "services and the management of hospital capacity.",
        )
    }
<h3>Place</h3>
{
        _paragraphs(
            "5.2 There are three places in North Marsh: Wenford, Harrowby and Kestle, each with its "
            "own council and Health and Wellbeing Board. Place is where most services are planned and "
            "joined up, and where the Better Care Fund is managed. Each place has its own partnership "
            "body, described in section 8.",
        )
    }
<h3>Community</h3>
{
        _paragraphs(
            "5.3 Communities are the neighbourhoods of 30,000 to 50,000 people served by each of the "
            "eleven Primary Care Networks. At community level, integrated neighbourhood teams bring "
            "together general practice, community nursing, social work, mental health practitioners "
            "and voluntary sector link workers around the people who need them most.",
            "5.4 The parties agree that decisions should be taken at the level closest to residents "
            "at which they can be taken well.",
        )
    }

<h2>6. Values</h2>
<p>6.1 In signing this Agreement, each party commits to the following values:</p>
{_ul(ALLIANCE_VALUES)}
<p>6.2 The parties will use these values when they review how well the Alliance is working,
including in the annual review described in section 11.</p>

<h2>7. Principles</h2>
<p>7.1 The parties will apply the following principles to the work of the Alliance:</p>
{
        _ol(
            [
                "We will make decisions in the best interests of the people of North Marsh, and not to "
                "protect the interests of any one organisation.",
                "We will design services with residents and with people who use them, and we will listen "
                "to those whose voices are heard least.",
                "We will share information, including financial and performance information, openly and "
                "early, within the law.",
                "We will share risk and benefit fairly, so that no party is left carrying a loss caused "
                "by a change that benefits others.",
                "We will take decisions at the level closest to residents at which they can be taken well.",
                "We will give priority to prevention and to the people and places with the poorest health.",
                "We will resolve disagreements between ourselves wherever we can, and quickly.",
            ]
        )
    }

<h2 class="new-page">8. Governance</h2>
{
        _paragraphs(
            "8.1 The North Marsh Alliance Board is the senior decision-making forum of the Alliance. "
            "Each party has one seat. The Board is chaired by the Chair of North Marsh Integrated Care "
            "Board, with a local authority leader as vice chair. It first met in shadow form in "
            "September 2024 and meets every two months, in public.",
            "8.2 The North Marsh Alliance Board reports to the North Marsh Integrated Care Partnership, "
            "which sets the Integrated Care Strategy, and provides assurance to North Marsh Integrated "
            "Care Board on the use of NHS resources. It shares its minutes with the Wenford, Harrowby "
            "and Kestle Health and Wellbeing Boards.",
            "8.3 At place level, the Alliance works through the Wenford Place Alliance Committee, the "
            "Harrowby Health and Care Partnership Board and the Kestle Alliance Board. Each of these "
            "bodies has its own terms of reference, agreed locally and consistent with this Agreement.",
            "8.4 The Alliance Finance and Investment Group, made up of the chief finance officers of "
            "the parties, advises the Alliance Board on the financial framework described in section 9.",
            "8.5 Decisions of the Alliance Board are reached by consensus. Where a decision requires the "
            "exercise of a statutory function, the Board makes a recommendation and the party that holds "
            "the function takes the decision through its own governance.",
        )
    }

<h2>9. Financial framework</h2>
{
        _paragraphs(
            "9.1 Each party keeps control of its own budget. The parties will, however, plan their "
            "spending together and publish a single Alliance financial plan each year.",
            "9.2 Where the parties agree to move money between services, for example from hospital care "
            "into community services, the change will be agreed by the Alliance Board on the advice of "
            "the Alliance Finance and Investment Group and given effect through the contracts or legal "
            "agreements of the parties concerned.",
            "9.3 The parties will follow an open-book approach: each will share the information the others "
            "reasonably need to understand its financial position.",
        )
    }

<h2 class="new-page">10. Information sharing</h2>
{
        _paragraphs(
            "10.1 The parties will share information with one another in line with data protection "
            "law and the North Marsh Information Sharing Framework. Nothing in this Agreement allows a "
            "party to share personal information that it could not otherwise lawfully share.",
            "10.2 Information marked as commercially confidential will be used only for the work of "
            "the Alliance.",
        )
    }

<h2>11. Disputes, variation and withdrawal</h2>
{
        _paragraphs(
            "11.1 A disagreement between parties will first be discussed between the senior leaders "
            "concerned. If it is not resolved within 20 working days it will be referred to the chair "
            "and vice chair of the North Marsh Alliance Board, who may ask an independent facilitator "
            "to help.",
            "11.2 This Agreement may be varied with the agreement of all parties. The parties will "
            "review it together in October 2025, and every year after that.",
            "11.3 A party may withdraw from the Alliance by giving six months' notice in writing to "
            "the chair of the North Marsh Alliance Board.",
        )
    }

<h2>12. Approval and commencement</h2>
<p>12.1 This Agreement will be approved through the following steps:</p>
{_ol(ALLIANCE_APPROVAL_STEPS)}
{
        _paragraphs(
            "12.2 The North Marsh Alliance Board agreed the final text of this Agreement in November "
            "2024. The approvals of the parties are expected to be completed by February 2025.",
            "12.3 The Agreement will commence on 1 April 2025, provided that North Marsh Integrated Care "
            "Board and all three local authorities have approved it by then, and will run until 31 "
            "March 2028 unless the parties agree to end or extend it.",
        )
    }

<h2 class="new-page">13. Signatures</h2>
<p>13.1 Signed on behalf of each party by its authorised signatory:</p>
<table>
<thead><tr><th>Party</th><th>Signature</th><th>Name and position</th><th>Date</th></tr></thead>
<tbody>{signature_rows}</tbody>
</table>
"""
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        "<title>North Marsh Alliance Agreement</title>"
        f"<style>{ALLIANCE_CSS}</style></head><body>{body}</body></html>"
    )


def write_alliance_pdf(path: Path) -> None:
    from weasyprint import HTML

    HTML(string=alliance_html()).write_pdf(path)
