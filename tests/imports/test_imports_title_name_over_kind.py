"""The name at the top of a title page over a line that opens with the kind of paper: the
title is both lines, unless the name is a letterhead's organisation or the kind line names
its own subject."""

from accord.imports.extraction import extract
from accord.imports.reading import read_document


def _title(text: str) -> str:
    return extract(read_document(text.encode(), "title.txt"))["title"]["value"]


def test_a_capital_name_over_a_kind_with_its_subject_in_other_letters_joins_it():
    text = (
        "HAYLE AND PENROSE LOCAL RESILIENCE FORUM\n\n"
        "Memorandum of Understanding on Mutual Aid\n\n"
        "Version 2.0  |  Agreed 2025-06-19\n\n\n"
        "1. Purpose\n\nThe members help each other in an emergency.\n"
    )
    assert _title(text) == (
        "HAYLE AND PENROSE LOCAL RESILIENCE FORUM Memorandum of Understanding on Mutual Aid"
    )


def test_a_name_over_a_constitution_joins_it():
    text = (
        "HAYLE JOINT COMMISSIONING COMMITTEE\n\n"
        "Constitution and procedure rules\n\n"
        "Made under section 101 of the Local Government Act 1972\n\n\n"
        "PART A: ESTABLISHMENT\n\nA1. The committee commissions care for Hayle.\n"
    )
    assert _title(text) == "HAYLE JOINT COMMISSIONING COMMITTEE Constitution and procedure rules"


def test_a_council_letterhead_over_the_kind_is_no_part_of_the_title():
    text = (
        "Hayle Borough Council\n\n"
        "Memorandum of Understanding on Mutual Aid\n\n\n"
        "1. Purpose\n\nThe members help each other in an emergency.\n"
    )
    assert _title(text) == "Memorandum of Understanding on Mutual Aid"


def test_a_kind_line_that_names_its_own_place_stands_alone():
    text = (
        "HAYLE HEALTH AND CARE PARTNERSHIP\n\n"
        "Memorandum of Understanding: Sharing Information for Discharge in Hayle\n\n"
        "Version 0.9\n\n\n"
        "1. INTRODUCTION\n\n1.1 The partners share information.\n"
    )
    assert _title(text) == (
        "Memorandum of Understanding: Sharing Information for Discharge in Hayle"
    )


def test_a_title_in_capitals_on_two_lines_at_the_top_is_the_title():
    text = (
        "                    HAYLE NATURE RECOVERY\n"
        "                      STATEMENT OF INTENT\n\n"
        "                    A statement of intent by:\n\n"
        "     Hayle County Council  |  Hayle Wildlife Trust\n\n"
        "1) Why a statement of intent\n\nThe strategy maps where habitat can be restored.\n"
    )
    assert _title(text) == "HAYLE NATURE RECOVERY STATEMENT OF INTENT"


def test_a_deeds_date_above_its_capital_title_and_subtitle_is_left_out():
    text = (
        "Dated the 1st day of December 2025\n\n"
        "JOINT WORKING AGREEMENT\n"
        "for the establishment of the Hayle and Penrose Specialised\n"
        "Services Joint Committee\n\n"
        "BETWEEN\n"
        "(1) HAYLE INTEGRATED CARE BOARD; and\n"
        "(2) PENROSE INTEGRATED CARE BOARD.\n\n"
        "1. BACKGROUND\n\nThe boards commission services together.\n"
    )
    assert _title(text) == (
        "JOINT WORKING AGREEMENT for the establishment of the Hayle and Penrose Specialised "
        "Services Joint Committee"
    )
