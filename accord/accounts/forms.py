from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm

from accord.accounts.models import RoleName
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
