from django import template

from accord.consultations.selectors import consultations_of_agreement
from accord.consultations.services.consultations import CONSULTABLE_STATUSES

register = template.Library()

OUTCOME_COLOURS = {
    "accepted": "green",
    "accepted_with_changes": "blue",
    "not_accepted": "orange",
}


@register.filter
def outcome_colour(outcome: str) -> str:
    return OUTCOME_COLOURS.get(outcome, "grey")


@register.inclusion_tag("consultations/includes/panel.html")
def consultation_panel(agreement, user):
    """The consultations on ``agreement`` that ``user`` may see, and a link to open one
    for those who may. Renders nothing for anyone else."""
    return {
        "agreement": agreement,
        "consultations": consultations_of_agreement(agreement, user),
        "can_open": agreement.status in CONSULTABLE_STATUSES
        and user.has_perm("consultations.open_consultation", agreement),
    }
