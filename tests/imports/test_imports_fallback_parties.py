"""Parties named where a paper names them when it has no party list of its own: a table
of members with their attendance, a list of who a charter was signed for."""

from docx import Document

from accord.imports.extraction import extract
from accord.imports.reading import read_document
from tests.importing import docx_bytes, text_pdf


def _parties(text: str, name: str) -> set[tuple[str, str]]:
    result = extract(read_document(text.encode(), name))
    return {(p["name"], p["category"]) for p in result["parties"]}


def test_a_text_table_of_members_with_membership_and_attendance_lists_the_parties():
    text = (
        "Annex A: Governance of the Tolworth Safeguarding Board\n\n"
        "A1  Membership\n\n"
        "The table shows each member organisation and how many meetings it attended.\n\n"
        "  Member organisation                 Membership     Attended\n"
        "  ----------------------------------  -------------  --------\n"
        "  Tolworth District Council           Statutory      4 of 4\n"
        "  Tolworth Police                     Statutory      3 of 4\n"
        "  Tolworth Community NHS Trust        Non-statutory  2 of 4\n\n"
        "A2  Sub-groups\n\nTwo sub-groups report to the Board.\n"
    )
    found = _parties(text, "tolworth-annex.txt")
    assert ("Tolworth District Council", "Statutory") in found
    assert ("Tolworth Police", "Statutory") in found
    assert ("Tolworth Community NHS Trust", "Non-statutory") in found


def test_a_schedule_of_parties_numbered_in_a_no_column_lists_the_parties():
    document = Document()
    document.add_paragraph("Tolworth Shared Services Agreement")
    document.add_paragraph("1. The parties listed in the schedule share one ICT service.")
    document.add_paragraph("Schedule of Parties")
    table = document.add_table(rows=3, cols=3)
    rows = [
        ("No.", "Party", "Role"),
        ("1", "Tolworth District Council", "Host authority"),
        ("2", "Ewell Borough Council", "Partner authority"),
    ]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    result = extract(read_document(docx_bytes(document), "tolworth-shared.docx"))
    found = {(p["name"], p["category"]) for p in result["parties"]}
    assert ("Tolworth District Council", "Host authority") in found
    assert ("Ewell Borough Council", "Partner authority") in found


def _docx(title: str, rows: list[tuple[str, ...]], after: str) -> bytes:
    document = Document()
    document.add_paragraph(title)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    document.add_paragraph(after)
    return docx_bytes(document)


def test_a_table_of_services_and_the_organisation_running_each_lists_the_parties():
    data = _docx(
        "Tolworth Blue Light Collaboration Agreement",
        [
            ("Service", "Organisation"),
            ("Fire and rescue", "Tolworth Fire and Rescue Authority"),
            ("Police", "Tolworth Police"),
        ],
        "1.0 Introduction. The organisations in the table above will collaborate.",
    )
    result = extract(read_document(data, "tolworth-blue-light.docx"))
    found = {(p["name"], p["category"]) for p in result["parties"]}
    assert ("Tolworth Fire and Rescue Authority", "Fire and rescue") in found
    assert ("Tolworth Police", "Police") in found


def test_the_organisations_representing_a_sector_in_the_between_sentence_are_parties():
    text = (
        "The Tolworth Compact\n\n"
        "An agreement between Tolworth District Council, Tolworth Police and the voluntary "
        "and community sector of Tolworth, represented by Tolworth Voluntary Action and "
        "Ewell Rural Community Council.\n\n"
        "1. Why we have a compact\n\nThe Compact sets out how the sectors work together.\n"
    )
    names = {name for name, _ in _parties(text, "tolworth-compact.txt")}
    assert names == {
        "Tolworth District Council",
        "Tolworth Police",
        "Tolworth Voluntary Action",
        "Ewell Rural Community Council",
    }


def test_the_organisations_listed_after_signed_for_are_the_parties():
    text = (
        "TOLWORTH ARMED FORCES COVENANT PARTNERSHIP\n\n"
        "PARTNERSHIP CHARTER\n\n"
        "        ADOPTION\n\n"
        "  9     The Partnership Board agreed this Charter on 2 Oct. 25 and\n"
        "        recommended it to each partner. It was signed at the\n"
        "        Covenant Celebration on 9 Oct. 25 for:\n\n"
        "            Tolworth District Council\n"
        "            Tolworth Integrated Care Board\n"
        "            Tolworth Police\n\n"
        " 10     The Charter will be reviewed by the Board in October 2027.\n"
    )
    names = {name for name, _ in _parties(text, "tolworth-charter.txt")}
    assert names == {
        "Tolworth District Council",
        "Tolworth Integrated Care Board",
        "Tolworth Police",
    }


def test_a_schedule_of_partners_and_their_grants_lists_the_parties():
    data = _docx(
        "Tolworth Healthy Communities Grant Funding Partnership Agreement",
        [
            ("Partner", "Grant 2025/26"),
            ("Tolworth Community Sport Trust", "£84,000"),
            ("Cookwise Tolworth CIC", "£41,500"),
            ("Tolworth Mind", "£96,000"),
        ],
        "The Council pays each Partner the grant shown above.",
    )
    result = extract(read_document(data, "tolworth-grants.docx"))
    names = {p["name"] for p in result["parties"]}
    assert {"Tolworth Community Sport Trust", "Cookwise Tolworth CIC", "Tolworth Mind"} <= names


def test_the_one_party_named_before_each_of_the_organisations_listed_is_a_party():
    text = (
        "Tolworth Healthy Communities Grant Funding Partnership Agreement\n\n"
        "1. Parties and purpose\n\n"
        '1.1 This Agreement is between Tolworth District Council (the "Council") and each '
        'of the organisations listed in Schedule 1 (each a "Partner").\n\n'
        "2. The grant\n\n2.1 The Council pays each Partner in two instalments.\n"
    )
    names = {name for name, _ in _parties(text, "tolworth-grant.txt")}
    assert "Tolworth District Council" in names


def test_a_sentence_running_through_organisations_names_them_with_its_group():
    text = (
        "Tolworth Community Safety Partnership Agreement\n\n"
        "Introduction\n\n"
        "Under the Crime and Disorder Act 1998 the responsible authorities work together.\n"
        "The responsible authorities for Tolworth are Tolworth District Council; Tolworth\n"
        "Police; Tolworth Fire and Rescue Service; the Probation Service; and NHS Tolworth\n"
        "Clinical Commissioning Group. Partners will share data each month.\n\n"
        "Review\n\nThe agreement will be reviewed each year.\n"
    )
    found = _parties(text, "tolworth-csp.txt")
    assert found == {
        (name, "Responsible authorities")
        for name in (
            "Tolworth District Council",
            "Tolworth Police",
            "Tolworth Fire and Rescue Service",
            "Probation Service",
            "NHS Tolworth Clinical Commissioning Group",
        )
    }


def test_a_labelled_run_of_organisations_takes_its_label_as_the_group():
    text = (
        "Tolworth Neighbourhood Partnership: Terms of Reference\n\n"
        "Who the members are\n\n"
        "Public sector: Tolworth District Council, Tolworth Town Council and Tolworth\n"
        "Primary Care Network. Each sends one member.\n"
    )
    found = _parties(text, "tolworth-tor.txt")
    assert ("Tolworth District Council", "Public sector") in found
    assert ("Tolworth Primary Care Network", "Public sector") in found


def test_two_organisations_in_passing_are_no_run_of_parties():
    text = (
        "Tolworth Neighbourhood Partnership: Terms of Reference\n\n"
        "Purpose\n\n"
        "The partnership brings together Tolworth District Council and Tolworth Police to\n"
        "plan neighbourhood services.\n"
    )
    assert _parties(text, "tolworth-tor.txt") == set()


def test_a_party_name_wrapped_onto_the_next_line_is_one_name():
    text = (
        "Tolworth Emergency Services\nCollaboration Agreement\nBETWEEN\n"
        "(1) Tolworth and Rydal Fire and Rescue\n"
        'Authority (the "Fire Authority");\n'
        '(2) Tolworth Police (the "Force"); and\n'
        "(3) West Tolworth Ambulance Service\n"
        'NHS Trust (the "Trust").\n\n'
        "1. PURPOSE\n\nThe parties will share stations and training.\n"
    )
    names = {name for name, _ in _parties(text, "tolworth-collaboration.txt")}
    assert names == {
        "Tolworth and Rydal Fire and Rescue Authority",
        "Tolworth Police",
        "West Tolworth Ambulance Service NHS Trust",
    }


def test_a_text_table_whose_name_and_category_both_wrap_gives_one_party():
    text = (
        "Tolworth Combined Authority Constitution\n\n"
        "Membership\n\n"
        "  Member                               Membership\n"
        "  -----------------------------------  ----------------\n"
        "  Tolworth Borough Council             Constituent\n"
        "  Rydal District Council               Constituent\n"
        "  Tolworth and Rydal Integrated Care   Non-constituent\n"
        "  Board                                members\n\n"
        "Voting\n\nEach constituent member has one vote.\n"
    )
    found = _parties(text, "tolworth-constitution.txt")
    assert ("Tolworth and Rydal Integrated Care Board", "Non-constituent members") in found
    assert not any(name == "Board" for name, _ in found)


def test_two_organisations_listed_as_one_are_two_parties():
    text = (
        "Tolworth Health and Wellbeing Board - Record of Decision\n\n"
        "Decision\n\nThe Board approved the Tolworth Healthy Ageing Memorandum.\n\n"
        "Parties to the Memorandum\n\n"
        "- Tolworth Borough Council\n"
        "- Tolworth Integrated Care Board\n"
        "- Tolworth Age Concern and Tolworth Leisure Trust\n"
        "- Rydal Education Partnership and the Tolworth Governors' Association\n\n"
        "Reasons\n\nThe partners asked for it.\n"
    )
    names = {name for name, _ in _parties(text, "tolworth-record.txt")}
    assert {
        "Tolworth Age Concern",
        "Tolworth Leisure Trust",
        "Rydal Education Partnership",
        "Tolworth Governors' Association",
    } <= names


def test_a_name_with_and_inside_it_stays_one_party():
    text = (
        "Tolworth Agreement\n\nParties\n\n"
        "- Tolworth and Rydal Fire and Rescue Authority\n"
        "- Tolworth and Rydal Integrated Care Board\n\n"
        "Purpose\n\nThe parties share stations.\n"
    )
    names = {name for name, _ in _parties(text, "tolworth-agreement.txt")}
    assert names == {
        "Tolworth and Rydal Fire and Rescue Authority",
        "Tolworth and Rydal Integrated Care Board",
    }


def test_the_between_sentence_ends_its_names_where_its_verb_begins():
    text = (
        "Tolworth Health and Wellbeing Board\n\nReport: Better Care Fund pooled budget\n\n"
        "1.0 BACKGROUND\n\n"
        "1.1  The section 75 agreement between Tolworth Council and Tolworth\n"
        "     and Rydal Integrated Care Board was signed on 28 June 2023. It has\n"
        "     been varied twice.\n"
    )
    assert {name for name, _ in _parties(text, "tolworth-report.txt")} == {
        "Tolworth Council",
        "Tolworth and Rydal Integrated Care Board",
    }


def test_labelled_groups_after_a_labelled_run_keep_their_own_labels():
    text = (
        "Tolworth Neighbourhood Partnership: Terms of Reference\n\n"
        "Who the members are\n\n"
        "Public sector: Tolworth District Council; Tolworth Town Council;\n"
        "Tolworth Primary Care Network.\n\n"
        "Community and voluntary: Tolworth Food Bank; Tolworth Youth Trust.\n\n"
        "Housing: Tolworth Homes (the district's housing association).\n\n"
        "Residents take part through the open Residents' Panel.\n"
    )
    found = _parties(text, "tolworth-tor.txt")
    assert ("Tolworth Food Bank", "Community and voluntary") in found
    assert ("Tolworth Youth Trust", "Community and voluntary") in found
    assert ("Tolworth Homes", "Housing") in found
    assert len(found) == 6


def test_a_listed_line_with_a_colon_gives_a_group_of_names():
    text = (
        "Tolworth Safeguarding Children Arrangements\n\n"
        "Relevant agencies\n\n"
        "The safeguarding partners have named these relevant agencies:\n\n"
        "- Education: Tolworth Learning Trust, Rydal Academy Trust and Tolworth College\n"
        "- Health: Tolworth Hospitals NHS Foundation Trust\n\n"
        "Review\n\nThe arrangements are reviewed each year.\n"
    )
    found = _parties(text, "tolworth-arrangements.txt")
    assert ("Tolworth Learning Trust", "Education") in found
    assert ("Tolworth College", "Education") in found
    assert ("Tolworth Hospitals NHS Foundation Trust", "Health") in found


def test_a_list_of_names_each_with_its_group_after_a_colon_drops_its_header_line():
    text = (
        "Tolworth Community Resilience Protocol\n\n"
        "SECTION 1: PURPOSE\n"
        "This protocol sets out how responders support community groups.\n\n"
        "SECTION 2: SIGNATORIES\n"
        "The organisations that have signed up to this protocol are:\n\n"
        "Organisation: Responder category\n"
        "Tolworth County Council: Category 1 responder\n"
        "Tolworth Police: Category 1 responder\n"
        "Tolworth Water plc: Category 2 responder\n\n"
        "SECTION 3: REVIEW\n"
        "The protocol is reviewed each year.\n"
    )
    result = extract(read_document(text_pdf(text), "tolworth-protocol.pdf"))
    found = {(p["name"], p["category"]) for p in result["parties"]}
    assert ("Tolworth County Council", "Category 1 responder") in found
    assert ("Tolworth Water plc", "Category 2 responder") in found
    assert not any(name.startswith("Organisation") for name, _ in found)
