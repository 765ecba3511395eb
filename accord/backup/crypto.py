"""The passphrase: one scrypt derivation gives the key that encrypts the seal and audit
keys (AES-256-GCM) and the key that authenticates the manifest (HMAC-SHA256), so nobody
without the passphrase can change a file in the archive and the manifest to match."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from accord.core.errors import Conflict

# scrypt at N=2^17, r=8, p=1 (128 MiB, about half a second): the cost OWASP suggests, so
# guessing passphrases against a stolen archive is slow.
DEFAULT_N = 2**17
MAX_N = 2**20  # the manifest names N; a hostile one must not make restore run for hours
MIN_PASSPHRASE = 12
_SECRETS_AAD = b"accord-backup-secrets-v1"
_CHECK = b"accord-backup-passphrase-check-v1"


class BackupRefused(Conflict):
    """A backup or restore that cannot go ahead; the text says why and what to do."""


@dataclass(frozen=True)
class Keys:
    encryption: bytes
    authentication: bytes

    def check_value(self) -> str:
        return hmac.new(self.authentication, _CHECK, hashlib.sha256).hexdigest()

    def sign(self, manifest: bytes) -> str:
        return hmac.new(self.authentication, manifest, hashlib.sha256).hexdigest()

    def signature_matches(self, manifest: bytes, signature: str) -> bool:
        return hmac.compare_digest(self.sign(manifest), signature.strip())

    def encrypt(self, data: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + AESGCM(self.encryption).encrypt(nonce, data, _SECRETS_AAD)

    def decrypt(self, data: bytes) -> bytes:
        try:
            return AESGCM(self.encryption).decrypt(data[:12], data[12:], _SECRETS_AAD)
        except InvalidTag:
            raise BackupRefused(
                "The encrypted keys in this archive cannot be read with this passphrase: "
                "the archive has been changed."
            ) from None


def new_kdf_parameters() -> dict:
    return {"name": "scrypt", "salt": os.urandom(16).hex(), "n": DEFAULT_N, "r": 8, "p": 1}


def derive(passphrase: str, parameters: dict) -> Keys:
    try:
        salt = bytes.fromhex(parameters["salt"])
        n, r, p = int(parameters["n"]), int(parameters["r"]), int(parameters["p"])
    except (KeyError, TypeError, ValueError):
        raise BackupRefused(
            "The archive's manifest is damaged: it names no usable key derivation."
        ) from None
    if parameters.get("name") != "scrypt" or not (2 <= n <= MAX_N and 1 <= r <= 32 and p == 1):
        raise BackupRefused("The archive's manifest names a key derivation Accord does not accept.")
    derived = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return Keys(encryption=derived[:32], authentication=derived[32:])
