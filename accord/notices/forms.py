from __future__ import annotations

from django import forms

from accord.core.forms import GovukForm
from accord.notices.models import TEXT_MAX


class NoticeForm(GovukForm):
    text = forms.CharField(
        label="Text",
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 30}),
        help_text="Start a line with “## ” for a heading or “### ” for a smaller one, and with "
        "“- ” for a bullet. Leave a blank line between paragraphs. Web and e-mail "
        "addresses become links.",
        error_messages={"required": "Enter the text to publish."},
    )
