"""The page an e-mailed link opens: no account needed, and only the invitee's own comments."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.consultations.models import Comment, Consultation, Invitation
from tests.consultations.factories import CommentFactory
from tests.consultations.test_consultations_pages import TOKEN, main_of, make_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return make_world()


def test_the_link_needs_no_account_and_shows_only_the_invitees_own_comments(client, world):
    CommentFactory(consultation=world.consultation, section=world.sections[0], text="Not yours.")
    url = f"/consultations/respond/{TOKEN}/"
    page = client.get(url)
    html = main_of(page)
    assert page.status_code == 200
    assert page["Cache-Control"].startswith("max-age=0")
    assert "Pat Partner (pat@partner.example)" in html and "Clause 3" in html
    assert "Not yours." not in html

    section = world.sections[1]
    response = client.post(
        url, {"section": section.pk, f"section-{section.pk}-text": "We support clause 2."}
    )
    comment = Comment.objects.get(text="We support clause 2.")
    assert response["Location"] == url  # the top, where the focused banner thanks them
    assert comment.invitation == world.invitation and comment.author is None
    assert "We support clause 2." in main_of(client.get(url))


@pytest.mark.parametrize("token", ["forged" + TOKEN, TOKEN[:-1], "x"])
def test_a_forged_link_shows_that_it_does_not_work(client, world, token):
    response = client.get(f"/consultations/respond/{token}/")
    assert response.status_code == 404
    assert "This link does not work" in response.content.decode()
    section = world.sections[0]
    posted = client.post(
        f"/consultations/respond/{token}/",
        {"section": section.pk, f"section-{section.pk}-text": "Hello."},
    )
    assert posted.status_code == 404 and not Comment.objects.exists()


def test_a_withdrawn_link_stops_working(client, world):
    Invitation.objects.filter(pk=world.invitation.pk).update(revoked=True)
    assert client.get(f"/consultations/respond/{TOKEN}/").status_code == 404


def test_the_link_page_after_closing_shows_the_date_and_no_forms(client, world):
    Consultation.objects.filter(pk=world.consultation.pk).update(closes_on=dt.date(2019, 1, 9))
    html = main_of(client.get(f"/consultations/respond/{TOKEN}/"))
    assert "Comments closed on 9 January 2019." in html and "<textarea" not in html
