from __future__ import annotations

from django import forms

from accord.agreements.models import AgreementKind
from accord.approvals.models import Action
from accord.governance.models import Body
from accord.organisations.models import Organisation

START_CHOICES = [
    ("blank", "A blank agreement"),
    (
        "template",
        "The starter memorandum of understanding (introduction, parties, purpose, background, values, principles, enactment)",
    ),
    ("adapt", "Adapt an existing agreement (copies its sections, parties, values and principles)"),
]


class NewAgreementForm(forms.Form):
    start = forms.ChoiceField(
        label="Start from", choices=START_CHOICES, widget=forms.RadioSelect, initial="template"
    )
    title = forms.CharField(label="Title", max_length=400)
    kind = forms.ChoiceField(label="Kind of agreement", choices=AgreementKind.choices)
    owning_body = forms.ModelChoiceField(
        label="Owning body",
        queryset=Body.objects.none(),
        empty_label="Choose a body",
        help_text="The body whose partnership officer manages this agreement.",
    )
    adapt_from = forms.SlugField(
        label="Agreement to adapt (its web address name, e.g. childrens-mou)",
        required=False,
        max_length=120,
        help_text="Only when adapting.",
    )
    legally_binding = forms.BooleanField(label="Legally binding", required=False)

    def __init__(self, *args, bodies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owning_body"].queryset = bodies

    def clean(self):
        data = super().clean()
        if data.get("start") == "adapt" and not data.get("adapt_from"):
            self.add_error("adapt_from", "Say which agreement to adapt.")
        return data


class SectionForm(forms.Form):
    heading = forms.CharField(label="Heading", max_length=300)
    text = forms.CharField(
        label="Text",
        required=False,
        max_length=50_000,
        widget=forms.Textarea,
        help_text="Separate paragraphs with a blank line. Start a line with “- ” for a bullet, or “a) ” for a lettered item.",
    )
    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class PublishForm(forms.Form):
    label = forms.CharField(
        label="Version label",
        max_length=120,
        help_text="For example: Draft for comment, Final draft.",
    )
    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class PartyForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label="Organisation",
        queryset=Organisation.objects.order_by("name"),
        empty_label="Choose an organisation",
    )
    category = forms.CharField(
        label="Category",
        max_length=120,
        help_text="How this agreement groups it, e.g. NHS Commissioners.",
    )


class PartyImportForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text="Two columns: organisation (name, short name or Org-ID such as GB-NHS-07G), category. A header row is optional.",
    )


class StepForm(forms.Form):
    body = forms.ModelChoiceField(
        label="Body", queryset=Body.objects.order_by("name"), empty_label="Choose a body"
    )
    action = forms.ChoiceField(label="What the body does", choices=Action.choices)


class StatusForm(forms.Form):
    to = forms.CharField(max_length=20)
    note = forms.CharField(required=False, max_length=2000)
