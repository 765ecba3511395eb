"""The mixin every Accord form uses: GOV.UK error messages, optional labels, safe labels.

Django's own messages ("This field is required.", "Select a valid choice.") say what is
wrong but not what to do, and they do not name the field, which the error summary at the
top of the page needs. Each field gets a message built from its label unless the form
gave it one of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django import forms
from django.core.validators import MaxLengthValidator
from django.forms import BoundField
from django.forms.utils import pretty_name
from django.utils.html import conditional_escape

# Shown for a hidden field (a draft's revision number, say) that is missing or altered:
# the person did nothing wrong in the visible form, so the message says what to do next.
STALE_PAGE = "This page was out of date. Open it again and make your change once more."
EMAIL_FORM = "Enter an e-mail address in the right form, like name@example.org."


def _phrase(label: str) -> str:
    """The label as the object of a sentence: "Title" -> "the title", "Your post" ->
    "your post"; a parenthesised note and a trailing question mark are dropped."""
    text = label.split(" (")[0].rstrip("?:. ").strip()
    if not text:
        return "an answer"
    first = text.split()[0]
    # Keep the capitals of a name or an acronym ("Org-ID", "CSV file").
    lowered = text if (first.isupper() or first[1:2].isupper()) else text[0].lower() + text[1:]
    if lowered.split()[0].lower() in ("your", "the", "a", "an", "what", "who", "why", "how"):
        return lowered
    return f"the {lowered}"


def _is_choice(field: forms.Field) -> bool:
    return isinstance(field, forms.ChoiceField | forms.ModelChoiceField)


def _messages_for(field: forms.Field, phrase: str) -> dict[str, str]:
    if isinstance(field, forms.FileField):
        return {
            "required": "Choose a file to upload.",
            "invalid": "Choose a file to upload.",
            "missing": "Choose a file to upload.",
            "empty": "The file you chose is empty. Choose another.",
        }
    if isinstance(field, forms.ModelMultipleChoiceField | forms.MultipleChoiceField):
        return {
            "required": f"Choose at least one of {phrase}.",
            "invalid_choice": f"Choose {phrase} from the list.",
            "invalid_pk_value": f"Choose {phrase} from the list.",
            "invalid_list": f"Choose {phrase} from the list.",
        }
    if _is_choice(field):
        return {
            "required": f"Choose {phrase}.",
            "invalid_choice": f"Choose {phrase} from the list.",
        }
    if isinstance(field, forms.EmailField):
        return {"required": f"Enter {phrase}.", "invalid": EMAIL_FORM}
    if isinstance(field, forms.IntegerField):
        return {"required": f"Enter {phrase}.", "invalid": f"Enter {phrase} as a whole number."}
    if isinstance(field, forms.BooleanField):
        return {"required": f"Tick the box to confirm {phrase}."}
    return {"required": f"Enter {phrase}."}


def _django_messages(field: forms.Field) -> dict:
    """The messages Django gives this kind of field before a form changes any."""
    messages: dict = {}
    for klass in reversed(type(field).__mro__):
        messages.update(getattr(klass, "default_error_messages", {}))
    return messages


def govuk_field(name: str, field: forms.Field, *, mark_optional: bool = True) -> None:
    """Give one field its GOV.UK messages and label, in place (fields are per form)."""
    label = str(field.label if field.label is not None else pretty_name(name))
    if isinstance(field.widget, forms.HiddenInput):
        field.error_messages = {
            **field.error_messages,
            "required": STALE_PAGE,
            "invalid": STALE_PAGE,
        }
        return
    phrase = _phrase(label)
    defaults = _messages_for(field, phrase)
    generic = _django_messages(field)
    # A message the form wrote itself wins; Django's generic ones are replaced.
    for code, text in defaults.items():
        if field.error_messages.get(code) in (None, generic.get(code)):
            field.error_messages[code] = text
    field.validators = [
        MaxLengthValidator(
            validator.limit_value,
            f"{phrase[0].upper()}{phrase[1:]} must be %(limit_value)d characters or fewer; "
            "it has %(show_value)d.",
        )
        if isinstance(validator, MaxLengthValidator)
        else validator
        for validator in field.validators
    ]
    optional = (
        mark_optional
        and not field.required
        and not isinstance(
            field, forms.BooleanField | forms.MultipleChoiceField | forms.ModelMultipleChoiceField
        )
    )
    if optional and "(optional)" not in label:
        label = f"{label} (optional)"
    # crispy-forms-gds prints labels unescaped; a label holding user text (a section's
    # heading) must be escaped here, once.
    field.label = conditional_escape(label)


# The mixin is only ever mixed into a Django form; mypy is told so, the runtime is not.
if TYPE_CHECKING:
    _FormBase = forms.BaseForm
else:
    _FormBase = object


class GovukFormMixin(_FormBase):
    """Prepares every field the first time the form is validated or shown."""

    _govuk_ready = False
    mark_optional = True  # add "(optional)" to the labels of optional fields

    def _govuk_prepare(self) -> None:
        if not self._govuk_ready:
            for name, field in self.fields.items():
                govuk_field(name, field, mark_optional=self.mark_optional)
            self._govuk_ready = True

    def full_clean(self) -> None:
        self._govuk_prepare()
        super().full_clean()

    def __getitem__(self, name: str) -> BoundField:
        self._govuk_prepare()
        return super().__getitem__(name)


class GovukForm(GovukFormMixin, forms.Form):
    pass
