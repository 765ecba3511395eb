"""Rows for the register's read pages, sign-in and accounts."""

from __future__ import annotations

from accord.accounts.models import User
from accord.approvals.models import Meeting
from tests.permissions.rows import Row, everyone, only, signed_in


def _meeting(public: bool) -> str:
    meeting = Meeting.objects.filter(public=public).order_by("pk").first()
    return f"/meetings/{meeting.pk}/"


def _member_role() -> str:
    member = User.objects.get(email="member@personas.example.org")
    return f"/accounts/people/{member.pk}/roles/{member.roles.first().pk}/remove/"


def _some_user() -> str:
    return f"/accounts/people/{User.objects.get(email='member@personas.example.org').pk}/"


ROWS = [
    Row("home", "/", everyone()),
    Row("healthz", "/healthz", everyone()),
    # From this machine (the test client is 127.0.0.1); tests/deploy/test_metrics.py shows
    # the refusal for any other address without the token.
    Row("metrics", "/metrics", everyone()),
    # Public on purpose: says only whether the database answers and how long tasks wait.
    Row("readyz", "/readyz", everyone()),
    Row("agreements:list", "/agreements/", everyone()),
    # In sign-up: public.
    Row("agreements:detail", "/agreements/childrens-mou/", everyone()),
    # In consultation: only for those with a role at its body (B) and administrators.
    Row(
        "agreements:detail",
        "/agreements/alliance-mou/",
        only({"officer_b", "secretary", "administrator"}),
    ),
    Row("organisations:list", "/organisations/", everyone()),
    Row("organisations:detail", "/organisations/thurrock-council/", everyone()),
    Row("governance:bodies", "/bodies/", everyone()),
    Row("governance:body", "/bodies/bf-partnership/", everyone()),
    Row("governance:areas", "/areas/", everyone()),
    Row("governance:area", "/areas/thurrock/", everyone()),
    Row("governance:map", "/map/", everyone()),
    Row("governance:area_map", "/areas/thurrock/map/", everyone()),
    Row("approvals:meetings", "/meetings/", everyone()),
    Row("approvals:meeting", lambda: _meeting(public=True), everyone()),
    # The Brighter Futures board meeting is private: members of that body only.
    Row(
        "approvals:meeting",
        lambda: _meeting(public=False),
        only({"member", "officer_a", "administrator"}),
    ),
    Row(
        "accounts:login",
        "/accounts/sign-in/",
        {
            **everyone(),
            **{
                p: 302
                for p in (
                    "member",
                    "officer_a",
                    "officer_b",
                    "secretary",
                    "signatory_a",
                    "administrator",
                )
            },
        },
    ),
    Row("accounts:logout", "/accounts/sign-out/", everyone(405)),
    Row("accounts:password_reset", "/accounts/password-reset/", everyone()),
    Row("accounts:password_reset_done", "/accounts/password-reset/sent/", everyone()),
    Row("accounts:password_reset_confirm", "/accounts/password-reset/MQ/bad-token/", everyone()),
    Row("accounts:password_reset_complete", "/accounts/password-reset/complete/", everyone()),
    Row("accounts:me", "/accounts/me/", signed_in()),
    # Single sign-on: no provider is configured for the table, so no such way to sign in.
    Row("accounts:oidc_start", "/accounts/sign-in/entra/", everyone(404)),
    Row("accounts:oidc_callback", "/accounts/sign-in/entra/return/?code=x&state=y", everyone(404)),
    Row("accounts:password_change", "/accounts/password/", signed_in()),
    Row("accounts:second_factor", "/accounts/second-factor/", signed_in()),
    # Setting one up: the administrator already has one (given on signing in), so is sent
    # to the second factor page; the others may set one up.
    Row(
        "accounts:second_factor_setup",
        "/accounts/second-factor/set-up/",
        {**signed_in(), "administrator": 302},
    ),
    # Entering a code: nobody owes one now (the administrator gave theirs), so onwards.
    Row("accounts:second_factor_verify", "/accounts/second-factor/code/", signed_in(302)),
    Row(
        "accounts:second_factor_recovery_codes",
        "/accounts/second-factor/recovery-codes/",
        signed_in(405),
    ),
    Row("accounts:second_factor_remove", "/accounts/second-factor/remove/", signed_in(405)),
    Row("accounts:second_factor_reset", "/accounts/people/1/second-factor/remove/", signed_in(405)),
    Row("accounts:sign_in_locks", "/accounts/sign-in-locks/", only({"administrator"})),
    Row("accounts:sign_in_unlock", "/accounts/sign-in-locks/1/unlock/", signed_in(405)),
    Row("accounts:people", "/accounts/people/", only({"administrator"})),
    Row("accounts:invite", "/accounts/people/invite/", only({"administrator"})),
    Row("accounts:person", _some_user, only({"administrator"})),
    # Removing a role asks "Are you sure?" first.
    Row("accounts:remove_role", _member_role, only({"administrator"})),
]
