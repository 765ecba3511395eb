"""Markup typed into any free-text field is shown as text and never runs, in a real browser."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accord.accounts.models import User
from accord.agreements.services import drafting, parties, versions
from accord.approvals.services.agenda import agenda_item_add
from accord.approvals.services.decisions import decision_record
from accord.approvals.services.meetings import meeting_create
from accord.consultations.services.comments import comment_add, comment_respond
from accord.consultations.services.consultations import consultation_open
from accord.governance.models import Body
from accord.organisations.models import Organisation
from tests.browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Each payload would set window.hacked if the browser ran it.
HOSTILE = '<script>window.hacked=1</script><img src=x onerror="window.hacked=1">'


def test_no_free_text_field_runs_script(browser_page, demo_accounts, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    officer = User.objects.get(email="officer@example.org")
    secretary = User.objects.get(email="secretary.bf@example.org")
    body = Body.objects.get(slug="bf-partnership")
    agreement = drafting.agreement_create(
        actor=officer, title=f"Title {HOSTILE}", kind="mou", owning_body=body, from_template=True
    )
    draft = drafting.current_draft(agreement)
    section = draft.sections.get(number="1")
    drafting.section_update(
        actor=officer,
        section=section,
        heading=f"Heading {HOSTILE}",
        text=f"Text {HOSTILE}",
        revision=0,
    )
    parties.party_add(
        actor=officer,
        agreement=agreement,
        organisation=Organisation.objects.get(slug="thurrock-council"),
        category=f"Category {HOSTILE}",
    )
    version = versions.agreement_publish_version(
        actor=officer, agreement=agreement, label=f"Label {HOSTILE}", revision=1
    )
    consultation = consultation_open(
        actor=officer,
        version=version,
        title=f"Consultation {HOSTILE}",
        closes_on=timezone.localdate() + dt.timedelta(days=7),
        introduction=f"Intro {HOSTILE}",
        consultee_bodies=[body],
    )
    comment = comment_add(
        consultation=consultation,
        section=version.sections.get(number="1"),
        text=f"Comment {HOSTILE}",
        actor=User.objects.get(email="member@example.org"),
    )
    comment_respond(actor=officer, comment=comment, outcome="accepted", reason=f"Reason {HOSTILE}")
    meeting = meeting_create(
        actor=secretary,
        body=body,
        title=f"Meeting {HOSTILE}",
        date=timezone.localdate(),
        location=f"Place {HOSTILE}",
    )
    item = agenda_item_add(actor=secretary, meeting=meeting, title=f"Item {HOSTILE}")
    decision_record(actor=secretary, item=item, outcome="noted", minute=f"Minute {HOSTILE}")

    page = browser_page
    sign_in(page, "officer@example.org")
    pages = [
        "/",
        "/agreements/",
        agreement.get_absolute_url(),
        f"/agreements/{agreement.slug}/draft/",
        f"/agreements/{agreement.slug}/versions/1/",
        f"/agreements/{agreement.slug}/compare/",
        f"/agreements/{agreement.slug}/history/",
        f"/agreements/{agreement.slug}/parties/",
        consultation.get_absolute_url(),
        f"/consultations/{consultation.pk}/summary/",
        f"/meetings/{meeting.pk}/",
        "/meetings/",
        f"/sign-up/agreements/{agreement.slug}/",
    ]
    for path in pages:
        page.goto(path)
        assert page.evaluate("window.hacked === undefined"), f"script ran on {path}"
    page.goto(f"/meetings/{meeting.pk}/")
    expect(page.get_by_text(f"Minute {HOSTILE}")).to_be_visible()
    page.goto(agreement.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Title {HOSTILE}")
