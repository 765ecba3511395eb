from __future__ import annotations

from django import forms
from django.contrib.auth.forms import (
    AuthenticationForm,
    PasswordChangeForm,
    PasswordResetForm,
    SetPasswordForm,
)
from django.core.exceptions import ValidationError

from accord.accounts import lockout
from accord.accounts.models import RoleName
from accord.core.addresses import client_address
from accord.core.forms import GovukForm, GovukFormMixin
from accord.governance.models import Body
from accord.organisations.models import Organisation


class SignInForm(GovukFormMixin, AuthenticationForm):
    username = forms.EmailField(
        label="E-mail address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={"required": "Enter the e-mail address you sign in with."},
    )
    password = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": "Enter your password."},
    )

    error_messages = {
        "invalid_login": "The e-mail address or password is not right. Check them and try again.",
        "inactive": "This account has been closed.",
    }

    def clean(self):
        """The password is only tried while neither the account nor the address is
        locked; each wrong one is counted (see accord.accounts.lockout)."""
        email = self.cleaned_data.get("username") or ""
        address = client_address(self.request) if self.request is not None else ""
        lock = lockout.signin_lock_for(email=email, address=address)
        if lock is not None:
            raise ValidationError(lockout.lock_message(lock), code="locked")
        try:
            cleaned = super().clean()
        except ValidationError:
            if self.cleaned_data.get("password"):
                lock = lockout.signin_failure_record(email=email, address=address)
                if lock is not None:
                    raise ValidationError(lockout.lock_message(lock), code="locked") from None
            raise
        lockout.signin_success_record(email=email)
        return cleaned


class ChangePasswordForm(GovukFormMixin, PasswordChangeForm):
    """Django's password change, whose wrong current passwords count like sign-ins."""

    def __init__(self, user, *args, request=None, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.request = request
        self.fields["old_password"].label = "Current password"
        self.fields["new_password1"].label = "New password"
        self.fields["new_password2"].label = "New password again"

    def clean_old_password(self):
        address = client_address(self.request) if self.request is not None else ""
        lock = lockout.signin_lock_for(email=self.user.email, address=address)
        if lock is not None:
            raise ValidationError(lockout.lock_message(lock), code="locked")
        try:
            return super().clean_old_password()
        except ValidationError:
            lock = lockout.signin_failure_record(email=self.user.email, address=address)
            if lock is not None:
                raise ValidationError(lockout.lock_message(lock), code="locked") from None
            raise ValidationError(
                "Your current password is not right. Check it and try again.",
                code="password_incorrect",
            ) from None


class ResetForm(GovukFormMixin, PasswordResetForm):
    """Django's form to ask for a password link, with GOV.UK messages."""

    email = forms.EmailField(
        label="E-mail address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={"required": "Enter the e-mail address you sign in with."},
    )


class NewPasswordForm(GovukFormMixin, SetPasswordForm):
    """Django's form to choose a new password, with GOV.UK messages."""


class InviteForm(GovukForm):
    full_name = forms.CharField(label="Full name", max_length=200)
    email = forms.EmailField(label="E-mail address", max_length=254)


class RoleForm(GovukForm):
    name = forms.ChoiceField(label="Role", choices=[("", "Choose a role")] + RoleName.choices)
    body = forms.ModelChoiceField(
        label="Body",
        queryset=Body.objects.order_by("name"),
        required=False,
        empty_label="Choose a body",
        help_text="For a partnership officer, board secretary or member.",
    )
    organisation = forms.ModelChoiceField(
        label="Organisation",
        queryset=Organisation.objects.order_by("name"),
        required=False,
        empty_label="Choose an organisation",
        help_text="For a signatory or implications verifier.",
    )
