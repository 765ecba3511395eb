from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm

from accord.accounts.models import RoleName
from accord.governance.models import Body
from accord.organisations.models import Organisation


class SignInForm(AuthenticationForm):
    username = forms.EmailField(label="E-mail address", max_length=254)
    password = forms.CharField(label="Password", strip=False, widget=forms.PasswordInput)

    error_messages = {
        "invalid_login": "The e-mail address or password is not right. Check them and try again.",
        "inactive": "This account has been closed.",
    }


class InviteForm(forms.Form):
    full_name = forms.CharField(label="Full name", max_length=200)
    email = forms.EmailField(label="E-mail address", max_length=254)


class RoleForm(forms.Form):
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
