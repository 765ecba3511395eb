"""Every CSV Accord writes goes through one writer that keeps formulas as text."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from accord.accounts.models import User
from accord.core.csv_export import csv_lines, safe_cell
from accord.signing.services import invitations
from tests.signing_setup import agreement_open_for_signing

ACCORD = Path(__file__).resolve().parents[1] / "accord"
WRITER = ACCORD / "core" / "csv_export.py"


def test_no_module_but_the_one_writer_writes_csv_itself():
    writers = re.compile(r"csv\.(writer|DictWriter)\(|from csv import .*\b(writer|DictWriter)\b")
    offenders = [
        str(path.relative_to(ACCORD))
        for path in ACCORD.rglob("*.py")
        if path != WRITER and writers.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], f"write CSV through accord.core.csv_export instead: {offenders}"


@pytest.mark.parametrize(
    "value, written",
    [
        ('=HYPERLINK("http://x/leak","x")', '\'=HYPERLINK("http://x/leak","x")'),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("-2+3", "'-2+3"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Thurrock Council", "Thurrock Council"),
        ("a=b", "a=b"),
        (-2, -2),
        (None, None),
    ],
)
def test_a_cell_that_would_run_as_a_formula_is_kept_as_text(value, written):
    assert safe_cell(value) == written


def test_the_header_is_guarded_too():
    (header,) = list(csv.reader(io.StringIO(next(csv_lines(["=1+1"], [])))))
    assert header == ["'=1+1"]


@pytest.mark.django_db
def test_the_sign_up_csv_keeps_a_signatorys_formulas_as_text(client, mailoutbox):
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    agreement, _ = agreement_open_for_signing(1)
    invitations.signing_open(actor=admin, agreement=agreement)
    link = re.search(r"(/sign-up/sign/[\w-]+/)", mailoutbox[0].body).group(1)
    client.post(
        link,
        {
            "full_name": '=HYPERLINK("http://x/leak","x")',
            "post": "@SUM(1+1)",
            "decision": "declined",
            "reason": "-2+3",
        },
    )
    response = client.get(f"/sign-up/agreements/{agreement.slug}/sign-up.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    (answered,) = [row for row in rows[1:] if row[2] == "Declined"]
    assert answered[3] == '\'=HYPERLINK("http://x/leak","x")'
    assert answered[4] == "'@SUM(1+1)"
    assert answered[8] == "'-2+3"
