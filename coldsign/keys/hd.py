"""BIP-32 extended private keys (secret material; the public half is `coldsign.codec.bip32`).

Child-key derivation is done with hmac/hashlib and libsecp256k1's scalar tweak through coincurve
(no hand-rolled curve arithmetic), because the signer derives one key per input and must stay
fast. Private extended keys are `Secret`s and are printed only by `reveal_xprv`.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from typing import Any

from coldsign.codec import base58
from coldsign.codec.bip32 import (
    CURVE_ORDER,
    HARDENED,
    MAX_DEPTH,
    TPRV,
    XPRV,
    ExtendedPublicKey,
    as_path,
    ckd_digest,
    decode_extended_key,
    key_family,
    known_child_key,
    ser32,
)
from coldsign.errors import DecodeError
from coldsign.keys.secrets import PrivateKey32, Secret, Seed
from coldsign.units import Network


class _Tweaker:
    """libsecp256k1's seckey_tweak_add through coincurve's bindings, with one scratch buffer for
    the process (zeroed after every use): coincurve's PrivateKey computes two public keys in its
    constructor, which would triple the cost of every child, and the import and buffer of each
    call cost as much as the addition itself."""

    def __init__(self) -> None:
        from coincurve._libsecp256k1 import ffi, lib
        from coincurve.context import GLOBAL_CONTEXT

        self.ffi: Any = ffi
        self.lib: Any = lib
        self.ctx: Any = GLOBAL_CONTEXT.ctx
        self.buffer: Any = ffi.new("unsigned char [32]")

    def add(self, secret: bytes | bytearray, tweak: bytes) -> bytes:
        ffi, buffer = self.ffi, self.buffer
        ffi.memmove(buffer, secret, 32)
        try:
            if len(tweak) != 32 or not self.lib.secp256k1_ec_seckey_tweak_add(
                self.ctx, buffer, tweak
            ):
                raise ValueError("tweak out of range or zero result")
            return bytes(ffi.buffer(buffer, 32))
        finally:
            ffi.memmove(buffer, _ZERO32, 32)


_ZERO32 = bytes(32)
_TWEAKER: _Tweaker | None = None


def _tweak_secret(secret: bytes | bytearray, tweak: bytes) -> bytes:
    """(secret + tweak) mod n via libsecp256k1; ValueError if tweak >= n or the sum is zero."""
    global _TWEAKER
    if _TWEAKER is None:
        try:
            _TWEAKER = _Tweaker()
        except ImportError:  # another coincurve layout: same result, slower
            from coincurve import PrivateKey

            return bytes(PrivateKey(bytes(secret)).add(tweak).secret)
    return _TWEAKER.add(secret, tweak)


class ExtendedPrivateKey(Secret):
    """A BIP-32 extended private key: redacted, unpicklable; printed only by `reveal_xprv`."""

    __slots__ = (
        "_chain_code",
        "_children",
        "_public",
        "child_number",
        "depth",
        "network",
        "parent_fingerprint",
    )

    def __init__(
        self,
        key: bytes,
        chain_code: bytes,
        *,
        depth: int = 0,
        parent_fingerprint: bytes = b"\0\0\0\0",
        child_number: int = 0,
        network: Network = Network.MAINNET,
    ) -> None:
        if len(key) != 32 or not 0 < int.from_bytes(key, "big") < CURVE_ORDER:
            raise ValueError("private key out of range")
        super().__init__(key)
        self._chain_code = bytes(chain_code)
        self.depth = depth
        self.parent_fingerprint = parent_fingerprint
        self.child_number = child_number
        self.network = key_family(network)
        self._public: ExtendedPublicKey | None = None
        # Non-hardened children, kept so that deriving i = 0..999 below an account key computes
        # the branch key once (BIP-44 change level) instead of a thousand times.
        self._children: dict[int, ExtendedPrivateKey] = {}

    def _label(self) -> str:
        return self.fingerprint.hex() if self._material else "wiped"

    @classmethod
    def from_seed(cls, seed: Seed, network: Network = Network.MAINNET) -> ExtendedPrivateKey:
        """BIP-32 master key: HMAC-SHA512("Bitcoin seed", seed)."""
        digest = hmac.new(b"Bitcoin seed", seed.reveal(), hashlib.sha512).digest()
        try:
            return cls(digest[:32], digest[32:], network=network)
        except ValueError:
            raise DecodeError("seed", "derives an invalid master key (use another seed)") from None

    def public(self) -> ExtendedPublicKey:
        """The matching extended public key (watch-only)."""
        if self._public is None:
            from coincurve import PublicKey

            point = PublicKey.from_valid_secret(bytes(self._material)).format(compressed=True)
            self._public = ExtendedPublicKey(
                depth=self.depth,
                parent_fingerprint=self.parent_fingerprint,
                child_number=self.child_number,
                chain_code=self._chain_code,
                public_key=point,
                network=self.network,
            )
        return self._public

    @property
    def fingerprint(self) -> bytes:
        return self.public().fingerprint

    @property
    def public_key(self) -> bytes:
        return self.public().public_key

    def private_key(self) -> PrivateKey32:
        return PrivateKey32(bytes(self._material))

    def derive(self, path: int | Sequence[int] | str) -> ExtendedPrivateKey:
        """CKDpriv along `path` (hardened and non-hardened steps)."""
        steps = as_path(path)
        if self.depth + len(steps) > MAX_DEPTH:
            raise DecodeError("derivation path", f"deeper than {MAX_DEPTH} levels")
        key = self
        for index in steps:
            if not 0 <= index <= 0xFFFFFFFF:
                raise DecodeError("derivation path", f"index {index} out of range")
            key = key._child(index)
        return key

    def child_secret(self, index: int) -> PrivateKey32:
        """The private key of child `index` alone (CKDpriv without building the extended key):
        what a signer needs of the key it signs with. Derived on every call, never kept."""
        if self.depth + 1 > MAX_DEPTH:
            raise DecodeError("derivation path", f"deeper than {MAX_DEPTH} levels")
        if not 0 <= index <= 0xFFFFFFFF:
            raise DecodeError("derivation path", f"index {index} out of range")
        if index >= HARDENED:
            data = b"\0" + bytes(self._material) + ser32(index)
            digest = hmac.digest(self._chain_code, data, "sha512")
        else:
            public = self._public or self.public()
            digest = ckd_digest(self._chain_code, public.public_key, index, keep=False)
        try:
            return PrivateKey32(_tweak_secret(self._material, digest[:32]))
        except ValueError:
            raise DecodeError("derivation path", f"index {index} gives an invalid key") from None

    def known_child_key(self, index: int) -> bytes | None:
        """The compressed public key of non-hardened child `index` if this process derived it
        from the matching xpub already (spend analysis, `coldsign.codec.bip32`); else None."""
        if not 0 <= index < HARDENED:
            return None
        return known_child_key(self._chain_code, self.public_key, index)

    def _child(self, index: int) -> ExtendedPrivateKey:
        cached = self._children.get(index)
        if cached is not None:
            return cached
        if index >= HARDENED:
            data = b"\0" + bytes(self._material) + ser32(index)
            digest = hmac.new(self._chain_code, data, hashlib.sha512).digest()
        else:
            # Public data: the spend analysis computed this I for the same child already.
            digest = ckd_digest(self._chain_code, self.public_key, index, keep=False)
        try:
            child_key = _tweak_secret(self._material, digest[:32])
        except ValueError:
            raise DecodeError("derivation path", f"index {index} gives an invalid key") from None
        child = ExtendedPrivateKey(
            child_key,
            digest[32:],
            depth=self.depth + 1,
            parent_fingerprint=self.fingerprint,
            child_number=index,
            network=self.network,
        )
        if index < HARDENED:
            self._children[index] = child
        return child

    def reveal_xprv(self, version: bytes | None = None) -> str:
        """The xprv/tprv string. Secret: for test vectors and explicit, operator-asked export."""
        if version is None:
            version = XPRV if self.network is Network.MAINNET else TPRV
        payload = (
            version
            + bytes([self.depth])
            + self.parent_fingerprint
            + ser32(self.child_number)
            + self._chain_code
            + b"\0"
            + bytes(self._material)
        )
        return base58.encode_check(payload)

    def wipe(self) -> None:
        # Iterative: a cached chain of children can be as deep as a path (up to 255 levels, or
        # deeper in a hostile PSBT), and recursion would overflow the stack.
        pending: list[ExtendedPrivateKey] = [self]
        while pending:
            key = pending.pop()
            pending.extend(key._children.values())
            key._children.clear()
            key._public = None
            Secret.wipe(key)


def parse_extended_key(text: str) -> ExtendedPublicKey | ExtendedPrivateKey:
    """Decode an xpub/xprv (or tpub/tprv, SLIP-132 forms). DecodeError with the reason otherwise."""
    raw = decode_extended_key(text)
    if not raw.private:
        return ExtendedPublicKey(
            raw.depth, raw.parent_fingerprint, raw.child_number, raw.chain_code, raw.key_data,
            raw.network,
        )  # fmt: skip
    return ExtendedPrivateKey(
        raw.key_data[1:],
        raw.chain_code,
        depth=raw.depth,
        parent_fingerprint=raw.parent_fingerprint,
        child_number=raw.child_number,
        network=raw.network,
    )
