"""BIP-32 public data: extended public keys, derivation paths and key origins (BIP-32, BIP-380).

Pure and public: nothing here holds secret material (that lives in `coldsign.keys.hd`). Child
derivation uses hmac and libsecp256k1 (`coldsign.codec.curve`; no hand-rolled curve arithmetic).
Extended keys are decoded totally (`DecodeError` with a reason for each of BIP-32's invalid test
vectors). SLIP-132 versions (ypub, zpub, upub, vpub and their multisig forms) are accepted and
normalized to xpub/tpub.
"""

from __future__ import annotations

import dataclasses
import functools
import hmac
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from coldsign.codec import base58
from coldsign.codec.curve import child_point  # coincurve itself is imported on first use
from coldsign.codec.script import hash160
from coldsign.errors import DecodeError
from coldsign.units import Network

if TYPE_CHECKING:
    from coincurve import PublicKey

MAX_DEPTH = 255  # BIP-32 serializes the depth in one byte

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

_STEP_RE = re.compile(r"(0|[1-9][0-9]{0,9})(['h]?)")  # fullmatch: `$` would allow a "\n"


def key_family(network: Network) -> Network:
    """xpub/xprv for mainnet; tpub/tprv for every test network."""
    return Network.MAINNET if network is Network.MAINNET else Network.TESTNET


def parse_step(text: str, what: str = "derivation path") -> int:
    """One path element: decimal index below 2^31, hardened with ' or h."""
    match = _STEP_RE.fullmatch(text)
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
    if len(parts) > MAX_DEPTH:
        raise DecodeError(what, f"deeper than {MAX_DEPTH} levels")
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
        steps = rest.split("/") if rest else []
        if len(steps) > MAX_DEPTH:
            raise DecodeError(what, f"deeper than {MAX_DEPTH} levels")
        return cls(bytes.fromhex(fp_text), tuple(parse_step(p, what) for p in steps))

    def extend(self, steps: Iterable[int]) -> KeyOrigin:
        return KeyOrigin(self.fingerprint, self.path + tuple(steps))


def ser32(i: int) -> bytes:
    return i.to_bytes(4, "big")


def as_path(path: int | Sequence[int] | str) -> tuple[int, ...]:
    if isinstance(path, str):
        return parse_path(path)
    if isinstance(path, int):
        return (path,)
    return tuple(path)


# CKD for (chain code, parent key, index): I = IL || IR and, once computed, the child's public
# key. Public data (an xpub and an index give both), kept once per process: spend analysis
# derives each input's key from the policy's xpub before the seed is read; the signer then
# derives the same child's private key from the same I (k_child = k_parent + IL), and finds its
# public key here rather than multiplying again.
_CHILDREN: dict[tuple[bytes, bytes, int], tuple[bytes, bytes | None]] = {}
MAX_KEPT_CHILDREN = 200_000  # ~60 MB worst case; a 10,000-input PSBT keeps ~3 MB


def ckd_digest(chain_code: bytes, public_key: bytes, index: int, *, keep: bool = True) -> bytes:
    """BIP-32's I = HMAC-SHA512(chain code, serP(parent key) || ser32(index)) for a non-hardened
    `index` (public data). `keep` records it for a later derivation of the same child."""
    key = (chain_code, public_key, index)
    known = _CHILDREN.get(key)
    if known is not None:
        return known[0]
    digest = _ckd_hmac(chain_code, public_key + ser32(index))
    if keep:
        _keep(key, digest, None)
    return digest


# Chain code -> HMAC-SHA512 keyed with it and never fed: each child's I is a copy of it with
# serP(parent) || ser32(index) added. Keying hashes two blocks (ipad and opad) that `hmac.digest`
# would hash again for each of a wallet's 10,000 children (issue 16). Chain codes are public
# (an xpub carries its own); bounded like the parent points of `coldsign.codec.curve`.
_KEYED: dict[bytes, hmac.HMAC] = {}


def _ckd_hmac(chain_code: bytes, data: bytes) -> bytes:
    """HMAC-SHA512(chain code, data), equal to `hmac.digest(chain_code, data, "sha512")`."""
    keyed = _KEYED.get(chain_code)
    if keyed is None:
        keyed = hmac.new(chain_code, digestmod="sha512")
        if len(_KEYED) >= 256:
            _KEYED.clear()
        _KEYED[chain_code] = keyed
    hasher = keyed.copy()
    hasher.update(data)
    return hasher.digest()


def known_child_key(chain_code: bytes, public_key: bytes, index: int) -> bytes | None:
    """The compressed public key of non-hardened child `index` of (chain code, public key), if
    this process derived it already (`ExtendedPublicKey.child_key`); None otherwise."""
    known = _CHILDREN.get((chain_code, public_key, index))
    return None if known is None else known[1]


def _keep(key: tuple[bytes, bytes, int], digest: bytes, point: bytes | None) -> None:
    if len(_CHILDREN) >= MAX_KEPT_CHILDREN:
        _CHILDREN.clear()
    _CHILDREN[key] = (digest, point)


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
        steps = as_path(path)
        if self.depth + len(steps) > MAX_DEPTH:
            raise DecodeError("derivation path", f"deeper than {MAX_DEPTH} levels")
        key = self
        for index in steps:
            if index >= HARDENED or index < 0:
                raise DecodeError(
                    "derivation path", f"hardened step {format_step(index)} needs the private key"
                )
            key = _public_child(key, index)
        return key

    def _child(self, index: int) -> ExtendedPublicKey:
        """CKDpub for one non-hardened index (uncached)."""
        digest = ckd_digest(self.chain_code, self.public_key, index)
        return ExtendedPublicKey(
            depth=self.depth + 1,
            parent_fingerprint=self.fingerprint,
            child_number=index,
            chain_code=digest[32:],
            public_key=self._child_point(digest, index),
            network=self.network,
        )

    def child_key(self, index: int) -> bytes:
        """The compressed public key of non-hardened child `index`: CKDpub's point only, no
        extended key (what a wallet compares with a script). DecodeError for a hardened or
        invalid index."""
        if not 0 <= index < HARDENED:
            raise DecodeError(
                "derivation path", f"hardened step {format_step(index)} needs the private key"
            )
        chain_code, public_key = self.chain_code, self.public_key
        key = (chain_code, public_key, index)
        known = _CHILDREN.get(key)
        if known is None:
            digest = _ckd_hmac(chain_code, public_key + index.to_bytes(4, "big"))  # ckd_digest's
        elif known[1] is None:
            digest = known[0]
        else:
            return known[1]
        point = child_point(public_key, digest[:32])  # _child_point's, inline (every input)
        if point is None:
            raise DecodeError("derivation path", f"index {index} gives an invalid key")
        _keep(key, digest, point)
        return point

    def _child_point(self, digest: bytes, index: int) -> bytes:
        point = child_point(self.public_key, digest[:32])
        if point is None:
            # BIP-32: probability below 2^-127; such an index is simply invalid.
            raise DecodeError("derivation path", f"index {index} gives an invalid key")
        return point

    def serialize(self, version: bytes | None = None) -> bytes:
        if version is None:
            version = XPUB if self.network is Network.MAINNET else TPUB
        return (
            version
            + bytes([self.depth])
            + self.parent_fingerprint
            + ser32(self.child_number)
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


@dataclasses.dataclass(frozen=True)
class RawExtendedKey:
    """The fields of a decoded, validated BIP-32 serialization (public or private key data).

    `key_data` is the 33-byte public key, or 0x00 followed by the 32-byte private key; callers
    that hold secrets (`coldsign.keys.hd`) wrap the latter at once.
    """

    network: Network
    private: bool
    depth: int
    parent_fingerprint: bytes
    child_number: int
    chain_code: bytes
    key_data: bytes = dataclasses.field(repr=False)


def decode_extended_key(text: str) -> RawExtendedKey:
    """Decode and validate an xpub/xprv (tpub/tprv, SLIP-132 forms). DecodeError naming the
    reason for every invalid case of BIP-32's test vector 5; never another exception."""
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
        if not 0 < int.from_bytes(key[1:], "big") < CURVE_ORDER:
            raise DecodeError(what, "private key not in 1..n-1")
    else:
        if key[0] == 0:
            raise DecodeError(what, "public version with private key data")
        if key[0] not in (2, 3):
            raise DecodeError(what, f"public key with invalid prefix {key[0]:02x}")
        try:
            _point(key)
        except ValueError:
            raise DecodeError(what, "public key is not a point on the curve") from None
    return RawExtendedKey(network, private, depth, parent, child_number, raw[13:45], key)


def parse_extended_public_key(text: str) -> ExtendedPublicKey:
    """An xpub/tpub (SLIP-132 forms normalized); a private key is refused (watch-only contexts)."""
    raw = decode_extended_key(text)
    if raw.private:
        raise DecodeError("extended key", "a private key (xprv) where a public key is expected")
    return ExtendedPublicKey(
        raw.depth, raw.parent_fingerprint, raw.child_number, raw.chain_code, raw.key_data,
        raw.network,
    )  # fmt: skip
