"""Reviews and terms: reminders before a review is due and before the end date, never
sent twice; a review's outcome recorded at a meeting of the owning body; expiry."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone

from accord.accounts.models import User
from accord.agreements.models import Agreement
from accord.approvals.models import Review, TermReminder
from accord.approvals.services.reviews import review_record
from accord.approvals.services.term_reminders import term_remind
from accord.audit.models import AuditEntry
from accord.core.errors import Invalid
from tests.approvals.factories import MeetingFactory
from tests.changes_setup import agreement_in_force

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def admin(db):
    return User.objects.create_superuser(email="root@example.org", password="x")


@pytest.fixture
def reviewed(admin, mailoutbox, settings):
    """An agreement in force, reviewed every 12 months, next due 30 days from TODAY, with
    an officer and a secretary of its owning body."""
    settings.ACCORD_TERM_REMINDER_DAYS = [60, 30, 7, 0]
    agreement = agreement_in_force(admin, mailoutbox)
    Agreement.objects.filter(pk=agreement.pk).update(
        review_date=TODAY + dt.timedelta(days=30), review_every_months=12
    )
    agreement.refresh_from_db()
    for name in ("officer", "secretary"):
        person = User.objects.create_user(email=f"{name}@example.org", password="x")
        person.roles.create(name=name, body=agreement.owning_body)
    return agreement


def _remind(on, capture):
    with capture(execute=True):
        return term_remind(today=on)


def test_review_reminders_never_double_send(
    reviewed, mailoutbox, django_capture_on_commit_callbacks
):
    first = _remind(TODAY, django_capture_on_commit_callbacks)
    # 60 and 30 days before have both passed: one reminder, for the nearer.
    assert len(first.reminded) == 1
    (mail,) = mailoutbox
    assert sorted(mail.to) == ["officer@example.org", "secretary@example.org"]
    assert "Review due" in mail.subject
    assert set(TermReminder.objects.values_list("offset_days", flat=True)) == {60, 30}

    mailoutbox.clear()
    # The same day again, and each day up to the next point of the schedule: nothing.
    for days in range(0, 23):
        assert (
            _remind(TODAY + dt.timedelta(days=days), django_capture_on_commit_callbacks).reminded
            == []
        )
    assert mailoutbox == []
    # 7 days before: one more; the day itself: one more; never again after.
    assert (
        len(_remind(TODAY + dt.timedelta(days=23), django_capture_on_commit_callbacks).reminded)
        == 1
    )
    assert (
        len(_remind(TODAY + dt.timedelta(days=30), django_capture_on_commit_callbacks).reminded)
        == 1
    )
    assert _remind(TODAY + dt.timedelta(days=31), django_capture_on_commit_callbacks).reminded == []
    assert len(mailoutbox) == 2
    assert AuditEntry.objects.filter(action="review.remind").count() == 3


def test_two_runs_at_once_send_one_reminder(reviewed, mailoutbox):
    """The second run finds the reminder row the first made: the unique row is the guard."""
    assert len(term_remind(today=TODAY).reminded) == 1
    assert term_remind(today=TODAY).reminded == []
    assert TermReminder.objects.filter(offset_days=30).count() == 1


def test_a_review_with_no_change_sets_the_next_review_and_reminders_start_again(
    admin, reviewed, mailoutbox
):
    meeting = MeetingFactory(body=reviewed.owning_body, date=timezone.localdate())
    review = review_record(
        actor=admin, agreement=reviewed, meeting=meeting, outcome="no_change", minute="Agreed."
    )
    reviewed.refresh_from_db()
    assert review.due_on == TODAY + dt.timedelta(days=30)
    expected = meeting.date.replace(year=meeting.date.year + 1)
    assert reviewed.review_date == review.next_review_on == expected
    assert reviewed.status == "in_force"
    entry = AuditEntry.objects.get(action="review.record")
    assert entry.after["outcome"] == "no_change"
    # The new due date has reminders of its own.
    assert len(term_remind(today=expected - dt.timedelta(days=30)).reminded) == 1


def test_a_renewal_moves_the_end_date_and_a_termination_withdraws(admin, reviewed, mailoutbox):
    meeting = MeetingFactory(body=reviewed.owning_body, date=timezone.localdate())
    Agreement.objects.filter(pk=reviewed.pk).update(end_date=TODAY + dt.timedelta(days=100))
    reviewed.refresh_from_db()
    with pytest.raises(Invalid):
        review_record(actor=admin, agreement=reviewed, meeting=meeting, outcome="renewal")
    new_end = TODAY + dt.timedelta(days=800)
    review_record(
        actor=admin, agreement=reviewed, meeting=meeting, outcome="renewal", new_end_date=new_end
    )
    reviewed.refresh_from_db()
    assert reviewed.end_date == new_end and reviewed.status == "in_force"
    review_record(actor=admin, agreement=reviewed, meeting=meeting, outcome="termination")
    reviewed.refresh_from_db()
    assert reviewed.status == "withdrawn"
    assert list(Review.objects.values_list("outcome", flat=True).order_by("pk")) == [
        "renewal",
        "termination",
    ]


def test_a_review_is_recorded_at_a_meeting_of_the_owning_body_that_has_happened(admin, reviewed):
    elsewhere = MeetingFactory(date=timezone.localdate())
    with pytest.raises(Invalid):
        review_record(actor=admin, agreement=reviewed, meeting=elsewhere, outcome="no_change")
    future = MeetingFactory(
        body=reviewed.owning_body, date=timezone.localdate() + dt.timedelta(days=3)
    )
    with pytest.raises(Invalid):
        review_record(actor=admin, agreement=reviewed, meeting=future, outcome="no_change")
    assert not Review.objects.exists()


def test_an_agreement_past_its_end_date_expires_once(reviewed, capsys):
    Agreement.objects.filter(pk=reviewed.pk).update(
        end_date=timezone.localdate() - dt.timedelta(days=1)
    )
    call_command("remind")
    assert f"Expired: {reviewed.title}" in capsys.readouterr().out
    reviewed.refresh_from_db()
    assert reviewed.status == "expired"
    call_command("remind")
    assert "Expired" not in capsys.readouterr().out


def test_the_agreement_page_shows_a_new_review_and_its_meetings_new_title_at_once(
    client, admin, reviewed, page_cache_off
):
    """The agreement page keeps its reviews with the rest of its record (until a row it
    read changes): a review added without touching the agreement's own row, and a new
    title for its meeting, show at once."""
    url = reviewed.get_absolute_url()
    assert 'id="reviews"' not in client.get(url).content.decode()  # kept now
    meeting = MeetingFactory(body=reviewed.owning_body, date=TODAY, title="Board of 2 March")
    Review.objects.create(
        agreement=reviewed, meeting=meeting, outcome="no_change", recorded_by=admin
    )
    page = client.get(url).content.decode()
    assert 'id="reviews"' in page and "No change at <a" in page and "Board of 2 March" in page
    meeting.title = "Partnership Board, 2 March"
    meeting.save()
    page = client.get(url).content.decode()
    assert "Partnership Board, 2 March" in page and "Board of 2 March" not in page
