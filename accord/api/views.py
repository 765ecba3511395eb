"""The signed-in user's API tokens: create one (shown once) and revoke it."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from accord.api.models import ApiToken
from accord.api.tokens import api_token_create, api_token_revoke
from accord.core.confirm import confirm_page
from accord.core.forms import GovukForm


class TokenForm(GovukForm):
    name = forms.CharField(
        label="What is the token for?",
        help_text="For example, the partnership dashboard. It helps you know which to revoke.",
        max_length=100,
        error_messages={"required": "Enter what the token is for."},
    )


def tokens(request):
    form = TokenForm(request.POST or None)
    new_token = None
    if request.method == "POST" and form.is_valid():
        _, new_token = api_token_create(user=request.user, name=form.cleaned_data["name"])
        form = TokenForm()
    return render(
        request,
        "api/tokens.html",
        {"form": form, "new_token": new_token, "tokens": request.user.api_tokens.all()},
    )


@require_http_methods(["GET", "POST"])
def revoke_token(request, pk):
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    if request.method == "GET":
        return confirm_page(
            request,
            question=f"Are you sure you want to revoke the token “{token.name}”?",
            caption="Your API tokens",
            details=["Any program using it is refused from then on."],
            warning="You cannot undo this: a revoked token never works again. You can make "
            "a new one.",
            button="Yes, revoke the token",
            back=reverse("api:tokens"),
            crumbs=[
                ("Your account", reverse("accounts:me")),
                ("Your API tokens", reverse("api:tokens")),
            ],
        )
    api_token_revoke(user=request.user, token=token)
    messages.success(request, f"The token “{token.name}” is revoked and no longer works.")
    return redirect("api:tokens")
