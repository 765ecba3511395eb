"""Template tags that show where an agreement's parties stand, in the one vocabulary
``accord.agreements.presenters`` defines."""

from django import template
from django.utils.safestring import SafeString

from accord.agreements.presenters import state_of
from accord.core.presenters import tag_html

register = template.Library()


@register.simple_tag
def party_status(party, agreement=None) -> SafeString:
    """The party's state as a GOV.UK tag (a tag, not an include: lists show one a row)."""
    state = state_of(party, agreement)
    return tag_html(state.colour, state.label)


@register.simple_tag
def route_progress(agreement) -> str:
    """Where the agreement's approval route stands, as a sentence (for e-mails)."""
    from accord.agreements.presenters import route_sentence

    return route_sentence(agreement.approval_steps.select_related("body").order_by("order"))
