from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from accord.accounts import services
from accord.accounts.forms import InviteForm, RoleForm
from accord.accounts.models import Role, User
from accord.accounts.second_factor import has_second_factor
from accord.core.access import require
from accord.core.confirm import confirm_page
from accord.core.forms.errors import form_errors
from accord.core.pagination import paginate
from accord.core.params import text_param


def public(view):
    """Sign-in and password pages are open to everyone, by declaration."""
    return login_not_required(view)


def me(request):
    roles = request.user.roles.select_related("body", "organisation")
    return render(request, "accounts/me.html", {"roles": roles})


def people(request):
    require(request, "accounts.manage_roles")
    query = text_param(request, "q")
    users = User.objects.prefetch_related("roles__body", "roles__organisation").order_by("email")
    if query:
        users = users.filter(email__icontains=query) | users.filter(full_name__icontains=query)
    return render(
        request, "accounts/people.html", {"page": paginate(request, users), "query": query}
    )


def invite(request):
    require(request, "accounts.manage_roles")
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = services.user_invite(actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, f"{user.email} has been sent a link to choose a password.")
            return redirect("accounts:person", pk=user.pk)
    return render(request, "accounts/invite.html", {"form": form})


def person(request, pk):
    require(request, "accounts.manage_roles")
    subject = get_object_or_404(User, pk=pk)
    form = RoleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.role_grant(actor=request.user, user=subject, **form.cleaned_data)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, f"The role has been given to {subject.display_name}.")
            return redirect("accounts:person", pk=subject.pk)
    roles = subject.roles.select_related("body", "organisation")
    return render(
        request,
        "accounts/person.html",
        {
            "subject": subject,
            "roles": roles,
            "form": form,
            "subject_has_second_factor": has_second_factor(subject),
        },
    )


@require_http_methods(["GET", "POST"])
def remove_role(request, pk, role_pk):
    require(request, "accounts.manage_roles")
    role = get_object_or_404(Role.objects.select_related("user"), pk=role_pk, user_id=pk)
    if request.method == "GET":
        return confirm_page(
            request,
            question=f"Are you sure you want to remove the role “{role}” from "
            f"{role.user.display_name}?",
            caption="People and roles",
            details=["They lose what the role lets them see and do as soon as it is removed."],
            warning="You cannot undo this. To give the role back, give it again.",
            button="Yes, remove the role",
            back=reverse("accounts:person", args=[pk]),
            crumbs=[
                ("Your account", reverse("accounts:me")),
                ("People and roles", reverse("accounts:people")),
                (role.user.display_name, reverse("accounts:person", args=[pk])),
            ],
        )
    try:
        services.role_revoke(actor=request.user, role=role)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"{role} has been removed.")
    return redirect("accounts:person", pk=pk)
