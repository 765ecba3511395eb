"""Password guessing is locked out, administrators need a second factor, passwords can be
changed, and sessions end after eight idle hours."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticToken

from accord.accounts.models import Role, SignInThrottle, User
from accord.audit.models import AuditEntry
from tests.second_factor import app_key, code_for, key_from_page, sign_in_fully

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-enough-password-1"
SIGN_IN = "/accounts/sign-in/"


@pytest.fixture
def person():
    return User.objects.create_user(email="person@example.org", password=PASSWORD)


@pytest.fixture
def admin():
    user = User.objects.create_user(email="admin@example.org", password=PASSWORD)
    Role.objects.create(user=user, name="administrator")
    return user


def _try(client, email, password, address="198.51.100.1"):
    return client.post(SIGN_IN, {"username": email, "password": password}, REMOTE_ADDR=address)


def _signed_in(client) -> bool:
    return client.get("/accounts/me/").status_code == 200


# --- lock-out ----------------------------------------------------------------------------


def test_the_fifth_wrong_password_locks_the_account_even_against_the_right_one(client, person):
    for attempt in range(4):
        page = _try(client, person.email, f"wrong-{attempt}").content.decode()
        assert "The e-mail address or password is not right" in page
    locked = _try(client, person.email, "wrong-4").content.decode()
    assert "too many wrong passwords, so this account is locked until" in locked
    right = _try(client, person.email, PASSWORD)
    assert right.status_code == 200 and "is locked until" in right.content.decode()
    assert not _signed_in(client)
    (entry,) = AuditEntry.objects.filter(action="accounts.signin.lock")
    assert entry.after["key"] == person.email and entry.after["failures"] == 5


def test_the_lock_doubles_each_time_and_a_success_clears_the_count(client, person):
    for attempt in range(5):
        _try(client, person.email, f"wrong-{attempt}")
    throttle = SignInThrottle.objects.get(kind="account", key=person.email)
    first = throttle.locked_until - throttle.last_failure_at
    assert dt.timedelta(minutes=4) < first <= dt.timedelta(minutes=5)
    # The lock runs out; one more wrong password locks it again, for twice as long.
    SignInThrottle.objects.filter(pk=throttle.pk).update(locked_until=timezone.now())
    _try(client, person.email, "wrong-again")
    throttle.refresh_from_db()
    assert throttle.locked_until - throttle.last_failure_at == first * 2
    SignInThrottle.objects.filter(pk=throttle.pk).update(locked_until=timezone.now())
    assert _try(client, person.email, PASSWORD).status_code == 302
    assert not SignInThrottle.objects.filter(kind="account", key=person.email).exists()


def test_an_unknown_address_is_locked_the_same_way_so_nobody_learns_who_has_an_account(client):
    for attempt in range(5):
        last = _try(client, "nobody@example.org", f"guess-{attempt}")
    assert "this account is locked until" in last.content.decode()


def test_guessing_across_accounts_from_one_address_locks_that_address(client, person, settings):
    settings.ACCORD_SIGNIN_ADDRESS_LIMIT = 4
    for n in range(4):
        last = _try(client, f"guess{n}@example.org", "guess", address="203.0.113.9")
    assert "sign-ins from your network is locked" in last.content.decode()
    blocked = _try(client, person.email, PASSWORD, address="203.0.113.9")
    assert "is locked until" in blocked.content.decode()
    assert _try(client, person.email, PASSWORD, address="198.51.100.20").status_code == 302


def test_the_forwarded_address_counts_only_behind_trusted_proxies(client, person, settings):
    settings.ACCORD_SIGNIN_ADDRESS_LIMIT = 2
    forged = {"HTTP_X_FORWARDED_FOR": "192.0.2.1, 192.0.2.2"}
    for _ in range(2):
        client.post(SIGN_IN, {"username": "a@x.org", "password": "x"}, **forged)
    assert SignInThrottle.objects.filter(kind="address", key="127.0.0.1").exists()
    settings.ACCORD_PROXY_COUNT = 1
    client.post(SIGN_IN, {"username": "b@x.org", "password": "x"}, **forged)
    assert SignInThrottle.objects.filter(kind="address", key="192.0.2.2").exists()


def test_an_administrator_sees_and_lifts_a_lock(client, person, admin):
    for attempt in range(5):
        _try(client, person.email, f"wrong-{attempt}")
    sign_in_fully(client, admin, PASSWORD)
    page = client.get("/accounts/sign-in-locks/").content.decode()
    assert person.email in page and "Locked" in page
    throttle = SignInThrottle.objects.get(kind="account", key=person.email)
    client.post(f"/accounts/sign-in-locks/{throttle.pk}/unlock/")
    assert not SignInThrottle.objects.filter(pk=throttle.pk).exists()
    (entry,) = AuditEntry.objects.filter(action="accounts.signin.unlock")
    assert entry.actor == admin and entry.before["key"] == person.email
    client.logout()
    assert _try(client, person.email, PASSWORD).status_code == 302


def test_only_administrators_lift_locks(client, person):
    throttle = SignInThrottle.objects.create(
        kind="account", key="x@example.org", failures=5, last_failure_at=timezone.now()
    )
    client.force_login(person)
    assert client.get("/accounts/sign-in-locks/").status_code == 403
    assert client.post(f"/accounts/sign-in-locks/{throttle.pk}/unlock/").status_code == 403
    assert SignInThrottle.objects.filter(pk=throttle.pk).exists()


def test_the_admin_sign_in_page_sends_people_to_accords(client, person):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302 and response["Location"] == "/accounts/sign-in/?next=/admin/"
    client.force_login(person)
    assert client.get("/admin/login/?next=/admin/").status_code == 403


# --- the second factor ----------------------------------------------------------------------


def test_an_administrator_can_use_nothing_until_a_second_factor_is_set_up(client, admin):
    assert _try(client, admin.email, PASSWORD).status_code == 302
    for path in ("/", "/accounts/people/", "/admin/", "/api/webhooks/", "/accounts/me/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/accounts/second-factor/set-up/"), path
    page = client.get("/accounts/second-factor/set-up/")
    assert "Set up your second factor" in page.content.decode()
    key = key_from_page(page.content.decode())
    wrong = client.post("/accounts/second-factor/set-up/", {"code": "000000"})
    assert "The code is not right" in wrong.content.decode()
    # Straight after a wrong code the device refuses even the right one (django-otp's
    # throttle doubles the wait with each failure): a second later it is accepted.
    assert (
        "The code is not right"
        in client.post("/accounts/second-factor/set-up/", {"code": code_for(key)}).content.decode()
    )
    time.sleep(2.1)
    done = client.post(
        "/accounts/second-factor/set-up/", {"code": code_for(key), "next": "/accounts/people/"}
    )
    codes = StaticToken.objects.filter(device__user=admin).values_list("token", flat=True)
    assert len(codes) == 10 and all(code in done.content.decode() for code in codes)
    assert client.get("/accounts/people/").status_code == 200
    assert AuditEntry.objects.filter(action="accounts.mfa.enrol", actor=admin).exists()


def test_next_time_the_code_or_a_recovery_code_is_asked_for(client, admin):
    sign_in_fully(client, admin, PASSWORD)
    recovery = list(StaticToken.objects.filter(device__user=admin).values_list("token", flat=True))
    client.logout()
    _try(client, admin.email, PASSWORD)
    assert client.get("/accounts/people/")["Location"].startswith("/accounts/second-factor/code/")
    wrong = client.post("/accounts/second-factor/code/", {"code": "123456"})
    assert "The code is not right" in wrong.content.decode()
    # The app's code for the next step (the code used to set up is spent).
    code = code_for(app_key(admin), at=time.time() + 30)
    time.sleep(1)  # django-otp waits a second after a wrong code before trying another
    assert client.post("/accounts/second-factor/code/", {"code": code}).status_code == 302
    assert client.get("/accounts/people/").status_code == 200
    # A recovery code works once.
    client.logout()
    _try(client, admin.email, PASSWORD)
    used = client.post("/accounts/second-factor/code/", {"code": recovery[0], "next": "/"})
    assert used.status_code == 302
    client.logout()
    _try(client, admin.email, PASSWORD)
    time.sleep(0.1)
    again = client.post("/accounts/second-factor/code/", {"code": recovery[0]})
    assert "The code is not right" in again.content.decode()


def test_new_recovery_codes_replace_the_old(client, admin):
    sign_in_fully(client, admin, PASSWORD)
    old = set(StaticToken.objects.filter(device__user=admin).values_list("token", flat=True))
    page = client.post("/accounts/second-factor/recovery-codes/").content.decode()
    new = set(StaticToken.objects.filter(device__user=admin).values_list("token", flat=True))
    assert len(new) == 10 and not old & new
    assert all(code in page for code in new)


def test_it_is_optional_for_everyone_else_and_asked_for_once_set_up(client, person):
    assert _try(client, person.email, PASSWORD).status_code == 302
    assert client.get("/accounts/me/").status_code == 200
    page = client.get("/accounts/second-factor/set-up/").content.decode()
    client.post("/accounts/second-factor/set-up/", {"code": code_for(key_from_page(page))})
    client.logout()
    _try(client, person.email, PASSWORD)
    assert client.get("/accounts/me/")["Location"].startswith("/accounts/second-factor/code/")


def test_people_remove_their_own_but_administrators_keep_theirs(client, person, admin):
    sign_in_fully(client, admin, PASSWORD)
    client.post("/accounts/second-factor/remove/")
    assert StaticToken.objects.filter(device__user=admin).exists()
    client.logout()
    client.force_login(person)
    page = client.get("/accounts/second-factor/set-up/").content.decode()
    client.post("/accounts/second-factor/set-up/", {"code": code_for(key_from_page(page))})
    client.post("/accounts/second-factor/remove/")
    assert not StaticToken.objects.filter(device__user=person).exists()
    assert AuditEntry.objects.filter(action="accounts.mfa.remove", actor=person).exists()


def test_an_administrator_removes_a_lost_second_factor(client, person, admin):
    client.force_login(person)
    page = client.get("/accounts/second-factor/set-up/").content.decode()
    client.post("/accounts/second-factor/set-up/", {"code": code_for(key_from_page(page))})
    client.logout()
    sign_in_fully(client, admin, PASSWORD)
    assert (
        "Remove their second factor"
        in client.get(f"/accounts/people/{person.pk}/").content.decode()
    )
    client.post(f"/accounts/people/{person.pk}/second-factor/remove/")
    assert not StaticToken.objects.filter(device__user=person).exists()
    entry = AuditEntry.objects.get(action="accounts.mfa.remove")
    assert entry.actor == admin and entry.object_id == str(person.pk)


# --- changing a password, and sessions ------------------------------------------------------


def test_changing_ones_password(client, person):
    client.force_login(person)
    page = client.get("/accounts/password/")
    assert "Change your password" in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    wrong = client.post(
        "/accounts/password/",
        {
            "old_password": "nope",
            "new_password1": "x-new-pass-99",
            "new_password2": "x-new-pass-99",
        },
    )
    assert "Your current password is not right" in wrong.content.decode()
    done = client.post(
        "/accounts/password/",
        {
            "old_password": PASSWORD,
            "new_password1": "another-long-password-2",
            "new_password2": "another-long-password-2",
        },
    )
    assert done.status_code == 302
    assert _signed_in(client)  # this session stays signed in
    assert AuditEntry.objects.filter(action="accounts.password.change", actor=person).exists()
    client.logout()
    assert _try(client, person.email, "another-long-password-2").status_code == 302


def test_wrong_current_passwords_count_towards_the_lock(client, person):
    client.force_login(person)
    for n in range(5):
        last = client.post(
            "/accounts/password/",
            {
                "old_password": f"guess-{n}",
                "new_password1": "z-pass-123456",
                "new_password2": "z-pass-123456",
            },
        )
    assert "this account is locked until" in last.content.decode()


def test_sessions_end_after_eight_idle_hours_and_use_renews_them(client, person, settings):
    assert settings.SESSION_COOKIE_AGE == 8 * 3600
    _try(client, person.email, PASSWORD)
    assert client.session.get_expiry_age() == 8 * 3600
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    assert int(cookie["max-age"]) == 8 * 3600
    # A request more than five minutes after the last renewal renews the session.
    session = client.session
    session["accord_renewed"] = int(time.time()) - 600
    session.save()
    before = client.session["accord_renewed"]
    client.get("/accounts/me/")
    assert client.session["accord_renewed"] > before


def test_the_idle_limit_is_a_setting(monkeypatch, tmp_path):
    from tests.test_settings_and_cli import _run

    result = _run(
        ["shell", "-c", "from django.conf import settings; print(settings.SESSION_COOKIE_AGE)"],
        {"ACCORD_SESSION_IDLE_MINUTES": "30"},
        tmp_path,
    )
    assert result.stdout.strip().splitlines()[-1] == "1800", result.stderr
