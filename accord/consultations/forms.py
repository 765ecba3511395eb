from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from accord.agreements.models import Agreement, AgreementVersion
from accord.consultations.models import Outcome
from accord.consultations.models.comment import COMMENT_MAX_LENGTH
from accord.consultations.services import Invitee
from accord.core.forms import DateField, GovukForm
from accord.governance.models import Body
from accord.organisations.models import Organisation

MAX_NAMED_INVITEES = 200


def parse_invitees(text: str) -> list[Invitee]:
    """One person a line: "Name, address", "Name <address>" or just the address."""
    invitees, problems = [], []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.endswith(">") and "<" in line:
            name, _, address = line[:-1].rpartition("<")
        elif "," in line:
            name, _, address = line.rpartition(",")
        else:
            name, address = "", line
        name, address = name.strip().strip(",").strip(), address.strip()
        try:
            validate_email(address)
        except ValidationError:
            problems.append(f"Line {number}: “{address[:80]}” is not an e-mail address.")
            continue
        invitees.append(Invitee(name=name[:200], email=address.lower()))
    if problems:
        raise ValidationError(problems)
    if len(invitees) > MAX_NAMED_INVITEES:
        raise ValidationError(f"Name at most {MAX_NAMED_INVITEES} people at a time.")
    return invitees


class _VersionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: AgreementVersion) -> str:
        return f"Version {obj.number}: {obj.label}"


class OpenForm(GovukForm):
    version = _VersionChoiceField(
        label="Version to consult on",
        queryset=None,
        empty_label=None,
        help_text="Only published versions are listed: everyone comments on the same text.",
        error_messages={"required": "Choose the version to consult on."},
    )
    title = forms.CharField(
        label="Title",
        max_length=200,
        help_text="What the people invited see first, for example “Draft Alliance MOU for comment”.",
        error_messages={"required": "Enter a title for the consultation."},
    )
    introduction = forms.CharField(
        label="What you are asking",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="A few sentences for the e-mail and the comment page.",
    )
    closes_on = DateField(
        label="Closing date",
        help_text="Comments are taken until the end of this day, UK time. For example, 27 3 2026.",
    )
    consultee_bodies = forms.ModelMultipleChoiceField(
        label="Bodies to consult",
        queryset=Body.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Everyone holding a role at these bodies is invited.",
    )
    consultee_organisations = forms.ModelMultipleChoiceField(
        label="Organisations to consult",
        queryset=Organisation.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="The people on record for these organisations, and everyone holding a "
        "role for them, are invited.",
    )
    invitees = forms.CharField(
        label="Other people to invite",
        required=False,
        max_length=20000,
        widget=forms.Textarea,
        help_text="One person a line: their name, a comma, then their e-mail address. "
        "For example: Sam Patel, sam.patel@example.org",
    )

    def __init__(self, agreement: Agreement, *args, **kwargs):
        super().__init__(*args, **kwargs)
        published = agreement.versions.filter(published_at__isnull=False).order_by("-number")
        field = self.fields["version"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = published

    def clean_invitees(self) -> list[Invitee]:
        return parse_invitees(self.cleaned_data.get("invitees") or "")

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "version": data["version"],
            "title": data["title"],
            "introduction": data["introduction"],
            "closes_on": data["closes_on"],
            "consultee_bodies": data["consultee_bodies"],
            "consultee_organisations": data["consultee_organisations"],
            "invitees": data["invitees"],
        }


class CommentForm(GovukForm):
    text = forms.CharField(
        label="Your comment",
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=f"Up to {COMMENT_MAX_LENGTH:,} characters. Comments cannot be changed once sent.",
        error_messages={"required": "Write your comment before sending it."},
    )

    def __init__(self, section, *args, **kwargs):
        super().__init__(*args, prefix=f"section-{section.pk}", **kwargs)
        self.section = section
        self.fields["text"].label = f"Your comment on section {section.number}, {section.heading}"


class ResponseForm(GovukForm):
    outcome = forms.ChoiceField(
        label="What was done about the comment",
        choices=Outcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what was done about the comment."},
    )
    reason = forms.CharField(
        label="Reason",
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea,
        help_text="The people consulted read this in the “You said, we did” summary.",
        error_messages={"required": "Give the reason: the people consulted will read it."},
    )
