"""Open data: the page, Popolo JSON valid against the Popolo schemas, CSV and XLSX."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from jsonschema import Draft3Validator
from openpyxl import load_workbook
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT3

from accord.agreements.models import Agreement
from accord.api.opendata.datasets import DATASETS

pytestmark = pytest.mark.django_db

POPOLO = Path(__file__).resolve().parents[1] / "data" / "popolo"


def popolo_validator(name: str) -> Draft3Validator:
    """A validator whose $refs to popoloproject.com resolve to the local copies only."""
    resources = []
    for path in POPOLO.glob("*.json"):
        contents = json.loads(path.read_text())
        resources.append((contents["id"], Resource.from_contents(contents, DRAFT3)))

    def no_network(uri: str):
        raise AssertionError(f"schema reference {uri} is not held locally")

    registry = Registry(retrieve=no_network).with_resources(resources)
    schema = json.loads((POPOLO / f"{name}.json").read_text())
    return Draft3Validator(schema, registry=registry)


def test_the_page_lists_every_feed_with_its_licence(client, demo):
    html = client.get("/open-data/").content.decode()
    assert "Open Government Licence v3.0" in html
    assert "/open-data/popolo.json" in html
    for slug in DATASETS:
        assert f"/open-data/{slug}.csv" in html and f"/open-data/{slug}.xlsx" in html


def test_the_licence_is_configurable(client, demo, settings):
    settings.ACCORD_DATA_LICENCE_NAME = "Creative Commons Attribution 4.0"
    settings.ACCORD_DATA_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
    html = client.get("/open-data/").content.decode()
    assert "Creative Commons Attribution 4.0" in html and "Open Government" not in html
    assert client.get("/open-data/popolo.json").json()["licence"]["name"].startswith("Creative")


def test_popolo_export_validates_against_the_popolo_schemas(client, demo):
    data = client.get("/open-data/popolo.json").json()
    assert data["organizations"] and data["memberships"]
    for key, schema in [
        ("organizations", "organization"),
        ("memberships", "membership"),
        ("posts", "post"),
    ]:
        validator = popolo_validator(schema)
        for item in data[key]:
            errors = [e.message for e in validator.iter_errors(item)]
            assert not errors, (key, item.get("id"), errors)


def test_popolo_names_organisations_by_org_id_and_gives_bodies_parents(client, demo):
    organisations = {
        o["id"]: o for o in client.get("/open-data/popolo.json").json()["organizations"]
    }
    assert "GB-NHS-07G" in organisations
    assert {"scheme": "org-id", "identifier": "GB-NHS-07G"} in organisations["GB-NHS-07G"][
        "identifiers"
    ]
    assert organisations["accord:body/bf-partnership"]["parent_id"] == "accord:body/hwb"


def test_the_validator_catches_a_bad_organisation():
    errors = list(popolo_validator("organization").iter_errors({"name": 3, "identifiers": [{}]}))
    assert len(errors) >= 2


def _csv(client, slug: str) -> list[list[str]]:
    response = client.get(f"/open-data/{slug}.csv")
    assert response.streaming and response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_each_csv_has_a_readable_header_and_rows(client, demo):
    for slug, dataset in DATASETS.items():
        rows = _csv(client, slug)
        assert rows[0] == dataset.header, slug
        assert all(len(row) == len(dataset.header) for row in rows), slug
    parties = _csv(client, "parties")
    assert any(
        row[0] == "childrens-mou" and row[6].startswith("Not signed yet") for row in parties[1:]
    )


def test_exports_hold_public_data_only(client, demo):
    assert Agreement.objects.filter(slug="alliance-mou").exclude(status="sign_up").exists()
    assert not any(row[0] == "alliance-mou" for row in _csv(client, "parties"))


def test_xlsx_download_has_the_same_header(client, demo):
    response = client.get("/open-data/organisations.xlsx")
    assert response["Content-Disposition"].startswith("attachment")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == DATASETS["organisations"].header
    assert any("GB-LAE-THR" in (row[4] or "") for row in rows[1:])


def test_a_cell_that_looks_like_a_formula_stays_text(client, demo):
    from accord.organisations.models import Organisation

    Organisation.objects.filter(slug="thurrock-council").update(short_name="=HYPERLINK(1)")
    rows = _csv(client, "organisations")
    assert "'=HYPERLINK(1)" in {row[2] for row in rows}


def test_an_unknown_dataset_is_not_found(client, demo):
    assert client.get("/open-data/secrets.csv").status_code == 404
