"""The second factor: an authenticator app's six-digit codes (TOTP), and recovery codes.

Administrators must have one: until they have set it up and entered a code in this
session, every page but the second-factor pages and sign-out sends them to set it up or
enter it. For everyone else it is optional; whoever has set one up is asked for a code at
every sign-in (password or single sign-on). Built on django-otp, whose devices also
throttle wrong codes (each failure doubles the wait before the next try).
"""

from __future__ import annotations

from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accord.accounts.scope import scope_of
from accord.audit.actions import AuditAction
from accord.audit.services import audit_record

RECOVERY_CODES = 10
APP_NAME = "Authenticator app"
RECOVERY_NAME = "Recovery codes"
# Kept in the session once a signed-in person is known to have no second factor, so the
# check costs no query on their later pages.
NO_DEVICE = "accord_no_second_factor"


def second_factor_exempt(view):
    """A page an administrator without a verified second factor may still open."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return view(request, *args, **kwargs)

    wrapper.accord_second_factor_exempt = True
    return wrapper


def must_have_second_factor(user) -> bool:
    return scope_of(user).administrator


def has_second_factor(user) -> bool:
    return any(True for _ in devices_for_user(user, confirmed=True))


class SecondFactorMiddleware:
    """Sends a signed-in person who owes a second factor to the page that takes it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if getattr(view_func, "accord_second_factor_exempt", False):
            return None
        if not request.session.get(NO_DEVICE):
            if has_second_factor(user):
                return _redirect("accounts:second_factor_verify", request)
            request.session[NO_DEVICE] = True
        if must_have_second_factor(user):
            return _redirect("accounts:second_factor_setup", request)
        return None


def _redirect(name: str, request):
    target = reverse(name)
    if request.method == "GET":
        target += "?" + urlencode({"next": request.get_full_path()})
    return redirect(target)


# --- services -------------------------------------------------------------------------


def pending_app(user) -> TOTPDevice:
    """The authenticator-app device being set up (made on first need, not yet confirmed)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP_NAME, confirmed=False)


@transaction.atomic
def second_factor_confirm(*, user, device: TOTPDevice, code: str) -> list[str] | None:
    """Confirm the app with a code it shows; the new recovery codes, or None if the code
    is wrong."""
    if device.user_id != user.pk or device.confirmed:
        raise PermissionDenied("This is not a second factor being set up for you.")
    if not device.verify_token(code):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    codes = _new_recovery_codes(user)
    audit_record(
        actor=user,
        action=AuditAction.ACCOUNTS_MFA_ENROL,
        obj=user,
        after={"device": device.name, "recovery_codes": len(codes)},
    )
    return codes


@transaction.atomic
def second_factor_new_recovery_codes(*, user) -> list[str]:
    if not has_second_factor(user):
        raise PermissionDenied("Set up a second factor first.")
    codes = _new_recovery_codes(user)
    audit_record(
        actor=user,
        action=AuditAction.ACCOUNTS_MFA_CODES,
        obj=user,
        after={"recovery_codes": len(codes)},
    )
    return codes


def _new_recovery_codes(user) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


@transaction.atomic
def second_factor_remove(*, actor, user) -> None:
    """Remove someone's second factor: by themselves (not an administrator, who must keep
    one), or by an administrator for someone who lost theirs."""
    if actor.pk == user.pk and must_have_second_factor(user):
        raise PermissionDenied("Administrators must keep a second factor.")
    if actor.pk != user.pk and not actor.has_perm("accounts.manage_roles"):
        raise PermissionDenied("Only an administrator can remove someone else's second factor.")
    removed = [device.name for device in devices_for_user(user, confirmed=None)]
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    audit_record(
        actor=actor,
        action=AuditAction.ACCOUNTS_MFA_REMOVE,
        obj=user,
        before={"devices": removed},
        after={"devices": []},
    )


def issuer() -> str:
    return getattr(settings, "ACCORD_SITE_NAME", "Accord")
