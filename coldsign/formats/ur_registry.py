"""UR registry types for wallets: hdkey, keypath, coin-info, eckey, address, output descriptors
and accounts (BCR-2020-007, -008, -009, -010, -015; BCR-2023-010, -019).

Two generations exist and both are in use. v1 (`ur:crypto-hdkey`, `ur:crypto-output`,
`ur:crypto-account`; tags 303-311) is what Keystone, MetaMask's QR keyring, Sparrow, SeedSigner and
most coordinators read today; v2 (`ur:hdkey`, `ur:output-descriptor`, `ur:account-descriptor`; tags
40303-40311) is the current Blockchain Commons registry. Nested items must carry the tags of
their UR's generation.

Every output descriptor is modelled the v2 way (BCR-2023-010): a `source` text with `@N`
placeholders plus the keys it names; a v1 script-expression tree (tags 400-410) is translated
to and from that form. Private keys (xprv, WIF) are refused unless the caller asks for them
(`allow_private`, used for test vectors only); coldsign never writes one.

Decoders are total: anything malformed, oversized, of the wrong generation or with map keys the
spec does not define raises DecodeError naming the item and field.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Sequence

from coldsign.codec import base58, bech32
from coldsign.codec.bip32 import HARDENED, ExtendedPublicKey, KeyOrigin, format_step, key_family
from coldsign.codec.descriptor import Descriptor, DescriptorKind, KeyExpression, parse_descriptor
from coldsign.errors import DecodeError
from coldsign.formats.cbor import Tagged, Value, dumps, loads
from coldsign.keys.secrets import PrivateKey32
from coldsign.units import Network

MAX_COMPONENTS = 255
MAX_TEXT = 1024  # names, notes and descriptor sources
MAX_KEYS = 64
MAX_OUTPUTS = 64
COIN_BTC = 0
COIN_ETH = 60


class Generation(enum.Enum):
    """Which registry names and tags: v1 `crypto-*` (303..311) or v2 (40303..40311)."""

    V1 = 1
    V2 = 2

    def tag(self, name: str) -> int:
        return _TAGS[name] + (0 if self is Generation.V1 else 40000)

    def ur_type(self, name: str) -> str:
        return _UR_NAMES[self][name]


_TAGS = {
    "hdkey": 303,
    "keypath": 304,
    "coin-info": 305,
    "eckey": 306,
    "address": 307,
    "output": 308,
    "account": 311,
}
_UR_NAMES = {
    Generation.V1: {
        "hdkey": "crypto-hdkey",
        "output": "crypto-output",
        "account": "crypto-account",
        "keypath": "crypto-keypath",
        "coin-info": "crypto-coin-info",
        "eckey": "crypto-eckey",
        "address": "crypto-address",
    },
    Generation.V2: {
        "hdkey": "hdkey",
        "output": "output-descriptor",
        "account": "account-descriptor",
        "keypath": "keypath",
        "coin-info": "coin-info",
        "eckey": "eckey",
        "address": "address",
    },
}
# UR type -> (generation, what it holds)
UR_TYPES: dict[str, tuple[Generation, str]] = {
    ur_type: (generation, name)
    for generation, names in _UR_NAMES.items()
    for name, ur_type in names.items()
    if name in ("hdkey", "output", "account")
}
# crypto-public-key: the early name of crypto-hdkey in Keystone's ETH protocol draft.
UR_TYPES["crypto-public-key"] = (Generation.V1, "hdkey")


# --------------------------------------------------------------------------- small readers


def _map(value: Value, what: str, allowed: Sequence[int]) -> dict[int, Value]:
    if not isinstance(value, dict):
        raise DecodeError(what, "not a CBOR map")
    out: dict[int, Value] = {}
    for key, item in value.items():
        if not isinstance(key, int) or key not in allowed:
            raise DecodeError(what, f"unknown map key {key!r}")
        out[key] = item
    return out


def _untag(value: Value, tag: int, what: str) -> Value:
    if not isinstance(value, Tagged):
        raise DecodeError(what, f"expected tag {tag}")
    if value.tag != tag:
        raise DecodeError(what, f"tag {value.tag} where {tag} was expected")
    return value.value


def _uint(value: Value, what: str, limit: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= limit:
        raise DecodeError(what, f"not an unsigned integer up to {limit}")
    return value


def _bool(value: Value, what: str) -> bool:
    if not isinstance(value, bool):
        raise DecodeError(what, "not a boolean")
    return value


def _bytes(value: Value, what: str, sizes: Sequence[int]) -> bytes:
    if not isinstance(value, bytes) or len(value) not in sizes:
        raise DecodeError(what, f"not a byte string of {' or '.join(map(str, sizes))} bytes")
    return value


def _text(value: Value, what: str) -> str:
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise DecodeError(what, f"not a text string of at most {MAX_TEXT} characters")
    return value


def _fingerprint(value: Value, what: str) -> bytes:
    return _uint(value, what, 0xFFFF_FFFF).to_bytes(4, "big")


# --------------------------------------------------------------------------- keypath


@dataclasses.dataclass(frozen=True)
class Step:
    """One path component: an index, a wildcard (`index` None), a range or a `<a;b>` pair."""

    index: int | None
    hardened: bool = False
    range_end: int | None = None  # `low-high` ranges (BCR-2020-007); read, never written
    pair: tuple[tuple[int, bool], tuple[int, bool]] | None = None

    @property
    def is_wildcard(self) -> bool:
        return self.index is None and self.pair is None

    def text(self, marker: str = "h") -> str:
        mark = marker if self.hardened else ""
        if self.pair is not None:
            (a, ha), (b, hb) = self.pair
            return f"<{a}{marker if ha else ''};{b}{marker if hb else ''}>"
        if self.index is None:
            return "*" + mark
        if self.range_end is not None:
            return f"{self.index}{mark}-{self.range_end}{mark}"
        return f"{self.index}{mark}"


@dataclasses.dataclass(frozen=True)
class KeyPath:
    """crypto-keypath / keypath: components, the source (master) fingerprint, and a depth."""

    steps: tuple[Step, ...] = ()
    source_fingerprint: bytes | None = None
    depth: int | None = None

    @property
    def is_plain(self) -> bool:
        """Every step is a single index (an origin path, not a template)."""
        return all(
            s.index is not None and s.range_end is None and s.pair is None for s in self.steps
        )

    def indexes(self) -> tuple[int, ...]:
        """The path as BIP-32 indexes; ValueError unless `is_plain`."""
        if not self.is_plain:
            raise ValueError("path has wildcards, ranges or pairs")
        return tuple(
            s.index + (HARDENED if s.hardened else 0) for s in self.steps if s.index is not None
        )

    def text(self, marker: str = "h") -> str:
        return "/".join(s.text(marker) for s in self.steps)

    @classmethod
    def from_indexes(
        cls, path: Sequence[int], fingerprint: bytes | None = None, depth: int | None = None
    ) -> KeyPath:
        steps = tuple(Step(i & ~HARDENED, bool(i & HARDENED)) for i in path)
        return cls(steps, fingerprint, depth)


def decode_keypath_item(value: Value, generation: Generation, what: str) -> KeyPath:
    body = _map(_untag(value, generation.tag("keypath"), what), what, (1, 2, 3))
    raw = body.get(1, [])
    if not isinstance(raw, list) or len(raw) > 2 * MAX_COMPONENTS:
        raise DecodeError(what, "components is not an array of at most 255 steps")
    steps: list[Step] = []
    i = 0
    while i < len(raw):
        item = raw[i]
        where = f"{what} component {len(steps) + 1}"
        if isinstance(item, list) and len(item) == 4:
            a, ha, b, hb = item
            pair = (
                (_uint(a, where, HARDENED - 1), _bool(ha, where)),
                (_uint(b, where, HARDENED - 1), _bool(hb, where)),
            )
            steps.append(Step(None, False, pair=pair))
            i += 1
            continue
        if i + 1 >= len(raw):
            raise DecodeError(where, "index without its hardened flag")
        hardened = _bool(raw[i + 1], where)
        if isinstance(item, list) and not item:
            steps.append(Step(None, hardened))
        elif isinstance(item, list) and len(item) == 2:
            low, high = (_uint(x, where, HARDENED - 1) for x in item)
            if low >= high:
                raise DecodeError(where, "range low must be below high")
            steps.append(Step(low, hardened, range_end=high))
        else:
            steps.append(Step(_uint(item, where, HARDENED - 1), hardened))
        i += 2
    fingerprint = _fingerprint(body[2], f"{what} source-fingerprint") if 2 in body else None
    depth = _uint(body[3], f"{what} depth", 255) if 3 in body else None
    return KeyPath(tuple(steps), fingerprint, depth)


def encode_keypath_item(path: KeyPath, generation: Generation) -> Tagged:
    components: list[Value] = []
    for step in path.steps:
        if step.pair is not None:
            (a, ha), (b, hb) = step.pair
            components.append([a, ha, b, hb])
        elif step.index is None:
            components.extend([[], step.hardened])
        elif step.range_end is not None:
            components.extend([[step.index, step.range_end], step.hardened])
        else:
            components.extend([step.index, step.hardened])
    body: dict[int | str, Value] = {1: components}
    if path.source_fingerprint is not None:
        body[2] = int.from_bytes(path.source_fingerprint, "big")
    if path.depth is not None:
        body[3] = path.depth
    return Tagged(generation.tag("keypath"), body)


# --------------------------------------------------------------------------- coin-info


@dataclasses.dataclass(frozen=True)
class CoinInfo:
    """crypto-coin-info / coin-info: SLIP-44 coin type and network (0 mainnet, 1 testnet)."""

    coin_type: int = COIN_BTC
    network: int = 0


def _decode_coininfo(value: Value, generation: Generation, what: str) -> CoinInfo:
    body = _map(_untag(value, generation.tag("coin-info"), what), what, (1, 2))
    coin = _uint(body.get(1, 0), f"{what} type", 0x7FFF_FFFF)
    network = _uint(body.get(2, 0), f"{what} network", 0xFFFF_FFFF)
    return CoinInfo(coin, network)


def _encode_coininfo(info: CoinInfo, generation: Generation) -> Tagged:
    body: dict[int | str, Value] = {}
    if info.coin_type != COIN_BTC:
        # Keystone writes both fields for other coins (its ETH account key: {1: 60, 2: 0}).
        body[1] = info.coin_type
        body[2] = info.network
    elif info.network != 0:
        body[2] = info.network
    return Tagged(generation.tag("coin-info"), body)


# --------------------------------------------------------------------------- hdkey


@dataclasses.dataclass(frozen=True)
class HDKey:
    """crypto-hdkey / hdkey (BCR-2020-007). `key_data` is the compressed public key; a private key
    (only with `allow_private`) is in `private` and `key_data` is empty."""

    key_data: bytes
    chain_code: bytes | None = None
    is_master: bool = False
    use_info: CoinInfo | None = None
    origin: KeyPath | None = None
    children: KeyPath | None = None
    parent_fingerprint: bytes | None = None
    name: str | None = None
    note: str | None = None
    private: PrivateKey32 | None = dataclasses.field(default=None, compare=False, repr=False)
    explicit_public: bool = False  # key 2 written as false (the Keystone/MetaMask account shape)

    @property
    def is_private(self) -> bool:
        return self.private is not None

    @property
    def network(self) -> Network:
        """Bitcoin key family from use-info (network 1 is testnet)."""
        info = self.use_info or CoinInfo()
        return (
            Network.TESTNET if info.coin_type == COIN_BTC and info.network == 1 else Network.MAINNET
        )

    @property
    def depth(self) -> int:
        if self.is_master or self.origin is None:
            return 0
        return self.origin.depth if self.origin.depth is not None else len(self.origin.steps)

    def xpub(self) -> ExtendedPublicKey:
        """The BIP-32 extended public key these fields describe.

        The child number is the origin's last step and the parent fingerprint key 8, or the
        source fingerprint for a depth-1 key (its parent is the master); a missing one is
        00000000, as Keystone and Hummingbird rebuild it. DecodeError without a chain code or
        with an origin that is not a plain path.
        """
        what = "hdkey"
        if self.private is not None:
            raise ValueError("a private hdkey has no xpub here; coldsign reads public keys only")
        if self.chain_code is None:
            raise DecodeError(what, "has no chain code, so it is a key, not an extended key")
        depth = self.depth
        child = 0
        if self.origin is not None and self.origin.steps:
            last = self.origin.steps[-1]
            if last.index is None or last.range_end is not None or last.pair is not None:
                raise DecodeError(what, "origin path ends in a wildcard, range or pair")
            child = last.index + (HARDENED if last.hardened else 0)
        parent = self.parent_fingerprint
        if parent is None:
            source = self.origin.source_fingerprint if self.origin is not None else None
            parent = source if depth == 1 and source is not None else b"\0\0\0\0"
        if depth == 0 and (parent != b"\0\0\0\0" or child != 0):
            raise DecodeError(what, "depth 0 with a parent fingerprint or child number")
        if depth > 255:
            raise DecodeError(what, "deeper than 255")
        return ExtendedPublicKey(
            depth, parent, child, self.chain_code, self.key_data, key_family(self.network)
        )

    def key_origin(self) -> KeyOrigin | None:
        """`[fingerprint/path]` when the origin names its source fingerprint and a plain path."""
        if self.origin is None or self.origin.source_fingerprint is None:
            return None
        if not self.origin.is_plain:
            raise DecodeError("hdkey origin", "has wildcards, ranges or pairs")
        return KeyOrigin(self.origin.source_fingerprint, self.origin.indexes())

    def to_key_expression(self) -> KeyExpression:
        """The descriptor key `[origin]xpub/children` (DecodeError for what descriptors cannot say:
        ranges, hardened steps after the xpub, a wildcard that is not last)."""
        xpub = self.xpub()
        origin = self.key_origin()
        path: list[tuple[int, ...]] = []
        wildcard = False
        steps = self.children.steps if self.children is not None else ()
        for position, step in enumerate(steps):
            where = f"hdkey children step {position + 1}"
            if wildcard:
                raise DecodeError(where, "a step after the wildcard")
            if step.hardened or (step.pair is not None and (step.pair[0][1] or step.pair[1][1])):
                raise DecodeError(where, "hardened step after an xpub (needs the private key)")
            if step.range_end is not None:
                raise DecodeError(where, "ranges are not supported in descriptors")
            if step.pair is not None:
                path.append((step.pair[0][0], step.pair[1][0]))
            elif step.index is None:
                wildcard = True
            else:
                path.append((step.index,))
        return KeyExpression(origin, xpub=xpub, path=tuple(path), wildcard=wildcard)


def _decode_key_data(
    data: bytes, private: bool, what: str, allow_private: bool
) -> tuple[bytes, PrivateKey32 | None]:
    if private:
        if not allow_private:
            raise DecodeError(what, "holds a private key; coldsign reads public keys only")
        if len(data) == 33 and data[0] == 0:
            data = data[1:]
        if len(data) != 32:
            raise DecodeError(what, "private key data is not 32 bytes (or 00 and 32 bytes)")
        return b"", PrivateKey32(data)
    if len(data) != 33 or data[0] not in (2, 3):
        raise DecodeError(what, "public key data is not a 33-byte compressed key")
    from coldsign.codec.bip32 import _point

    try:
        _point(data)
    except ValueError:
        raise DecodeError(what, "public key is not a point on the curve") from None
    return data, None


def _decode_hdkey_map(
    value: Value, generation: Generation, what: str, allow_private: bool
) -> HDKey:
    body = _map(value, what, range(1, 11))
    is_master = _bool(body.get(1, False), f"{what} is-master")
    is_private = _bool(body.get(2, is_master), f"{what} is-private")
    if 3 not in body:
        raise DecodeError(what, "key-data (3) is missing")
    key_data = _bytes(body[3], f"{what} key-data", (32, 33))
    if is_master and not is_private:
        raise DecodeError(what, "a master key is always private")
    public, private = _decode_key_data(key_data, is_private, what, allow_private)
    chain = _bytes(body[4], f"{what} chain-code", (32,)) if 4 in body else None
    if is_master and (chain is None or any(k in body for k in (5, 6, 7, 8))):
        raise DecodeError(what, "a master key has key-data and chain-code only")
    use_info = _decode_coininfo(body[5], generation, f"{what} use-info") if 5 in body else None
    origin = decode_keypath_item(body[6], generation, f"{what} origin") if 6 in body else None
    children = decode_keypath_item(body[7], generation, f"{what} children") if 7 in body else None
    parent = _fingerprint(body[8], f"{what} parent-fingerprint") if 8 in body else None
    name = _text(body[9], f"{what} name") if 9 in body else None
    note = _text(body[10], f"{what} note") if 10 in body else None
    explicit = 2 in body and not is_private
    return HDKey(
        public, chain, is_master, use_info, origin, children, parent, name, note, private, explicit
    )


def decode_hdkey(cbor: bytes, generation: Generation, *, allow_private: bool = False) -> HDKey:
    """A `ur:crypto-hdkey` (v1) or `ur:hdkey` (v2) body: the untagged map."""
    what = generation.ur_type("hdkey")
    return _decode_hdkey_map(loads(cbor, what), generation, what, allow_private)


def _hdkey_map(key: HDKey, generation: Generation) -> dict[int | str, Value]:
    if key.private is not None:
        raise ValueError("coldsign does not export private keys")
    body: dict[int | str, Value] = {}
    if key.is_master:
        raise ValueError("coldsign does not export master (private) keys")
    if key.explicit_public:
        body[2] = False
    body[3] = key.key_data
    if key.chain_code is not None:
        body[4] = key.chain_code
    if key.use_info is not None:
        body[5] = _encode_coininfo(key.use_info, generation)
    if key.origin is not None:
        body[6] = encode_keypath_item(key.origin, generation)
    if key.children is not None:
        body[7] = encode_keypath_item(key.children, generation)
    if key.parent_fingerprint is not None:
        body[8] = int.from_bytes(key.parent_fingerprint, "big")
    if key.name is not None:
        body[9] = key.name
    if key.note is not None:
        body[10] = key.note
    return body


def encode_hdkey(key: HDKey, generation: Generation) -> bytes:
    """The untagged map of a `ur:crypto-hdkey` / `ur:hdkey` body."""
    return dumps(_hdkey_map(key, generation))


def hdkey_from_key_expression(
    key: KeyExpression,
    *,
    children: bool = True,
    multipath: bool = True,
    name: str | None = None,
    note: str | None = None,
    use_info: CoinInfo | None = None,
) -> HDKey:
    """An hdkey for a descriptor key `[fp/path]xpub/...` (public keys with an xpub only).

    `children` writes the steps after the xpub (a `<a;b>` step as a pair when `multipath`,
    otherwise ValueError: v1 readers do not know pairs). use-info is written for test networks
    (or when given); the origin depth only when it differs from the path length.
    """
    if key.xpub is None:
        raise ValueError("only extended keys become hdkeys")
    xpub = key.xpub
    origin = key.origin
    if origin is None:
        if xpub.depth != 0:
            raise ValueError("an hdkey below the master needs its key origin")
        path_steps: tuple[int, ...] = ()
        origin_path = KeyPath((), None, None)
    else:
        path_steps = origin.path
        depth = None if xpub.depth == len(path_steps) else xpub.depth
        origin_path = KeyPath.from_indexes(path_steps, origin.fingerprint, depth)
    child_path: KeyPath | None = None
    if children and (key.path or key.wildcard):
        steps: list[Step] = []
        for alternatives in key.path:
            if len(alternatives) == 1:
                steps.append(Step(alternatives[0]))
            elif len(alternatives) == 2 and multipath:
                steps.append(Step(None, pair=((alternatives[0], False), (alternatives[1], False))))
            else:
                raise ValueError("this key's multipath step cannot be written here")
        if key.wildcard:
            steps.append(Step(None))
        child_path = KeyPath(tuple(steps))
    if use_info is None and xpub.network is not Network.MAINNET:
        use_info = CoinInfo(COIN_BTC, 1)
    return HDKey(
        key_data=xpub.public_key,
        chain_code=xpub.chain_code,
        use_info=use_info,
        origin=origin_path if (origin is not None or path_steps) else None,
        children=child_path,
        parent_fingerprint=xpub.parent_fingerprint if xpub.depth > 0 else None,
        name=name,
        note=note,
    )


# --------------------------------------------------------------------------- eckey and address


@dataclasses.dataclass(frozen=True)
class ECKey:
    """crypto-eckey / eckey (BCR-2020-008): a single secp256k1 key (public unless allowed)."""

    key_data: bytes
    private: PrivateKey32 | None = dataclasses.field(default=None, compare=False, repr=False)

    def text(self, *, reveal_private: bool = False) -> str:
        if self.private is None:
            return self.key_data.hex()
        if not reveal_private:
            raise ValueError("a private key is only shown when asked for")
        return base58.encode_check(b"\x80" + self.private.reveal() + b"\x01")


def _decode_eckey(value: Value, what: str, allow_private: bool) -> ECKey:
    body = _map(value, what, (1, 2, 3))
    curve = _uint(body.get(1, 0), f"{what} curve", 0xFFFF)
    if curve != 0:
        raise DecodeError(what, "curve is not secp256k1")
    private = _bool(body.get(2, False), f"{what} is-private")
    if 3 not in body:
        raise DecodeError(what, "data (3) is missing")
    data = _bytes(body[3], f"{what} data", (32, 33))
    public, secret = _decode_key_data(data, private, what, allow_private)
    return ECKey(public, secret)


class AddressType(enum.Enum):
    P2PKH = 0
    P2SH = 1
    P2WPKH = 2


@dataclasses.dataclass(frozen=True)
class RegistryAddress:
    """crypto-address / address (BCR-2020-009): coin, type and the hash it pays to."""

    info: CoinInfo
    type: AddressType | None
    data: bytes

    def text(self) -> str:
        """The address string (Bitcoin only; DecodeError for what cannot be written)."""
        what = "address"
        if self.info.coin_type != COIN_BTC:
            raise DecodeError(what, "only Bitcoin addresses are supported")
        testnet = self.info.network == 1
        kind = self.type
        if kind is None:
            kind = AddressType.P2WPKH if len(self.data) == 20 else None
        if kind is AddressType.P2PKH and len(self.data) == 20:
            return base58.encode_check(bytes([0x6F if testnet else 0x00]) + self.data)
        if kind is AddressType.P2SH and len(self.data) == 20:
            return base58.encode_check(bytes([0xC4 if testnet else 0x05]) + self.data)
        if kind is AddressType.P2WPKH and len(self.data) == 20:
            return bech32.encode_segwit("tb" if testnet else "bc", 0, self.data)
        raise DecodeError(what, "type and data length do not make an address")


def _decode_address(value: Value, generation: Generation, what: str) -> RegistryAddress:
    body = _map(value, what, (1, 2, 3))
    info = _decode_coininfo(body[1], generation, f"{what} info") if 1 in body else CoinInfo()
    kind = None
    if 2 in body:
        try:
            kind = AddressType(_uint(body[2], f"{what} type", 2))
        except ValueError:
            raise DecodeError(what, "unknown address type") from None
    if 3 not in body:
        raise DecodeError(what, "data (3) is missing")
    data = body[3]
    if not isinstance(data, bytes) or not 1 <= len(data) <= 64:
        raise DecodeError(f"{what} data", "not a byte string of 1 to 64 bytes")
    return RegistryAddress(info, kind, data)


def _address_map(address: RegistryAddress, generation: Generation) -> dict[int | str, Value]:
    """The map `_decode_address` reads back to `address` (the default coin info left out)."""
    body: dict[int | str, Value] = {}
    if address.info != CoinInfo():
        body[1] = _encode_coininfo(address.info, generation)
    if address.type is not None:
        body[2] = address.type.value
    body[3] = address.data
    return body


RegistryKey = HDKey | ECKey | RegistryAddress


# --------------------------------------------------------------------------- output descriptors


class ScriptKind(enum.Enum):
    """BCR-2020-010 script-expression tags (v1 crypto-output)."""

    SH = 400
    WSH = 401
    PK = 402
    PKH = 403
    WPKH = 404
    COMBO = 405
    MULTI = 406
    SORTEDMULTI = 407
    RAW = 408
    TR = 409
    COSIGNER = 410
    ADDR = 307


_SCRIPT_NAMES = {kind: kind.name.lower() for kind in ScriptKind}
_WRAPPERS = (ScriptKind.SH, ScriptKind.WSH)
_SINGLE_KEY = (ScriptKind.PK, ScriptKind.PKH, ScriptKind.WPKH, ScriptKind.COMBO, ScriptKind.TR,
               ScriptKind.COSIGNER)  # fmt: skip


@dataclasses.dataclass(frozen=True)
class OutputDescriptor:
    """An output descriptor as BCR-2023-010 models it: `source` with `@N` placeholders for
    `keys[N]`, plus an optional name and note. v1 crypto-output trees are translated to this."""

    source: str
    keys: tuple[RegistryKey, ...]
    name: str | None = None
    note: str | None = None

    def text(self, *, reveal_private: bool = False) -> str:
        """The descriptor text with every key written out (no checksum)."""

        def key_text(match: re.Match[str]) -> str:
            index = int(match.group(1))
            if index >= len(self.keys):
                raise DecodeError("output descriptor", f"placeholder @{index} has no key")
            key = self.keys[index]
            if isinstance(key, HDKey):
                return key.to_key_expression().to_string()
            if isinstance(key, ECKey):
                return key.text(reveal_private=reveal_private)
            return key.text()

        return _PLACEHOLDER.sub(key_text, self.source)

    def to_descriptor(self) -> Descriptor:
        """The coldsign Descriptor (DecodeError for kinds coldsign does not sign with)."""
        return parse_descriptor(self.text())


_PLACEHOLDER = re.compile(r"@([0-9]{1,3})")


def _decode_output_v2_map(value: Value, what: str, allow_private: bool) -> OutputDescriptor:
    generation = Generation.V2
    body = _map(value, what, (1, 2, 3, 4))
    if 1 not in body:
        raise DecodeError(what, "source (1) is missing")
    source = _text(body[1], f"{what} source")
    raw_keys = body.get(2, [])
    if not isinstance(raw_keys, list) or len(raw_keys) > MAX_KEYS:
        raise DecodeError(what, f"keys is not an array of at most {MAX_KEYS}")
    keys: list[RegistryKey] = []
    for position, item in enumerate(raw_keys):
        where = f"{what} key {position}"
        if not isinstance(item, Tagged):
            raise DecodeError(where, "not a tagged key")
        if item.tag == generation.tag("hdkey"):
            keys.append(_decode_hdkey_map(item.value, generation, where, allow_private))
        elif item.tag == generation.tag("eckey"):
            keys.append(_decode_eckey(item.value, where, allow_private))
        elif item.tag == generation.tag("address"):
            keys.append(_decode_address(item.value, generation, where))
        else:
            raise DecodeError(where, f"tag {item.tag} is not an hdkey, eckey or address")
    used = {int(n) for n in _PLACEHOLDER.findall(source)}
    if used != set(range(len(keys))):
        raise DecodeError(what, "placeholders @N do not name each key exactly")
    name = _text(body[3], f"{what} name") if 3 in body else None
    note = _text(body[4], f"{what} note") if 4 in body else None
    return OutputDescriptor(source, tuple(keys), name, note)


def _decode_script(
    value: Value, keys: list[RegistryKey], what: str, allow_private: bool, depth: int = 0
) -> str:
    """One v1 script expression to source text, appending the keys it names to `keys`."""
    generation = Generation.V1
    if not isinstance(value, Tagged):
        raise DecodeError(what, "not a tagged script expression")
    if depth > 4:
        raise DecodeError(what, "script expressions nested too deeply")
    try:
        kind = ScriptKind(value.tag)
    except ValueError:
        raise DecodeError(what, f"tag {value.tag} is not a script expression") from None
    name = _SCRIPT_NAMES[kind]
    inner = value.value
    if kind in (ScriptKind.ADDR, ScriptKind.RAW) and depth > 0:
        # BIP-385: addr() and raw() are top-level only. sh(addr(...)) was accepted and then
        # refused by encode_output (found by fuzz/fuzz_ur_registry.py).
        raise DecodeError(what, f"{name}() is allowed at the top level only")
    if kind in _WRAPPERS:
        if isinstance(inner, Tagged) and inner.tag in (
            generation.tag("hdkey"),
            generation.tag("eckey"),
        ):
            # Before tag 410 existed, Hummingbird wrote a cosigner key straight into sh()/wsh().
            return f"{name}(cosigner({_decode_key(inner, keys, what, allow_private)}))"
        return f"{name}({_decode_script(inner, keys, what, allow_private, depth + 1)})"
    if kind is ScriptKind.ADDR:
        keys.append(_decode_address(inner, generation, f"{what} address"))
        return f"addr(@{len(keys) - 1})"
    if kind is ScriptKind.RAW:
        if not isinstance(inner, bytes) or len(inner) > 10_000:
            raise DecodeError(what, "raw() is not a byte string of at most 10000 bytes")
        return f"raw({inner.hex()})"
    if kind in (ScriptKind.MULTI, ScriptKind.SORTEDMULTI):
        body = _map(inner, f"{what} {name}", (1, 2))
        threshold = _uint(body.get(1), f"{what} {name} threshold", 20)
        members = body.get(2)
        if not isinstance(members, list) or not 1 <= len(members) <= 20:
            raise DecodeError(f"{what} {name}", "keys is not an array of 1 to 20 keys")
        if not 1 <= threshold <= len(members):
            raise DecodeError(f"{what} {name}", "threshold out of range")
        placeholders = [_decode_key(m, keys, f"{what} {name} key", allow_private) for m in members]
        return f"{name}({threshold},{','.join(placeholders)})"
    if kind is ScriptKind.COSIGNER or kind in _SINGLE_KEY:
        return f"{name}({_decode_key(inner, keys, f'{what} {name}', allow_private)})"
    raise DecodeError(what, f"{name}() is not understood")  # pragma: no cover - exhaustive


def _decode_key(value: Value, keys: list[RegistryKey], what: str, allow_private: bool) -> str:
    generation = Generation.V1
    if not isinstance(value, Tagged):
        raise DecodeError(what, "not a tagged key")
    if value.tag == generation.tag("hdkey"):
        keys.append(_decode_hdkey_map(value.value, generation, what, allow_private))
    elif value.tag == generation.tag("eckey"):
        keys.append(_decode_eckey(value.value, what, allow_private))
    else:
        raise DecodeError(what, f"tag {value.tag} is not a crypto-hdkey or crypto-eckey")
    if len(keys) > MAX_KEYS:
        raise DecodeError(what, f"more than {MAX_KEYS} keys")
    return f"@{len(keys) - 1}"


def decode_output(
    cbor: bytes, generation: Generation, *, allow_private: bool = False
) -> OutputDescriptor:
    """A `ur:crypto-output` body (a tagged script expression) or a `ur:output-descriptor` body
    (the untagged BCR-2023-010 map)."""
    what = generation.ur_type("output")
    value = loads(cbor, what)
    if generation is Generation.V2:
        return _decode_output_v2_map(value, what, allow_private)
    keys: list[RegistryKey] = []
    source = _decode_script(value, keys, what, allow_private)
    return OutputDescriptor(source, tuple(keys))


# --- the source template back into a v1 tree (writing crypto-output)


def _parse_template(text: str, keys: Sequence[RegistryKey], cosigner_tag: bool = True) -> Value:
    """Source text with @N placeholders -> v1 script expression (ValueError if not expressible).

    Without `cosigner_tag`, `cosigner(KEY)` is written as the bare key inside its sh()/wsh(), the
    form from before tag 410 that Keystone's registry still expects (Hummingbird reads both)."""
    match = re.fullmatch(r"([a-z]+)\((.*)\)", text)
    if match is None:
        raise ValueError(f"not a script expression: {text!r}")
    name, inner = match.group(1), match.group(2)
    kinds = {v: k for k, v in _SCRIPT_NAMES.items()}
    if name not in kinds:
        raise ValueError(f"{name}() has no v1 script-expression tag")
    kind = kinds[name]
    if kind in _WRAPPERS:
        return Tagged(kind.value, _parse_template(inner, keys, cosigner_tag))
    if kind is ScriptKind.COSIGNER and not cosigner_tag:
        return _template_key(inner, keys)
    if kind is ScriptKind.RAW:
        return Tagged(kind.value, bytes.fromhex(inner))
    if kind is ScriptKind.ADDR:
        # BCR-2020-010: the addr() tag is the address tag itself, around the address map.
        address = keys[int(inner.removeprefix("@"))]
        if not isinstance(address, RegistryAddress):
            raise ValueError("addr() holds an address, not a key")
        return Tagged(kind.value, _address_map(address, Generation.V1))
    if kind in (ScriptKind.MULTI, ScriptKind.SORTEDMULTI):
        threshold_text, *members = inner.split(",")
        return Tagged(
            kind.value,
            {1: int(threshold_text), 2: [_template_key(m, keys) for m in members]},
        )
    return Tagged(kind.value, _template_key(inner, keys))


def _template_key(text: str, keys: Sequence[RegistryKey]) -> Value:
    match = re.fullmatch(r"@([0-9]+)", text)
    if match is None:
        raise ValueError(f"expected a key placeholder, got {text!r}")
    key = keys[int(match.group(1))]
    generation = Generation.V1
    if isinstance(key, HDKey):
        return Tagged(generation.tag("hdkey"), _hdkey_map(key, generation))
    if isinstance(key, ECKey):
        if key.private is not None:
            raise ValueError("coldsign does not export private keys")
        return Tagged(generation.tag("eckey"), {3: key.key_data})
    raise ValueError("addresses are written with addr() only")


def encode_output(output: OutputDescriptor, generation: Generation) -> bytes:
    """The body of `ur:crypto-output` (v1 tree) or `ur:output-descriptor` (v2 map)."""
    return dumps(_output_item(output, generation, tagged=False))


def _output_item(
    output: OutputDescriptor, generation: Generation, *, tagged: bool, cosigner_tag: bool = True
) -> Value:
    if generation is Generation.V1:
        if output.name is not None or output.note is not None:
            raise ValueError("crypto-output (v1) has no name or note")
        tree = _parse_template(output.source, output.keys, cosigner_tag)
        return Tagged(generation.tag("output"), tree) if tagged else tree
    key_items: list[Value] = []
    for key in output.keys:
        if isinstance(key, HDKey):
            key_items.append(Tagged(generation.tag("hdkey"), _hdkey_map(key, generation)))
        elif isinstance(key, ECKey):
            if key.private is not None:
                raise ValueError("coldsign does not export private keys")
            key_items.append(Tagged(generation.tag("eckey"), {3: key.key_data}))
        else:
            key_items.append(Tagged(generation.tag("address"), _address_map(key, generation)))
    body: dict[int | str, Value] = {1: output.source, 2: key_items}
    if output.name is not None:
        body[3] = output.name
    if output.note is not None:
        body[4] = output.note
    return Tagged(generation.tag("output"), body) if tagged else body


def output_from_descriptor(
    descriptor: Descriptor,
    generation: Generation,
    *,
    name: str | None = None,
    branch: int | None = None,
) -> OutputDescriptor:
    """A coldsign descriptor as a registry output descriptor.

    v2 keeps a `<0;1>` step as a pair. v1 readers (Keystone's registry among them) do not know
    pairs, so for v1 a multipath descriptor needs `branch` (0 = receive): that branch is written,
    and coordinators derive the other by the BIP-44 convention.
    """
    if generation is Generation.V1 and descriptor.is_multipath:
        if branch is None:
            raise ValueError("crypto-output (v1) cannot hold a <a;b> step: choose a branch")
        descriptor = descriptor.branches()[branch]
    keys: list[RegistryKey] = []
    placeholders: list[str] = []
    for key in descriptor.keys:
        if key.xpub is not None:
            keys.append(hdkey_from_key_expression(key, multipath=generation is Generation.V2))
        else:
            assert key.public_key is not None
            if len(key.public_key) != 33:
                raise ValueError("x-only keys have no registry form")
            keys.append(ECKey(key.public_key))
        placeholders.append(f"@{len(keys) - 1}")
    # Keys appear in the descriptor text in order: swap each for its placeholder, left to right.
    text = descriptor.to_string(with_checksum=False)
    source, offset = "", 0
    for key, placeholder in zip(descriptor.keys, placeholders, strict=True):
        key_text = key.to_string()
        found = text.index(key_text, offset)
        source += text[offset:found] + placeholder
        offset = found + len(key_text)
    source += text[offset:]
    return OutputDescriptor(source, tuple(keys), name if generation is Generation.V2 else None)


# --------------------------------------------------------------------------- accounts


@dataclasses.dataclass(frozen=True)
class Account:
    """crypto-account / account-descriptor: a master fingerprint and output descriptors of its
    accounts (BCR-2020-015, BCR-2023-019)."""

    master_fingerprint: bytes
    outputs: tuple[OutputDescriptor, ...]


def decode_account(cbor: bytes, generation: Generation, *, allow_private: bool = False) -> Account:
    """A `ur:crypto-account` or `ur:account-descriptor` body."""
    what = generation.ur_type("account")
    body = _map(loads(cbor, what), what, (1, 2))
    if 1 not in body or 2 not in body:
        raise DecodeError(what, "master fingerprint (1) and outputs (2) are required")
    fingerprint = _fingerprint(body[1], f"{what} master-fingerprint")
    raw = body[2]
    if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_OUTPUTS:
        raise DecodeError(what, f"outputs is not an array of 1 to {MAX_OUTPUTS}")
    outputs: list[OutputDescriptor] = []
    for position, item in enumerate(raw):
        where = f"{what} output {position}"
        if generation is Generation.V1 and isinstance(item, Tagged) and item.tag != 308:
            inner: Value = item  # early crypto-account writers left out the 308 around outputs
        else:
            inner = _untag(item, generation.tag("output"), where)
        if generation is Generation.V2:
            outputs.append(_decode_output_v2_map(inner, where, allow_private))
        else:
            keys: list[RegistryKey] = []
            source = _decode_script(inner, keys, where, allow_private)
            outputs.append(OutputDescriptor(source, tuple(keys)))
    return Account(fingerprint, tuple(_with_source(o, fingerprint) for o in outputs))


def _with_source(output: OutputDescriptor, fingerprint: bytes) -> OutputDescriptor:
    """An account's keys whose origin leaves out the source fingerprint come from its master."""
    keys: list[RegistryKey] = []
    for key in output.keys:
        if (
            isinstance(key, HDKey)
            and key.origin is not None
            and key.origin.source_fingerprint is None
        ):
            key = dataclasses.replace(
                key, origin=dataclasses.replace(key.origin, source_fingerprint=fingerprint)
            )
        keys.append(key)
    return dataclasses.replace(output, keys=tuple(keys))


def encode_account(
    account: Account, generation: Generation, *, cosigner_tag: bool = True, output_tag: bool = True
) -> bytes:
    """The body of `ur:crypto-account` / `ur:account-descriptor`.

    For v1 (crypto-account), `cosigner_tag=False` writes cosigner keys in the pre-410 form (see
    `_parse_template`) and `output_tag=False` leaves out the 308 around each output: the form
    Keystone's registry writes and the only one it reads. Hummingbird reads both forms.
    """
    if generation is Generation.V2 and not (cosigner_tag and output_tag):
        raise ValueError("account-descriptor (v2) has one form")
    items = [_output_item(o, generation, tagged=output_tag, cosigner_tag=cosigner_tag)
             for o in account.outputs]  # fmt: skip
    return dumps({1: int.from_bytes(account.master_fingerprint, "big"), 2: items})


# --------------------------------------------------------------------------- by UR type


Decoded = HDKey | OutputDescriptor | Account


def decode_registry_ur(ur_type: str, cbor: bytes, *, allow_private: bool = False) -> Decoded:
    """Decode the body of a wallet UR by its type (see UR_TYPES); DecodeError for other types."""
    if ur_type not in UR_TYPES:
        known = ", ".join(sorted(UR_TYPES))
        raise DecodeError(f"ur:{ur_type}", f"is not a wallet UR coldsign reads ({known})")
    generation, holds = UR_TYPES[ur_type]
    if holds == "hdkey":
        return decode_hdkey(cbor, generation, allow_private=allow_private)
    if holds == "output":
        return decode_output(cbor, generation, allow_private=allow_private)
    return decode_account(cbor, generation, allow_private=allow_private)


def descriptor_kind_of(output: OutputDescriptor) -> DescriptorKind | None:
    """The coldsign kind of an output, or None for kinds coldsign does not sign (pk, addr, ...)."""
    try:
        return output.to_descriptor().kind
    except DecodeError:
        return None


def format_origin_path(path: Sequence[int]) -> str:
    return "/".join(format_step(i) for i in path)
