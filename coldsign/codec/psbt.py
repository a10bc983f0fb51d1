"""PSBT version 0 (BIP-174) and version 2 (BIP-370) with the taproot fields of BIP-371.

A PSBT is kept as its key-value records, in the order they were read, so that
`serialize_psbt(parse_psbt(b)) == b` for every accepted encoding and unknown or proprietary records
survive untouched. Every known field is validated when parsed (key length, value format, version
rules); anything malformed raises `DecodeError` naming the map, the index and the field.
New records (signatures, conversions, combining) are inserted at their canonical position: by
field type, then by key bytes, with proprietary and unknown records last (Bitcoin Core's order).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import struct
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar, Generic, Literal, Self, TypeVar, overload

from coldsign.codec.bip32 import MAX_DEPTH
from coldsign.codec.bulk import collector_paused, slot_setters
from coldsign.codec.curve import is_point
from coldsign.codec.reader import ONE_BYTE_SIZES, Reader, compact_size, var_bytes
from coldsign.codec.script import hash160, parse_multisig, push_data, ripemd160
from coldsign.codec.tx import (
    MAX_MONEY,
    SEQUENCE_FINAL,
    OutPoint,
    Transaction,
    TxIn,
    TxOut,
    TxView,
    parse_tx,
    parse_witness,
    scan_tx,
    serialize_witness,
    sha256d,
    txout_from_bytes,
)
from coldsign.errors import DecodeError, PolicyViolation

MAGIC = b"psbt\xff"
MAX_PSBT_BYTES = 32 * 1024 * 1024  # far beyond any standard transaction; refused before decoding

# Global types
GLOBAL_UNSIGNED_TX = 0x00
GLOBAL_XPUB = 0x01
GLOBAL_TX_VERSION = 0x02
GLOBAL_FALLBACK_LOCKTIME = 0x03
GLOBAL_INPUT_COUNT = 0x04
GLOBAL_OUTPUT_COUNT = 0x05
GLOBAL_TX_MODIFIABLE = 0x06
GLOBAL_GENERIC_SIGNED_MESSAGE = 0x09  # BIP-322 PSBT-based signing: the message being signed
GLOBAL_VERSION = 0xFB
PROPRIETARY = 0xFC

# Input types
IN_NON_WITNESS_UTXO = 0x00
IN_WITNESS_UTXO = 0x01
IN_PARTIAL_SIG = 0x02
IN_SIGHASH_TYPE = 0x03
IN_REDEEM_SCRIPT = 0x04
IN_WITNESS_SCRIPT = 0x05
IN_BIP32_DERIVATION = 0x06
IN_FINAL_SCRIPTSIG = 0x07
IN_FINAL_SCRIPTWITNESS = 0x08
IN_POR_COMMITMENT = 0x09
IN_RIPEMD160 = 0x0A
IN_SHA256 = 0x0B
IN_HASH160 = 0x0C
IN_HASH256 = 0x0D
IN_PREVIOUS_TXID = 0x0E
IN_OUTPUT_INDEX = 0x0F
IN_SEQUENCE = 0x10
IN_REQUIRED_TIME_LOCKTIME = 0x11
IN_REQUIRED_HEIGHT_LOCKTIME = 0x12
IN_TAP_KEY_SIG = 0x13
IN_TAP_SCRIPT_SIG = 0x14
IN_TAP_LEAF_SCRIPT = 0x15
IN_TAP_BIP32_DERIVATION = 0x16
IN_TAP_INTERNAL_KEY = 0x17
IN_TAP_MERKLE_ROOT = 0x18
IN_MUSIG2_PARTICIPANT_PUBKEYS = 0x1A
IN_MUSIG2_PUB_NONCE = 0x1B
IN_MUSIG2_PARTIAL_SIG = 0x1C

# Output types
OUT_REDEEM_SCRIPT = 0x00
OUT_WITNESS_SCRIPT = 0x01
OUT_BIP32_DERIVATION = 0x02
OUT_AMOUNT = 0x03
OUT_SCRIPT = 0x04
OUT_TAP_INTERNAL_KEY = 0x05
OUT_TAP_TREE = 0x06
OUT_TAP_BIP32_DERIVATION = 0x07
OUT_MUSIG2_PARTICIPANT_PUBKEYS = 0x08

GLOBAL_NAMES = {
    0x00: "PSBT_GLOBAL_UNSIGNED_TX",
    0x01: "PSBT_GLOBAL_XPUB",
    0x02: "PSBT_GLOBAL_TX_VERSION",
    0x03: "PSBT_GLOBAL_FALLBACK_LOCKTIME",
    0x04: "PSBT_GLOBAL_INPUT_COUNT",
    0x05: "PSBT_GLOBAL_OUTPUT_COUNT",
    0x06: "PSBT_GLOBAL_TX_MODIFIABLE",
    0x09: "PSBT_GLOBAL_GENERIC_SIGNED_MESSAGE",
    0xFB: "PSBT_GLOBAL_VERSION",
    0xFC: "PSBT_GLOBAL_PROPRIETARY",
}
INPUT_NAMES = {
    0x00: "PSBT_IN_NON_WITNESS_UTXO",
    0x01: "PSBT_IN_WITNESS_UTXO",
    0x02: "PSBT_IN_PARTIAL_SIG",
    0x03: "PSBT_IN_SIGHASH_TYPE",
    0x04: "PSBT_IN_REDEEM_SCRIPT",
    0x05: "PSBT_IN_WITNESS_SCRIPT",
    0x06: "PSBT_IN_BIP32_DERIVATION",
    0x07: "PSBT_IN_FINAL_SCRIPTSIG",
    0x08: "PSBT_IN_FINAL_SCRIPTWITNESS",
    0x09: "PSBT_IN_POR_COMMITMENT",
    0x0A: "PSBT_IN_RIPEMD160",
    0x0B: "PSBT_IN_SHA256",
    0x0C: "PSBT_IN_HASH160",
    0x0D: "PSBT_IN_HASH256",
    0x0E: "PSBT_IN_PREVIOUS_TXID",
    0x0F: "PSBT_IN_OUTPUT_INDEX",
    0x10: "PSBT_IN_SEQUENCE",
    0x11: "PSBT_IN_REQUIRED_TIME_LOCKTIME",
    0x12: "PSBT_IN_REQUIRED_HEIGHT_LOCKTIME",
    0x13: "PSBT_IN_TAP_KEY_SIG",
    0x14: "PSBT_IN_TAP_SCRIPT_SIG",
    0x15: "PSBT_IN_TAP_LEAF_SCRIPT",
    0x16: "PSBT_IN_TAP_BIP32_DERIVATION",
    0x17: "PSBT_IN_TAP_INTERNAL_KEY",
    0x18: "PSBT_IN_TAP_MERKLE_ROOT",
    0x1A: "PSBT_IN_MUSIG2_PARTICIPANT_PUBKEYS",
    0x1B: "PSBT_IN_MUSIG2_PUB_NONCE",
    0x1C: "PSBT_IN_MUSIG2_PARTIAL_SIG",
    0xFC: "PSBT_IN_PROPRIETARY",
}
OUTPUT_NAMES = {
    0x00: "PSBT_OUT_REDEEM_SCRIPT",
    0x01: "PSBT_OUT_WITNESS_SCRIPT",
    0x02: "PSBT_OUT_BIP32_DERIVATION",
    0x03: "PSBT_OUT_AMOUNT",
    0x04: "PSBT_OUT_SCRIPT",
    0x05: "PSBT_OUT_TAP_INTERNAL_KEY",
    0x06: "PSBT_OUT_TAP_TREE",
    0x07: "PSBT_OUT_TAP_BIP32_DERIVATION",
    0x08: "PSBT_OUT_MUSIG2_PARTICIPANT_PUBKEYS",
    0xFC: "PSBT_OUT_PROPRIETARY",
}

MapKind = Literal["global", "input", "output"]
_NAMES: dict[str, dict[int, str]] = {
    "global": GLOBAL_NAMES,
    "input": INPUT_NAMES,
    "output": OUTPUT_NAMES,
}

# Canonical order: known types by type number (as BIP-370's vectors and Bitcoin Core's v0 output
# for the fields a signer adds), then proprietary, then unknown records, each group by key bytes.
V0_ONLY_GLOBAL = {GLOBAL_UNSIGNED_TX}
V2_ONLY_GLOBAL = {
    GLOBAL_TX_VERSION,
    GLOBAL_FALLBACK_LOCKTIME,
    GLOBAL_INPUT_COUNT,
    GLOBAL_OUTPUT_COUNT,
    GLOBAL_TX_MODIFIABLE,
}
V2_ONLY_INPUT = {
    IN_PREVIOUS_TXID,
    IN_OUTPUT_INDEX,
    IN_SEQUENCE,
    IN_REQUIRED_TIME_LOCKTIME,
    IN_REQUIRED_HEIGHT_LOCKTIME,
}
V2_ONLY_OUTPUT = {OUT_AMOUNT, OUT_SCRIPT}
LOCKTIME_THRESHOLD = 500_000_000

SIGHASH_DEFAULT = 0x00
SIGHASH_ALL = 0x01


# --------------------------------------------------------------------------------------------
# Records and maps

_Owner = TypeVar("_Owner")
_setattr = object.__setattr__
_Value = TypeVar("_Value")


class cached_view(Generic[_Owner, _Value]):
    """`functools.cached_property` without the lock Python 3.11 takes on every first access
    (one lock for every instance of the class): a 10,000-input PSBT computes some 40,000 views
    once each, and the lock cost more than most of them. The value is computed on the first
    access and kept as an instance attribute, which attribute lookup then reads first (this is
    a non-data descriptor). It is set through `object.__setattr__`, past the frozen
    dataclass's refusal, not through `__dict__`: asking for `__dict__` makes CPython build a
    dictionary for the instance, where it otherwise keeps the attributes in an inline array
    (some 60 bytes a map less). Maps are immutable, so a view never goes stale."""

    def __init__(self, func: Callable[[_Owner], _Value]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, instance: _Owner, owner: type | None = None) -> _Value: ...
    def __get__(self, instance: _Owner | None, owner: type | None = None) -> Self | _Value:
        if instance is None:
            return self
        value = self.func(instance)
        _setattr(instance, self.name, value)
        return value


@dataclass(frozen=True, slots=True)
class Record:
    """One key-value pair: `key` is the full key (CompactSize type, then key data)."""

    key: bytes
    value: bytes
    type: int
    keydata: bytes

    @classmethod
    def make(cls, type_: int, keydata: bytes, value: bytes) -> Record:
        return cls(compact_size(type_) + keydata, value, type_, keydata)

    def serialize(self) -> bytes:
        return var_bytes(self.key) + var_bytes(self.value)

    def parts(self) -> tuple[bytes, bytes, bytes, bytes]:
        """The serialization in four pieces, for one join over a whole PSBT (no copies)."""
        return _size(len(self.key)), self.key, _size(len(self.value)), self.value


# Record(key, value, type, keydata) for the decoder's loop over every record of a PSBT: a frozen
# dataclass's __init__ sets each field through object.__setattr__ (a global lookup and a call
# each); these set the same slots through their own descriptors, in half the time. Record has no
# __post_init__ and no defaults, so the result is the same object (the strict reader uses
# Record(...), and tests/property/test_fast_paths.py compares both readers' PSBTs).
_SET_KEY, _SET_VALUE, _SET_TYPE, _SET_KEYDATA = slot_setters(Record)
_new_object = object.__new__


def _new_record(key: bytes, value: bytes, type_: int, keydata: bytes) -> Record:
    rec: Record = _new_object(Record)
    _SET_KEY(rec, key)
    _SET_VALUE(rec, value)
    _SET_TYPE(rec, type_)
    _SET_KEYDATA(rec, keydata)
    return rec


# Single-byte CompactSizes: every field type of BIP-174/370/371 and most lengths.
_SMALL = ONE_BYTE_SIZES


def _size(n: int) -> bytes:
    return _SMALL[n] if n < 0xFD else compact_size(n)


@dataclass(frozen=True, slots=True)
class KeyPath:
    """A BIP-32 key origin as PSBT stores it: master fingerprint and child indexes."""

    fingerprint: bytes
    path: tuple[int, ...]

    def serialize(self) -> bytes:
        return self.fingerprint + b"".join(i.to_bytes(4, "little") for i in self.path)


_PROPRIETARY_RANK = 1 << 70
_UNKNOWN_RANK = 1 << 71
# Each map kind's known types by rank (the type itself; proprietary after them), one lookup.
_RANKS: dict[str, dict[int, int]] = {
    kind: {t: (_PROPRIETARY_RANK if t == PROPRIETARY else t) for t in names}
    for kind, names in _NAMES.items()
}


def _rank(kind: str, type_: int) -> int:
    return _RANKS[kind].get(type_, _UNKNOWN_RANK)


def _sort_key(kind: str, rec: Record) -> tuple[int, bytes]:
    # Bitcoin Core keys partial signatures by key id (hash160 of the public key), not by the key.
    if kind == "input" and rec.type == IN_PARTIAL_SIG:
        return rec.type, hash160(rec.keydata)
    return _rank(kind, rec.type), rec.key


@dataclass(frozen=True)
class PsbtMap:
    """An ordered, duplicate-free sequence of records of one map (global, an input or an output)."""

    kind: MapKind
    records: tuple[Record, ...] = ()

    def first(self, type_: int) -> Record | None:
        for rec in self.records:
            if rec.type == type_:
                return rec
        return None

    def all(self, type_: int) -> list[Record]:
        return [rec for rec in self.records if rec.type == type_]

    def value(self, type_: int) -> bytes | None:
        """The value of the field `type_` with empty key data (every single-valued field)."""
        key = _SMALL[type_] if type_ < 0xFD else compact_size(type_)
        keys = self._keys
        if key not in keys:
            return None
        return self.records[keys[key] if isinstance(keys, dict) else keys.index(key)].value

    def has(self, type_: int) -> bool:
        """Whether the single-valued field `type_` (empty key data) is present."""
        return _size(type_) in self._keys  # a tuple or a dictionary of keys: `in` either way

    # A map of a few records is searched through a tuple of its keys (in C): 10,000 inputs
    # would otherwise keep 10,000 dictionaries. A large map (a hostile one, or a global map of
    # many xpubs) is indexed by a dictionary.
    _INDEXED: ClassVar[int] = 16

    @cached_view
    def _keys(self) -> dict[bytes, int] | tuple[bytes, ...]:
        if len(self.records) > self._INDEXED:
            return {rec.key: i for i, rec in enumerate(self.records)}
        return tuple([rec.key for rec in self.records])

    def _index(self, key: bytes) -> int | None:
        keys = self._keys
        if isinstance(keys, dict):
            return keys.get(key)
        return keys.index(key) if key in keys else None

    def get_key(self, key: bytes) -> Record | None:
        i = self._index(key)
        return None if i is None else self.records[i]

    def with_record(self, rec: Record, *, replace_existing: bool = True) -> Self:
        """A copy with `rec` set: replaced in place if its key exists, else inserted canonically."""
        records = self.records
        key = rec.key
        keys = self._keys
        if key in keys:
            if not replace_existing:
                return self
            i = keys[key] if isinstance(keys, dict) else keys.index(key)
            return self._with((*records[:i], rec, *records[i + 1 :]))
        # Canonically: after every record of a lower rank and every record of its rank whose
        # sort key is not greater (`_sort_key`), before the first other.
        kind = self.kind
        ranks = _RANKS[kind]
        rank = ranks.get(rec.type, _UNKNOWN_RANK)
        order: tuple[int, bytes] | None = None  # the full sort key, for records of equal rank
        pos = len(records)
        for j, other in enumerate(records):
            other_rank = ranks.get(other.type, _UNKNOWN_RANK)
            if other_rank < rank:
                continue
            if other_rank == rank:
                order = order or _sort_key(kind, rec)
                if _sort_key(kind, other) <= order:
                    continue
            pos = j
            break
        return self._with((*records[:pos], rec, *records[pos:]))

    def with_records(self, recs: Iterable[Record], *, replace_existing: bool = True) -> Self:
        out = self
        for rec in recs:
            out = out.with_record(rec, replace_existing=replace_existing)
        return out

    def _with(self, records: tuple[Record, ...]) -> Self:
        """The same class (an InputMap stays an InputMap) holding `records`, with no cached
        views carried over. Built as `type(self)(self.kind, records)` (the dataclass has no
        `__post_init__`) without the frozen `__init__`'s calls (a signer makes one a map)."""
        m: Self = _new_object(type(self))
        _setattr(m, "kind", self.kind)
        _setattr(m, "records", records)
        return m

    def without_types(self, types: Iterable[int]) -> Self:
        drop = set(types)
        return self._with(tuple(r for r in self.records if r.type not in drop))

    def only_types(self, keep: Iterable[int], *, keep_unknown: bool = True) -> Self:
        """Keep the listed types, plus proprietary and unknown records if `keep_unknown`."""
        wanted = set(keep)
        known = _NAMES[self.kind]

        def kept(r: Record) -> bool:
            if r.type in wanted:
                return True
            return keep_unknown and (r.type == PROPRIETARY or r.type not in known)

        return self._with(tuple(r for r in self.records if kept(r)))

    def serialize(self) -> bytes:
        parts: list[bytes] = []
        self.serialize_into(parts)
        return b"".join(parts)

    def serialize_into(self, parts: list[bytes]) -> None:
        """Append the map's serialization to `parts` (records, then the 0x00 separator):
        `Record.parts` of each record, inlined (a PSBT of 10,000 inputs has some 50,000)."""
        small = _SMALL
        for rec in self.records:
            key, value = rec.key, rec.value
            k, v = len(key), len(value)
            parts += (
                small[k] if k < 0xFD else compact_size(k),
                key,
                small[v] if v < 0xFD else compact_size(v),
                value,
            )
        parts.append(b"\x00")


def _u32(value: bytes) -> int:
    return int.from_bytes(value, "little")


def _parse_keypath(value: bytes) -> KeyPath:
    """A validated key origin (fingerprint, then 4-byte little-endian indexes).

    The origins of one PSBT differ mostly in their last index (10,000 inputs of one wallet:
    m/84'/1'/0'/0/i), so the fingerprint and the parent steps are decoded once per distinct
    prefix and shared: each origin then costs a KeyPath, a tuple and its last index, where it
    cost eight objects (a third of the memory of a 10,000-input P2WSH analysis). The objects
    are immutable and equal to what a full decode gives."""
    n = len(value)
    if n < 8 or n & 3:
        return _decode_keypath(value)
    head = value[:-4]
    parent = _KEYPATH_HEADS.get(head)
    if parent is None:
        parent = _decode_keypath(head)
        if len(_KEYPATH_HEADS) >= _MAX_KEYPATH_HEADS:
            _KEYPATH_HEADS.clear()  # a hostile PSBT's many prefixes: bounded, never wrong
        _KEYPATH_HEADS[head] = parent
    path = parent.path + _U32_AT(value, n - 4)  # a 1-tuple: one concatenation
    # The origins of one multisig input name one path below each cosigner's key and are
    # decoded one after the other (`bip32_derivations`): they share the path's tuple.
    recent = _RECENT_PATH[0]
    if path == recent:
        path = recent
    else:
        _RECENT_PATH[0] = path
    keypath: KeyPath = _new_object(KeyPath)  # KeyPath(...) through its slots, as _new_record
    _SET_FINGERPRINT(keypath, parent.fingerprint)
    _SET_PATH(keypath, path)
    return keypath


def _decode_keypath(value: bytes) -> KeyPath:
    depth = len(value) // 4 - 1
    unpack = _PATH_STRUCTS.get(depth)
    if unpack is None:
        unpack = struct.Struct(f"<{depth}I").unpack
        if depth <= MAX_DEPTH:
            _PATH_STRUCTS[depth] = unpack
    return KeyPath(value[:4], unpack(value[4:]))


# Little-endian unpackers of a key origin's indexes, by depth (the decoder allows MAX_DEPTH).
_PATH_STRUCTS: dict[int, Callable[[bytes], tuple[int, ...]]] = {}
# Decoded key-origin prefixes (all but the last index), by their bytes; see _parse_keypath.
_KEYPATH_HEADS: dict[bytes, KeyPath] = {}
_MAX_KEYPATH_HEADS = 4096
_RECENT_PATH: list[tuple[int, ...]] = [()]
_SET_FINGERPRINT, _SET_PATH = slot_setters(KeyPath)
_U32_AT = struct.Struct("<I").unpack_from


_FINAL_SCRIPTSIG_KEY = bytes([IN_FINAL_SCRIPTSIG])
_FINAL_SCRIPTWITNESS_KEY = bytes([IN_FINAL_SCRIPTWITNESS])


class InputMap(PsbtMap):
    """Typed views of a PSBT input's records (all validated at parse time)."""

    @cached_view
    def non_witness_utxo(self) -> Transaction | None:
        """The previous transaction, fully decoded (see `previous_tx` for the cheap view)."""
        raw = self.value(IN_NON_WITNESS_UTXO)
        return None if raw is None else parse_tx(raw, "PSBT_IN_NON_WITNESS_UTXO")

    @cached_view
    def previous_tx(self) -> TxView | None:
        """The previous transaction (PSBT_IN_NON_WITNESS_UTXO), checked and hashed once, with
        only the outputs asked for decoded. A parsed PSBT holds the view its parse made."""
        raw = self.value(IN_NON_WITNESS_UTXO)
        return None if raw is None else scan_tx(raw, "PSBT_IN_NON_WITNESS_UTXO")

    @cached_view
    def witness_utxo(self) -> TxOut | None:
        raw = self.value(IN_WITNESS_UTXO)
        return None if raw is None else txout_from_bytes(raw, "PSBT_IN_WITNESS_UTXO")

    @cached_view
    def partial_sigs(self) -> dict[bytes, bytes]:
        """Public key -> signature (a view: do not modify)."""
        return {r.keydata: r.value for r in self.all(IN_PARTIAL_SIG)}

    @property
    def sighash_type(self) -> int | None:
        raw = self.value(IN_SIGHASH_TYPE)
        return None if raw is None else _u32(raw)

    @property
    def redeem_script(self) -> bytes | None:
        return self.value(IN_REDEEM_SCRIPT)

    @property
    def witness_script(self) -> bytes | None:
        return self.value(IN_WITNESS_SCRIPT)

    @cached_view
    def bip32_derivations(self) -> dict[bytes, KeyPath]:
        """Public key -> key origin (a view: do not modify)."""
        return {r.keydata: _parse_keypath(r.value) for r in self.all(IN_BIP32_DERIVATION)}

    @property
    def final_script_sig(self) -> bytes | None:
        return self.value(IN_FINAL_SCRIPTSIG)

    @property
    def final_script_witness(self) -> tuple[bytes, ...] | None:
        raw = self.value(IN_FINAL_SCRIPTWITNESS)
        return None if raw is None else parse_witness(Reader(raw, "PSBT_IN_FINAL_SCRIPTWITNESS"))

    @property
    def is_finalized(self) -> bool:
        keys = self._keys
        return _FINAL_SCRIPTSIG_KEY in keys or _FINAL_SCRIPTWITNESS_KEY in keys

    @property
    def tap_key_sig(self) -> bytes | None:
        return self.value(IN_TAP_KEY_SIG)

    @property
    def tap_internal_key(self) -> bytes | None:
        return self.value(IN_TAP_INTERNAL_KEY)

    @property
    def tap_merkle_root(self) -> bytes | None:
        return self.value(IN_TAP_MERKLE_ROOT)

    @cached_view
    def tap_bip32_derivations(self) -> dict[bytes, tuple[tuple[bytes, ...], KeyPath]]:
        """X-only key -> (leaf hashes, key origin) (a view: do not modify)."""
        return {r.keydata: _parse_tap_keypath(r.value) for r in self.all(IN_TAP_BIP32_DERIVATION)}

    @property
    def previous_txid(self) -> bytes | None:
        return self.value(IN_PREVIOUS_TXID)

    @property
    def output_index(self) -> int | None:
        raw = self.value(IN_OUTPUT_INDEX)
        return None if raw is None else _u32(raw)

    @property
    def sequence(self) -> int | None:
        raw = self.value(IN_SEQUENCE)
        return None if raw is None else _u32(raw)

    @property
    def required_time_locktime(self) -> int | None:
        raw = self.value(IN_REQUIRED_TIME_LOCKTIME)
        return None if raw is None else _u32(raw)

    @property
    def required_height_locktime(self) -> int | None:
        raw = self.value(IN_REQUIRED_HEIGHT_LOCKTIME)
        return None if raw is None else _u32(raw)


class OutputMap(PsbtMap):
    """Typed views of a PSBT output's records."""

    @property
    def redeem_script(self) -> bytes | None:
        return self.value(OUT_REDEEM_SCRIPT)

    @property
    def witness_script(self) -> bytes | None:
        return self.value(OUT_WITNESS_SCRIPT)

    @cached_view
    def bip32_derivations(self) -> dict[bytes, KeyPath]:
        """Public key -> key origin (a view: do not modify)."""
        return {r.keydata: _parse_keypath(r.value) for r in self.all(OUT_BIP32_DERIVATION)}

    @property
    def tap_internal_key(self) -> bytes | None:
        return self.value(OUT_TAP_INTERNAL_KEY)

    @cached_view
    def tap_bip32_derivations(self) -> dict[bytes, tuple[tuple[bytes, ...], KeyPath]]:
        """X-only key -> (leaf hashes, key origin) (a view: do not modify)."""
        return {r.keydata: _parse_tap_keypath(r.value) for r in self.all(OUT_TAP_BIP32_DERIVATION)}

    @property
    def amount(self) -> int | None:
        raw = self.value(OUT_AMOUNT)
        return None if raw is None else int.from_bytes(raw, "little", signed=True)

    @property
    def script(self) -> bytes | None:
        return self.value(OUT_SCRIPT)


def _parse_tap_keypath(value: bytes) -> tuple[tuple[bytes, ...], KeyPath]:
    # The common form (fewer than 0xFD leaf hashes, a key origin after them) by slicing; any
    # other, and anything short, through a Reader, which names the problem.
    n = value[0] if value else 0xFD
    start = 1 + 32 * n
    if n < 0xFD and len(value) >= start + 4:
        leaves = tuple([value[j : j + 32] for j in range(1, start, 32)])
        return leaves, _parse_keypath(value[start:])
    reader = Reader(value, "PSBT tap key origin")
    n = reader.compact_size()
    leaves = tuple(reader.read(32) for _ in range(n))
    return leaves, _parse_keypath(reader.rest())


# --------------------------------------------------------------------------------------------
# The PSBT


@dataclass(frozen=True)
class Psbt:
    """A parsed PSBT: version (0 or 2), the global map, one map per input and per output."""

    version: int
    global_map: PsbtMap
    inputs: tuple[InputMap, ...]
    outputs: tuple[OutputMap, ...]
    _tx_cache: dict[str, Transaction] = field(default_factory=dict, compare=False, repr=False)

    def unsigned_tx(self) -> Transaction:
        """The unsigned transaction (v0: as stored; v2: assembled per BIP-370, incl. locktime)."""
        cached = self._tx_cache.get("tx")
        if cached is None:
            cached = _unsigned_tx(self)
            self._tx_cache["tx"] = cached
        return cached

    def unsigned_tx_bytes(self) -> bytes:
        """The unsigned transaction's serialization without witnesses: in v0 the bytes the PSBT
        stores (which `parse_tx` accepted, so they are exactly its serialization), in v2 the
        assembled transaction's."""
        if self.version == 0:
            raw = self.global_map.value(GLOBAL_UNSIGNED_TX)
            if raw is not None:
                return raw
        return self.unsigned_tx().serialize(witness=False)

    @property
    def txid(self) -> str:
        """The transaction id (display order); signatures do not change it. Hashed from
        `unsigned_tx_bytes()` once the transaction parses: in v0 the stored bytes, not a
        re-serialization of every input (1.7 us an input at 10,000)."""
        self.unsigned_tx()  # parsed (cached): the bytes hashed are its serialization
        return sha256d(self.unsigned_tx_bytes())[::-1].hex()

    @property
    def generic_signed_message(self) -> bytes | None:
        """PSBT_GLOBAL_GENERIC_SIGNED_MESSAGE (BIP-322, v0 and v2): the message bytes, if set."""
        return self.global_map.value(GLOBAL_GENERIC_SIGNED_MESSAGE)

    def spent_output(self, index: int) -> TxOut | None:
        """The output spent by input `index`: from its witness UTXO, else its non-witness UTXO."""
        inp = self.inputs[index]
        if inp.witness_utxo is not None:
            return inp.witness_utxo
        prev = inp.previous_tx
        if prev is None:
            return None
        return prev.output(self.unsigned_tx().inputs[index].prevout.vout)

    def with_maps(
        self,
        *,
        global_map: PsbtMap | None = None,
        inputs: Sequence[InputMap] | None = None,
        outputs: Sequence[OutputMap] | None = None,
    ) -> Psbt:
        return Psbt(
            self.version,
            self.global_map if global_map is None else global_map,
            self.inputs if inputs is None else tuple(inputs),
            self.outputs if outputs is None else tuple(outputs),
        )

    def serialize(self) -> bytes:
        return serialize_psbt(self)


def serialize_psbt(psbt: Psbt) -> bytes:
    """The binary PSBT: magic, global map, input maps, output maps.

    Not one `b"".join` of every part: a join takes an 80-byte buffer descriptor per part before
    it copies (some 200,000 parts, 14 MiB, for 10,000 inputs: the peak of a whole `payload
    sign`). Nor a buffer grown part by part: its reallocations, between other allocations,
    left the process half as large again as the output. The parts are counted first and copied
    into one buffer of the final size, which a BytesIO hands over without a copy (the size is
    reserved by writing its last byte: the gap is zero-filled, then overwritten).
    """
    parts = [MAGIC]
    psbt.global_map.serialize_into(parts)
    for maps in (psbt.inputs, psbt.outputs):
        for m in maps:
            m.serialize_into(parts)
    out = io.BytesIO()
    out.seek(sum(map(len, parts)) - 1)
    out.write(b"\0")
    out.seek(0)
    out.writelines(parts)
    return out.getvalue()


def _unsigned_tx(psbt: Psbt) -> Transaction:
    g = psbt.global_map
    if psbt.version == 0:
        raw = g.value(GLOBAL_UNSIGNED_TX)
        assert raw is not None  # checked at parse time
        return parse_tx(raw, "PSBT_GLOBAL_UNSIGNED_TX", allow_witness=False)
    version_raw = g.value(GLOBAL_TX_VERSION)
    assert version_raw is not None
    inputs = []
    for m in psbt.inputs:
        txid, vout = m.previous_txid, m.output_index
        assert txid is not None and vout is not None
        seq = m.sequence
        inputs.append(TxIn(OutPoint(txid, vout), b"", SEQUENCE_FINAL if seq is None else seq))
    outputs = []
    for o in psbt.outputs:
        amount, script = o.amount, o.script
        assert amount is not None and script is not None
        outputs.append(TxOut(amount, script))
    version = int.from_bytes(version_raw, "little", signed=True)
    return Transaction(version, tuple(inputs), tuple(outputs), determine_locktime(psbt))


def determine_locktime(psbt: Psbt) -> int:
    """BIP-370 lock-time determination; DecodeError if the inputs' requirements conflict."""
    fallback_raw = psbt.global_map.value(GLOBAL_FALLBACK_LOCKTIME)
    fallback = 0 if fallback_raw is None else _u32(fallback_raw)
    times = [m.required_time_locktime for m in psbt.inputs]
    heights = [m.required_height_locktime for m in psbt.inputs]
    constrained = [
        (t, h) for t, h in zip(times, heights, strict=True) if t is not None or h is not None
    ]
    if not constrained:
        return fallback
    height_ok = all(h is not None for _, h in constrained)
    time_ok = all(t is not None for t, _ in constrained)
    if height_ok:  # BIP-370: height wins when both are possible
        return max(h for _, h in constrained if h is not None)
    if time_ok:
        return max(t for t, _ in constrained if t is not None)
    raise DecodeError(
        "PSBT", "inputs require both a height and a time lock time; none can be chosen"
    )


# --------------------------------------------------------------------------------------------
# Parsing


def _fail(kind: str, index: int | None, type_: int, reason: str) -> DecodeError:
    name = _NAMES[kind].get(type_, f"type 0x{type_:02x}")
    where = "global" if index is None else f"{kind} {index}"
    return DecodeError(f"PSBT {where} {name}", reason)


def _read_map(reader: Reader, kind: MapKind, index: int | None) -> list[Record]:
    records: list[Record] = []
    seen: set[bytes] = set()
    while True:
        start = reader.pos
        key_len = reader.compact_size()
        if key_len == 0:
            return records
        key = reader.read(key_len)
        value = reader.var_bytes()
        if key[0] < 0xFD:  # the common one-byte type, without a second Reader
            type_, keydata = key[0], key[1:]
        else:
            key_reader = Reader(key, f"PSBT {kind} key")
            type_ = key_reader.compact_size()
            keydata = key_reader.rest()
        if key in seen:
            raise _fail(kind, index, type_, f"duplicate key at byte {start}")
        seen.add(key)
        records.append(Record(key, value, type_, keydata))


def _check_len(
    kind: str,
    index: int | None,
    rec: Record,
    keydata: tuple[int, ...],
    value: tuple[int, ...] | None,
) -> None:
    if len(rec.keydata) not in keydata:
        raise _fail(kind, index, rec.type, f"key data length {len(rec.keydata)} is not allowed")
    if value is not None and len(rec.value) not in value:
        raise _fail(kind, index, rec.type, f"value length {len(rec.value)} is not allowed")


def _check_schnorr_sighash_byte(k: str, i: int | None, t: int, sig: bytes) -> None:
    """BIP-341: a 65-byte Schnorr signature names its hash type in the last byte, and 0x00 there
    is invalid (SIGHASH_DEFAULT is written as a 64-byte signature); nodes reject such a witness."""
    if len(sig) == 65 and sig[64] == 0x00:
        raise _fail(k, i, t, "a 65-byte signature cannot end in hash type 0x00 (BIP-341)")


def _check_pubkey(kind: str, index: int | None, rec: Record) -> None:
    key = rec.keydata
    n = len(key)
    if n != 33 and n != 65:
        _check_len(kind, index, rec, (33, 65), None)  # raises, naming the length
    if (key[0] not in (2, 3)) if n == 33 else (key[0] != 4):
        raise _fail(kind, index, rec.type, "public key has a bad prefix")
    if not is_point(key):
        raise _fail(kind, index, rec.type, "public key is not on the curve")


def _check_keypath(kind: str, index: int | None, rec: Record, value: bytes) -> None:
    if len(value) < 4 or len(value) % 4:
        raise _fail(kind, index, rec.type, "key origin must be a fingerprint and 4-byte indexes")
    if len(value) // 4 - 1 > MAX_DEPTH:
        # BIP-32 stores the depth in one byte: a longer path names no key, and deriving it
        # would only cost the signer time after the seed is loaded.
        raise _fail(kind, index, rec.type, f"key origin path deeper than {MAX_DEPTH} levels")


def _check_tap_keypath(kind: str, index: int | None, rec: Record) -> None:
    reader = Reader(rec.value, "tap key origin")
    try:
        n = reader.compact_size()
        if n * 32 > reader.remaining:
            raise reader.error("too many leaf hashes")
        for _ in range(n):
            reader.read(32)
    except DecodeError:
        raise _fail(kind, index, rec.type, "bad leaf hash list") from None
    _check_keypath(kind, index, rec, reader.rest())


def _check_script_or_witness(
    kind: str, index: int | None, rec: Record, parse: Callable[[Reader], object]
) -> None:
    reader = Reader(rec.value, _NAMES[kind].get(rec.type, "value"))
    try:
        parse(reader)
        reader.expect_end()
    except DecodeError as exc:
        raise _fail(kind, index, rec.type, exc.reason) from None


def _check_tap_tree(index: int | None, rec: Record) -> None:
    reader = Reader(rec.value, "PSBT_OUT_TAP_TREE")
    pending: list[int] = []  # depths of subtrees still waiting for a sibling, strictly increasing
    leaves = 0
    try:
        while not reader.at_end():
            depth = reader.u8()
            leaf_version = reader.u8()
            reader.var_bytes()
            leaves += 1
            if depth > 128:
                raise _fail("output", index, rec.type, "leaf depth exceeds 128")
            if leaf_version & 1:
                raise _fail("output", index, rec.type, "bad leaf version")
            if pending and pending[0] == 0:
                raise _fail("output", index, rec.type, "leaves after the tree is complete")
            node = depth
            while pending and pending[-1] == node:  # siblings merge into their parent
                pending.pop()
                node -= 1
            if pending and pending[-1] > node:
                raise _fail("output", index, rec.type, "leaves are not in depth-first order")
            pending.append(node)
    except DecodeError as exc:
        if exc.what == "PSBT_OUT_TAP_TREE":
            raise _fail("output", index, rec.type, exc.reason) from None
        raise
    if leaves == 0:
        raise _fail("output", index, rec.type, "taproot tree must not be empty")
    if pending != [0]:
        raise _fail("output", index, rec.type, "taproot tree is incomplete")


def _check_proprietary(kind: str, index: int | None, rec: Record) -> None:
    reader = Reader(rec.keydata, "proprietary key")
    try:
        reader.var_bytes()
        reader.compact_size()
    except DecodeError:
        raise _fail(kind, index, rec.type, "bad identifier or subtype") from None


def _validate_global(rec: Record, version: int) -> None:
    t = rec.type
    if version == 0 and t in V2_ONLY_GLOBAL and rec.keydata:
        return  # an unknown record in v0 (see _validate_input)
    if t == GLOBAL_UNSIGNED_TX:
        _check_len("global", None, rec, (0,), None)
    elif t == GLOBAL_XPUB:
        _check_len("global", None, rec, (78,), None)
        _check_keypath("global", None, rec, rec.value)
    elif t in (GLOBAL_TX_VERSION, GLOBAL_FALLBACK_LOCKTIME, GLOBAL_VERSION):
        _check_len("global", None, rec, (0,), (4,))
    elif t in (GLOBAL_INPUT_COUNT, GLOBAL_OUTPUT_COUNT):
        _check_len("global", None, rec, (0,), None)
        _check_script_or_witness("global", None, rec, lambda r: r.compact_size())
    elif t == GLOBAL_TX_MODIFIABLE:
        _check_len("global", None, rec, (0,), (1,))
    elif t == GLOBAL_GENERIC_SIGNED_MESSAGE:
        # BIP-322: no key data; the value is the message (its UTF-8 is checked where it is used,
        # so that any such PSBT still round-trips byte for byte).
        _check_len("global", None, rec, (0,), None)
    elif t == PROPRIETARY:
        _check_proprietary("global", None, rec)
    if version == 0 and t in V2_ONLY_GLOBAL:
        raise _fail("global", None, t, "not allowed in PSBT version 0")
    if version == 2 and t in V0_ONLY_GLOBAL:
        raise _fail("global", None, t, "not allowed in PSBT version 2")


def _validate_input(
    rec: Record,
    i: int,
    version: int,
    decoded: dict[str, object],
    views: dict[bytes, TxView] | None = None,
) -> None:
    """Check one input record. The UTXOs it decodes go into `decoded` under the names of the
    `InputMap` views (`previous_tx`, `witness_utxo`), so they are decoded once. `views` holds
    the previous transactions already checked in this PSBT, by their bytes: inputs that spend
    outputs of one transaction carry it each in full, and it is checked and hashed once."""
    t, k = rec.type, "input"
    if version == 0 and t in V2_ONLY_INPUT and rec.keydata:
        return  # not the v2 field (whose key data is empty): an unknown record, kept as is
    if t == IN_NON_WITNESS_UTXO:
        _check_len(k, i, rec, (0,), None)
        view = None if views is None else views.get(rec.value)
        if view is not None:
            # The same bytes as an earlier input's previous transaction (the inputs that
            # spend outputs of one transaction each carry it in full): the record keeps that
            # object, so one copy stays in memory, not one per input. Set through the slot,
            # as `_new_record` builds it, before the record leaves the decoder.
            _SET_VALUE(rec, view.raw)
        else:
            try:
                view = scan_tx(rec.value, "PSBT_IN_NON_WITNESS_UTXO")
            except DecodeError as exc:
                raise _fail(k, i, t, exc.reason) from None
            if views is not None:
                views[rec.value] = view
        decoded["previous_tx"] = view
    elif t == IN_WITNESS_UTXO:
        _check_len(k, i, rec, (0,), None)
        try:
            decoded["witness_utxo"] = txout_from_bytes(rec.value, "PSBT_IN_WITNESS_UTXO")
        except DecodeError as exc:
            raise _fail(k, i, t, exc.reason) from None
    elif t == IN_PARTIAL_SIG:
        _check_pubkey(k, i, rec)
        if not rec.value:
            raise _fail(k, i, t, "empty signature")
    elif t == IN_SIGHASH_TYPE:
        _check_len(k, i, rec, (0,), (4,))
    elif t in (IN_REDEEM_SCRIPT, IN_WITNESS_SCRIPT, IN_FINAL_SCRIPTSIG, IN_POR_COMMITMENT):
        _check_len(k, i, rec, (0,), None)
    elif t == IN_BIP32_DERIVATION:
        _check_pubkey(k, i, rec)
        _check_keypath(k, i, rec, rec.value)
    elif t == IN_FINAL_SCRIPTWITNESS:
        _check_len(k, i, rec, (0,), None)
        _check_script_or_witness(k, i, rec, parse_witness)
    elif t in (IN_RIPEMD160, IN_SHA256, IN_HASH160, IN_HASH256):
        size = 20 if t in (IN_RIPEMD160, IN_HASH160) else 32
        _check_len(k, i, rec, (size,), None)
        if _preimage_hash(t, rec.value) != rec.keydata:
            raise _fail(k, i, t, "preimage does not match its hash")
    elif t == IN_PREVIOUS_TXID:
        _check_len(k, i, rec, (0,), (32,))
    elif t in (IN_OUTPUT_INDEX, IN_SEQUENCE):
        _check_len(k, i, rec, (0,), (4,))
    elif t == IN_REQUIRED_TIME_LOCKTIME:
        _check_len(k, i, rec, (0,), (4,))
        if _u32(rec.value) < LOCKTIME_THRESHOLD:
            raise _fail(k, i, t, f"must be at least {LOCKTIME_THRESHOLD}")
    elif t == IN_REQUIRED_HEIGHT_LOCKTIME:
        _check_len(k, i, rec, (0,), (4,))
        if not 0 < _u32(rec.value) < LOCKTIME_THRESHOLD:
            raise _fail(k, i, t, f"must be between 1 and {LOCKTIME_THRESHOLD - 1}")
    elif t == IN_TAP_KEY_SIG:
        _check_len(k, i, rec, (0,), (64, 65))
        _check_schnorr_sighash_byte(k, i, t, rec.value)
    elif t == IN_TAP_SCRIPT_SIG:
        _check_len(k, i, rec, (64,), (64, 65))
        _check_schnorr_sighash_byte(k, i, t, rec.value)
    elif t == IN_TAP_LEAF_SCRIPT:
        n = len(rec.keydata)
        if n < 33 or n > 33 + 128 * 32 or (n - 33) % 32:
            raise _fail(k, i, t, f"control block length {n} is not allowed")
        if not rec.value:
            raise _fail(k, i, t, "missing leaf version")
    elif t == IN_TAP_BIP32_DERIVATION:
        _check_len(k, i, rec, (32,), None)
        _check_tap_keypath(k, i, rec)
    elif t in (IN_TAP_INTERNAL_KEY, IN_TAP_MERKLE_ROOT):
        _check_len(k, i, rec, (0,), (32,))
    elif t == IN_MUSIG2_PARTICIPANT_PUBKEYS:
        _check_musig_participants(k, i, rec)
    elif t == IN_MUSIG2_PUB_NONCE:
        _check_len(k, i, rec, (66, 98), (66,))
    elif t == IN_MUSIG2_PARTIAL_SIG:
        _check_len(k, i, rec, (66, 98), (32,))
    elif t == PROPRIETARY:
        _check_proprietary(k, i, rec)
    if version == 0 and t in V2_ONLY_INPUT:
        raise _fail(k, i, t, "not allowed in PSBT version 0")


def _check_musig_participants(kind: str, index: int, rec: Record) -> None:
    _check_len(kind, index, rec, (33,), None)
    if not rec.value or len(rec.value) % 33:
        raise _fail(kind, index, rec.type, "participant keys must be a multiple of 33 bytes")


def _validate_output(rec: Record, i: int, version: int) -> None:
    t, k = rec.type, "output"
    if version == 0 and t in V2_ONLY_OUTPUT and rec.keydata:
        return  # an unknown record in v0 (see _validate_input)
    if t in (OUT_REDEEM_SCRIPT, OUT_WITNESS_SCRIPT, OUT_SCRIPT):
        _check_len(k, i, rec, (0,), None)
    elif t == OUT_BIP32_DERIVATION:
        _check_pubkey(k, i, rec)
        _check_keypath(k, i, rec, rec.value)
    elif t == OUT_AMOUNT:
        _check_len(k, i, rec, (0,), (8,))
        # The range a v0 PSBT's unsigned transaction enforces (parse_txout), so that a v2 PSBT
        # cannot carry an amount its own v0 form would refuse (found by fuzz/fuzz_psbt_binary.py).
        if not 0 <= int.from_bytes(rec.value, "little", signed=True) <= MAX_MONEY:
            raise _fail(k, i, t, "amount out of range (negative or above 21 million BTC)")
    elif t == OUT_TAP_INTERNAL_KEY:
        _check_len(k, i, rec, (0,), (32,))
    elif t == OUT_TAP_TREE:
        _check_len(k, i, rec, (0,), None)
        _check_tap_tree(i, rec)
    elif t == OUT_TAP_BIP32_DERIVATION:
        _check_len(k, i, rec, (32,), None)
        _check_tap_keypath(k, i, rec)
    elif t == OUT_MUSIG2_PARTICIPANT_PUBKEYS:
        _check_musig_participants(k, i, rec)
    elif t == PROPRIETARY:
        _check_proprietary(k, i, rec)
    if version == 0 and t in V2_ONLY_OUTPUT:
        raise _fail(k, i, t, "not allowed in PSBT version 0")


def _preimage_hash(type_: int, preimage: bytes) -> bytes:
    if type_ == IN_SHA256:
        return hashlib.sha256(preimage).digest()
    if type_ == IN_HASH256:
        return hashlib.sha256(hashlib.sha256(preimage).digest()).digest()
    if type_ == IN_HASH160:
        return hash160(preimage)
    return ripemd160(preimage)


def parse_psbt(data: bytes) -> Psbt:
    """Parse a binary PSBT (v0 or v2); DecodeError names the field of anything malformed."""
    with collector_paused():
        try:
            return _parse_psbt(bytes(data), fast=True)
        except _Unusual:
            # A map the fast reader does not take (malformed, or a rare legal encoding): the
            # strict reader parses the whole PSBT again and names any problem exactly.
            return _parse_psbt(bytes(data), fast=False)


class _Unusual(Exception):
    """The fast map reader met bytes it leaves to the strict one."""


def _scan_map(data: bytes, pos: int) -> tuple[list[Record], int]:
    """The records of the map at `pos` and the position after it, for the common encoding:
    one-byte key types and key lengths, value lengths below 0x10000 (anything else raises
    _Unusual, as does anything malformed: the strict `_read_map` then names the problem)."""
    try:
        return _scan_records(data, pos)
    except IndexError:  # past the end
        raise _Unusual from None


def _scan_records(data: bytes, pos: int) -> tuple[list[Record], int]:
    records: list[Record] = []
    seen: set[bytes] = set()
    end = len(data)
    while True:
        key, value, pos = _framed(data, pos, end)
        if not key:
            return records, pos
        if key in seen:
            raise _Unusual
        seen.add(key)
        records.append(_new_record(key, value, key[0], key[1:]))


def _framed(data: bytes, pos: int, end: int) -> tuple[bytes, bytes, int]:
    """The key and value of the record at `pos` and the position after it, for the common
    encoding of the fast readers (`_scan_records`, `_scan_input`): one-byte key types and key
    lengths, value lengths below 0x10000 (anything else raises _Unusual, as does a record
    that runs past `end`; IndexError past the end). At a map's separator, an empty key."""
    key_len = data[pos]
    pos += 1
    if key_len == 0:
        return b"", b"", pos
    if key_len >= 0xFD:
        raise _Unusual
    key = data[pos : pos + key_len]
    pos += key_len
    if pos >= end:
        raise _Unusual
    value_len = data[pos]
    if value_len < 0xFD:
        pos += 1
    elif value_len == 0xFD and pos + 3 <= end:
        value_len = data[pos + 1] | data[pos + 2] << 8
        if value_len < 0xFD:
            raise _Unusual
        pos += 3
    else:
        raise _Unusual
    value = data[pos : pos + value_len]
    pos += value_len
    if pos > end or key[0] >= 0xFD:
        raise _Unusual
    return key, value, pos


def _checked_input(
    records: list[Record], i: int, version: int, views: dict[bytes, TxView]
) -> InputMap:
    """Input map `i` of `records` read in full, each record validated (`_validate_input`)."""
    m = InputMap("input", tuple(records))
    decoded: dict[str, object] = {}
    for rec in records:
        _validate_input(rec, i, version, decoded, views)
    # What validation decoded (the UTXOs) is the map's: parsed and hashed once (a cached_view
    # reads the instance's attributes first).
    for name, view in decoded.items():
        _setattr(m, name, view)
    return m


def _scan_input(
    data: bytes,
    pos: int,
    i: int,
    version: int,
    views: dict[bytes, TxView],
    txins: tuple[TxIn, ...] | None,
) -> tuple[InputMap, int]:
    """Input map `i` at `pos` and the position after it: `_read_map` then `_checked_input`
    in one loop over the records (10,000 inputs of three records each), for the common
    encoding (as `_scan_records`) and the common forms of the common fields, which are
    checked here as `_validate_input` checks them: a previous transaction already checked for
    an earlier input, a witness UTXO (`txout_from_bytes`), a BIP-32 origin of a compressed
    key. Every other record goes to `_validate_input`. Anything malformed raises _Unusual
    (the strict reader names it: a record refused here might not be the map's first error),
    as does a map of more than `PsbtMap._INDEXED` records, searched here through a list.

    With `txins` (version 0: the unsigned transaction's inputs), the previous transaction is
    also held against the outpoint and the witness UTXO here (`_utxo_problem`, as
    `_check_consistency` does after every map is read; a problem raises _Unusual).
    The views of fields the map has no record of, which every analysis and signer reads
    (taproot key origins, partial signatures), are set to one shared empty dictionary (views
    are not modified)."""
    records: list[Record] = []
    keys: list[bytes] = []
    types: set[int] = set()  # of the records `_validate_input` checked
    decoded: dict[str, object] = {}
    origins: dict[bytes, KeyPath] | None = None  # the `bip32_derivations` view
    end = len(data)
    crowded = PsbtMap._INDEXED
    try:
        while True:
            key, value, pos = _framed(data, pos, end)
            if not key:
                break
            if len(keys) == crowded or key in keys:
                raise _Unusual
            keys.append(key)
            type_ = key[0]
            keydata = key[1:]
            if type_ == IN_BIP32_DERIVATION:
                # `_check_pubkey` and `_check_keypath` for a 33-byte key.
                value_len = len(value)
                if (
                    len(keydata) != 33
                    or keydata[0] not in (2, 3)
                    or value_len < 4
                    or value_len & 3
                    or value_len > _MAX_KEYPATH_BYTES
                    or not is_point(keydata)
                ):
                    raise _Unusual
                # The view every analysis and signer reads first, built while the value is
                # at hand (in record order, as the view's own comprehension).
                if origins is None:
                    origins = {}
                origins[keydata] = _parse_keypath(value)
            elif type_ == IN_NON_WITNESS_UTXO and len(key) == 1 and value in views:
                # As `_validate_input`: the record keeps the earlier input's bytes.
                view = views[value]
                value = view.raw
                decoded["previous_tx"] = view
            elif type_ == IN_WITNESS_UTXO and len(key) == 1:
                decoded["witness_utxo"] = txout_from_bytes(value, "PSBT_IN_WITNESS_UTXO")
            else:
                rec = _new_record(key, value, type_, keydata)
                _validate_input(rec, i, version, decoded, views)
                records.append(rec)
                types.add(type_)
                continue
            records.append(_new_record(key, value, type_, keydata))
        previous = decoded.get("previous_tx")
        if txins is not None and isinstance(previous, TxView):
            prevout = txins[i].prevout
            witness = decoded.get("witness_utxo")
            assert witness is None or isinstance(witness, TxOut)
            if _utxo_problem(previous, prevout.txid, prevout.vout, witness) is not None:
                raise _Unusual
    except (IndexError, DecodeError):
        raise _Unusual from None
    # InputMap("input", records) with the views validation decoded and the keys it searched,
    # set as `cached_view` sets them: in the instance's inline attributes.
    m: InputMap = _new_object(InputMap)
    _setattr(m, "kind", "input")
    _setattr(m, "records", tuple(records))
    _setattr(m, "_keys", tuple(keys))
    for name, decoded_view in decoded.items():
        _setattr(m, name, decoded_view)
    _setattr(m, "bip32_derivations", _NO_VIEW if origins is None else origins)
    if IN_TAP_BIP32_DERIVATION not in types:
        _setattr(m, "tap_bip32_derivations", _NO_VIEW)
    if IN_PARTIAL_SIG not in types:
        _setattr(m, "partial_sigs", _NO_VIEW)
    return m, pos


# The views of a map without records of their type (see _scan_input): one shared, never
# modified, dictionary rather than one empty dictionary per map (64 bytes each).
_NO_VIEW: dict[bytes, Any] = {}


# An output map without records (each payment of a version 0 PSBT, whose unsigned transaction
# holds its amount and script: 1,000 of a 1,000-output withdrawal): one shared map, whose views
# (computed once, on first use) every such output then reads, not a map and its views each.
# Maps are immutable, so sharing one is sharing a value.
_EMPTY_OUTPUT = OutputMap("output", ())


# The longest key origin `_check_keypath` accepts: a fingerprint and MAX_DEPTH indexes.
_MAX_KEYPATH_BYTES = 4 * (MAX_DEPTH + 1)


def _parse_psbt(data: bytes, *, fast: bool) -> Psbt:
    if len(data) > MAX_PSBT_BYTES:
        raise DecodeError("PSBT", f"{len(data)} bytes is more than the {MAX_PSBT_BYTES}-byte limit")
    reader = Reader(data, "PSBT")
    if reader.peek(5) != MAGIC:
        raise DecodeError("PSBT", "missing the magic bytes 'psbt\\xff'", offset=0)
    reader.read(5)
    global_records = _read_map(reader, "global", None)
    gmap = PsbtMap("global", tuple(global_records))
    version_raw = gmap.value(GLOBAL_VERSION)
    if version_raw is not None and len(version_raw) != 4:
        raise _fail("global", None, GLOBAL_VERSION, "value must be 4 bytes")
    version = 0 if version_raw is None else _u32(version_raw)
    if version not in (0, 2):
        raise _fail("global", None, GLOBAL_VERSION, f"unsupported PSBT version {version}")
    for rec in global_records:
        _validate_global(rec, version)
    if version == 0:
        raw_tx = gmap.value(GLOBAL_UNSIGNED_TX)
        if raw_tx is None:
            raise _fail("global", None, GLOBAL_UNSIGNED_TX, "required in PSBT version 0")
        try:
            tx = parse_tx(raw_tx, "PSBT_GLOBAL_UNSIGNED_TX", allow_witness=False)
        except DecodeError as exc:
            raise _fail("global", None, GLOBAL_UNSIGNED_TX, exc.reason) from None
        if any(txin.script_sig for txin in tx.inputs):
            raise _fail("global", None, GLOBAL_UNSIGNED_TX, "scriptSigs must be empty")
        n_in, n_out = len(tx.inputs), len(tx.outputs)
    else:
        for required in (GLOBAL_TX_VERSION, GLOBAL_INPUT_COUNT, GLOBAL_OUTPUT_COUNT):
            if not gmap.has(required):
                raise _fail("global", None, required, "required in PSBT version 2")
        tx_version_raw = gmap.value(GLOBAL_TX_VERSION)
        assert tx_version_raw is not None
        if _u32(tx_version_raw) < 2:
            raise _fail("global", None, GLOBAL_TX_VERSION, "must be at least 2")
        n_in = Reader(gmap.value(GLOBAL_INPUT_COUNT) or b"", "count").compact_size()
        n_out = Reader(gmap.value(GLOBAL_OUTPUT_COUNT) or b"", "count").compact_size()
    if n_in + n_out > reader.remaining:  # every map takes at least its separator byte
        raise reader.error(f"{n_in} input and {n_out} output maps cannot fit in the bytes left")
    pos = reader.pos
    inputs: list[InputMap] = []
    views: dict[bytes, TxView] = {}
    txins = tx.inputs if version == 0 else None
    for i in range(n_in):
        if fast:
            m, pos = _scan_input(data, pos, i, version, views, txins)
        else:
            m = _checked_input(_read_map(reader, "input", i), i, version, views)
        inputs.append(m)
    outputs: list[OutputMap] = []
    for i in range(n_out):
        if fast:
            records, pos = _scan_map(data, pos)
        else:
            records = _read_map(reader, "output", i)
        for rec in records:
            _validate_output(rec, i, version)
        outputs.append(OutputMap("output", tuple(records)) if records else _EMPTY_OUTPUT)
    if not fast:
        reader.expect_end()
    elif pos != len(data):
        raise _Unusual  # trailing bytes: the strict reader says how many
    psbt = Psbt(version, gmap, tuple(inputs), tuple(outputs))
    if version == 0:
        psbt._tx_cache["tx"] = tx
    _check_consistency(psbt, utxos_checked=fast and version == 0)
    return psbt


def _check_consistency(psbt: Psbt, *, utxos_checked: bool = False) -> None:
    """The checks across a PSBT's maps: v2's required fields, no outpoint spent twice, and
    each previous transaction against its outpoint and witness UTXO (`_utxo_problem`), unless
    `utxos_checked` (the fast reader checked them map by map)."""
    if psbt.version == 2:
        for i, m in enumerate(psbt.inputs):
            for required in (IN_PREVIOUS_TXID, IN_OUTPUT_INDEX):
                if not m.has(required):
                    raise _fail("input", i, required, "required in PSBT version 2")
        for i, o in enumerate(psbt.outputs):
            for required in (OUT_AMOUNT, OUT_SCRIPT):
                if not o.has(required):
                    raise _fail("output", i, required, "required in PSBT version 2")
    tx = psbt.unsigned_tx() if psbt.version == 0 else None
    # Outpoints as (txid, vout) tuples: hashed in C, where an OutPoint's hash is a Python call.
    seen: dict[tuple[bytes, int], int] = {}
    outpoints = (
        [(txin.prevout.txid, txin.prevout.vout) for txin in tx.inputs]
        if tx is not None
        else [(m.previous_txid or b"", m.output_index or 0) for m in psbt.inputs]
    )
    for i, outpoint in enumerate(outpoints):
        first = seen.setdefault(outpoint, i)
        if first != i:
            # Consensus-invalid (bad-txns-inputs-duplicate), and a review would count it twice.
            raise DecodeError("PSBT", f"inputs {first} and {i} spend the same outpoint")
    if utxos_checked:
        return
    for i, m in enumerate(psbt.inputs):
        prev = m.previous_tx
        if prev is None:
            continue
        # (v2: both fields were required above)
        txid, vout = outpoints[i]
        problem = _utxo_problem(prev, txid, vout, m.witness_utxo)
        if problem is not None:
            raise _fail("input", i, IN_NON_WITNESS_UTXO, problem)


def _utxo_problem(prev: TxView, txid: bytes, vout: int, witness: TxOut | None) -> str | None:
    """What is wrong with `prev` as the previous transaction of outpoint (`txid`, `vout`)
    whose output the input's witness UTXO (if any) names; None if nothing."""
    if prev.txid != txid:
        return "does not match the outpoint's txid"
    if vout >= len(prev.output_offsets):
        return "outpoint index is out of range"
    if witness is not None and not prev.output_is(vout, witness):
        # The amount a segwit signature commits to must be the one the previous tx proves.
        return "disagrees with the witness UTXO"
    return None


# --------------------------------------------------------------------------------------------
# Text forms

PsbtFormat = Literal["auto", "base64", "hex", "binary"]


def decode_psbt_text(data: bytes, fmt: PsbtFormat = "auto") -> Psbt:
    """Decode a PSBT given as binary, base64 or hex (`auto`: recognised by its magic).

    The size cap is checked before anything is decoded.
    """
    if len(data) > MAX_PSBT_BYTES * 2:
        raise DecodeError("PSBT", f"{len(data)} bytes is more than the size limit")
    if fmt == "auto":
        if data.startswith(MAGIC):
            fmt = "binary"
        else:
            head = data.lstrip()[:10]
            if head.lower().startswith(b"70736274ff"):
                fmt = "hex"
            elif head.startswith(b"cHNidP8"):
                fmt = "base64"
            else:
                raise DecodeError("PSBT", "not recognised as binary, base64 or hex")
    if fmt == "binary":
        return parse_psbt(data)
    text = b"".join(data.split())
    if fmt == "hex":
        try:
            raw = bytes.fromhex(text.decode("ascii"))
        except (ValueError, UnicodeDecodeError):
            raise DecodeError("PSBT", "invalid hex") from None
    elif fmt == "base64":
        try:
            raw = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise DecodeError("PSBT", "invalid base64") from None
    else:
        raise ValueError(f"unknown PSBT format {fmt!r}")
    return parse_psbt(raw)


def encode_psbt(psbt: Psbt, fmt: Literal["base64", "hex", "binary"]) -> bytes:
    """The PSBT as binary, or as ASCII base64 / hex text (no trailing newline)."""
    raw = serialize_psbt(psbt)
    if fmt == "binary":
        return raw
    if fmt == "hex":
        return raw.hex().encode()
    if fmt == "base64":
        return base64.b64encode(raw)
    raise ValueError(f"unknown PSBT format {fmt!r}")


# --------------------------------------------------------------------------------------------
# Version conversion (BIP-370)


def to_v2(psbt: Psbt) -> Psbt:
    """Convert to PSBT version 2: the unsigned tx becomes per-field records.

    DecodeError for a v0 record that would become a malformed v2 field: one of a v2-only type,
    which a v0 PSBT can only hold with key data (as an unknown record).
    """
    if psbt.version == 2:
        return psbt
    maps: list[tuple[str, int | None, PsbtMap, set[int]]] = [
        ("global", None, psbt.global_map, V2_ONLY_GLOBAL)
    ]
    maps += [("input", i, m, V2_ONLY_INPUT) for i, m in enumerate(psbt.inputs)]
    maps += [("output", i, m, V2_ONLY_OUTPUT) for i, m in enumerate(psbt.outputs)]
    for kind, index, m, v2_only in maps:
        for rec in m.records:
            if rec.type in v2_only:
                raise _fail(kind, index, rec.type, "has key data, so it cannot become the v2 field")
    tx = psbt.unsigned_tx()
    if tx.version < 2:
        raise DecodeError(
            "PSBT",
            f"transaction version {tx.version} cannot be PSBT version 2 (BIP-370 needs >= 2)",
        )
    g = psbt.global_map.without_types([GLOBAL_UNSIGNED_TX, GLOBAL_VERSION])
    g = g.with_records(
        [
            Record.make(GLOBAL_TX_VERSION, b"", (tx.version & 0xFFFF_FFFF).to_bytes(4, "little")),
            Record.make(GLOBAL_FALLBACK_LOCKTIME, b"", tx.locktime.to_bytes(4, "little")),
            Record.make(GLOBAL_INPUT_COUNT, b"", compact_size(len(tx.inputs))),
            Record.make(GLOBAL_OUTPUT_COUNT, b"", compact_size(len(tx.outputs))),
            Record.make(GLOBAL_VERSION, b"", (2).to_bytes(4, "little")),
        ]
    )
    inputs = [
        InputMap("input", m.records).with_records(
            [
                Record.make(IN_PREVIOUS_TXID, b"", txin.prevout.txid),
                Record.make(IN_OUTPUT_INDEX, b"", txin.prevout.vout.to_bytes(4, "little")),
                Record.make(IN_SEQUENCE, b"", txin.sequence.to_bytes(4, "little")),
            ]
        )
        for m, txin in zip(psbt.inputs, tx.inputs, strict=True)
    ]
    outputs = [
        OutputMap("output", m.records).with_records(
            [
                Record.make(OUT_AMOUNT, b"", out.amount_sat.to_bytes(8, "little")),
                Record.make(OUT_SCRIPT, b"", out.script_pubkey),
            ]
        )
        for m, out in zip(psbt.outputs, tx.outputs, strict=True)
    ]
    return Psbt(2, g, tuple(_as_input(m) for m in inputs), tuple(_as_output(m) for m in outputs))


def to_v0(psbt: Psbt) -> Psbt:
    """Convert to PSBT version 0; DecodeError if no lock time satisfies every input (BIP-370)."""
    if psbt.version == 0:
        return psbt
    tx = psbt.unsigned_tx()
    g = psbt.global_map.without_types(V2_ONLY_GLOBAL | {GLOBAL_VERSION})
    g = g.with_record(Record.make(GLOBAL_UNSIGNED_TX, b"", tx.serialize(witness=False)))
    inputs = tuple(_as_input(m.without_types(V2_ONLY_INPUT)) for m in psbt.inputs)
    outputs = tuple(_as_output(m.without_types(V2_ONLY_OUTPUT)) for m in psbt.outputs)
    return Psbt(0, g, inputs, outputs)


def _as_input(m: PsbtMap) -> InputMap:
    return m if isinstance(m, InputMap) else InputMap("input", m.records)


def _as_output(m: PsbtMap) -> OutputMap:
    return m if isinstance(m, OutputMap) else OutputMap("output", m.records)


# --------------------------------------------------------------------------------------------
# Combiner, finalizer, extractor (BIP-174 roles)


def combine(psbts: Sequence[Psbt]) -> Psbt:
    """Merge PSBTs of the same transaction: records missing from the first are added.

    Where two PSBTs hold different values under one key, the first one's value is kept (as Bitcoin
    Core does). PolicyViolation if the transactions differ.
    """
    if not psbts:
        raise ValueError("nothing to combine")
    first = psbts[0]
    txid = first.unsigned_tx().txid
    g, ins, outs = first.global_map, list(first.inputs), list(first.outputs)
    for n, other in enumerate(psbts[1:], start=2):
        if other.unsigned_tx().txid != txid:
            raise PolicyViolation([f"PSBT {n} is for a different transaction than PSBT 1"])
        other = to_v2(other) if first.version == 2 else to_v0(other)
        g = g.with_records(other.global_map.records, replace_existing=False)
        ins = [
            _as_input(a.with_records(b.records, replace_existing=False))
            for a, b in zip(ins, other.inputs, strict=True)
        ]
        outs = [
            _as_output(a.with_records(b.records, replace_existing=False))
            for a, b in zip(outs, other.outputs, strict=True)
        ]
    return Psbt(first.version, g, tuple(ins), tuple(outs))


def _finalize_input(psbt: Psbt, index: int) -> InputMap | None:
    """The finalized map for input `index`, or None if it cannot be finalized yet."""
    inp = psbt.inputs[index]
    if inp.is_finalized:
        return inp
    spent = psbt.spent_output(index)
    if spent is None:
        return None
    spk = spent.script_pubkey
    sigs = inp.partial_sigs
    script_sig = b""
    witness: tuple[bytes, ...] | None = None
    inner = spk
    if len(spk) == 23 and spk[:2] == b"\xa9\x14" and spk[-1] == 0x87:  # P2SH
        redeem = inp.redeem_script
        if redeem is None or hash160(redeem) != spk[2:22]:
            return None
        inner = redeem
        script_sig = push_data(redeem)
    if len(inner) == 22 and inner[:2] == b"\x00\x14":  # P2WPKH
        match = [(pk, s) for pk, s in sigs.items() if hash160(pk) == inner[2:]]
        if not match:
            return None
        witness = (match[0][1], match[0][0])
    elif len(inner) == 34 and inner[:2] == b"\x00\x20":  # P2WSH multisig
        ws = inp.witness_script
        if ws is None or hashlib.sha256(ws).digest() != inner[2:]:
            return None
        stack = _multisig_stack(ws, sigs)
        if stack is None:
            return None
        witness = (b"", *stack, ws)
    elif len(inner) == 34 and inner[:2] == b"\x51\x20" and inner is spk:  # P2TR key path
        if inp.tap_key_sig is None:
            return None
        witness = (inp.tap_key_sig,)
    elif inner is not spk:  # P2SH multisig (legacy)
        stack = _multisig_stack(inner, sigs)
        if stack is None:
            return None
        script_sig = b"\x00" + b"".join(push_data(s) for s in stack) + script_sig
    elif len(spk) == 25 and spk[:3] == b"\x76\xa9\x14" and spk[-2:] == b"\x88\xac":  # P2PKH
        match = [(pk, s) for pk, s in sigs.items() if hash160(pk) == spk[3:23]]
        if not match:
            return None
        script_sig = push_data(match[0][1]) + push_data(match[0][0])
    else:
        return None
    out = inp.only_types([IN_NON_WITNESS_UTXO, IN_WITNESS_UTXO, *sorted(V2_ONLY_INPUT)])
    new: list[Record] = []
    if script_sig:
        new.append(Record.make(IN_FINAL_SCRIPTSIG, b"", script_sig))
    if witness is not None:
        new.append(Record.make(IN_FINAL_SCRIPTWITNESS, b"", serialize_witness(witness)))
    return _as_input(out.with_records(new))


def _multisig_stack(script: bytes, sigs: dict[bytes, bytes]) -> list[bytes] | None:
    parsed = parse_multisig(script)
    if parsed is None:
        return None
    m, keys = parsed
    chosen = [sigs[k] for k in keys if k in sigs][:m]
    return chosen if len(chosen) == m else None


def finalize(psbt: Psbt) -> tuple[Psbt, list[int]]:
    """BIP-174 finalizer: finalize every input it can; returns the PSBT and the inputs left over.

    Supports P2WPKH, P2SH-P2WPKH, P2TR key path, P2WSH / P2SH-P2WSH / P2SH multisig and P2PKH.
    Only utxo, proprietary and unknown records are kept on a finalized input.
    """
    inputs: list[InputMap] = []
    missing: list[int] = []
    for i, inp in enumerate(psbt.inputs):
        done = _finalize_input(psbt, i)
        if done is None:
            missing.append(i)
            inputs.append(inp)
        else:
            inputs.append(done)
    return psbt.with_maps(inputs=inputs), missing


def finalize_complete(psbt: Psbt) -> Psbt:
    """Finalize every input, or raise PolicyViolation naming the inputs that lack signatures."""
    done, missing = finalize(psbt)
    if missing:
        raise PolicyViolation(
            [f"input {i} cannot be finalized (missing signatures or scripts)" for i in missing]
        )
    return done


def extract(psbt: Psbt) -> Transaction:
    """BIP-174 extractor: the network transaction; PolicyViolation if an input is not finalized."""
    tx = psbt.unsigned_tx()
    not_final = [i for i, m in enumerate(psbt.inputs) if not m.is_finalized]
    if not_final:
        raise PolicyViolation([f"input {i} is not finalized" for i in not_final])
    inputs = tuple(
        replace(txin, script_sig=m.final_script_sig or b"", witness=m.final_script_witness or ())
        for txin, m in zip(tx.inputs, psbt.inputs, strict=True)
    )
    return replace(tx, inputs=inputs)
