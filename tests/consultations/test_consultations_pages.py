"""Consultation pages: what each shows, what each form does, escaping, and query counts."""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext

from accord.accounts.models import User
from accord.consultations.models import Comment, Consultation, Response
from accord.consultations.models.consultation import today_in_london
from tests.accounts.factories import RoleFactory, UserFactory
from tests.agreements.factories import AgreementFactory, PublishedVersionFactory
from tests.consultations.factories import (
    CommentFactory,
    ConsultationFactory,
    InvitationFactory,
    ResponseFactory,
)
from tests.governance.factories import BodyFactory
from tests.organisations.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("x")</script>'
TOKEN = "page-test-token-0123456789-abcdefghijklmnopqrstuv"


def make_world() -> SimpleNamespace:
    """An agreement in consultation, a consulted board, an officer, a consultee, an outsider,
    and one e-mailed invitation whose secret is TOKEN."""
    owning_body = BodyFactory(name="Thurrock Alliance")
    board = BodyFactory(name="CCG Board")
    agreement = AgreementFactory(
        owning_body=owning_body, status="consultation", title="Alliance MOU", slug="alliance"
    )
    version = PublishedVersionFactory(agreement=agreement, number=1)
    consultation = ConsultationFactory(version=version, title="Partner boards' comments")
    consultation.consultee_bodies.set([board])
    people = SimpleNamespace(
        officer=UserFactory(email="officer@alliance.example", full_name="Olu Officer"),
        consultee=UserFactory(email="member@ccg.example", full_name="Bea Board"),
        outsider=UserFactory(email="outsider@elsewhere.example"),
    )
    RoleFactory(user=people.officer, name="officer", body=owning_body)
    RoleFactory(user=people.consultee, name="member", body=board)
    RoleFactory(user=people.outsider, name="member")
    invitation = InvitationFactory(
        consultation=consultation, token=TOKEN, email="pat@partner.example", name="Pat Partner"
    )
    return SimpleNamespace(
        agreement=agreement,
        version=version,
        sections=list(version.sections.order_by("order")),
        consultation=consultation,
        board=board,
        invitation=invitation,
        **vars(people),
    )


@pytest.fixture
def world():
    return make_world()


def detail_url(consultation) -> str:
    return f"/consultations/{consultation.pk}/"


def main_of(response) -> str:
    return response.content.decode().split("<main", 1)[1]


# --- opening --------------------------------------------------------------------------


def test_an_officer_opens_a_consultation_from_the_form(
    client, world, django_capture_on_commit_callbacks
):
    draft = AgreementFactory(owning_body=world.agreement.owning_body, slug="draft-mou")
    version = PublishedVersionFactory(agreement=draft, number=1)
    organisation = OrganisationFactory(name="Thurrock Council")
    client.force_login(world.officer)
    page = client.get("/consultations/new/draft-mou/")
    assert page.status_code == 200
    html = main_of(page)
    assert "Version 1: Draft" in html and "CCG Board" in html and "Thurrock Council" in html
    closes_on = today_in_london() + dt.timedelta(days=10)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/consultations/new/draft-mou/",
            {
                "version": version.pk,
                "title": "Draft MOU: your comments",
                "introduction": "",
                "closes_on": closes_on.isoformat(),
                "consultee_bodies": [world.board.pk],
                "consultee_organisations": [organisation.pk],
                "invitees": "Pat Partner, pat@partner.example\nJo Bloggs <jo@bloggs.example>",
            },
        )
    consultation = Consultation.objects.get(title="Draft MOU: your comments")
    assert response.status_code == 302 and response["Location"] == detail_url(consultation)
    assert sorted(consultation.invitations.values_list("email", flat=True)) == [
        "jo@bloggs.example",
        "member@ccg.example",
        "pat@partner.example",
    ]
    assert len(mail.outbox) == 3
    draft.refresh_from_db()
    assert draft.status == "consultation"
    followed = client.get(response["Location"])
    assert "3 people have been invited by e-mail" in followed.content.decode()


def test_the_open_form_shows_each_problem(client, world):
    client.force_login(world.officer)
    response = client.post(
        "/consultations/new/alliance/",
        {
            "version": world.version.pk,
            "title": "Comments",
            "closes_on": (today_in_london() - dt.timedelta(days=1)).isoformat(),
            "invitees": "Pat Partner, not-an-address",
        },
    )
    html = main_of(response)
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "Line 1: “not-an-address” is not an e-mail address." in html
    assert Consultation.objects.count() == 1  # only the one from the fixture

    response = client.post(
        "/consultations/new/alliance/",
        {
            "version": world.version.pk,
            "title": "Comments",
            "closes_on": (today_in_london() - dt.timedelta(days=1)).isoformat(),
            "invitees": "Pat Partner, pat@partner.example",
        },
    )
    assert "The closing date must be in the future." in main_of(response)


def test_an_agreement_without_a_published_version_cannot_be_consulted_on(client, world):
    AgreementFactory(owning_body=world.agreement.owning_body, slug="blank", status="draft")
    client.force_login(world.officer)
    html = main_of(client.get("/consultations/new/blank/"))
    assert "There is no published version" in html and "<form" not in html


def test_an_agreement_past_its_draft_cannot_be_consulted_on(client, world):
    world.agreement.status = "sign_up"
    world.agreement.save()
    client.force_login(world.officer)
    html = main_of(client.get("/consultations/new/alliance/"))
    assert "The agreement is open for sign-up." in html and "<form" not in html


# --- the consultation page --------------------------------------------------------------


def test_a_consultee_sees_the_text_and_every_comment_and_can_comment(client, world):
    CommentFactory(consultation=world.consultation, section=world.sections[1], text="Clause two?")
    client.force_login(world.consultee)
    html = main_of(client.get(detail_url(world.consultation)))
    assert "Clause 1" in html and "Clause two?" in html
    assert html.count('name="section"') == 3  # a comment form for each section
    assert "Invitations" not in html and "pat@partner.example" not in html
    assert "Respond" not in html

    response = client.post(
        detail_url(world.consultation),
        {"section": world.sections[2].pk, f"section-{world.sections[2].pk}-text": "Clause 3!"},
    )
    comment = Comment.objects.get(text="Clause 3!")
    assert response["Location"] == detail_url(world.consultation)
    assert comment.author == world.consultee and comment.author_for == "CCG Board"


def test_an_empty_comment_is_shown_back_with_its_error(client, world):
    client.force_login(world.consultee)
    section = world.sections[0]
    response = client.post(
        detail_url(world.consultation), {"section": section.pk, f"section-{section.pk}-text": ""}
    )
    html = main_of(response)
    assert response.status_code == 200
    assert "There is a problem" in html
    assert f'href="#id_section-{section.pk}-text"' in html
    assert not Comment.objects.exists()


def test_a_comment_sent_after_closing_is_refused_with_the_closing_date(client, world):
    Consultation.objects.filter(pk=world.consultation.pk).update(closes_on=dt.date(2020, 3, 31))
    client.force_login(world.consultee)
    html = main_of(client.get(detail_url(world.consultation)))
    assert "Comments closed on 31 March 2020." in html and 'name="section"' not in html
    section = world.sections[0]
    response = client.post(
        detail_url(world.consultation),
        {"section": section.pk, f"section-{section.pk}-text": "Late thought."},
    )
    assert "Comments closed on 31 March 2020." in main_of(response)
    assert not Comment.objects.exists()


def test_the_officer_sees_invitations_and_can_respond_resend_withdraw_and_close(
    client, world, django_capture_on_commit_callbacks
):
    comment = CommentFactory(consultation=world.consultation, section=world.sections[0])
    client.force_login(world.officer)
    html = main_of(client.get(detail_url(world.consultation)))
    assert "pat@partner.example" in html and "Not sent" in html
    assert f"/comments/{comment.pk}/respond/" in html

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{detail_url(world.consultation)}invitations/{world.invitation.pk}/resend/"
        )
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["pat@partner.example"]]
    world.invitation.refresh_from_db()
    assert world.invitation.sent_at is not None

    client.post(f"{detail_url(world.consultation)}invitations/{world.invitation.pk}/withdraw/")
    world.invitation.refresh_from_db()
    assert world.invitation.revoked
    assert "Withdrawn" in main_of(client.get(detail_url(world.consultation)))

    response = client.post(f"{detail_url(world.consultation)}close/", follow=True)
    assert "no more comments are taken" in response.content.decode()
    world.consultation.refresh_from_db()
    assert world.consultation.closed_by == world.officer
    again = client.post(f"{detail_url(world.consultation)}close/", follow=True)
    assert "already closed" in again.content.decode()


def test_a_consultee_cannot_use_the_officer_actions(client, world):
    comment = CommentFactory(consultation=world.consultation, section=world.sections[0])
    client.force_login(world.consultee)
    base = detail_url(world.consultation)
    assert client.get(f"{base}comments/{comment.pk}/respond/").status_code == 403
    for action in ["close/", f"invitations/{world.invitation.pk}/resend/"]:
        assert client.post(base + action).status_code == 403
    world.consultation.refresh_from_db()
    assert world.consultation.closed_at is None


def test_someone_not_consulted_gets_403_and_anonymous_is_sent_to_sign_in(client, world):
    client.force_login(world.outsider)
    assert client.get(detail_url(world.consultation)).status_code == 403
    assert client.get(f"{detail_url(world.consultation)}summary/").status_code == 403
    client.logout()
    response = client.get(detail_url(world.consultation))
    assert response.status_code == 302 and "/accounts/sign-in/" in response["Location"]


# --- responding and the summary ---------------------------------------------------------


def test_the_officer_responds_and_the_summary_says_what_was_done(client, world):
    comment = CommentFactory(
        consultation=world.consultation,
        section=world.sections[1],
        text="Name the chair.",
        author=world.consultee,
        author_name="Bea Board",
        author_for="CCG Board",
    )
    client.force_login(world.officer)
    url = f"{detail_url(world.consultation)}comments/{comment.pk}/respond/"
    missing = client.post(url, {"reason": "Because."})
    assert "Choose what was done about the comment." in main_of(missing)
    # The link goes to the first radio, which crispy-forms-gds numbers from 1.
    assert 'href="#id_outcome_1"' in main_of(missing)
    assert 'id="id_outcome_1"' in main_of(missing)
    response = client.post(
        url, {"outcome": "accepted_with_changes", "reason": "The chair is named in 2.1."}
    )
    assert response.status_code == 302
    assert Response.objects.get().responded_by == world.officer
    assert "already has a response" in main_of(client.get(url))

    html = main_of(client.get(f"{detail_url(world.consultation)}summary/"))
    row = re.search(r"<tbody.*?</tbody>", html, re.S).group(0)
    for text in ["2. Clause 2", "Bea Board", "CCG Board", "Name the chair."]:
        assert text in row
    assert "Accepted with changes" in row and "The chair is named in 2.1." in row


def test_text_typed_by_anyone_is_escaped_everywhere_it_is_shown(client, world):
    comment = CommentFactory(
        consultation=world.consultation,
        section=world.sections[0],
        text=SCRIPT,
        author=world.consultee,
        author_name=SCRIPT,
        author_for=SCRIPT,
    )
    ResponseFactory(comment=comment, reason=SCRIPT, responded_by=world.officer)
    CommentFactory(
        consultation=world.consultation,
        section=world.sections[0],
        text=SCRIPT,
        author=None,
        invitation=world.invitation,
        author_name="Pat",
    )
    Consultation.objects.filter(pk=world.consultation.pk).update(introduction=SCRIPT)
    client.force_login(world.officer)
    base = detail_url(world.consultation)
    for url in [base, f"{base}summary/", f"/consultations/respond/{TOKEN}/"]:
        html = main_of(client.get(url))
        assert "<script>alert" not in html, url
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html, url


# --- the panel for the agreement page --------------------------------------------------


def render_panel(agreement, user) -> str:
    template = Template("{% load consultations %}{% consultation_panel agreement user %}")
    return template.render(Context({"agreement": agreement, "user": user}))


def test_the_panel_lists_the_consultations_a_user_may_see(world):
    CommentFactory(consultation=world.consultation, section=world.sections[0])
    officer_view = render_panel(world.agreement, world.officer)
    assert "Partner boards&#x27; comments" in officer_view and "1 comment;" not in officer_view
    assert "1 comment</span>" in officer_view
    assert "/consultations/new/alliance/" in officer_view
    consultee_view = render_panel(world.agreement, world.consultee)
    assert detail_url(world.consultation) in consultee_view
    assert "Open a consultation" not in consultee_view
    assert render_panel(world.agreement, world.outsider).strip() == ""
    assert render_panel(world.agreement, AnonymousUser()).strip() == ""


def test_the_panel_offers_no_consultation_on_an_agreement_past_its_draft(world):
    world.agreement.status = "sign_up"
    world.agreement.save()
    assert "Open a consultation" not in render_panel(world.agreement, world.officer)


# --- query counts -----------------------------------------------------------------------


def add_comments(world, count: int) -> None:
    """``count`` comments from different people, half answered, a third by e-mailed link."""
    for number in range(count):
        section = world.sections[number % len(world.sections)]
        if number % 3 == 0:
            comment = CommentFactory(
                consultation=world.consultation,
                section=section,
                author=None,
                invitation=world.invitation,
                author_name="Pat Partner",
            )
        else:
            comment = CommentFactory(consultation=world.consultation, section=section)
        if number % 2 == 0:
            ResponseFactory(comment=comment, responded_by=world.officer)
        InvitationFactory(consultation=world.consultation)


def page_queries(client, world) -> dict[str, int]:
    base = detail_url(world.consultation)
    first = world.consultation.comments.order_by("pk").first()
    pages = {
        "officer: consultation": (world.officer, base),
        "officer: summary": (world.officer, f"{base}summary/"),
        "officer: respond": (world.officer, f"{base}comments/{first.pk}/respond/"),
        "consultee: consultation": (world.consultee, base),
        "link": (None, f"/consultations/respond/{TOKEN}/"),
        "officer: open another": (world.officer, "/consultations/new/alliance/"),
    }
    counts = {}
    for name, (user, url) in pages.items():
        client.logout()
        if user is not None:
            client.force_login(user)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, name
        counts[name] = len(queries)
    for name, user in [("officer: panel", world.officer), ("consultee: panel", world.consultee)]:
        user = User.objects.get(pk=user.pk)  # a fresh request's user: roles not yet read
        with CaptureQueriesContext(connection) as queries:
            render_panel(world.agreement, user)
        counts[name] = len(queries)
    return counts


def test_query_counts_do_not_grow_with_the_number_of_comments(client, world):
    add_comments(world, 3)
    few = page_queries(client, world)
    add_comments(world, 27)
    assert world.consultation.comments.count() == 30
    many = page_queries(client, world)
    assert many == few
    assert max(few.values()) <= 15, few
