"""One party on a day, as the agreement page and the sign-up table show it: its name then
(and now), its answer, a successor's confirmation beside the signature of the party it
replaced, a party that no longer exists, and a notice to leave.

Drawn in Python rather than by including a template once a row: a sign-up table shows 50
parties, and the include, its dozen conditions and its permission check cost more than the
rest of the page (5 ms of a 17 ms page at national size). The markup is the one the
template gave."""

from __future__ import annotations

from typing import Any

from django import template
from django.template.backends.utils import csrf_input
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import localtime

from accord.core.dates import day_text, moment_text
from accord.core.markup import row_html

register = template.Library()

NOTICE_STATUSES = {"in_force", "under_review"}


def _answer(signature: Any) -> str:
    if signature.kind == "novation":
        return "Confirmed (novation)"
    if signature.kind == "accession":
        return "Signed to join"
    return "Declined" if signature.decision == "declined" else "Signed"


def _no_longer_exists(row: Any) -> SafeString:
    successions = format_html_join(
        "; ",
        "Succeeded by {} on {}",
        ((s.successor.name, day_text(s.date)) for s in row.successions),
    )
    asked = format_html_join(
        "",
        " {} has been asked to confirm the agreement in its place.",
        ((p.organisation.name,) for p in row.asked),
    )
    refused = format_html_join(
        "", " {} declined to take its place.", ((p.organisation.name,) for p in row.refused)
    )
    return row_html(
        '<div class="govuk-inset-text govuk-!-margin-top-2 govuk-!-margin-bottom-0 '
        'govuk-!-padding-top-1 govuk-!-padding-bottom-1"><strong class="govuk-tag '
        'govuk-tag--orange">No longer exists</strong> {}.{}{}</div>',
        successions,
        asked,
        refused,
    )


def _notice_link(row: Any, agreement: Any, user: Any) -> SafeString | None:
    # Only a signed-in person can hold a role that may give notice: the public never asks.
    if user is None or not user.is_authenticated:
        return None
    if not user.has_perm("agreements.give_notice", row.party):
        return None
    if row.leaves_on:
        url = reverse("agreements:notice_withdraw", args=[agreement.slug, row.party.pk])
        words = "Withdraw its notice"
    else:
        url = reverse("agreements:notice", args=[agreement.slug, row.party.pk])
        words = "Record its notice to leave"
    return row_html(
        '<br><span class="govuk-body-s"><a class="govuk-link" href="{}">{}'
        '<span class="govuk-visually-hidden">: {}</span></a></span>',
        url,
        words,
        row.name,
    )


@register.simple_tag(takes_context=True)
def party_cell(context: template.Context, row: Any) -> SafeString:
    organisation = row.party.organisation
    lines = [
        row_html(
            '<a class="govuk-link" href="{}">{}</a>{}',
            organisation.get_absolute_url(),
            row.name,
            row_html('<br><span class="govuk-body-s">now {}</span>', organisation.name)
            if row.name != organisation.name
            else "",
        )
    ]
    if row.in_place_of:
        lines.append(
            row_html(
                '<br><span class="govuk-body-s">In the place of {}, which it succeeded{}</span>',
                row.in_place_of.name_as_party,
                row_html(", from {}", day_text(row.change.effective_on)) if row.change else "",
            )
        )
    if row.signature:
        s = row.signature
        lines.append(
            row_html(
                '<br><span class="govuk-body-s">{} by {}, {}, on {}</span>',
                _answer(s),
                s.full_name,
                s.post,
                day_text(s.signed_at),
            )
        )
    if row.predecessor_signature:
        s = row.predecessor_signature
        lines.append(
            row_html(
                '<br><span class="govuk-body-s">Original signature: {}, by {}, {}, on {}</span>',
                s.organisation_name,
                s.full_name,
                s.post,
                day_text(s.signed_at),
            )
        )
    if row.no_longer_exists:
        lines.append(_no_longer_exists(row))
    if row.leaves_on:
        lines.append(
            row_html(
                '<br><span class="govuk-body-s">Gave notice: a party until {}</span>',
                day_text(row.leaves_on),
            )
        )
    agreement = context.get("agreement")
    as_at = context.get("as_at")
    if agreement is not None and agreement.status in NOTICE_STATUSES and not (as_at and as_at.day):
        link = _notice_link(row, agreement, context.get("user"))
        if link:
            lines.append(link)
    return mark_safe("\n".join(lines))  # every part is escaped by row_html above


def _state_cell(row: Any) -> SafeString:
    return row_html(
        '<td class="govuk-table__cell"><strong class="govuk-tag govuk-tag--{}">{}</strong></td>',
        row.state.colour,
        row.state.label,
    )


def _answer_cell(row: Any) -> SafeString:
    s = row.signature
    if not s:
        return mark_safe('<td class="govuk-table__cell">—</td>')
    return row_html(
        '<td class="govuk-table__cell">{}, {}<br><span class="govuk-body-s">{}</span>{}</td>',
        s.full_name,
        s.post,
        moment_text(s.signed_at),
        row_html('<br><span class="govuk-body-s">Reason: {}</span>', s.reason) if s.reason else "",
    )


def _invitations_cell(row: Any, agreement: Any, csrf: SafeString) -> SafeString:
    """The officer's column: each link still out, with its buttons to send it again or
    withdraw it."""
    if not row.invitations:
        return mark_safe(
            '<td class="govuk-table__cell"><span class="govuk-body-s">None</span></td>'
        )
    links = []
    for invitation in row.invitations:
        if invitation.used_at or invitation.revoked_at:
            continue
        email = invitation.signatory.user.email
        sent = invitation.last_sent_at
        links.append(
            row_html(
                '<span class="govuk-body-s">{}, {}</span>\n'
                '<form method="post" action="{}" class="accord-inline-form">{}'
                '<button class="accord-link-button">Resend<span class="govuk-visually-hidden">'
                " to {}</span></button></form>\n"
                '<a class="govuk-link" href="{}">Withdraw<span class="govuk-visually-hidden">'
                " the link of {}</span></a><br>",
                email,
                row_html("sent {}", date_format(localtime(sent), "j M"))
                if sent
                else mark_safe("<strong>not sent</strong>"),
                reverse("signing:invitation", args=[agreement.slug, invitation.pk, "resend"]),
                csrf,
                email,
                reverse("signing:invitation", args=[agreement.slug, invitation.pk, "revoke"]),
                email,
            )
        )
    return row_html('<td class="govuk-table__cell">{}</td>', mark_safe("".join(links)))


@register.simple_tag(takes_context=True)
def party_rows(
    context: template.Context, rows: Any, answers: bool = False, invitations: bool = False
) -> SafeString:
    """The table rows of parties: the party and its status; with ``answers`` the answer
    given (the sign-up table), and with ``invitations`` the officer's column of links."""
    csrf = csrf_input(context["request"]) if invitations else mark_safe("")
    agreement = context.get("agreement")
    lines = []
    for row in rows:
        cells = [
            row_html('<td class="govuk-table__cell">{}</td>', party_cell(context, row)),
            _state_cell(row),
        ]
        if answers:
            cells.append(_answer_cell(row))
        if invitations:
            cells.append(_invitations_cell(row, agreement, csrf))
        lines.append(row_html('<tr class="govuk-table__row">{}</tr>', mark_safe("".join(cells))))
    return mark_safe("\n".join(lines))  # every part is escaped by row_html above
