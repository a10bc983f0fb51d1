"""BIP-32 hierarchical deterministic keys, derivation paths and key origins.

Child-key derivation is done here with hmac/hashlib and coincurve's scalar and point tweaks (no
hand-rolled curve arithmetic), because the signer derives one key per input and must stay fast.
Extended keys are parsed totally (`DecodeError` with a reason for each of BIP-32's invalid test
vectors). SLIP-132 versions (ypub, zpub, upub, vpub and their multisig forms) are accepted and
normalized to xpub/tpub; private extended keys are `Secret`s and are printed only by `reveal_xprv`.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import hmac
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from coldsign.codec import base58
from coldsign.codec.script import hash160
from coldsign.errors import DecodeError
from coldsign.keys.secrets import PrivateKey32, Secret, Seed
from coldsign.units import Network

if TYPE_CHECKING:
    from coincurve import PublicKey

HARDENED = 0x80000000
CURVE_ORDER = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141

XPUB = bytes.fromhex("0488b21e")
XPRV = bytes.fromhex("0488ade4")
TPUB = bytes.fromhex("043587cf")
TPRV = bytes.fromhex("04358394")

# version -> (network family, is_private). SLIP-132 versions are read, never written.
_VERSIONS: dict[bytes, tuple[Network, bool]] = {
    XPUB: (Network.MAINNET, False),
    XPRV: (Network.MAINNET, True),
    bytes.fromhex("049d7cb2"): (Network.MAINNET, False),  # ypub
    bytes.fromhex("049d7878"): (Network.MAINNET, True),  # yprv
    bytes.fromhex("04b24746"): (Network.MAINNET, False),  # zpub
    bytes.fromhex("04b2430c"): (Network.MAINNET, True),  # zprv
    bytes.fromhex("0295b43f"): (Network.MAINNET, False),  # Ypub
    bytes.fromhex("0295b005"): (Network.MAINNET, True),  # Yprv
    bytes.fromhex("02aa7ed3"): (Network.MAINNET, False),  # Zpub
    bytes.fromhex("02aa7a99"): (Network.MAINNET, True),  # Zprv
    TPUB: (Network.TESTNET, False),
    TPRV: (Network.TESTNET, True),
    bytes.fromhex("044a5262"): (Network.TESTNET, False),  # upub
    bytes.fromhex("044a4e28"): (Network.TESTNET, True),  # uprv
    bytes.fromhex("045f1cf6"): (Network.TESTNET, False),  # vpub
    bytes.fromhex("045f18bc"): (Network.TESTNET, True),  # vprv
    bytes.fromhex("024289ef"): (Network.TESTNET, False),  # Upub
    bytes.fromhex("024285b5"): (Network.TESTNET, True),  # Uprv
    bytes.fromhex("02575483"): (Network.TESTNET, False),  # Vpub
    bytes.fromhex("02575048"): (Network.TESTNET, True),  # Vprv
}

_STEP_RE = re.compile(r"^(0|[1-9][0-9]{0,9})(['h]?)$")


def key_family(network: Network) -> Network:
    """xpub/xprv for mainnet; tpub/tprv for every test network."""
    return Network.MAINNET if network is Network.MAINNET else Network.TESTNET


def parse_step(text: str, what: str = "derivation path") -> int:
    """One path element: decimal index below 2^31, hardened with ' or h."""
    match = _STEP_RE.match(text)
    if not match:
        raise DecodeError(what, f"element {text!r} is not an index like 0, 5, 84' or 84h")
    index = int(match.group(1))
    if index >= HARDENED:
        raise DecodeError(what, f"index {index} is not below 2^31")
    return index + HARDENED if match.group(2) else index


def parse_path(text: str) -> tuple[int, ...]:
    """ "m/84'/0'/0'", "84h/1h/0h/0/5" or "m" -> indexes (hardened ones have HARDENED added)."""
    what = "derivation path"
    if not isinstance(text, str):
        raise DecodeError(what, "not text")
    cleaned = text.strip()
    if cleaned in ("", "m", "M"):
        return ()
    if cleaned[:2] in ("m/", "M/"):
        cleaned = cleaned[2:]
    parts = cleaned.split("/")
    if len(parts) > 255:
        raise DecodeError(what, "deeper than 255 levels")
    return tuple(parse_step(part, what) for part in parts)


def format_step(index: int, hardened_marker: str = "h") -> str:
    if index >= HARDENED:
        return f"{index - HARDENED}{hardened_marker}"
    return str(index)


def format_path(path: Sequence[int], hardened_marker: str = "h") -> str:
    """Indexes -> "m/84h/0h/0h" (or with "'" as the hardened marker)."""
    return "/".join(["m", *(format_step(i, hardened_marker) for i in path)])


@dataclasses.dataclass(frozen=True)
class KeyOrigin:
    """Where a key comes from: master fingerprint and full path (BIP-380 `[fp/path]`)."""

    fingerprint: bytes
    path: tuple[int, ...]

    def __post_init__(self) -> None:
        if len(self.fingerprint) != 4:
            raise ValueError("a fingerprint is 4 bytes")

    def __str__(self) -> str:
        return self.to_string()

    def to_string(self, hardened_marker: str = "h") -> str:
        steps = "".join(f"/{format_step(i, hardened_marker)}" for i in self.path)
        return f"{self.fingerprint.hex()}{steps}"

    @classmethod
    def parse(cls, text: str) -> KeyOrigin:
        """ "73c5da0a/84h/0h/0h" (brackets allowed). DecodeError naming what is wrong."""
        what = "key origin"
        inner = text.strip()
        if inner.startswith("[") and inner.endswith("]"):
            inner = inner[1:-1]
        fp_text, _, rest = inner.partition("/")
        if len(fp_text) != 8 or not re.fullmatch(r"[0-9a-fA-F]{8}", fp_text):
            raise DecodeError(what, "fingerprint must be 8 hex characters")
        if "/" in inner and not rest:
            raise DecodeError(what, "trailing '/'")
        path = tuple(parse_step(p, what) for p in rest.split("/")) if rest else ()
        return cls(bytes.fromhex(fp_text), path)

    def extend(self, steps: Iterable[int]) -> KeyOrigin:
        return KeyOrigin(self.fingerprint, self.path + tuple(steps))


def _ser32(i: int) -> bytes:
    return i.to_bytes(4, "big")


def _as_path(path: int | Sequence[int] | str) -> tuple[int, ...]:
    if isinstance(path, str):
        return parse_path(path)
    if isinstance(path, int):
        return (path,)
    return tuple(path)


def _tweak_secret(secret: bytes, tweak: bytes) -> bytes:
    """(secret + tweak) mod n via libsecp256k1; ValueError if tweak >= n or the sum is zero.

    Calls the library's seckey_tweak_add through coincurve's bindings: coincurve's PrivateKey
    computes two public keys in its constructor, which would triple the cost of every child.
    """
    try:
        from coincurve._libsecp256k1 import ffi, lib
        from coincurve.context import GLOBAL_CONTEXT
    except ImportError:  # another coincurve layout: same result, slower
        from coincurve import PrivateKey

        return bytes(PrivateKey(secret).add(tweak).secret)
    buffer = ffi.new("unsigned char [32]", secret)
    if len(tweak) != 32 or not lib.secp256k1_ec_seckey_tweak_add(GLOBAL_CONTEXT.ctx, buffer, tweak):
        raise ValueError("tweak out of range or zero result")
    result = bytes(ffi.buffer(buffer, 32))
    ffi.memmove(buffer, b"\0" * 32, 32)
    return result


@functools.lru_cache(maxsize=4096)
def _point(public_key: bytes) -> PublicKey:
    """A parsed point, cached: parsing decompresses (a square root), as costly as a tweak."""
    from coincurve import PublicKey

    return PublicKey(public_key)


@dataclasses.dataclass(frozen=True)
class ExtendedPublicKey:
    """A BIP-32 extended public key (xpub/tpub); the network is the key family (mainnet or test)."""

    depth: int
    parent_fingerprint: bytes
    child_number: int
    chain_code: bytes
    public_key: bytes
    network: Network = Network.MAINNET

    @functools.cached_property
    def fingerprint(self) -> bytes:
        """First four bytes of hash160(public key): the parent fingerprint of its children."""
        return hash160(self.public_key)[:4]

    def derive(self, path: int | Sequence[int] | str) -> ExtendedPublicKey:
        """CKDpub along `path`; DecodeError for a hardened step (impossible from a public key)."""
        key = self
        for index in _as_path(path):
            if index >= HARDENED or index < 0:
                raise DecodeError(
                    "derivation path", f"hardened step {format_step(index)} needs the private key"
                )
            key = _public_child(key, index)
        return key

    def _child(self, index: int) -> ExtendedPublicKey:
        """CKDpub for one non-hardened index (uncached)."""
        digest = hmac.new(self.chain_code, self.public_key + _ser32(index), hashlib.sha512).digest()
        try:
            child = _point(self.public_key).add(digest[:32])
        except ValueError:
            # BIP-32: probability below 2^-127; such an index is simply invalid.
            raise DecodeError("derivation path", f"index {index} gives an invalid key") from None
        return ExtendedPublicKey(
            depth=self.depth + 1,
            parent_fingerprint=self.fingerprint,
            child_number=index,
            chain_code=digest[32:],
            public_key=child.format(compressed=True),
            network=self.network,
        )

    def serialize(self, version: bytes | None = None) -> bytes:
        if version is None:
            version = XPUB if self.network is Network.MAINNET else TPUB
        return (
            version
            + bytes([self.depth])
            + self.parent_fingerprint
            + _ser32(self.child_number)
            + self.chain_code
            + self.public_key
        )

    def to_string(self, version: bytes | None = None) -> str:
        """xpub… (mainnet) or tpub… (test networks), unless another `version` is asked for."""
        return base58.encode_check(self.serialize(version))

    def __str__(self) -> str:
        return self.to_string()


@functools.lru_cache(maxsize=1024)
def _public_child(parent: ExtendedPublicKey, index: int) -> ExtendedPublicKey:
    """Cached CKDpub: public data only, so keeping recent branch keys around is harmless."""
    return parent._child(index)


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
        key = self
        for index in _as_path(path):
            if not 0 <= index <= 0xFFFFFFFF:
                raise DecodeError("derivation path", f"index {index} out of range")
            key = key._child(index)
        return key

    def _child(self, index: int) -> ExtendedPrivateKey:
        cached = self._children.get(index)
        if cached is not None:
            return cached
        if index >= HARDENED:
            data = b"\0" + bytes(self._material) + _ser32(index)
        else:
            data = self.public_key + _ser32(index)
        digest = hmac.new(self._chain_code, data, hashlib.sha512).digest()
        try:
            child_key = _tweak_secret(bytes(self._material), digest[:32])
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
            + _ser32(self.child_number)
            + self._chain_code
            + b"\0"
            + bytes(self._material)
        )
        return base58.encode_check(payload)

    def wipe(self) -> None:
        for child in self._children.values():
            child.wipe()
        self._children.clear()
        self._public = None
        super().wipe()


def parse_extended_key(text: str) -> ExtendedPublicKey | ExtendedPrivateKey:
    """Decode an xpub/xprv (or tpub/tprv, SLIP-132 forms). DecodeError with the reason otherwise."""
    what = "extended key"
    if not isinstance(text, str) or not text.strip():
        raise DecodeError(what, "empty")
    try:
        raw = base58.decode_check(text.strip(), what)
    except DecodeError as exc:
        raise DecodeError(what, exc.reason) from None
    if len(raw) != 78:
        raise DecodeError(what, f"{len(raw)} bytes (must be 78)")
    version = raw[:4]
    known = _VERSIONS.get(version)
    if known is None:
        raise DecodeError(what, f"unknown version bytes {version.hex()}")
    network, private = known
    depth = raw[4]
    parent = raw[5:9]
    child_number = int.from_bytes(raw[9:13], "big")
    chain_code = raw[13:45]
    key = raw[45:78]
    if depth == 0 and parent != b"\0\0\0\0":
        raise DecodeError(what, "zero depth with a non-zero parent fingerprint")
    if depth == 0 and child_number != 0:
        raise DecodeError(what, "zero depth with a non-zero child index")
    if private:
        if key[0] in (2, 3):
            raise DecodeError(what, "private version with public key data")
        if key[0] != 0:
            raise DecodeError(what, f"private key data with invalid prefix {key[0]:02x}")
        scalar = int.from_bytes(key[1:], "big")
        if not 0 < scalar < CURVE_ORDER:
            raise DecodeError(what, "private key not in 1..n-1")
        return ExtendedPrivateKey(
            key[1:],
            chain_code,
            depth=depth,
            parent_fingerprint=parent,
            child_number=child_number,
            network=network,
        )
    if key[0] == 0:
        raise DecodeError(what, "public version with private key data")
    if key[0] not in (2, 3):
        raise DecodeError(what, f"public key with invalid prefix {key[0]:02x}")
    try:
        _point(key)
    except ValueError:
        raise DecodeError(what, "public key is not a point on the curve") from None
    return ExtendedPublicKey(depth, parent, child_number, chain_code, key, network)


def parse_extended_public_key(text: str) -> ExtendedPublicKey:
    """Like `parse_extended_key`, but a private key is refused (watch-only contexts)."""
    key = parse_extended_key(text)
    if isinstance(key, ExtendedPrivateKey):
        key.wipe()
        raise DecodeError("extended key", "a private key (xprv) where a public key is expected")
    return key
