from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from accord.accounts import security_views, sign_in, views
from accord.accounts.forms import NewPasswordForm, ResetForm
from accord.accounts.second_factor import second_factor_exempt

app_name = "accounts"


def password_page(view):
    """Public, and only while password sign-in is on."""
    return views.public(sign_in.password_pages(view))


urlpatterns = [
    path("sign-in/", views.public(sign_in.SignInView.as_view()), name="login"),
    path("sign-out/", sign_in.sign_out, name="logout"),
    path("sign-in/<slug:provider>/", sign_in.oidc_start, name="oidc_start"),
    path("sign-in/<slug:provider>/return/", sign_in.oidc_callback, name="oidc_callback"),
    path(
        "password-reset/",
        password_page(
            auth_views.PasswordResetView.as_view(
                template_name="accounts/password_reset.html",
                form_class=ResetForm,
                email_template_name="accounts/email/password_reset.txt",
                subject_template_name="accounts/email/password_reset_subject.txt",
                success_url=reverse_lazy("accounts:password_reset_done"),
            )
        ),
        name="password_reset",
    ),
    path(
        "password-reset/sent/",
        password_page(
            auth_views.PasswordResetDoneView.as_view(
                template_name="accounts/password_reset_done.html"
            )
        ),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        password_page(
            auth_views.PasswordResetConfirmView.as_view(
                template_name="accounts/password_reset_confirm.html",
                form_class=NewPasswordForm,
                success_url=reverse_lazy("accounts:password_reset_complete"),
            )
        ),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/complete/",
        password_page(
            auth_views.PasswordResetCompleteView.as_view(
                template_name="accounts/password_reset_complete.html"
            )
        ),
        name="password_reset_complete",
    ),
    path(
        "password/", sign_in.password_pages(security_views.password_change), name="password_change"
    ),
    path("second-factor/", security_views.status, name="second_factor"),
    path("second-factor/set-up/", security_views.setup, name="second_factor_setup"),
    path("second-factor/code/", security_views.verify, name="second_factor_verify"),
    path(
        "second-factor/recovery-codes/",
        security_views.recovery_codes,
        name="second_factor_recovery_codes",
    ),
    path("second-factor/remove/", security_views.remove, name="second_factor_remove"),
    path("me/", views.me, name="me"),
    path("people/", views.people, name="people"),
    path("people/invite/", views.invite, name="invite"),
    path("people/<int:pk>/", views.person, name="person"),
    path("people/<int:pk>/roles/<int:role_pk>/remove/", views.remove_role, name="remove_role"),
    path(
        "people/<int:pk>/second-factor/remove/",
        security_views.reset_for,
        name="second_factor_reset",
    ),
    path("sign-in-locks/", security_views.locks, name="sign_in_locks"),
    path("sign-in-locks/<int:pk>/unlock/", security_views.unlock, name="sign_in_unlock"),
]

# Pages a signed-in administrator who still owes a second factor may open.
for pattern in urlpatterns:
    if pattern.name in ("login", "password_reset_confirm"):
        pattern.callback = second_factor_exempt(pattern.callback)
