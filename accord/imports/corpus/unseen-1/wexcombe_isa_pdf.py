"""The Wexcombe Homelessness Prevention Information Sharing Agreement as a PDF: a
document-control table whose "Agreed by" cells carry a status in brackets, a bulleted list
of partners, and a signature table (partner, name, role, signature, date) that adds one
partner missing from the list."""

from __future__ import annotations

from pathlib import Path

from pdf_common import bullets, css, paras, table, write_pdf

PARTNERS = [
    "Wexcombe Borough Council",
    "NHS Wexcombe and Marl Integrated Care Board",
    "Wexcombe Hospitals NHS Trust",
    "Marl Valley Mental Health NHS Foundation Trust",
    "Southmarl Homes",
    "Citizens Advice Wexcombe",
    "Harbour Project Wexcombe",
]

SIGNATURES = [
    [
        "Wexcombe Borough Council",
        "Farah Quadri",
        "Director of Housing and Communities",
        "(signed)",
        "08/04/2024",
    ],
    [
        "NHS Wexcombe and Marl Integrated Care Board",
        "Dr Alasdair Penrose",
        "Chief Medical Officer and Caldicott Guardian",
        "(signed)",
        "09/04/2024",
    ],
    ["Wexcombe Hospitals NHS Trust", "Joanne Mbatha", "Chief Nurse", "(signed)", "10/04/2024"],
    [
        "Marl Valley Mental Health NHS Foundation Trust",
        "Keith Aldous",
        "Director of Nursing and Quality",
        "(signed)",
        "12/04/2024",
    ],
    [
        "Southmarl Homes",
        "Ruth Devereux",
        "Executive Director of Customer Services",
        "(signed)",
        "15/04/2024",
    ],
    ["Citizens Advice Wexcombe", "Tomasz Nowicki", "Chief Officer", "(signed)", "16/04/2024"],
    ["Harbour Project Wexcombe", "Bev Okonjo", "Chief Executive", "(signed)", "18/04/2024"],
    [
        "Department for Work and Pensions",
        "Sandeep Gill",
        "Service Leader, Wexcombe Jobcentre",
        "(signed)",
        "22/04/2024",
    ],
]

CONTROL = [
    ["0.3", "15/01/2024", "Draft for consultation with partners", "–"],
    [
        "1.0",
        "29/02/2024",
        "Final text",
        "Wexcombe Homelessness Partnership Board (completed 29 February 2024)",
    ],
    ["1.0", "04/04/2024", "Final text", "ICB Board (completed 4 April 2024)"],
]


def wexcombe_body() -> str:
    return f"""
<p class="small">OFFICIAL – SENSITIVE when completed with personal data</p>
<h1>Wexcombe Homelessness Prevention Information Sharing Agreement</h1>
<h2>Document control</h2>
{table(["Version", "Date", "Summary", "Agreed by"], CONTROL)}
<p class="small">Agreement owner: Housing Options Manager, Wexcombe Borough Council.
Review date: 31/03/2025.</p>
<h2>1. Introduction</h2>
{
        paras(
            "1.1 People who become homeless often have contact with many public services in the "
            "weeks and months beforehand: a stay in hospital, a mental health crisis, a visit to "
            "a debt adviser or a claim for benefits. Each of those contacts is a chance to prevent "
            "homelessness, if the right information reaches the council's housing options team "
            "in time.",
            "1.2 Since the duty to refer in the Homelessness Reduction Act 2017 came into force "
            "on 1 October 2018, named public authorities have had to refer people they think may "
            "be homeless, or threatened with homelessness, to a housing authority of the person's "
            "choice, with their consent. This Agreement sets out how the partners in Wexcombe will "
            "share information for those referrals, and for the joint case management that "
            "follows, so that it is done lawfully, safely and quickly.",
        )
    }
<h2>2. Purpose</h2>
{
        paras(
            "2.1 The purposes of sharing information under this Agreement are:",
        )
    }
{
        bullets(
            [
                "to refer people who are homeless or at risk of homelessness to Wexcombe Borough "
                "Council's housing options service;",
                "to plan the discharge from hospital of patients who have no safe home to go to;",
                "to agree a joint plan for people with complex needs at the monthly multi-agency "
                "homelessness prevention panel;",
                "to produce anonymised statistics on the causes of homelessness in Wexcombe.",
            ]
        )
    }
<h2>3. Partners to this agreement</h2>
<p>3.1 This Agreement is made between the following partners:</p>
{bullets(PARTNERS)}
<p>3.2 Each partner is a separate data controller for the information it holds. Other
organisations may join by signing the Agreement, with the agreement of the Wexcombe
Homelessness Partnership Board.</p>
<h2>4. Legal basis for sharing</h2>
{
        paras(
            "4.1 Information is shared under the UK General Data Protection Regulation and the "
            "Data Protection Act 2018. For the partners that are public authorities, the lawful "
            "basis is the performance of a task carried out in the public interest (Article "
            "6(1)(e)); for the voluntary sector partners, it is the consent of the person "
            "concerned or, where consent is not appropriate, legitimate interests.",
            "4.2 Where health information is shared, the condition is the provision of health or "
            "social care (Article 9(2)(h)), and the common law duty of confidentiality is met "
            "by the person's consent or, exceptionally, by an overriding public interest.",
            "4.3 A data protection impact assessment was completed on 12/02/2024 and is held by "
            "the Agreement owner.",
        )
    }
<h2>5. Information to be shared</h2>
{
        paras(
            "5.1 Only the minimum information needed for the purpose will be shared: the "
            "person's name, date of birth, contact details and current address; the reason for "
            "the referral; household members; known risks to the person or to staff; and, with "
            "explicit consent, relevant health information.",
        )
    }
<h2>6. How information will be shared</h2>
{
        paras(
            "6.1 Referrals are made through the council's secure online referral form. Partners "
            "must not send personal information by ordinary email. Discussions at the "
            "prevention panel are minuted, and the minutes are stored on the council's secure "
            "case management system.",
        )
    }
<h2>7. Security and retention</h2>
{
        paras(
            "7.1 Each partner will keep information shared under this Agreement secure, in line "
            "with its own policies and the Data Security and Protection Toolkit where it "
            "applies, and will keep it only for as long as the purpose requires, and in any "
            "case for no more than six years after the case is closed.",
        )
    }
<h2>8. Rights of individuals</h2>
{
        paras(
            "8.1 Each partner will tell people how their information is used through its privacy "
            "notice. Requests from individuals to see their information will be handled by the "
            "partner that receives them, which will consult the others where needed.",
        )
    }
<h2>9. Data breaches</h2>
{
        paras(
            "9.1 A partner that finds a breach involving information shared under this Agreement "
            "will tell the Agreement owner and the partner that supplied the information within "
            "24 hours, and will decide with them whether the breach must be reported to the "
            "Information Commissioner's Office.",
        )
    }
<h2>10. Review</h2>
{
        paras(
            "10.1 The Agreement owner will review this Agreement with the partners by 31/03/2025, "
            "or earlier if the law changes or a serious breach occurs.",
        )
    }
<h2>11. Signatures</h2>
<p>11.1 By signing, each partner agrees to share and protect information as this Agreement
sets out.</p>
{table(["Partner", "Name", "Role", "Signature", "Date"], SIGNATURES)}
"""


def write_wexcombe(path: Path) -> None:
    write_pdf(
        path,
        title="Wexcombe Homelessness Prevention Information Sharing Agreement",
        style=css(footer="Wexcombe Homelessness Prevention ISA v1.0", header="OFFICIAL"),
        body=wexcombe_body(),
    )
