"""Typed reading of environment variables that fails loudly on a bad value.

Every setting Accord reads from the environment goes through these helpers, so a
typo such as ``ACCORD_DEBUG=ture`` stops start-up with a message instead of being
silently read as false.
"""

from __future__ import annotations

import os
from pathlib import Path


class ConfigurationError(Exception):
    """An environment variable holds a value Accord cannot use."""


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str | None = None) -> str:
    """A string, or the contents of the file named by ``NAME_FILE`` (for secrets)."""
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        try:
            return Path(file_name).read_text().strip()
        except OSError as error:
            raise ConfigurationError(
                f"{name}_FILE names {file_name!r}, which cannot be read: {error}"
            ) from None
    value = os.environ.get(name)
    if value is None:
        if default is None:
            raise ConfigurationError(f"{name} must be set.")
        return default
    return value


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ConfigurationError(f"{name}={raw!r} is not a yes/no value; use true or false.")


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a whole number.") from None
    if minimum is not None and value < minimum:
        raise ConfigurationError(f"{name}={value} is below the minimum of {minimum}.")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    """One of a few words, such as ``text`` or ``json``."""
    value = env_str(name, default).strip().lower()
    if value not in choices:
        raise ConfigurationError(f"{name}={value!r} is not one of: {', '.join(choices)}.")
    return value


def env_json_object(name: str) -> dict:
    """A JSON object (``{"bucket_name": "accord"}``), empty when unset."""
    import json

    raw = env_str(name, "").strip()
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError as error:
        raise ConfigurationError(f"{name} is not valid JSON: {error}.") from None
    if not isinstance(value, dict):
        raise ConfigurationError(f'{name} must be a JSON object, such as {{"key": "value"}}.')
    return value


def env_int_list(name: str, default: list[int]) -> list[int]:
    """A comma-separated list of whole numbers, such as ``14,7,1,-1``."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        return [int(item) for item in raw.split(",") if item.strip()]
    except ValueError:
        raise ConfigurationError(
            f"{name}={raw!r} is not a comma-separated list of whole numbers."
        ) from None


def env_networks(name: str, default: list[str]) -> list[str]:
    """A comma-separated list of IP networks or addresses (``10.20.0.0/16,192.0.2.7``),
    each checked; kept as text so settings stay plain."""
    import ipaddress

    values = env_list(name, default)
    for value in values:
        try:
            ipaddress.ip_network(value, strict=False)
        except ValueError:
            raise ConfigurationError(
                f"{name} holds {value!r}, which is not an IP network such as 10.20.0.0/16 "
                "or an address such as 192.0.2.7."
            ) from None
    return values


def env_oidc_providers(name: str = "ACCORD_OIDC_PROVIDERS") -> list[dict]:
    """The single sign-on providers: ``ACCORD_OIDC_PROVIDERS=entra,nhsmail`` names them, and
    each name's own variables describe it (``ACCORD_OIDC_ENTRA_DISCOVERY_URL`` and so on)."""
    import re
    from urllib.parse import urlsplit

    providers = []
    for provider in env_list(name, []):
        if not re.fullmatch(r"[a-z][a-z0-9]{0,30}", provider):
            raise ConfigurationError(
                f"{name} holds {provider!r}: each provider's name must be lower-case letters "
                "and digits, such as entra or nhsmail."
            )
        prefix = f"ACCORD_OIDC_{provider.upper()}_"
        discovery = env_str(prefix + "DISCOVERY_URL")
        parts = urlsplit(discovery)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise ConfigurationError(f"{prefix}DISCOVERY_URL={discovery!r} is not a web address.")
        providers.append(
            {
                "name": provider,
                "label": env_str(prefix + "LABEL", provider.capitalize()),
                "discovery_url": discovery,
                "origin": f"{parts.scheme}://{parts.netloc}",
                "client_id": env_str(prefix + "CLIENT_ID"),
                "client_secret": env_str(prefix + "CLIENT_SECRET"),
                "scopes": env_str(prefix + "SCOPES", "openid email profile"),
                "email_domains": [
                    d.lower().lstrip("@") for d in env_list(prefix + "EMAIL_DOMAINS", [])
                ],
            }
        )
    return providers
