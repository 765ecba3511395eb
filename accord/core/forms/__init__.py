"""Forms that render and report errors the GOV.UK way.

Every form in Accord subclasses ``GovukForm`` (or mixes in ``GovukFormMixin``): fields
are drawn by crispy-forms-gds, each missing or wrong answer gets a message that says what
to do, optional fields say so, and dates are GOV.UK date inputs (``dates``).
"""

from accord.core.forms.base import GovukForm, GovukFormMixin
from accord.core.forms.dates import DateField, MonthField, PartialDateField

__all__ = ["DateField", "GovukForm", "GovukFormMixin", "MonthField", "PartialDateField"]
