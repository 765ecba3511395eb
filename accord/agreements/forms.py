from __future__ import annotations

from django import forms

from accord.agreements.models import AgreementKind, AgreementStatus
from accord.core.filters import FilterForm, choice_filter
from accord.core.forms import GovukForm
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


class NewAgreementForm(GovukForm):
    start = forms.ChoiceField(
        label="Start from",
        choices=START_CHOICES,
        widget=forms.RadioSelect,
        initial="template",
        error_messages={"required": "Choose what the agreement starts from."},
    )
    title = forms.CharField(label="Title", max_length=400)
    # An adapted agreement takes its source's kind, so the select has a sensible default
    # instead of an empty first option the officer must change.
    kind = forms.ChoiceField(label="Kind of agreement", choices=AgreementKind.choices)
    owning_body = forms.ModelChoiceField(
        label="Owning body",
        queryset=Body.objects.none(),
        empty_label="Choose a body",
        help_text="The body whose partnership officer manages this agreement.",
    )
    adapt_from = forms.ChoiceField(
        label="Agreement to adapt",
        required=False,
        help_text="Only when adapting: the agreement whose text, parties, values and "
        "principles the new one starts with.",
    )
    legally_binding = forms.BooleanField(
        label="Legally binding",
        required=False,
        help_text="Tick only if the parties mean to be bound in law, as by a contract.",
    )

    def __init__(self, *args, bodies, adaptable=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owning_body"].queryset = bodies
        self.fields["adapt_from"].choices = [("", "Choose an agreement")] + [
            (agreement.slug, agreement.display_title) for agreement in adaptable
        ]

    def clean(self):
        data = super().clean()
        if data.get("start") == "adapt" and not data.get("adapt_from"):
            self.add_error("adapt_from", "Choose the agreement to adapt.")
        return data


class SectionForm(GovukForm):
    heading = forms.CharField(label="Heading", max_length=300)
    text = forms.CharField(
        label="Text",
        required=False,
        max_length=50_000,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text="Separate paragraphs with a blank line. Start a line with “- ” for a bullet, or “a) ” for a lettered item.",
    )
    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class PublishForm(GovukForm):
    label = forms.CharField(
        label="Version label",
        max_length=120,
        help_text="For example: Draft for comment, Final draft.",
        widget=forms.TextInput(attrs={"class": "govuk-input--width-20"}),
        error_messages={"required": "Give the version a label, such as “Final draft”."},
    )
    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class PartyForm(GovukForm):
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


class PartyImportForm(GovukForm):
    file = forms.FileField(
        label="CSV file",
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
        help_text="Two columns: organisation (name, short name or Org-ID such as GB-NHS-07G), category. A header row is optional.",
    )


class StatusForm(GovukForm):
    to = forms.CharField(max_length=20)
    note = forms.CharField(required=False, max_length=2000)


class AgreementFilters(FilterForm):
    status = choice_filter("Status", AgreementStatus.choices, "status", any_label="Any status")
    kind = choice_filter("Kind", AgreementKind.choices, "kind of agreement", any_label="Any kind")
    body = forms.CharField(label="Owning body", required=False, max_length=120)
    organisation = forms.CharField(label="Party organisation", required=False, max_length=120)


class CompareForm(GovukForm):
    """Which two versions to compare: two different ones, from those the reader may see."""

    mark_optional = False

    def __init__(self, request, *, versions):
        given = {key: request.GET[key][:20] for key in ("from", "to") if key in request.GET}
        super().__init__(given or None)
        self.by_number = {str(v.number): v for v in versions}
        choices = [(str(v.number), f"Version {v.number}: {v.label}") for v in versions]
        for name, label, default in (
            ("from", "From", versions[-2]),
            ("to", "To", versions[-1]),
        ):
            self.fields[name] = forms.ChoiceField(
                label=label,
                choices=choices,
                initial=str(default.number),
                error_messages={
                    "required": f"Choose the version to compare {label.lower()}.",
                    "invalid_choice": "Choose a version from the list: there is no version "
                    "“%(value)s” you can see.",
                },
            )

    def clean(self):
        data = super().clean()
        if data.get("from") and data.get("from") == data.get("to"):
            self.add_error(
                "to",
                "Choose two different versions: a version compared with itself has no changes.",
            )
        return data

    def chosen(self):
        """(older, newer) to compare, or None while the choice needs correcting."""
        if not self.is_bound:
            return self.by_number[self.fields["from"].initial], self.by_number[
                self.fields["to"].initial
            ]
        if not self.is_valid():
            return None
        return self.by_number[self.cleaned_data["from"]], self.by_number[self.cleaned_data["to"]]
