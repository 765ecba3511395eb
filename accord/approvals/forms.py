"""Forms for meetings, agenda items and decisions. Rules live in the services; these
only turn what was typed into values."""

from __future__ import annotations

import datetime as dt
import re

from django import forms

from accord.approvals.models import MINUTE_MAX_LENGTH, Action, ApprovalStep, Outcome
from accord.core.dates import Precision
from accord.core.forms import GovukForm, PartialDateField
from accord.governance.models import Body

MONTHS = {
    name: number
    for number in range(1, 13)
    for name in (
        dt.date(2000, number, 1).strftime("%B").lower(),
        dt.date(2000, number, 1).strftime("%b").lower(),
    )
} | {"sept": 9}
_WEEKDAY = re.compile(r"^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\s+")
_ORDINAL = re.compile(r"\b(\d{1,2})(st|nd|rd|th)\b")
_NUMERIC = re.compile(r"^(?:(\d{1,2})[\s/.-]+)?(?:(\d{1,2})[\s/.-]+)?(\d{4})$")
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_WORDS = re.compile(r"^(?:(\d{1,2})\s+)?([a-z]+)\.?\s+(\d{4})$")


def parse_meeting_date(text: str) -> tuple[dt.date, str]:
    """``"27 3 2025"``, ``"27/03/2025"``, ``"27 March 2025"`` or ``"2025-03-27"`` give a day;
    ``"March 2025"``, ``"3 2025"`` or ``"2025-03"`` a month; ``"2025"`` a year."""
    text = " ".join(text.strip().lower().replace(",", " ").split())
    text = _ORDINAL.sub(r"\1", _WEEKDAY.sub("", text))
    day = month = None
    if match := _ISO.match(text):
        year, month, day = match.groups()
    elif match := _WORDS.match(text):
        day, name, year = match.groups()
        if name not in MONTHS:
            raise ValueError(text)
        month = MONTHS[name]
    elif match := _NUMERIC.match(text):
        first, second, year = match.groups()
        day, month = (first, second) if second else (None, first)
    else:
        raise ValueError(text)
    if day is not None and month is None:
        raise ValueError(text)
    value = dt.date(int(year), int(month or 1), int(day or 1))
    precision = Precision.DAY if day else Precision.MONTH if month else Precision.YEAR
    return value, precision


TIME_FORMATS = ["%H:%M", "%H.%M", "%I%p", "%I:%M%p", "%I.%M%p", "%I %p", "%I:%M %p"]
TIME_ERRORS = {"invalid": "Enter a time of day, for example 14:00 or 2pm."}


class MeetingForm(GovukForm):
    title = forms.CharField(
        label="Title",
        max_length=300,
        help_text="For example, Board meeting.",
        error_messages={"required": "Give the meeting a title."},
    )
    date = PartialDateField(
        label="Date",
        parse=parse_meeting_date,
        error_messages={"required": "Enter the date of the meeting."},
        help_text="For example, 27 3 2025. If only the month is known, leave the day empty.",
    )
    start_time = forms.TimeField(
        label="Start time",
        required=False,
        input_formats=TIME_FORMATS,
        error_messages=TIME_ERRORS,
        help_text="For example, 14:00. Only when the day is known.",
        widget=forms.TimeInput(attrs={"class": "govuk-input--width-5"}),
    )
    end_time = forms.TimeField(
        label="End time",
        required=False,
        input_formats=TIME_FORMATS,
        error_messages=TIME_ERRORS,
        help_text="For example, 16:00.",
        widget=forms.TimeInput(attrs={"class": "govuk-input--width-5"}),
    )
    location = forms.CharField(label="Place", max_length=300, required=False)
    public = forms.BooleanField(
        label="Open to the public",
        required=False,
        initial=True,
        help_text="Private meetings are seen only by members of the body.",
    )

    def service_arguments(self) -> dict:
        data = dict(self.cleaned_data)
        data["date"], data["date_precision"] = data.pop("date")
        return data

    @classmethod
    def initial_for(cls, meeting) -> dict:
        return {
            "title": meeting.title,
            "date": (meeting.date, meeting.date_precision),
            "start_time": meeting.start_time.strftime("%H:%M") if meeting.start_time else "",
            "end_time": meeting.end_time.strftime("%H:%M") if meeting.end_time else "",
            "location": meeting.location,
            "public": meeting.public,
        }


class StepChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, step: ApprovalStep) -> str:
        return f"{step.agreement.display_title}, step {step.order}: {step}"


class StepItemForm(GovukForm):
    """Put an approval step on the agenda."""

    step = StepChoiceField(
        label="Approval step",
        queryset=ApprovalStep.objects.none(),
        empty_label="Choose a step",
        help_text="Steps of agreements in approval that are waiting for this body.",
        error_messages={
            "required": "Choose the step to put on the agenda.",
            "invalid_choice": "That step is no longer waiting for this body. Choose another.",
        },
    )
    public = forms.BooleanField(label="Taken in public", required=False, initial=True)

    def __init__(self, *args, steps, **kwargs):
        super().__init__(*args, prefix="step", **kwargs)
        self.fields["step"].queryset = steps


class FreeItemForm(GovukForm):
    """Any other item of business."""

    title = forms.CharField(
        label="Title", max_length=300, error_messages={"required": "Give the item a title."}
    )
    public = forms.BooleanField(label="Taken in public", required=False, initial=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="free", **kwargs)


class DecisionForm(GovukForm):
    outcome = forms.ChoiceField(
        label="Decision",
        choices=[("", "Choose the decision")] + Outcome.choices,
        error_messages={"required": "Choose what the meeting decided."},
    )
    minute = forms.CharField(
        label="Minute",
        required=False,
        max_length=MINUTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="What the minutes say, in the meeting's own words.",
    )
    outcome_hint = (
        "Approved with amendments sends the agreement back to draft: the amended version then "
        "goes through the whole route again, from step 1."
    )

    def __init__(self, *args, item, **kwargs):
        super().__init__(*args, **kwargs)
        if item.approval_step is None:
            # A free item has no route, and cannot be approved with amendments.
            self.fields["outcome"].choices = [
                choice
                for choice in self.fields["outcome"].choices
                if choice[0] != Outcome.APPROVED_WITH_AMENDMENTS
            ]
        else:
            self.fields["outcome"].help_text = self.outcome_hint


class StepForm(GovukForm):
    body = forms.ModelChoiceField(
        label="Body", queryset=Body.objects.order_by("name"), empty_label="Choose a body"
    )
    action = forms.ChoiceField(
        label="What the body does",
        choices=[("", "Choose what the body does")] + Action.choices,
        error_messages={"required": "Choose what the body does with the agreement."},
    )
