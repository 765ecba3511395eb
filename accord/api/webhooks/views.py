"""The administrator's webhook pages: endpoints, registering one, deliveries and retries."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from accord.api.webhooks.models import EVENTS, WebhookDelivery, WebhookEndpoint
from accord.api.webhooks.services import (
    validate_webhook_url,
    webhook_endpoint_deactivate,
    webhook_endpoint_register,
    webhook_retry_now,
)
from accord.core.access import require
from accord.core.confirm import confirm_page
from accord.core.forms import GovukForm

PERMISSION = "accounts.manage_roles"  # administrators only
RECENT_DELIVERIES = 50


class EndpointForm(GovukForm):
    url = forms.CharField(
        label="Address of the endpoint",
        help_text="The full web address Accord will POST to, starting with https://",
        max_length=500,
        error_messages={"required": "Enter the address of the endpoint."},
    )
    events = forms.MultipleChoiceField(
        label="Events to send",
        choices=[(event, f"{label} ({event})") for event, label in EVENTS.items()],
        widget=forms.CheckboxSelectMultiple,
        help_text="Select all that apply.",
        error_messages={"required": "Choose at least one event to send."},
    )

    def clean_url(self):
        return validate_webhook_url(self.cleaned_data["url"])


def endpoints(request):
    require(request, PERMISSION)
    form = EndpointForm(request.POST or None)
    created = None
    if request.method == "POST" and form.is_valid():
        try:
            created = webhook_endpoint_register(
                user=request.user,
                url=form.cleaned_data["url"],
                events=form.cleaned_data["events"],
            )
        except ValidationError as error:
            form.add_error("url", error)
        else:
            form = EndpointForm()
    return render(
        request,
        "api/webhooks.html",
        {"form": form, "created": created, "endpoints": WebhookEndpoint.objects.all()},
    )


@require_http_methods(["GET", "POST"])
def deactivate(request, pk):
    require(request, PERMISSION)
    endpoint = get_object_or_404(WebhookEndpoint, pk=pk)
    if request.method == "GET":
        return confirm_page(
            request,
            question=f"Are you sure you want to deactivate the endpoint {endpoint.url}?",
            caption="Webhooks",
            details=["Nothing more is sent to it, and deliveries waiting for it are not tried."],
            warning="You cannot undo this. To send to this address again, register it again "
            "and give the receiver the new secret.",
            button="Yes, deactivate the endpoint",
            back=reverse("api:webhooks"),
            crumbs=[
                ("Open data and API", reverse("opendata:index")),
                ("Webhooks", reverse("api:webhooks")),
            ],
        )
    webhook_endpoint_deactivate(user=request.user, endpoint=endpoint)
    messages.success(request, f"The endpoint {endpoint.url} is deactivated: nothing more is sent.")
    return redirect("api:webhooks")


def deliveries(request):
    require(request, PERMISSION)
    rows = WebhookDelivery.objects.select_related("endpoint")[:RECENT_DELIVERIES]
    return render(request, "api/webhooks_deliveries.html", {"deliveries": rows})


@require_POST
def retry(request, pk):
    require(request, PERMISSION)
    delivery = get_object_or_404(WebhookDelivery, pk=pk, status=WebhookDelivery.Status.FAILED)
    delivery = webhook_retry_now(delivery)
    if delivery.status == WebhookDelivery.Status.DELIVERED:
        messages.success(request, f"Delivery {delivery.pk} was delivered.")
    else:
        messages.error(request, f"Delivery {delivery.pk} failed again: {delivery.last_error}")
    return redirect("api:webhook_deliveries")
