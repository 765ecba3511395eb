"""Single sign-on with OpenID Connect: Microsoft Entra ID, NHSmail, Google Workspace.

Each provider is configured by environment variables (see README, "Single sign-on"). The
protocol work is Authlib's: the authorisation-code flow with PKCE, state and nonce kept
in the session, and the ID token's signature, issuer, audience, expiry and nonce checked
before any claim is read. What Accord adds:

- a person is matched by a *verified* e-mail address (``email_verified``, or Entra ID's
  ``xms_edov``), within the e-mail domains the provider may vouch for, to an existing,
  active account; nobody gets an account, and nobody gets a role, by signing in;
- an address nobody's account uses is refused with a message saying whom to ask (not
  given an empty account): accounts are made by administrators, who also give the roles;
- the provider's subject is bound to the account at the first sign-in, so an address
  later reassigned at the provider to somebody else is refused.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

from authlib.integrations.django_client import OAuth
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accord.accounts.models import ExternalIdentity, User
from accord.audit.actions import AuditAction
from accord.audit.services import audit_record

logger = logging.getLogger(__name__)


class SignInRefused(Exception):
    """The provider's answer cannot sign anyone in; the message says why, for a person."""


@dataclass(frozen=True)
class Provider:
    name: str
    label: str
    discovery_url: str
    origin: str
    client_id: str
    client_secret: str
    scopes: str
    email_domains: tuple[str, ...]


def providers() -> dict[str, Provider]:
    return {
        entry["name"]: Provider(**{**entry, "email_domains": tuple(entry["email_domains"])})
        for entry in getattr(settings, "ACCORD_OIDC_PROVIDERS", [])
    }


def password_sign_in() -> bool:
    return getattr(settings, "ACCORD_PASSWORD_SIGN_IN", True)


@lru_cache(maxsize=8)
def _registry(configured: tuple[Provider, ...]) -> OAuth:
    """Authlib's clients, one per provider, made once per configuration (each keeps the
    provider's discovery document and signing keys once fetched)."""
    oauth = OAuth()
    for provider in configured:
        oauth.register(
            name=provider.name,
            client_id=provider.client_id,
            client_secret=provider.client_secret,
            server_metadata_url=provider.discovery_url,
            client_kwargs={"scope": provider.scopes, "code_challenge_method": "S256"},
        )
    return oauth


def client(provider: Provider):
    return _registry(tuple(providers().values())).create_client(provider.name)


def callback_url(provider: Provider) -> str:
    """The redirect URL to register at the provider."""
    path = reverse("accounts:oidc_callback", args=[provider.name])
    return getattr(settings, "ACCORD_BASE_URL", "").rstrip("/") + path


def claims_of(provider: Provider, request) -> dict:
    """Finish the flow the provider returned from: exchange the code and check the ID
    token. Raises SignInRefused for anything that is not a good, fresh answer."""
    app = client(provider)
    if request.GET.get("error"):
        described = request.GET.get("error_description") or request.GET["error"]
        raise SignInRefused(f"{provider.label} did not sign you in: {described[:300]}")
    try:
        issuer = app.load_server_metadata()["issuer"]
        token = app.authorize_access_token(
            request,
            claims_options={
                "iss": {"essential": True, "values": [issuer]},
                "aud": {"essential": True},
                "exp": {"essential": True},
                "sub": {"essential": True},
            },
            leeway=60,
        )
    except Exception as error:  # Authlib, joserfc and requests each raise their own
        logger.info("Single sign-on with %s failed", provider.name, exc_info=True)
        raise SignInRefused(_explain(provider, error)) from None
    claims = token.get("userinfo")
    if not claims:
        raise SignInRefused(f"{provider.label} sent no identity token, so nobody is signed in.")
    return {**dict(claims), "_id_token": token.get("id_token", "")}


def _explain(provider: Provider, error: Exception) -> str:
    text = f"{type(error).__name__}: {error}".lower()
    if "expired" in text:
        reason = "the sign-in it sent has already expired (check this server's clock)"
    elif "aud" in text or "azp" in text:  # an audience that is not ours needs an azp
        reason = "the sign-in it sent was meant for another application"
    elif "state" in text:
        reason = "the sign-in did not start here, or was already used"
    elif "iss" in text:
        reason = "the sign-in came from an issuer other than the one configured"
    else:
        reason = "its answer could not be checked"
    return f"{provider.label} did not sign you in: {reason}. Start again from the sign-in page."


def verified_email(provider: Provider, claims: dict) -> str:
    email = str(claims.get("email") or "").strip().lower()
    if not email or "@" not in email:
        raise SignInRefused(
            f"{provider.label} did not tell Accord your e-mail address, so Accord cannot find "
            "your account. Ask your IT team to release the email claim to Accord."
        )
    verified = claims.get("email_verified") in (True, "true") or claims.get("xms_edov") in (
        True,
        "true",
        1,
        "1",
    )
    if not verified:
        raise SignInRefused(
            f"{provider.label} has not verified the e-mail address {email}, so Accord cannot "
            "trust it to find your account. Ask your IT team, or sign in another way."
        )
    domain = email.rsplit("@", 1)[1]
    if provider.email_domains and domain not in provider.email_domains:
        raise SignInRefused(
            f"{provider.label} may sign in addresses at {', '.join(provider.email_domains)} "
            f"only, not {email}."
        )
    return email


@transaction.atomic
def oidc_user_match(*, provider: Provider, claims: dict) -> User:
    """The account the provider's verified answer belongs to; never makes one."""
    email = verified_email(provider, claims)
    subject = str(claims.get("sub") or "")[:255]
    now = timezone.now()
    identity = (
        ExternalIdentity.objects.select_related("user")
        .filter(provider=provider.name, subject=subject)
        .first()
    )
    if identity is not None:
        if identity.user.email.lower() != email:
            raise SignInRefused(
                f"{provider.label} now gives your e-mail address as {email}, but your Accord "
                "account uses another. Ask an administrator to check your account."
            )
        user = identity.user
    else:
        found = User.objects.filter(email__iexact=email).first()
        if found is None:
            raise SignInRefused(
                f"You signed in with {provider.label} as {email}, but no Accord account uses "
                "that address. Accord does not make accounts by itself: ask an administrator "
                "of Accord for one (they also give you your roles)."
            )
        user = found
        if ExternalIdentity.objects.filter(user=user, provider=provider.name).exists():
            raise SignInRefused(
                f"The Accord account for {email} is linked to another {provider.label} "
                "identity. Ask an administrator to check your account."
            )
        identity = ExternalIdentity.objects.create(
            user=user, provider=provider.name, subject=subject, last_used_at=now
        )
        audit_record(
            actor=user,
            action=AuditAction.ACCOUNTS_IDENTITY_LINK,
            obj=user,
            after={"provider": provider.name, "subject": subject, "email": email},
        )
    if not user.is_active:
        raise SignInRefused("This account has been closed.")
    ExternalIdentity.objects.filter(pk=identity.pk).update(last_used_at=now)
    return user


def logout_url(provider: Provider, id_token: str) -> str:
    """The provider's own sign-out, which returns here; "" if it offers none."""
    try:
        metadata = client(provider).load_server_metadata()
    except Exception:
        logger.info("No sign-out address from %s", provider.name, exc_info=True)
        return ""
    endpoint = metadata.get("end_session_endpoint", "")
    if not endpoint:
        return ""
    from urllib.parse import urlencode

    query = {
        "client_id": provider.client_id,
        "post_logout_redirect_uri": getattr(settings, "ACCORD_BASE_URL", "").rstrip("/") + "/",
    }
    if id_token:
        query["id_token_hint"] = id_token
    separator = "&" if "?" in endpoint else "?"
    return f"{endpoint}{separator}{urlencode(query)}"
