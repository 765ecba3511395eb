"""Invitations through a real SMTP server: the message arrives, and its link works."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
import socket

import pytest
from aiosmtpd.controller import Controller

from accord.consultations.models import Invitation
from accord.consultations.models.consultation import today_in_london
from accord.consultations.services import Invitee, consultation_open
from tests.accounts.factories import RoleFactory
from tests.agreements.factories import AgreementFactory, PublishedVersionFactory
from tests.governance.factories import BodyFactory

pytestmark = pytest.mark.django_db

BASE_URL = "https://accord.example.org"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Collect:
    """An aiosmtpd handler that keeps every message it is given."""

    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server(settings):
    handler = Collect()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 10
    settings.ACCORD_BASE_URL = BASE_URL
    yield handler
    controller.stop()


@pytest.fixture
def officer_and_version():
    owning_body = BodyFactory(name="Thurrock Alliance")
    agreement = AgreementFactory(owning_body=owning_body, status="draft")
    role = RoleFactory(name="officer", body=owning_body)
    return role.user, PublishedVersionFactory(agreement=agreement, number=1)


def open_consultation(officer, version, capture):
    with capture(execute=True):
        return consultation_open(
            actor=officer,
            version=version,
            title="Draft MOU for comment",
            closes_on=today_in_london() + dt.timedelta(days=7),
            invitees=[
                Invitee(name="Pat Partner", email="pat@partner.example"),
                Invitee(name="Jo Bloggs", email="jo@bloggs.example"),
            ],
        )


def test_the_invitation_arrives_by_smtp_with_a_link_that_works(
    client, smtp_server, officer_and_version, django_capture_on_commit_callbacks
):
    officer, version = officer_and_version
    open_consultation(officer, version, django_capture_on_commit_callbacks)

    assert sorted(rcpt for e in smtp_server.envelopes for rcpt in e.rcpt_tos) == [
        "jo@bloggs.example",
        "pat@partner.example",
    ]
    (envelope,) = [e for e in smtp_server.envelopes if e.rcpt_tos == ["pat@partner.example"]]
    message = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert message["Subject"] == "Your comments are invited: Draft MOU for comment"
    assert message.get_content_type() == "text/plain"
    body = message.get_content()
    (link,) = re.findall(re.escape(BASE_URL) + r"/consultations/respond/[A-Za-z0-9_-]+/", body)

    page = client.get(link.removeprefix(BASE_URL))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Pat Partner (pat@partner.example)" in html and "Clause 1" in html
    assert Invitation.objects.filter(sent_at__isnull=False).count() == 2


def test_when_the_mail_server_is_down_the_consultation_still_opens_and_shows_not_sent(
    settings, client, officer_and_version, django_capture_on_commit_callbacks, caplog
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nothing listens
    settings.EMAIL_USE_TLS, settings.EMAIL_TIMEOUT = False, 5
    officer, version = officer_and_version
    consultation = open_consultation(officer, version, django_capture_on_commit_callbacks)

    assert consultation.invitations.count() == 2
    assert not consultation.invitations.filter(sent_at__isnull=False).exists()
    assert "Could not send the invitation e-mail to" in caplog.text
    client.force_login(officer)
    assert client.get(consultation.get_absolute_url()).content.decode().count("Not sent") == 2
