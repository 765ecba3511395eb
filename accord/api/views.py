"""The signed-in user's API tokens: create one (shown once) and revoke it."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from accord.api.models import ApiToken
from accord.api.tokens import api_token_create, api_token_revoke


class TokenForm(forms.Form):
    name = forms.CharField(
        label="What is the token for?",
        help_text="For example, the partnership dashboard. It helps you know which to revoke.",
        max_length=100,
        error_messages={"required": "Enter what the token is for"},
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


@require_POST
def revoke_token(request, pk):
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    api_token_revoke(user=request.user, token=token)
    messages.success(request, f"The token “{token.name}” is revoked and no longer works.")
    return redirect("api:tokens")
