"""The Alderwick Urgent Care Provider Alliance Agreement as a DOCX typed without heading
styles: upper-case bold headings, parties named inline at the front ("(1) ... (2) ..."),
recitals, schedules at the back and a signature table that names the parties in title case."""

from __future__ import annotations

from pathlib import Path

from docx_common import bold_heading, header_table, new_document, paras

PARTIES = [
    (
        "ALDERWICK HOSPITALS NHS FOUNDATION TRUST",
        "of Alderwick General Hospital, Moor Lane, Alderwick AW2 3ML (\u201cAHFT\u201d)",
        "Alderwick Hospitals NHS Foundation Trust",
    ),
    (
        "EASTWOLD COMMUNITY HEALTH NHS TRUST",
        "of Wold House, 8 Priory Road, Eastwold EW1 4PR (\u201cECHT\u201d)",
        "Eastwold Community Health NHS Trust",
    ),
    (
        "WESTMARCH AMBULANCE SERVICE NHS TRUST",
        "of Ambulance Headquarters, Falcon Way, Westmarch WM5 9FW (\u201cWAS\u201d)",
        "Westmarch Ambulance Service NHS Trust",
    ),
    (
        "ALDERWICK GP FEDERATION LIMITED",
        "a company registered in England with number 10481122, of 3 Tanners Court, Alderwick AW1 6TC (\u201cthe Federation\u201d)",
        "Alderwick GP Federation Limited",
    ),
    (
        "ALDERWICK BOROUGH COUNCIL",
        "of the Civic Offices, Alderwick AW1 1AA (\u201cthe Council\u201d)",
        "Alderwick Borough Council",
    ),
    (
        "ALDERWICK AND DISTRICT COMMUNITY ACTION",
        "a registered charity, of 41 Bridge Street, Alderwick AW1 2BS (\u201cADCA\u201d)",
        "Alderwick and District Community Action",
    ),
]


def clause(document, heading: str, *texts: str) -> None:
    bold_heading(document, heading, size=11)
    paras(document, *texts)


def write_alderwick(path: Path) -> None:
    document = new_document(
        title="Alderwick Urgent Care Provider Alliance Agreement",
        author="Alderwick Urgent Care Programme",
        footer="Alderwick Urgent Care Provider Alliance Agreement – execution version",
    )
    bold_heading(document, "ALDERWICK URGENT CARE PROVIDER ALLIANCE AGREEMENT", size=14)
    paras(document, "THIS AGREEMENT is dated 30 June 2023", "BETWEEN:")
    for number, (name, rest, _title) in enumerate(PARTIES, start=1):
        end = "; and" if number == len(PARTIES) - 1 else (";" if number < len(PARTIES) else ",")
        paras(document, f"({number}) {name} {rest}{end}")
    paras(document, "each a \u201cParty\u201d and together the \u201cParties\u201d.")

    clause(
        document,
        "BACKGROUND",
        "(A) The Parties provide urgent care services in Alderwick: the emergency department "
        "and urgent treatment centre, community urgent response, ambulance services, extended "
        "access to general practice, social care reablement and voluntary sector support for "
        "people going home from hospital.",
        "(B) Since the urgent treatment centre opened in March 2021 the Parties have worked "
        "together informally through the Alderwick Urgent Care Programme Board, which "
        "recommended this Agreement to the Parties on 9 May 2023.",
        "(C) NHS Alderwick and Eastwold Integrated Care Board commissions most of the services "
        "concerned and supports this Agreement, but is not a Party to it.",
    )
    clause(
        document,
        "1. DEFINITIONS",
        "1.1 \u201cAlliance\u201d means the Alderwick Urgent Care Provider Alliance formed by the "
        "Parties under this Agreement. \u201cAlliance Leadership Team\u201d means the body "
        "described in clause 5 and Schedule 2. \u201cCommencement Date\u201d means 1 July 2023. "
        "\u201cAlliance Services\u201d means the services listed in Schedule 1.",
    )
    clause(
        document,
        "2. PURPOSE",
        "2.1 The Parties form the Alliance to plan and run urgent care in Alderwick as one "
        "system from the point of view of patients, so that people are seen by the right "
        "service the first time, avoid unnecessary trips to hospital, and get home quickly and "
        "safely when they are admitted.",
        "2.2 The Alliance operates at place level, for the Borough of Alderwick and the "
        "patients registered with its GP practices.",
    )
    clause(
        document,
        "3. TERM",
        "3.1 This Agreement starts on the Commencement Date and ends on 30 June 2026 unless "
        "the Parties agree to extend it or it is terminated earlier under clause 10.",
    )
    clause(
        document,
        "4. ALLIANCE PRINCIPLES",
        "4.1 In performing this Agreement the Parties shall: (a) act in good faith and in the "
        "best interests of patients; (b) make decisions on a best for Alderwick basis; (c) share "
        "information openly, including on cost and performance; and (d) accept collective "
        "responsibility for the performance of the Alliance Services.",
    )
    clause(
        document,
        "5. ALLIANCE LEADERSHIP TEAM",
        "5.1 The Parties establish the Alliance Leadership Team, which has one member from each "
        "Party, to lead the Alliance and to take the decisions reserved to it in Schedule 2.",
        "5.2 The Alliance Leadership Team reports every quarter to the Alderwick and Eastwold "
        "Urgent and Emergency Care Board and twice a year to the Alderwick Place Board.",
    )
    clause(
        document,
        "6. ALLIANCE OBJECTIVES",
        "6.1 The Parties shall work together to meet the objectives and measures in Schedule 3, "
        "including that at least 78 per cent of patients attending the emergency department or "
        "urgent treatment centre are seen within four hours.",
    )
    clause(
        document,
        "7. RISK AND REWARD",
        "7.1 Each Party remains responsible for its own contract with its commissioner. The "
        "Parties shall share any gain or loss under the shared incentive scheme in equal parts, "
        "unless the Alliance Leadership Team unanimously agrees otherwise.",
    )
    clause(
        document,
        "8. INFORMATION",
        "8.1 The Parties shall share information under the Alderwick Shared Care Record "
        "information sharing agreement and shall not share personal data otherwise than in "
        "accordance with the law.",
    )
    clause(
        document,
        "9. DISPUTE RESOLUTION",
        "9.1 Any dispute shall be referred first to the Alliance Leadership Team and, if not "
        "resolved within 20 Business Days, to the chief executives of the Parties concerned. "
        "If it is still not resolved, the Parties shall try mediation before any other step.",
    )
    clause(
        document,
        "10. EXIT",
        "10.1 A Party may leave the Alliance on six months' notice. The Parties shall carry out "
        "the first annual review of this Agreement by 31 August 2024.",
    )
    clause(
        document,
        "11. GENERAL",
        "11.1 This Agreement does not create a legal partnership or joint venture between the "
        "Parties. It is governed by the law of England and Wales.",
    )
    clause(
        document,
        "SCHEDULE 1 – ALLIANCE SERVICES",
        "Emergency department and urgent treatment centre (AHFT); two-hour urgent community "
        "response and virtual ward (ECHT); ambulance response and hear and treat (WAS); "
        "extended access and the urgent care hub (the Federation); reablement and social care "
        "discharge support (the Council); home from hospital service (ADCA).",
    )
    clause(
        document,
        "SCHEDULE 2 – GOVERNANCE",
        "1. The Alliance Leadership Team meets monthly. Its chair rotates each year between "
        "the Parties. It is quorate when four Parties are present.",
        "2. The Alliance Operational Group, made up of the service managers of each Party, "
        "meets weekly and reports to the Alliance Leadership Team.",
    )
    clause(
        document,
        "SCHEDULE 3 – PERFORMANCE FRAMEWORK",
        "The Alliance Leadership Team shall publish a performance report each quarter covering "
        "waiting times, ambulance handovers, admissions avoided and patient experience.",
    )
    clause(document, "SIGNATURES", "Signed by the authorised signatory of each Party:")
    signatories = [
        ("Dr Mark Fenwick", "Chief Executive"),
        ("Alison Tremaine", "Chief Executive"),
        ("Colin Abara", "Director of Operations"),
        ("Dr Sunil Mehra", "Chair"),
        ("Jacqueline Rook", "Director of Adult Social Care"),
        ("Maureen Silcott", "Chief Officer"),
    ]
    rows = [
        [title, who, post, "30/06/2023"]
        for (_name, _rest, title), (who, post) in zip(PARTIES, signatories, strict=True)
    ]
    header_table(document, ["Party", "Signed by", "Position", "Date"], rows)
    document.save(path)
