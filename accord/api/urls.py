"""The API (every route public to read; member data is scoped inside) and the token pages."""

from django.contrib.auth.decorators import login_not_required
from django.urls import path

from accord.api import docs, views
from accord.api.api import api
from accord.api.webhooks import views as webhooks

app_name = "api"


def _public(patterns):
    """Ninja's views answer for themselves (JSON 401/404), so the site's sign-in
    redirect must not catch them: each is declared exempt from LoginRequiredMiddleware."""
    for pattern in patterns:
        pattern.callback = login_not_required(pattern.callback)
    return patterns


urlpatterns = [
    path("docs", docs.docs, name="docs"),
    path("tokens/", views.tokens, name="tokens"),
    path("tokens/<int:pk>/revoke/", views.revoke_token, name="revoke_token"),
    path("webhooks/", webhooks.endpoints, name="webhooks"),
    path("webhooks/<int:pk>/deactivate/", webhooks.deactivate, name="webhook_deactivate"),
    path("webhooks/deliveries/", webhooks.deliveries, name="webhook_deliveries"),
    path("webhooks/deliveries/<int:pk>/retry/", webhooks.retry, name="webhook_retry"),
    *_public(api.urls[0]),
]
