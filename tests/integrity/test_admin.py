"""The admin stays for administrators, but cannot move workflow state, and every change
made there is audited like any other."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.test import TestCase

from accord.agreements.models import Agreement, AgreementVersion
from accord.audit.admin import AuditedModelAdmin
from accord.audit.models import AuditEntry
from accord.signing.models import AuthorisedSignatory
from tests.integrity.journeys import fresh, links_for, sign, to_sign_up
from tests.integrity.world import build_world
from tests.second_factor import login_fully

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(settings):
    settings.ACCORD_BASE_URL = "http://testserver"
    with TestCase.captureOnCommitCallbacks(execute=True):
        return build_world("Partnership MOU")


def _form_data(client, url: str) -> dict:
    """Every field of an admin change form as the browser would post it unchanged."""
    from html.parser import HTMLParser

    fields: dict[str, list[str]] = {}

    class Form(HTMLParser):
        select: str | None = None
        textarea: str | None = None

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            name = a.get("name")
            if tag == "input" and name and a.get("type") not in ("submit", "button", "file"):
                if a.get("type") == "checkbox":
                    if "checked" in a:
                        fields.setdefault(name, []).append(a.get("value", "on"))
                else:
                    fields.setdefault(name, []).append(a.get("value", ""))
            elif tag == "select" and name:
                self.select = name
                fields.setdefault(name, [])
            elif tag == "option" and self.select and "selected" in a:
                fields[self.select].append(a.get("value", ""))
            elif tag == "textarea" and name:
                self.textarea = name
                fields[name] = [""]

        def handle_endtag(self, tag):
            if tag == "select":
                self.select = None
            if tag == "textarea":
                self.textarea = None

        def handle_data(self, data):
            if self.textarea:
                fields[self.textarea][0] += data

    Form().feed(client.get(url).content.decode())
    # A select with nothing chosen is not posted at all.
    return {
        name: values if len(values) > 1 else values[0] for name, values in fields.items() if values
    }


def test_every_admin_in_accord_is_audited():
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label.startswith(("auth", "contenttypes", "sessions")):
            continue
        assert isinstance(model_admin, AuditedModelAdmin), model


def test_the_admin_cannot_move_an_agreement_into_force_but_its_changes_are_audited(world, client):
    to_sign_up(world)
    login_fully(client, world.people["administrator"])
    agreement = fresh(world)
    url = f"/admin/agreements/agreement/{agreement.pk}/change/"
    data = _form_data(client, url)
    assert "status" not in data  # read-only: shown, not posted
    data.update(status="in_force", summary="Corrected summary.")
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()
    agreement = fresh(world)
    assert agreement.status == "sign_up" and agreement.summary == "Corrected summary."
    entry = AuditEntry.objects.filter(action="admin.change").latest("sequence")
    assert entry.object_id == str(agreement.pk)
    assert entry.before == {"summary": ""} and entry.after == {"summary": "Corrected summary."}


def test_versions_and_decisions_cannot_be_edited_in_the_admin(world, client):
    to_sign_up(world)
    login_fully(client, world.people["administrator"])
    version = AgreementVersion.objects.get(agreement=world.agreement, number=1)
    page = client.get(f"/admin/agreements/agreementversion/{version.pk}/change/")
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    assert (
        client.post(
            f"/admin/agreements/agreementversion/{version.pk}/delete/", {"post": "yes"}
        ).status_code
        == 403
    )


def test_deactivating_a_signatorys_account_in_the_admin_ends_their_links(world, client):
    to_sign_up(world)
    (token,) = links_for("signatory_1@integrity.test")
    login_fully(client, world.people["administrator"])
    user = world.people["signatory_1"]
    url = f"/admin/accounts/user/{user.pk}/change/"
    data = _form_data(client, url)
    data.pop("is_active", None)  # unticked
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert client.post(url, data).status_code == 302
    assert not AuthorisedSignatory.objects.filter(user=user, active=True).exists()
    from accord.signing.services.signatures import LinkRefused

    with pytest.raises(LinkRefused):
        sign(token)
    assert AuditEntry.objects.filter(action="signing.signatory.withdraw").exists()
    assert Agreement.objects.get(pk=world.agreement.pk).status == "sign_up"
