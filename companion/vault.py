"""Encryption at rest: what a person writes is sealed with a key only their passphrase opens.

- A random 256-bit data key encrypts every field (AES-256-GCM, pyca/cryptography), with associated data that
  binds each ciphertext to its table, column, owner and row, so a sealed value cannot be moved to another row.
- The data key is itself sealed ("wrapped") with a key derived from the passphrase by Argon2id (memory-hard;
  64 MiB, 3 passes by default; the parameters and salt are stored beside the wrapped key).
- A wrong passphrase fails the wrap's authentication tag: `WrongPassphrase`, and nothing is changed.
- Rotating the passphrase (journal.rotate) draws a new data key and re-seals every field in one transaction.
"""

from __future__ import annotations

import base64
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from pydantic import BaseModel, ConfigDict, Field

from companion.errors import CompanionError

FORMAT = 1  # first byte of every sealed value
MIN_PASSPHRASE = 8


class WrongPassphrase(CompanionError):
    """The passphrase does not open this data. Nothing was read or changed."""


class Locked(CompanionError):
    """Encrypted data was asked for and no passphrase was given."""


class Corrupt(CompanionError):
    """A sealed value failed authentication: it was altered or belongs elsewhere."""


class KdfParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    alg: str = "argon2id"
    memory_kib: int = Field(default=64 * 1024, ge=8 * 1024)
    iterations: int = Field(default=3, ge=1)
    lanes: int = Field(default=1, ge=1)
    salt: str = Field(default_factory=lambda: base64.b64encode(os.urandom(16)).decode())


def check_passphrase(passphrase: str | None) -> str:
    if passphrase is None or not passphrase.strip():
        raise Locked("a passphrase is needed: set COMPANION_PASSPHRASE or enter one when asked")
    if len(passphrase) < MIN_PASSPHRASE:
        raise CompanionError(f"a passphrase needs at least {MIN_PASSPHRASE} characters")
    return passphrase


def derive(passphrase: str, params: KdfParams) -> bytes:
    kdf = Argon2id(salt=base64.b64decode(params.salt), length=32, iterations=params.iterations,
                   lanes=params.lanes, memory_cost=params.memory_kib)
    return kdf.derive(passphrase.encode("utf-8"))


class Vault:
    """An open data key. Seal/open bytes or JSON-able values under a context string."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("a data key is 32 bytes")
        self._aead = AESGCM(key)
        self._key = key

    @classmethod
    def new(cls) -> "Vault":
        return cls(AESGCM.generate_key(bit_length=256))

    def seal(self, plaintext: bytes, context: str) -> bytes:
        nonce = os.urandom(12)
        return bytes([FORMAT]) + nonce + self._aead.encrypt(nonce, plaintext, context.encode())

    def open(self, sealed: bytes, context: str) -> bytes:
        if not sealed or sealed[0] != FORMAT:
            raise Corrupt(f"unknown sealed format in {context}")
        try:
            return self._aead.decrypt(sealed[1:13], sealed[13:], context.encode())
        except InvalidTag:
            raise Corrupt(f"a stored value failed authentication ({context})") from None

    def seal_json(self, value: object, context: str) -> bytes:
        return self.seal(json.dumps(value, ensure_ascii=False).encode("utf-8"), context)

    def open_json(self, sealed: bytes, context: str):
        return json.loads(self.open(sealed, context).decode("utf-8"))

    # -- the wrapped key ----------------------------------------------------------------------------------
    def wrap(self, passphrase: str, owner: str, params: KdfParams | None = None) -> tuple[KdfParams, bytes]:
        params = params or KdfParams()
        kek = AESGCM(derive(check_passphrase(passphrase), params))
        nonce = os.urandom(12)
        return params, nonce + kek.encrypt(nonce, self._key, _wrap_context(owner))

    @classmethod
    def unwrap(cls, passphrase: str, owner: str, params: KdfParams, wrapped: bytes) -> "Vault":
        kek = AESGCM(derive(check_passphrase(passphrase), params))
        try:
            return cls(kek.decrypt(wrapped[:12], wrapped[12:], _wrap_context(owner)))
        except InvalidTag:
            raise WrongPassphrase("that passphrase does not open this journal; nothing was changed") from None


def _wrap_context(owner: str) -> bytes:
    return f"companion-keyring:v1:{owner}".encode()
