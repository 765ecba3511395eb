"""Signing in and out: by password (unless switched off) or with an organisation's single
sign-on, then the second factor for those who have one."""

from __future__ import annotations

from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import LoginView
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accord.accounts import oidc
from accord.accounts.forms import SignInForm
from accord.accounts.second_factor import second_factor_exempt
from accord.core.security import secret_link

SESSION_KEY = "accord_oidc"
NEXT_KEY = "accord_oidc_next"


class SignInView(LoginView):
    template_name = "accounts/sign_in.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True

    def post(self, request, *args, **kwargs):
        if not oidc.password_sign_in():
            return render(
                request,
                self.template_name,
                self.get_context_data(
                    form=None,
                    page_errors=[
                        "Signing in with a password is switched off here. "
                        "Sign in with your organisation's account."
                    ],
                ),
                status=403,
            )
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["providers"] = list(oidc.providers().values())
        context["password_sign_in"] = oidc.password_sign_in()
        return context


def password_pages(view):
    """Password reset pages exist only while password sign-in does."""

    def wrapper(request, *args, **kwargs):
        if not oidc.password_sign_in():
            raise Http404("Password sign-in is switched off here.")
        return view(request, *args, **kwargs)

    return wrapper


def _safe_next(request, target: str) -> str:
    if target and url_has_allowed_host_and_scheme(
        target, {request.get_host()}, request.is_secure()
    ):
        return target
    return "/"


def _provider(name: str) -> oidc.Provider:
    provider = oidc.providers().get(name)
    if provider is None:
        raise Http404("There is no such way to sign in.")
    return provider


@login_not_required
@never_cache
def oidc_start(request, provider):
    chosen = _provider(provider)
    request.session[NEXT_KEY] = _safe_next(request, request.GET.get("next", ""))
    return oidc.client(chosen).authorize_redirect(request, oidc.callback_url(chosen))


@login_not_required
@secret_link
@second_factor_exempt
def oidc_callback(request, provider):
    chosen = _provider(provider)
    try:
        claims = oidc.claims_of(chosen, request)
        user = oidc.oidc_user_match(provider=chosen, claims=claims)
    except oidc.SignInRefused as refused:
        return render(
            request,
            "accounts/sign_in_refused.html",
            {"message": str(refused), "provider": chosen},
            status=403,
        )
    target = request.session.pop(NEXT_KEY, "/")
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    request.session[SESSION_KEY] = {"provider": chosen.name, "id_token": claims["_id_token"]}
    return redirect(_safe_next(request, target))


@login_not_required
@second_factor_exempt
@require_POST
def sign_out(request):
    """End the session here and, after a single sign-on, at the provider too (so the next
    person at a shared computer is not signed straight back in)."""
    came_from = request.session.get(SESSION_KEY) or {}
    logout(request)
    provider = oidc.providers().get(came_from.get("provider", ""))
    if provider is not None:
        target = oidc.logout_url(provider, came_from.get("id_token", ""))
        if target:
            return redirect(target)
    return redirect("home")


@login_not_required
def admin_sign_in(request):
    """The admin's own sign-in page would skip the lock-out and the second factor: it
    sends people to Accord's; someone already signed in without the admin's right is
    refused (not sent round between the two pages)."""
    if request.user.is_authenticated:
        raise PermissionDenied("Your account cannot use the admin.")
    query = request.META.get("QUERY_STRING", "")
    return redirect(reverse("accounts:login") + (f"?{query}" if query else ""))
