"""The demo data holds everything the two Thurrock documents say."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest
from django.core.management import CommandError, call_command

from accord.agreements.models import Agreement, Milestone, Party
from accord.approvals.models import ApprovalStep
from accord.core.dates import partial_iso
from accord.governance.models import Area, Body, BodyName
from accord.organisations.models import Organisation, OrganisationName
from tests.importing import THURROCK

DOCUMENTS = THURROCK
GOLD_FILES = sorted(DOCUMENTS.glob("*.gold.json"))

pytestmark = pytest.mark.django_db


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    text = text.replace("&", " and ").lower()
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9' ]", " ", text)).strip()


def matches(wanted: str, candidates: set[str]) -> bool:
    wanted = normalise(wanted)
    return any(wanted == c or wanted in c or c in wanted for c in candidates if c)


def test_the_gold_files_are_there():
    assert len(GOLD_FILES) == 2, f"expected the two Thurrock gold files in {DOCUMENTS}"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_every_fact_of_the_gold_file_is_in_the_demo_data(demo, gold_path):
    gold = json.loads(gold_path.read_text())

    party_names = {
        normalise(n)
        for n in [
            *Organisation.objects.values_list("name", flat=True),
            *Organisation.objects.values_list("short_name", flat=True),
            *OrganisationName.objects.values_list("name", flat=True),
        ]
    }
    categories = {
        (party.organisation_id, normalise(party.category)) for party in Party.objects.all()
    }
    for party in gold["parties"]:
        assert matches(party["name"], party_names), f"party {party['name']!r} not found"
        organisations = [
            o
            for o in Organisation.objects.prefetch_related("other_names")
            if matches(
                party["name"],
                {normalise(o.name), *(normalise(n.name) for n in o.other_names.all())},
            )
        ]
        assert any((o.id, normalise(party["category"])) in categories for o in organisations), (
            f"{party['name']!r} is not a party in category {party['category']!r}"
        )

    body_names = {
        normalise(n)
        for n in [
            *Body.objects.values_list("name", flat=True),
            *BodyName.objects.values_list("name", flat=True),
        ]
    }
    for body in gold["bodies"]:
        assert matches(body, body_names), f"body {body!r} not found"

    steps = [
        (
            {normalise(s.label), normalise(s.body.name) if s.body else ""}
            | ({normalise(n.name) for n in s.body.other_names.all()} if s.body else set()),
            s.action,
        )
        for s in ApprovalStep.objects.select_related("body").prefetch_related("body__other_names")
    ]
    for step in gold["approval_steps"]:
        assert any(
            action == step["action"] and matches(step["body"], names) for names, action in steps
        ), f"approval step {step} not found"

    values = {
        normalise(t) for t in Agreement.objects.values_list("commitments__text", flat=True) if t
    }
    for value in gold["values"]:
        assert normalise(value) in values, f"value {value!r} not found"

    dated = {
        (partial_iso(m.date, m.date_precision), normalise(m.description))
        for m in Milestone.objects.all()
    }
    for item in gold["dates"]:
        assert any(when == item["date"] for when, _ in dated), (
            f"no milestone dated {item['date']} ({item['what']})"
        )

    for level in gold["levels"]:
        assert Area.objects.filter(level=level).exists()
        assert Body.objects.filter(level=level).exists()


def test_the_childrens_mou_is_loaded_as_the_report_describes(demo):
    mou = Agreement.objects.get(slug="childrens-mou")
    version = mou.versions.get()
    assert version.is_published and version.content_hash.startswith("sha256:")
    assert [(s.number, s.heading) for s in version.sections.all()] == [
        ("1", "Introduction"),
        ("2", "Parties to this Memorandum of Understanding"),
        ("3", "Purpose of this Memorandum of Understanding"),
        ("4", "Background and context at each level"),
        ("5", "Wider context"),
        ("6", "Values"),
        ("7", "Overarching Principles of the MOU"),
        ("8", "Process of enactment"),
    ]
    assert mou.parties.count() == 16
    assert mou.commitments.filter(kind="value").count() == 7
    assert mou.commitments.filter(kind="principle").count() == 3
    assert mou.signup_deadline.isoformat().startswith("2020-03")
    assert mou.adapted_from.slug == "stp-mou" and not mou.adapted_from.text_held
    assert [c for c in dict.fromkeys(mou.parties.values_list("category", flat=True))] == [
        "Local Authorities",
        "NHS Commissioners",
        "NHS Service Providers",
        "Other Partners",
    ]


def test_the_alliance_mou_is_a_non_binding_draft_with_a_planned_successor(demo):
    mou = Agreement.objects.get(slug="alliance-mou")
    assert not mou.legally_binding
    assert mou.status == "consultation"
    assert mou.succeeded_by.kind == "alliance_agreement"
    endorse = mou.approval_steps.get(action="endorse")
    assert endorse.meeting.date.isoformat().startswith("2019-01")


def test_the_ccg_is_succeeded_by_the_icb(demo):
    ccg = Organisation.objects.get(identifiers__scheme="GB-NHS", identifiers__code="07G")
    assert ccg.dissolved_on is not None
    assert ccg.successions_out.get().successor.kind == "nhs_commissioner"


def test_accord_demo_refuses_to_load_twice(db, capsys):
    call_command("demo")
    assert "Loaded the Thurrock demo data" in capsys.readouterr().out
    count = Organisation.objects.count()
    with pytest.raises(CommandError, match="already holds"):
        call_command("demo")
    assert Organisation.objects.count() == count
    call_command("demo", "--if-empty")  # quiet when already loaded, for make run
    assert Organisation.objects.count() == count
