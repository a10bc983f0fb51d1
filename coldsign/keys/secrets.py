"""Wrapper types for secret material: redacted repr/str, no pickling, constant-time equality.

Every way out of a wrapper is a method whose name starts with `reveal`, so `grep reveal` lists
every place a secret is used. `wipe()` zeroes the wrapper's own buffer; it is best effort only
(Python copies bytes freely); the real guarantee is the amnesic, offline machine.
"""

from __future__ import annotations

import hmac
from typing import NoReturn

from coldsign.errors import DecodeError


class Secret:
    """Base of every secret type: holds bytes in a bytearray it can zero."""

    __slots__ = ("__weakref__", "_material")

    def __init__(self, material: bytes | bytearray) -> None:
        if not isinstance(material, bytes | bytearray):
            raise TypeError("secret material must be bytes")
        self._material = bytearray(material)

    def _label(self) -> str:
        return ""

    def __repr__(self) -> str:
        label = self._label()
        middle = f" {label}" if label else ""
        return f"<{type(self).__name__}{middle} (redacted)>"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __reduce__(self) -> NoReturn:
        raise TypeError(f"refusing to pickle {type(self).__name__} (secret material)")

    def __reduce_ex__(self, protocol: object) -> NoReturn:
        raise TypeError(f"refusing to pickle {type(self).__name__} (secret material)")

    def __copy__(self) -> NoReturn:
        raise TypeError(f"refusing to copy {type(self).__name__} (secret material)")

    def __deepcopy__(self, memo: object) -> NoReturn:
        raise TypeError(f"refusing to copy {type(self).__name__} (secret material)")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Secret)
        return hmac.compare_digest(bytes(self._material), bytes(other._material))

    __hash__ = None  # type: ignore[assignment]  # secrets are not dictionary keys

    def __len__(self) -> int:
        return len(self._material)

    def __bool__(self) -> bool:
        return bool(self._material)

    def reveal_material(self) -> bytes:
        """The raw bytes of any secret (for code generic over secret kinds, e.g. SLIP-39 split)."""
        return bytes(self._material)

    def wipe(self) -> None:
        """Zero this wrapper's buffer (best effort; copies made elsewhere are not reached)."""
        self._material[:] = bytes(len(self._material))  # in place: same length, no new buffer
        self._material = bytearray()


def _master_fingerprint(seed: bytes) -> str:
    """BIP-32 master key fingerprint of `seed`: the only handle a Seed shows."""
    import hashlib

    from coincurve import PrivateKey

    from coldsign.codec.script import hash160

    digest = hmac.new(b"Bitcoin seed", seed, hashlib.sha512).digest()
    try:
        public = PrivateKey(digest[:32]).public_key.format(compressed=True)
    except ValueError:
        return "????????"
    return hash160(public)[:4].hex()


class Seed(Secret):
    """A BIP-39 seed (64 bytes) or a SLIP-39 master secret (16 to 64 bytes): a BIP-32 seed."""

    __slots__ = ("_fingerprint",)

    def __init__(self, material: bytes | bytearray) -> None:
        if not 16 <= len(material) <= 64:
            raise DecodeError("seed", f"{len(material)} bytes (must be 16 to 64)")
        super().__init__(material)
        self._fingerprint: str | None = None

    def _label(self) -> str:
        if self._fingerprint is None and self._material:
            self._fingerprint = _master_fingerprint(bytes(self._material))
        return self._fingerprint or "wiped"

    @property
    def fingerprint(self) -> str:
        """Hex BIP-32 master fingerprint (public)."""
        return self._label()

    def reveal(self) -> bytes:
        """The seed bytes. Every caller is a place where the secret is used."""
        return bytes(self._material)


class Mnemonic(Secret):
    """A BIP-39 or SLIP-39 word list, normalized (NFKD, single spaces, lower case)."""

    __slots__ = ()

    def __init__(self, words: str) -> None:
        super().__init__(words.encode("utf-8"))

    @property
    def word_count(self) -> int:
        return len(bytes(self._material).split())

    def _label(self) -> str:
        return f"{self.word_count} words"

    def reveal(self) -> str:
        return bytes(self._material).decode("utf-8")

    def reveal_words(self) -> list[str]:
        return self.reveal().split()


class Passphrase(Secret):
    """A BIP-39 / SLIP-39 passphrase (may be empty)."""

    __slots__ = ()

    def __init__(self, text: str) -> None:
        super().__init__(text.encode("utf-8"))

    def __bool__(self) -> bool:
        return bool(self._material)

    def reveal(self) -> str:
        return bytes(self._material).decode("utf-8")


class PrivateKey32(Secret):
    """A secp256k1 private scalar (32 bytes, 1 <= k < n)."""

    __slots__ = ()

    def __init__(self, material: bytes | bytearray) -> None:
        if len(material) != 32:
            raise ValueError("a private key is 32 bytes")
        super().__init__(material)

    def reveal(self) -> bytes:
        return bytes(self._material)
