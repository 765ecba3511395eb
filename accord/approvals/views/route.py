"""The page where an officer sets an agreement's approval route: the bodies that take it,
in order, and what each does. The route is the approvals app's (docs/architecture.md); the
page sits under the agreement's address because that is where officers look for it."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from accord.agreements.views.common import agreement_crumbs, get_agreement, refused
from accord.approvals.forms import StepForm
from accord.approvals.models import ApprovalStep
from accord.approvals.services import route as route_services
from accord.core.access import require
from accord.core.confirm import confirm_page
from accord.core.forms.errors import form_errors


def route_edit(request, slug):
    agreement = get_agreement(slug)
    require(request, "agreements.edit_draft", agreement)
    form = StepForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            step = route_services.step_add(
                actor=request.user, agreement=agreement, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, f"Step {step.order} added: {step}.")
            return redirect("route:edit", slug=slug)
    steps = agreement.approval_steps.select_related("body").order_by("order")
    return render(
        request, "approvals/route.html", {"agreement": agreement, "form": form, "steps": steps}
    )


@require_http_methods(["GET", "POST"])
def step_action(request, slug, pk, action):
    if action not in ("up", "down", "remove"):
        raise Http404("No such action.")
    if request.method == "GET" and action != "remove":
        return HttpResponseNotAllowed(["POST"])
    agreement = get_agreement(slug)
    require(request, "agreements.edit_draft", agreement)
    step = get_object_or_404(
        ApprovalStep.objects.select_related("body"), pk=pk, agreement=agreement
    )
    if request.method == "GET":
        return confirm_page(
            request,
            question=f"Are you sure you want to remove step {step.order}, “{step}”?",
            caption=agreement.display_title,
            details=["The steps after it move up one place."],
            warning="You cannot undo this. To put it back, add the step again.",
            button="Yes, remove the step",
            back=reverse("route:edit", args=[slug]),
            crumbs=agreement_crumbs(agreement),
        )
    try:
        if action == "remove":
            route_services.step_remove(actor=request.user, step=step)
            messages.success(request, f"The step “{step}” has been removed.")
        else:
            route_services.step_move(
                actor=request.user, step=step, offset=-1 if action == "up" else 1
            )
    except (ValidationError, PermissionDenied) as error:
        refused(request, error)
    return redirect("route:edit", slug=slug)
