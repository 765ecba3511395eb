"""'Next month', 'this month' and 'last month' are months counted from the paper's date."""

from accord.imports.extraction import dates


def test_next_month_is_the_month_after_the_papers():
    keys = [m.key for m in dates.mentions("It takes effect next month.", (2025, 3))]
    assert keys == ["2025-04"]


def test_this_month_and_last_month_cross_the_year():
    assert [m.key for m in dates.mentions("agreed last month", (2025, 1))] == ["2024-12"]
    assert [m.key for m in dates.mentions("by the end of next month", (2025, 12))] == ["2026-01"]
    assert [m.key for m in dates.mentions("notified by the end of this month", (2025, 12))] == [
        "2025-12"
    ]


def test_without_the_papers_date_no_month_is_placed():
    assert dates.mentions("It takes effect next month.") == []


def test_the_last_day_a_decision_may_be_called_in_is_the_end_of_the_call_in_period():
    from accord.imports.extraction import extract
    from accord.imports.reading import read_document

    text = (
        "HOOK CITY COUNCIL\n\nCabinet decision notice\n\n"
        "Decision title: Hook Community Safety Memorandum of Understanding\n\n"
        "Decision\n\nCabinet approved the Memorandum.\n\n"
        "Call-in\n\nIt may be called in by any five members of the Overview and Scrutiny "
        "Committee no later than 5.00pm on 14 March 2024.\n"
    )
    result = extract(read_document(text.encode(), "hook.txt"))
    what = {fact["date"]: fact["what"] for fact in result["dates"]}["2024-03-14"]
    assert "call-in period ends" in what


def test_a_month_still_to_come_before_the_papers_month_is_next_years():
    keys = [m.key for m in dates.mentions("Progress will be reported in March.", (2025, 11))]
    assert keys == ["2026-03"]
    keys = [
        m.key for m in dates.mentions("The report is to be published in September.", (2025, 10))
    ]
    assert keys == ["2026-09"]
    # Told as done, or later in the same year, the month stays in the paper's year.
    assert [m.key for m in dates.mentions("It was agreed in March.", (2025, 11))] == ["2025-03"]
    assert [m.key for m in dates.mentions("It will start in December.", (2025, 11))] == ["2025-12"]
