from __future__ import annotations

from django import forms

from accord.core.forms import DateField, GovukForm
from accord.organisations.models import Organisation
from accord.signing.models import AuthorisedSignatory, Decision


class AnswererForm(GovukForm):
    """Who answers by an e-mailed link, to sign or to consent: their name and post."""

    full_name = forms.CharField(
        label="Your full name", max_length=200, error_messages={"required": "Type your full name."}
    )
    post = forms.CharField(
        label="Your post",
        max_length=200,
        help_text="For example: Chief Executive",
        error_messages={"required": "Type your post, such as Chief Executive."},
    )


class SignForm(AnswererForm):
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


ANSWER_CHOICES = {
    "signature": [
        (Decision.SIGNED, "We sign this agreement"),
        (Decision.DECLINED, "We decline to sign"),
    ],
    "novation": [
        (Decision.SIGNED, "We confirm: we take its place in this agreement"),
        (Decision.DECLINED, "We do not take its place"),
    ],
    "accession": [
        (Decision.SIGNED, "We sign this agreement and join it"),
        (Decision.DECLINED, "We decline to join"),
    ],
    "reconfirmation": [
        (Decision.SIGNED, "We re-confirm this agreement"),
        (Decision.DECLINED, "We do not re-confirm it"),
    ],
}


def answer_form(kind: str, data=None) -> SignForm:
    """The signing form, its answers worded for the kind of answer asked."""
    form = SignForm(data)
    decision = form.fields["decision"]
    assert isinstance(decision, forms.ChoiceField)  # declared so above
    decision.choices = ANSWER_CHOICES.get(kind, ANSWER_CHOICES["signature"])
    if kind != "signature":
        form.fields["reason"].label = "Why not"
        form.fields["reason"].help_text = "Only if your answer is no."
    return form


class SuccessorForm(GovukForm):
    successor = forms.ModelChoiceField(
        label="Which successor is asked to confirm",
        queryset=Organisation.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": "Choose the successor to ask."},
    )

    def __init__(self, *args, successors, **kwargs):
        super().__init__(*args, **kwargs)
        choices = self.fields["successor"]
        assert isinstance(choices, forms.ModelChoiceField)  # declared so above
        choices.queryset = successors


class JoinForm(GovukForm):
    organisation = forms.ModelChoiceField(
        label="Organisation",
        queryset=Organisation.objects.none(),
        empty_label="Choose an organisation",
        error_messages={"required": "Choose the organisation that joins."},
    )
    category = forms.CharField(
        label="Category",
        max_length=120,
        help_text="How this agreement groups it, for example Other Partners.",
        error_messages={"required": "Enter the category, such as Other Partners."},
    )
    joins_on = DateField(
        label="Joins on",
        help_text="The day it becomes a party, if it has signed by then, for example 1 9 2026.",
        error_messages={"required": "Enter the day it joins."},
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        choices = self.fields["organisation"]
        assert isinstance(choices, forms.ModelChoiceField)  # declared so above
        choices.queryset = organisations


class ReconfirmForm(GovukForm):
    signatory = forms.ModelChoiceField(
        label="Who is asked to re-confirm",
        queryset=AuthorisedSignatory.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": "Choose who is asked to re-confirm."},
    )

    def __init__(self, *args, holders, **kwargs):
        super().__init__(*args, **kwargs)
        choices = self.fields["signatory"]
        assert isinstance(choices, forms.ModelChoiceField)  # declared so above
        choices.queryset = holders
        self.fields["signatory"].label_from_instance = lambda s: f"{s.user.display_name}, {s.post}"


class ChangePostForm(GovukForm):
    post = forms.CharField(
        label="Post they now hold",
        max_length=200,
        help_text="For example: Director of Children's Services",
        error_messages={"required": "Enter the post they now hold."},
    )
    authority = forms.CharField(
        label="Authority they sign under",
        max_length=300,
        help_text="For example: scheme of delegation, section 4.2",
        error_messages={"required": "Enter what they sign under."},
    )


class ConsentForm(AnswererForm):
    """An existing party's answer when a new party asks to join."""

    answer = forms.ChoiceField(
        label="Your organisation's answer",
        widget=forms.RadioSelect,
        choices=[("consented", "Consent"), ("objected", "Object")],
        error_messages={"required": "Choose whether your organisation consents or objects."},
    )
    reason = forms.CharField(
        label="Why your organisation objects",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Only if you object. The organisation asking to join and the officers see it.",
    )

    def clean(self):
        data = super().clean()
        if data.get("answer") == "objected" and not (data.get("reason") or "").strip():
            self.add_error("reason", "Say why your organisation objects.")
        return data
