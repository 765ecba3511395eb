"""Confirming an import keeps dates at the precision read, and keeps the officer's answers
as a gold file that ``accord import-eval --confirmed`` scores the reader against."""

from __future__ import annotations

import json

import pytest
from django.core.management import CommandError, call_command

from accord.agreements.models import Agreement
from accord.governance.models import Body
from accord.imports.evaluation import gold_pairs, load_gold, score
from accord.imports.extraction import extract
from accord.imports.forms import NEW
from accord.imports.models import ImportStatus
from accord.imports.reading import read_document
from accord.imports.services import import_create
from tests.imports.test_imports_confirm import CHILDRENS, _as_posted, _find

FALLS = """Memorandum of Understanding: Wexley Falls Prevention Partnership

1. Introduction
This memorandum sets out how the partners work together to prevent falls among older people.

2. Parties
The parties to this memorandum are:
- Wexley Borough Council
- Wexley and District NHS Foundation Trust

3. Approval
This memorandum was agreed by the Wexley Health and Wellbeing Board on 22 October 2021.
It was endorsed by the Wexley Place Partnership Board in March 2022.
It was noted by the Wexley Falls Steering Group on 3 November 2021.
"""


def _confirm(client, officer, content: bytes, filename: str, change=None) -> Agreement:
    record = import_create(actor=officer, content=content, filename=filename)
    data = _as_posted(record, Body.objects.get(slug="bf-partnership"))
    if change:
        change(record, data)
    client.force_login(officer)
    response = client.post(f"/imports/{record.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Agreement.objects.get(source_import=record)


@pytest.mark.django_db
def test_a_day_read_from_the_document_is_kept_when_confirmed(client, bf_officer):
    def change(record, data):
        # The officer knows the steering group met in November but not which day.
        steering = _find(record, "dates", lambda d: d["date"] == "2021-11-03")
        data[f"date_{steering}_date_0"] = ""
        data[f"date_{steering}_date_1"] = "11"
        data[f"date_{steering}_date_2"] = "2021"
        del data[f"date_{steering}_date"]

    agreement = _confirm(client, bf_officer, FALLS.encode(), "falls.txt", change)
    kept = [(m.display_date, m.date_precision) for m in agreement.milestones.all()]
    assert kept == [
        ("22 October 2021", "day"),
        ("November 2021", "month"),
        ("March 2022", "month"),
    ]
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert "22 October 2021" in page


@pytest.mark.django_db
def test_the_review_page_shows_the_day_read(client, bf_officer):
    record = import_create(actor=bf_officer, content=FALLS.encode(), filename="falls.txt")
    client.force_login(bf_officer)
    page = client.get(f"/imports/{record.pk}/").content.decode()
    n = _find(record, "dates", lambda d: d["date"] == "2021-10-22")
    assert f'name="date_{n}_date_0" value="22"' in page
    assert f'name="date_{n}_date_1" value="10"' in page


@pytest.mark.django_db
def test_confirming_keeps_the_officers_answers_as_a_gold_file(client, bf_officer, tmp_path):
    def change(record, data):
        intro = _find(record, "sections", lambda s: s["label"] == "1. Introduction")
        data[f"section_{intro}_heading"] = "Introduction and scope"
        dwp = _find(record, "parties", lambda p: p["name"] == "Department for Work and Pensions")
        del data[f"party_{dwp}"]
        gps = _find(record, "parties", lambda p: p["name"] == "General Practitioners")
        data[f"party_{gps}_organisation"] = NEW
        data[f"party_{gps}_name"] = "Thurrock GP Federation"
        del data["date_3"]

    agreement = _confirm(client, bf_officer, CHILDRENS.read_bytes(), CHILDRENS.name, change)
    record = agreement.source_import
    assert record.status == ImportStatus.CONFIRMED
    gold = record.gold
    # No bodies or levels: the review page does not ask about them. (PostgreSQL keeps a
    # JSON object's keys in its own order; the file written out has the corpus's order.)
    assert set(gold) == {
        "title",
        "source_url",
        "kind",
        "parties",
        "approval_steps",
        "values",
        "dates",
        "sections",
    }
    assert gold["kind"] == "cover_report"  # the document's kind, the agreement's left as read
    assert "1. Introduction and scope" in gold["sections"]
    assert "Executive Summary" in gold["sections"]  # the report's own, left out of the draft
    names = {p["name"]: p["category"] for p in gold["parties"]}
    assert "Department for Work and Pensions" not in names
    assert names["Thurrock GP Federation"] == "Other Partners"
    assert len(gold["dates"]) == 3 and len(gold["values"]) == 7
    assert all(set(step) == {"body", "action"} for step in gold["approval_steps"])

    # Scored against the officer's answers, the reader misses exactly what was corrected.
    result = extract(read_document(CHILDRENS.read_bytes(), CHILDRENS.name))
    scores = score(result, gold)
    assert scores["parties"].missing == ["thurrock gp federation"]
    assert sorted(scores["parties"].extra) == [
        "department for work and pensions",
        "general practitioners",
    ]
    assert scores["sections"].missing == ["1. introduction and scope"]
    assert scores["title"].f1 == scores["approval_steps"].f1 == scores["values"].f1 == 1.0
    assert len(scores["dates"].extra) == 1 and not scores["dates"].missing
    assert not scores["bodies"].counted and not scores["levels"].counted

    # The command scores against every confirmed import and can write them out as a corpus.
    call_command("import-eval", "--confirmed", "--details", "--save-to", str(tmp_path / "officers"))
    (document, gold_file), *others = gold_pairs(tmp_path / "officers")
    assert not others and document.read_bytes() == CHILDRENS.read_bytes()
    assert load_gold(gold_file) == json.loads(json.dumps(gold))
    assert list(load_gold(gold_file)) == [
        "title",
        "source_url",
        "kind",
        "parties",
        "approval_steps",
        "values",
        "dates",
        "sections",
    ]
    with pytest.raises(CommandError, match="parties F1 0.9"):
        call_command("import-eval", str(tmp_path / "officers"), "--min-f1", "0.99")


@pytest.mark.django_db
def test_import_eval_confirmed_needs_a_confirmed_import(bf_officer, tmp_path):
    import_create(actor=bf_officer, content=FALLS.encode(), filename="falls.txt")
    with pytest.raises(CommandError, match="No confirmed import has a gold file yet"):
        call_command("import-eval", "--confirmed")
    with pytest.raises(CommandError, match="not both"):
        call_command("import-eval", str(tmp_path), "--confirmed")
    with pytest.raises(CommandError, match="give --confirmed"):
        call_command("import-eval", str(tmp_path), "--save-to", str(tmp_path))
