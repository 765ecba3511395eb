"""The key and certificate this Accord seals documents with, and the roots it trusts.

A deployment names its own material in settings: ``ACCORD_SEAL_CERT`` and
``ACCORD_SEAL_KEY`` (PEM or DER files), or ``ACCORD_SEAL_PKCS12`` with
``ACCORD_SEAL_PKCS12_PASSWORD``; ``ACCORD_SEAL_CA`` names the certificate(s) of the
authority that issued it. With nothing configured (development, tests, a fresh
clone) Accord makes a local authority and a seal certificate on first use and keeps
them under ``DATA_DIR / "seal"``, so every later seal and check uses the same ones.
Several app hosts must seal with one certificate, or each would reject the others'
files: configure the settings on all of them (or share that folder).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from django.conf import settings
from pyhanko.keys import load_certs_from_pemder
from pyhanko.sign.signers import SimpleSigner
from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
from pyhanko_certvalidator import ValidationContext

from accord.env import ConfigurationError

T = TypeVar("T")

CA_FILE = "authority.pem"
CERT_FILE = "seal.pem"
KEY_FILE = "seal-key.pem"


@dataclass(frozen=True)
class SealMaterial:
    signer: SimpleSigner
    trust_roots: tuple[asn1_x509.Certificate, ...]


_cache: dict[tuple, SealMaterial] = {}
_lock = threading.Lock()


def _setting(name: str) -> str:
    return getattr(settings, name, "") or ""


def seal_material() -> SealMaterial:
    """The signer and trust roots for the current settings, loaded once per process."""
    key = (
        _setting("ACCORD_SEAL_CERT"),
        _setting("ACCORD_SEAL_KEY"),
        _setting("ACCORD_SEAL_PKCS12"),
        _setting("ACCORD_SEAL_CA"),
        str(settings.DATA_DIR),
    )
    with _lock:
        if key not in _cache:
            _cache[key] = _load()
        return _cache[key]


def forget_loaded_material() -> None:
    """Read the seal from disk again on next use (after a restore put another one there)."""
    with _lock:
        _cache.clear()


def _load() -> SealMaterial:
    cert, private_key, pkcs12 = (
        _setting("ACCORD_SEAL_CERT"),
        _setting("ACCORD_SEAL_KEY"),
        _setting("ACCORD_SEAL_PKCS12"),
    )
    authority = _setting("ACCORD_SEAL_CA")
    if pkcs12:
        password = _setting("ACCORD_SEAL_PKCS12_PASSWORD")
        signer = SimpleSigner.load_pkcs12(
            pkcs12,
            ca_chain_files=[authority] if authority else None,
            passphrase=password.encode() if password else None,
        )
        source = f"ACCORD_SEAL_PKCS12 ({pkcs12})"
    elif cert or private_key:
        if not (cert and private_key):
            raise ConfigurationError("ACCORD_SEAL_CERT and ACCORD_SEAL_KEY must be set together.")
        password = _setting("ACCORD_SEAL_KEY_PASSWORD")
        signer = SimpleSigner.load(
            private_key,
            cert,
            ca_chain_files=[authority] if authority else None,
            key_passphrase=password.encode() if password else None,
        )
        source = f"ACCORD_SEAL_CERT and ACCORD_SEAL_KEY ({cert}, {private_key})"
    else:
        folder = local_seal_folder()
        signer = SimpleSigner.load(
            str(folder / KEY_FILE), str(folder / CERT_FILE), ca_chain_files=[str(folder / CA_FILE)]
        )
        authority = str(folder / CA_FILE)
        source = f"the local seal in {folder}"
    if signer is None:
        # pyHanko logs the reason and returns None rather than raising.
        raise ConfigurationError(f"The seal key and certificate could not be read from {source}.")
    if authority:
        roots = tuple(load_certs_from_pemder([authority]))
    else:
        # A deployment that names no authority trusts exactly its own seal certificate.
        roots = (signer.signing_cert,)
    return SealMaterial(signer=signer, trust_roots=roots)


def local_seal_folder() -> Path:
    """``DATA_DIR / "seal"``, made on first use with a new authority and seal certificate."""
    folder = Path(settings.DATA_DIR) / "seal"
    if (folder / KEY_FILE).exists():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    # Made in a private temporary folder and renamed into place in one step, so two
    # processes starting at once cannot end up with halves of two different seals.
    workspace = Path(tempfile.mkdtemp(prefix="seal-", dir=folder.parent))
    try:
        _write_new_seal(workspace)
        try:
            workspace.rename(folder)
        except OSError:
            if not (folder / KEY_FILE).exists():
                raise
    finally:
        if workspace.exists():
            shutil.rmtree(workspace)
    return folder


def _name(common_name: str) -> x509.Name:
    site = getattr(settings, "ACCORD_SITE_NAME", "Accord")
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, site),
        ]
    )


def _write_new_seal(folder: Path) -> None:
    site = getattr(settings, "ACCORD_SITE_NAME", "Accord")
    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    # Elliptic-curve keys: pyHanko parses the private key afresh for every signature,
    # and parsing an RSA key (which checks it at length) costs 0.15 s; P-256 costs 1 ms.
    authority_key = ec.generate_private_key(ec.SECP256R1())
    authority_name = _name(f"{site} local seal authority")
    authority = (
        x509.CertificateBuilder()
        .subject_name(authority_name)
        .issuer_name(authority_name)
        .public_key(authority_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        # Sealed agreements are read for decades and B-B seals carry no timestamp to
        # validate against, so the local certificates outlive any agreement's term.
        .not_valid_after(now + dt.timedelta(days=365 * 40))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(sign_certificates=True), critical=True)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(authority_key.public_key()), critical=False
        )
        .sign(authority_key, hashes.SHA256())
    )
    seal_key = ec.generate_private_key(ec.SECP256R1())
    seal = (
        x509.CertificateBuilder()
        .subject_name(_name(f"{site} document seal"))
        .issuer_name(authority_name)
        .public_key(seal_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=365 * 35))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(sign_certificates=False), critical=True)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(seal_key.public_key()), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(authority_key.public_key()),
            critical=False,
        )
        .sign(authority_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    _write_private(folder / CA_FILE, authority.public_bytes(pem))
    _write_private(folder / CERT_FILE, seal.public_bytes(pem))
    _write_private(
        folder / KEY_FILE,
        seal_key.private_bytes(
            pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
    )
    # The authority's private key is deliberately not kept: it has issued the one seal
    # certificate it ever will, so nobody who reads this folder can mint another.


def _key_usage(*, sign_certificates: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not sign_certificates,
        content_commitment=not sign_certificates,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=sign_certificates,
        crl_sign=sign_certificates,
        encipher_only=False,
        decipher_only=False,
    )


def _write_private(path: Path, data: bytes) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


# --- sealing data that is not a PDF ----------------------------------------------------


def outside_event_loop(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Call one of pyHanko's blocking functions from any thread.

    They run their own asyncio loop, which Python refuses to start in a thread that
    already runs one (an ASGI server, Playwright's synchronous API): there, the call
    is made in a short-lived worker thread instead.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return function(*args, **kwargs)
    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(function, *args, **kwargs).result()


def seal_bytes(data: bytes) -> bytes:
    """A detached CMS (PKCS #7) signature of ``data`` with the seal key, DER-encoded:
    anyone can check it with the seal certificate (``openssl cms -verify``)."""
    signer = seal_material().signer
    signed = outside_event_loop(
        lambda: asyncio.run(signer.async_sign_general_data(data, "sha256", detached=True))
    )
    return signed.dump()


def load_trust_roots(path: str) -> tuple[asn1_x509.Certificate, ...]:
    """Certificates (PEM or DER) to trust instead of this instance's own."""
    return tuple(load_certs_from_pemder([path]))


def check_sealed_bytes(
    data: bytes, signature: bytes, trust_roots: Iterable[asn1_x509.Certificate] | None = None
) -> str | None:
    """Why ``signature`` is not a valid seal of exactly ``data`` by a certificate the
    trust roots vouch for (the instance's own by default), or None when it is."""
    try:
        content = cms.ContentInfo.load(signature)
        signed_data = content["content"]
        context = ValidationContext(trust_roots=list(trust_roots or seal_material().trust_roots))
        status = outside_event_loop(
            lambda: asyncio.run(
                async_validate_detached_cms(data, signed_data, signer_validation_context=context)
            )
        )
    except Exception as error:  # any malformed signature is simply not a seal
        return f"the signature cannot be read ({error.__class__.__name__})"
    if not status.intact:
        return "the signed content has been changed"
    if not status.valid or status.trust_problem_indic is not None:
        return "the signature was not made with a seal certificate this Accord trusts"
    return None
