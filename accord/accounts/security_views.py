"""Pages that keep an account safe: the second factor, changing one's password, and the
sign-in locks administrators can lift."""

from __future__ import annotations

import base64

import segno
from django import forms
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import match_token

from accord.accounts import lockout, second_factor
from accord.accounts.forms import ChangePasswordForm
from accord.accounts.models import SignInThrottle, User
from accord.audit.actions import AuditAction
from accord.audit.services import audit_record
from accord.core.access import require
from accord.core.forms import GovukForm


class CodeForm(GovukForm):
    code = forms.CharField(
        label="Code",
        max_length=16,
        error_messages={"required": "Enter the six-digit code from your app, or a recovery code."},
        widget=forms.TextInput(
            attrs={
                "class": "govuk-input--width-10",
                "autocomplete": "one-time-code",
                "spellcheck": "false",
            }
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split()).lower()


def _next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return ""


@never_cache
def status(request):
    return render(
        request,
        "accounts/second_factor.html",
        {
            "has_second_factor": second_factor.has_second_factor(request.user),
            "required": second_factor.must_have_second_factor(request.user),
        },
    )


@never_cache
@second_factor.second_factor_exempt
def setup(request):
    user = request.user
    if second_factor.has_second_factor(user) and not user.is_verified():
        return redirect("accounts:second_factor_verify")
    if second_factor.has_second_factor(user):
        messages.info(request, "You already have a second factor.")
        return redirect("accounts:second_factor")
    device = second_factor.pending_app(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = second_factor.second_factor_confirm(
            user=user, device=device, code=form.cleaned_data["code"]
        )
        if codes is not None:
            device.refresh_from_db()
            otp_login(request, device)
            request.session.pop(second_factor.NO_DEVICE, None)
            return render(
                request,
                "accounts/recovery_codes.html",
                {"codes": codes, "next": _next(request), "first": True},
            )
        form.add_error("code", "The code is not right. Enter the code your app shows now.")
    secret = base64.b32encode(device.bin_key).decode()
    qr = segno.make(device.config_url, error="m")
    return render(
        request,
        "accounts/second_factor_setup.html",
        {
            "form": form,
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "qr": qr.svg_data_uri(scale=5, border=2),
            "required": second_factor.must_have_second_factor(user),
            "next": _next(request),
        },
    )


@never_cache
@second_factor.second_factor_exempt
def verify(request):
    user = request.user
    if user.is_verified():
        return redirect(_next(request) or "home")
    if not second_factor.has_second_factor(user):
        return redirect("accounts:second_factor_setup")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            device = match_token(user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            if device.name == second_factor.RECOVERY_NAME:
                left = device.token_set.count()
                messages.warning(
                    request,
                    f"You used a recovery code; {left} are left. Make new ones on your "
                    "second factor page if you are running out.",
                )
            return redirect(_next(request) or "home")
        form.add_error(
            "code",
            "The code is not right, or you tried too quickly after a wrong one. Enter the "
            "code your app shows now, or one of your recovery codes.",
        )
    return render(
        request, "accounts/second_factor_verify.html", {"form": form, "next": _next(request)}
    )


@never_cache
@require_POST
def recovery_codes(request):
    try:
        codes = second_factor.second_factor_new_recovery_codes(user=request.user)
    except PermissionDenied as refused:
        messages.error(request, str(refused))
        return redirect("accounts:second_factor")
    return render(request, "accounts/recovery_codes.html", {"codes": codes, "first": False})


@require_POST
def remove(request):
    try:
        second_factor.second_factor_remove(actor=request.user, user=request.user)
    except PermissionDenied as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, "Your second factor is removed: you sign in with a password.")
    return redirect("accounts:second_factor")


@require_POST
def reset_for(request, pk):
    require(request, "accounts.manage_roles")
    subject = get_object_or_404(User, pk=pk)
    second_factor.second_factor_remove(actor=request.user, user=subject)
    messages.success(
        request,
        f"{subject.display_name}'s second factor is removed. "
        + (
            "As an administrator they must set up a new one at their next sign-in."
            if second_factor.must_have_second_factor(subject)
            else "They can set up a new one from their account page."
        ),
    )
    return redirect("accounts:person", pk=pk)


@never_cache
def password_change(request):
    form = ChangePasswordForm(request.user, request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
            audit_record(
                actor=request.user, action=AuditAction.ACCOUNTS_PASSWORD_CHANGE, obj=request.user
            )
        update_session_auth_hash(request, form.user)
        messages.success(request, "Your password has been changed.")
        return redirect("accounts:me")
    return render(request, "accounts/password_change.html", {"form": form})


def locks(request):
    require(request, "accounts.manage_roles")
    now = timezone.now()
    throttles = SignInThrottle.objects.filter(locked_until__gt=now) | SignInThrottle.objects.filter(
        failures__gt=0, last_failure_at__gt=now - lockout.FORGET_AFTER
    )
    return render(
        request,
        "accounts/sign_in_locks.html",
        {"throttles": throttles.distinct().order_by("-last_failure_at")[:200], "now": now},
    )


@require_POST
def unlock(request, pk):
    require(request, "accounts.manage_roles")
    throttle = get_object_or_404(SignInThrottle, pk=pk)
    lockout.signin_unlock(actor=request.user, throttle=throttle)
    messages.success(request, f"Sign-in for {throttle.key} is unlocked.")
    return redirect("accounts:sign_in_locks")
