"""A signatory's IP address and browser are evidence for officers, never public."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from accord.accounts.models import Role, User
from accord.signing.services import invitations
from tests.signing_setup import agreement_open_for_signing

pytestmark = pytest.mark.django_db
ADDRESS = "203.0.113.77"
BROWSER = "Evidence-Browser/9.1 (X11; Linux)"


@pytest.fixture
def answered(client, mailoutbox):
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    agreement, _ = agreement_open_for_signing(2)
    invitations.signing_open(actor=admin, agreement=agreement)
    links = [re.search(r"(/sign-up/sign/[\w-]+/)", m.body).group(1) for m in mailoutbox]
    for n, link in enumerate(links):
        client.post(
            link,
            {"full_name": f"Ada Signer {n}", "post": "Chief Executive", "decision": "signed"},
            REMOTE_ADDR=ADDRESS,
            HTTP_USER_AGENT=BROWSER,
        )
    agreement.refresh_from_db()
    assert agreement.status == "in_force"
    return agreement


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_public_certificate_names_who_signed_but_not_where_from(client, answered):
    client.logout()
    response = client.get(f"/documents/{answered.slug}/v1-certificate.pdf")
    assert response.status_code == 200
    text = _pdf_text(b"".join(response.streaming_content))
    assert "Ada Signer 0" in text and "Ada Signer 1" in text
    assert ADDRESS not in text
    assert "Evidence-Browser" not in text
    assert "IP address" not in text


def test_the_public_agreement_pdf_and_pages_do_not_show_them_either(client, answered):
    client.logout()
    pdf = client.get(f"/documents/{answered.slug}/v1.pdf")
    data = b"".join(pdf.streaming_content)
    # Neither the text nor the seals' own records (reasons, names) carry them.
    assert ADDRESS.encode() not in data and b"Evidence-Browser" not in data
    assert b"Ada Signer 0" in data
    for path in (answered.get_absolute_url(), f"/sign-up/agreements/{answered.slug}/"):
        page = client.get(path).content.decode()
        assert ADDRESS not in page and "Evidence-Browser" not in page, path
    csv_text = client.get(f"/sign-up/agreements/{answered.slug}/sign-up.csv").content.decode()
    assert ADDRESS not in csv_text and "Evidence-Browser" not in csv_text


def test_the_agreements_officer_sees_the_evidence(client, answered):
    officer = User.objects.create_user(email="officer@example.org", password="pw")
    Role.objects.create(user=officer, name="officer", body=answered.owning_body)
    client.force_login(officer)
    progress = client.get(f"/sign-up/agreements/{answered.slug}/").content.decode()
    assert f"/documents/{answered.slug}/v1-evidence/" in progress
    response = client.get(f"/documents/{answered.slug}/v1-evidence/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = response.content.decode()
    assert ADDRESS in page and BROWSER in page
    assert "Ada Signer 0, Chief Executive" in page


def test_nobody_else_sees_the_evidence(client, answered):
    path = f"/documents/{answered.slug}/v1-evidence/"
    client.logout()
    assert client.get(path).status_code == 302
    member = User.objects.create_user(email="member@example.org", password="pw")
    Role.objects.create(user=member, name="member", body=answered.owning_body)
    client.force_login(member)
    assert client.get(path).status_code == 403
    assert (
        f"/documents/{answered.slug}/v1-evidence/"
        not in client.get(f"/sign-up/agreements/{answered.slug}/").content.decode()
    )
