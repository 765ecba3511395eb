from __future__ import annotations

from django import forms

from accord.core.forms import GovukForm
from accord.signing.models import Decision


class SignForm(GovukForm):
    full_name = forms.CharField(
        label="Your full name", max_length=200, error_messages={"required": "Type your full name."}
    )
    post = forms.CharField(
        label="Your post",
        max_length=200,
        help_text="For example: Chief Executive",
        error_messages={"required": "Type your post, such as Chief Executive."},
    )
    decision = forms.ChoiceField(
        label="Your organisation's answer",
        widget=forms.RadioSelect,
        choices=[
            (Decision.SIGNED, "We sign this agreement"),
            (Decision.DECLINED, "We decline to sign"),
        ],
        error_messages={"required": "Choose whether your organisation signs or declines."},
    )
    reason = forms.CharField(
        label="Why your organisation declines",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Only if you decline.",
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") == Decision.DECLINED and not (data.get("reason") or "").strip():
            self.add_error("reason", "Say why your organisation declines.")
        return data


class SignatoryForm(GovukForm):
    email = forms.EmailField(
        label="Their e-mail address",
        max_length=254,
        help_text="They need an account; an administrator can give them one.",
        error_messages={"required": "Enter the e-mail address of the person who will sign."},
    )
    post = forms.CharField(label="Post", max_length=200, help_text="For example: Chief Executive")
    authority = forms.CharField(
        label="Authority they sign under",
        max_length=300,
        help_text="For example: scheme of delegation, section 4.2",
    )
