"""Template tags that show where an agreement's parties stand, in the one vocabulary
``accord.agreements.presenters`` defines."""

from django import template

from accord.agreements.presenters import state_of

register = template.Library()


@register.inclusion_tag("includes/status_tag.html")
def party_status(party, agreement=None):
    state = state_of(party, agreement)
    return {"colour": state.colour, "label": state.label}


@register.simple_tag
def route_progress(agreement) -> str:
    """Where the agreement's approval route stands, as a sentence (for e-mails)."""
    from accord.agreements.presenters import route_sentence

    return route_sentence(agreement.approval_steps.select_related("body").order_by("order"))
