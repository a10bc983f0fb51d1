"""65-byte recoverable secp256k1 signatures over a 32-byte digest, as EVM wallets write them for
messages (r || s || v, v = 27 + y parity), and the keys that make them.

Signing is libsecp256k1's (coincurve): RFC 6979 nonces, low S. Every signature is recovered and
compared with the signing key before it is returned. Recovery accepts v in {27, 28} and the
{0, 1} form some hardware wallets write, and any s in [1, n-1] (as ecrecover does).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from coldsign.chains.evm.address import Address, address_from_public_key
from coldsign.errors import DecodeError, NotOurs

CURVE_ORDER = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
HALF_ORDER = CURVE_ORDER // 2
WHAT = "EVM message signature"


class SupportsReveal(Protocol):
    """A secret wrapper from coldsign.keys (PrivateKey32) that hands out its 32 bytes."""

    def reveal(self) -> bytes: ...


class SelfCheckFailed(Exception):
    """A signature we made does not recover our own key: a bug; nothing is returned."""


@dataclass(frozen=True)
class EvmSignature:
    """r, s and v (27 or 28) of a message signature."""

    r: int
    s: int
    v: int

    def __post_init__(self) -> None:
        if not (0 < self.r < CURVE_ORDER and 0 < self.s < CURVE_ORDER):
            raise ValueError("r and s must be in [1, n-1]")
        if self.v not in (27, 28):
            raise ValueError("v must be 27 or 28")

    @property
    def is_low_s(self) -> bool:
        return self.s <= HALF_ORDER

    def to_bytes(self) -> bytes:
        """r || s || v, 65 bytes (the form personal_sign and eth_signTypedData return)."""
        return self.r.to_bytes(32, "big") + self.s.to_bytes(32, "big") + bytes([self.v])

    @property
    def hex(self) -> str:
        return "0x" + self.to_bytes().hex()

    @classmethod
    def from_bytes(cls, raw: bytes) -> EvmSignature:
        """Decode r || s || v; v 0/1 is read as 27/28. DecodeError for anything else."""
        raw = bytes(raw)
        if len(raw) != 65:
            raise DecodeError(WHAT, f"{len(raw)} bytes (must be 65)")
        v = raw[64]
        if v in (0, 1):
            v += 27
        if v not in (27, 28):
            raise DecodeError(WHAT, f"v = {raw[64]} (must be 27, 28, 0 or 1)")
        r, s = int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:64], "big")
        if not (0 < r < CURVE_ORDER and 0 < s < CURVE_ORDER):
            raise DecodeError(WHAT, "r or s out of range")
        return cls(r, s, v)

    @classmethod
    def from_hex(cls, text: str) -> EvmSignature:
        """Decode "0x" + 130 hex digits (the 0x is optional)."""
        if not isinstance(text, str):
            raise DecodeError(WHAT, "not text")
        body = text.strip().removeprefix("0x").removeprefix("0X")
        if len(body) != 130:
            raise DecodeError(WHAT, "expected 65 bytes as 130 hex digits")
        try:
            raw = bytes.fromhex(body)
        except ValueError:
            raise DecodeError(WHAT, "invalid hex") from None
        return cls.from_bytes(raw)


def _secret(key: SupportsReveal | bytes) -> bytes:
    secret = bytes(key) if isinstance(key, bytes | bytearray) else key.reveal()
    if len(secret) != 32:
        raise ValueError("a private key is 32 bytes")
    return secret


def sign_digest(key: SupportsReveal | bytes, digest: bytes) -> EvmSignature:
    """Sign a 32-byte digest (RFC 6979, low S); the result is checked by recovery."""
    from coincurve import PrivateKey

    if len(digest) != 32:
        raise ValueError("digest must be 32 bytes")
    try:
        private = PrivateKey(_secret(key))
    except ValueError:
        raise ValueError("private key is not a valid secp256k1 scalar") from None
    compact = private.sign_recoverable(digest, hasher=None)
    recid = compact[64]
    if recid > 1:  # R.x >= n: probability about 2^-128
        raise SelfCheckFailed("recovery id above 1")
    sig = EvmSignature(
        int.from_bytes(compact[:32], "big"), int.from_bytes(compact[32:64], "big"), 27 + recid
    )
    if not sig.is_low_s or recover_digest(digest, sig) != address_from_public_key(
        private.public_key.format()
    ):
        raise SelfCheckFailed("signature does not recover to the signing key")
    return sig


def recover_digest(digest: bytes, signature: EvmSignature) -> Address | None:
    """The address whose key signed `digest`, or None if no key recovers."""
    from coincurve import PublicKey

    compact = signature.to_bytes()[:64] + bytes([signature.v - 27])
    try:
        point = PublicKey.from_signature_and_message(compact, digest, hasher=None)
    except ValueError:
        return None
    return address_from_public_key(point.format(compressed=False))


def with_seed_key(
    seed: object,
    path: str | Sequence[int],
    expected_address: Address | None,
    use: Callable[[SupportsReveal], EvmSignature],
) -> EvmSignature:
    """Derive the BIP-32 key at `path` below `seed` (a keys.secrets.Seed) and call `use` with it.

    NotOurs before signing if `expected_address` is given and the key's address differs (the
    wallet names address and path; both must agree). Keys are wiped afterwards (best effort).
    """
    from coldsign.keys.hd import ExtendedPrivateKey
    from coldsign.keys.secrets import Seed

    if not isinstance(seed, Seed):
        raise TypeError("seed must be a coldsign.keys.secrets.Seed")
    root = ExtendedPrivateKey.from_seed(seed)
    child = None
    try:
        child = root.derive(path)
        if expected_address is not None:
            derived = address_from_public_key(child.public_key)
            if derived != expected_address:
                raise NotOurs(
                    f"the key at the wallet's path has address {derived}, "
                    f"not the wallet address {expected_address}"
                )
        private = child.private_key()
        try:
            return use(private)
        finally:
            private.wipe()
    finally:
        if child is not None:
            child.wipe()
        root.wipe()
