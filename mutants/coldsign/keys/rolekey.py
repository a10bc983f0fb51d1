"""Role keys: the secp256k1 keys that admins, approvers and ceremony leads sign with.

A role key is a private scalar sealed in a passphrase envelope (`coldsign.keys.envelope`, kind
``coldsign-role-key``) whose public label carries the role, the holder's name and the compressed
public key, so `coldsign key pub` works without the passphrase. Signatures are BIP-340 Schnorr
over a 32-byte message; the signing key's public identity is its 33-byte compressed SEC1 key,
verified through its x-only form (BIP-340 §"Public Key Generation"), so ``02||x`` and ``03||x`` are
the same signer and callers that count distinct signers must compare `xonly()` values.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Final

import coincurve

from coldsign.errors import AuthenticationError, DecodeError
from coldsign.keys import envelope
from coldsign.keys.secrets import Passphrase, Secret

KIND: Final = "coldsign-role-key"
NAME_PATTERN: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
_PUBLIC_HEX = re.compile(r"[0-9a-fA-F]{66}")


class Role(enum.Enum):
    """What a role key signs: policies and whitelists (admin), withdrawal approvals (approver),
    the payloads they build (initiator), ceremony transcripts (lead)."""

    ADMIN = "admin"
    APPROVER = "approver"
    INITIATOR = "initiator"
    CEREMONY_LEAD = "lead"

    @classmethod
    def parse(cls, text: str) -> Role:
        """`admin`, `approver`, `initiator` or `lead`; anything else is a DecodeError naming the
        role field."""
        for role in cls:
            if role.value == text:
                return role
        raise DecodeError("role", "must be one of admin, approver, initiator, lead")


@dataclass(frozen=True)
class RoleKeyInfo:
    """The public part of a role key file (a claim until the file is opened with its passphrase)."""

    role: Role
    name: str
    public_key: bytes  # 33-byte compressed SEC1

    @property
    def public_key_hex(self) -> str:
        return self.public_key.hex()


class RoleKey(Secret):
    """A role's secp256k1 private key. Redacted: shows only role, name and public key."""

    __slots__ = ("_public_key", "name", "role")

    def __init__(self, role: Role, name: str, secret: bytes | bytearray) -> None:
        """Wrap a 32-byte scalar; ValueError if it is not a valid secp256k1 key (1 <= k < n)."""
        if not isinstance(role, Role):
            raise TypeError("role must be a Role")
        if not valid_name(name):
            raise ValueError(f"name must be {_NAME_RULE}")
        if len(secret) != 32:
            raise ValueError("a role key is a 32-byte scalar")
        try:
            public = coincurve.PrivateKey(bytes(secret)).public_key.format(compressed=True)
        except ValueError:
            raise ValueError("not a valid secp256k1 private key") from None
        super().__init__(secret)
        self.role = role
        self.name = name
        self._public_key: bytes = public

    def _label(self) -> str:
        return f"{self.role.value} {self.name} {self._public_key.hex()}"

    @property
    def public_key(self) -> bytes:
        """The 33-byte compressed public key (what goes into the policy's ``key = "…"``)."""
        return self._public_key

    @property
    def info(self) -> RoleKeyInfo:
        return RoleKeyInfo(self.role, self.name, self._public_key)

    def reveal_secret(self) -> bytes:
        """The raw 32-byte scalar (sealing only). Every caller is a place the secret is used."""
        if not self._material:
            raise ValueError("this role key was wiped")
        return bytes(self._material)


def generate_role_key(role: Role, name: str) -> RoleKey:
    """A fresh key from the OS CSPRNG (coincurve draws os.urandom until the scalar is valid)."""
    return RoleKey(role, name, coincurve.PrivateKey().secret)


def seal_role_key(
    key: RoleKey, passphrase: Passphrase, *, kdf_n: int = envelope.DEFAULT_KDF_N
) -> bytes:
    """The bytes of an encrypted role key file (JSON envelope; write it with mode 0600)."""
    public = {"role": key.role.value, "name": key.name, "public_key": key.public_key.hex()}
    return envelope.seal(key.reveal_secret(), passphrase, kind=KIND, public=public, kdf_n=kdf_n)


def open_role_key(blob: bytes, passphrase: Passphrase) -> RoleKey:
    """Decrypt a role key file. DecodeError (exit 3) if malformed; AuthenticationError (exit 5) for
    a wrong passphrase, any change to the file, or a label that does not match the key inside."""
    info = role_key_public(blob)
    secret = envelope.open_sealed(blob, passphrase, kind=KIND)
    try:
        key = RoleKey(info.role, info.name, secret)
    except ValueError:
        # Only someone holding the passphrase could have sealed this, but still: refuse.
        raise AuthenticationError(["role key file holds an invalid private key"]) from None
    if key.public_key != info.public_key:
        key.wipe()
        raise AuthenticationError(["role key file: public key label does not match the key inside"])
    return key


def role_key_public(blob: bytes) -> RoleKeyInfo:
    """Role, name and public key from a role key file, without the passphrase. DecodeError only."""
    public = envelope.read_public(blob, KIND)
    if set(public) != {"role", "name", "public_key"}:
        raise DecodeError("role key file", "label must hold exactly role, name and public_key")
    role = Role.parse(public["role"])
    if not valid_name(public["name"]):
        raise DecodeError("role key name", _NAME_RULE)
    return RoleKeyInfo(
        role, public["name"], parse_public_key(public["public_key"], "role key public_key")
    )


def parse_public_key(hex_text: str, what: str = "public key") -> bytes:
    """A compressed secp256k1 public key from 66 hex characters (either case); DecodeError naming
    `what` if it is not 66 hex characters, not 02/03-prefixed, or not a point on the curve."""
    if not isinstance(hex_text, str) or not _PUBLIC_HEX.fullmatch(hex_text):
        raise DecodeError(what, "must be 66 hex characters (a compressed public key)")
    raw = bytes.fromhex(hex_text)
    if raw[0] not in (2, 3):
        raise DecodeError(what, "must be compressed (start with 02 or 03)")
    try:
        coincurve.PublicKey(raw)
    except ValueError:
        raise DecodeError(what, "not a point on secp256k1") from None
    return raw


def xonly(public_key33: bytes) -> bytes:
    """The 32-byte x-only form (BIP-340) of a compressed key: the signer's identity for counting."""
    if len(public_key33) != 33 or public_key33[0] not in (2, 3):
        raise ValueError("expected a 33-byte compressed public key")
    return bytes(public_key33[1:])


def schnorr_sign(key: RoleKey, msg32: bytes, *, aux_rand: bytes | None = None) -> bytes:
    """BIP-340 signature (64 bytes) of the 32-byte `msg32`, with fresh 32-byte aux randomness.

    `aux_rand` exists only to reproduce the BIP-340 test vectors; callers leave it out. The
    signature is verified before it is returned (coincurve does this inside libsecp256k1).
    """
    if not isinstance(msg32, bytes) or len(msg32) != 32:
        raise ValueError("BIP-340 signing here takes a 32-byte message")
    if aux_rand is not None and len(aux_rand) != 32:
        raise ValueError("aux_rand must be 32 bytes")
    private = coincurve.PrivateKey(key.reveal_secret())
    signature: bytes = private.sign_schnorr(msg32, aux_rand if aux_rand is not None else b"")
    if not schnorr_verify(key.public_key, msg32, signature):
        raise AuthenticationError(["a role key signature failed to verify; nothing was signed"])
    return signature


def schnorr_verify(public_key33: bytes, msg32: bytes, sig64: bytes) -> bool:
    """True iff `sig64` is a valid BIP-340 signature of `msg32` by the x-only form of the compressed
    key `public_key33`. Never raises: wrong types, lengths or invalid points give False."""
    if not (
        isinstance(public_key33, bytes) and isinstance(msg32, bytes) and isinstance(sig64, bytes)
    ):
        return False
    # Lengths are checked here because libsecp256k1 reads fixed-size buffers.
    if (
        len(public_key33) != 33
        or public_key33[0] not in (2, 3)
        or len(msg32) != 32
        or len(sig64) != 64
    ):
        return False
    try:
        coincurve.PublicKey(public_key33)  # the full point must be valid, not only its x
        return bool(coincurve.PublicKeyXOnly(public_key33[1:]).verify(sig64, msg32))
    except ValueError:
        return False


_NAME_RULE: Final = "1 to 64 of A-Z a-z 0-9 . _ @ -, starting with a letter or digit"


def valid_name(name: object) -> bool:
    """Whether `name` is an acceptable role-key holder name (see NAME_PATTERN)."""
    return isinstance(name, str) and NAME_PATTERN.fullmatch(name) is not None
