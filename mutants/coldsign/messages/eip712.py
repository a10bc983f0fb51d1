"""EIP-712 typed structured data, as `eth_signTypedData_v4` JSON: a total decoder and the hashes.

    encodeType(T)   = "T(type1 name1,...)" followed by every struct T references, sorted by name
    typeHash(T)     = keccak256(encodeType(T))
    hashStruct(s)   = keccak256(typeHash(T) || encodeData(s))
    encodeData      : one 32-byte word per field, in declared order: address (left-padded),
                      bool (0/1), uintN / intN (two's complement, sign-extended), bytesN
                      (right-padded), string / bytes (keccak256 of the bytes), struct
                      (hashStruct), array (keccak256 of the concatenated words of its elements)
    signing hash    = keccak256(0x19 0x01 || hashStruct(domain) || hashStruct(message))

The decoder (`decode_typed_data`) refuses, with a DecodeError naming the place, anything a
careful reader could see two ways:
- top-level keys other than types, primaryType, domain, message; a primaryType of EIP712Domain;
- type and field names that are not identifiers, atomic type names used as struct names,
  repeated field names, entries other than {"name", "type"};
- the aliases `uint`/`int`, fixed-point, function and tuple types, bytes0/bytes33, uintN with N
  not a multiple of 8 in 8..256; references to undeclared structs; declared structs that the
  primary type and the domain never use (eth-account refuses them, MetaMask ignores them);
- an EIP712Domain other than a subset, in this order, of (string name, string version,
  uint256 chainId, address verifyingContract, bytes32 salt) (eth-account re-orders the domain,
  MetaMask does not: only the canonical order hashes the same in both);
- values: missing or extra struct fields; arrays of the wrong length; numbers as JSON floats,
  out of range for their type, or as text other than decimal or 0x-hex; addresses other than
  0x + 40 hex (mixed case must be the EIP-55 checksum); bytes other than 0x + even hex, bytesN
  other than exactly N bytes; booleans other than true/false; strings with lone surrogates;
- more than MAX_JSON_BYTES of JSON, nesting deeper than MAX_DEPTH, arrays nested deeper than
  MAX_ARRAY_DEPTH or with fixed lengths above MAX_ARRAY_LENGTH.
Recursive struct types are allowed (encodeType follows references once); a value can only nest
as deep as its JSON, which is bounded.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeAlias

from coldsign.chains.evm.address import Address
from coldsign.chains.evm.hashing import keccak256
from coldsign.codec import jsontext
from coldsign.errors import DecodeError
from coldsign.messages.evmsig import (
    EvmSignature,
    SupportsReveal,
    recover_digest,
    sign_digest,
    with_seed_key,
)

WHAT = "EIP-712 typed data"
MAX_JSON_BYTES = 1024 * 1024
MAX_DEPTH = 24
MAX_ARRAY_DEPTH = 4
MAX_ARRAY_LENGTH = 1024
MAX_TYPES = 256
MAX_FIELDS = 256
DOMAIN = "EIP712Domain"

_IDENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_DECIMAL = re.compile(r"-?(0|[1-9][0-9]{0,79})")
_HEXNUM = re.compile(r"0x[0-9a-fA-F]{1,64}")
_HEXBYTES = re.compile(r"0x(?:[0-9a-fA-F]{2})*")
_ARRAY_SUFFIX = re.compile(r"\[([1-9][0-9]{0,3})?\]")


# --------------------------------------------------------------------------------------------
# Types


class AtomicKind(enum.Enum):
    ADDRESS = "address"
    BOOL = "bool"
    STRING = "string"
    BYTES = "bytes"
    FIXED_BYTES = "bytesN"
    UINT = "uintN"
    INT = "intN"


@dataclass(frozen=True)
class Atomic:
    """An atomic or dynamic EIP-712 type; `size` is N of bytesN, or the bits of uintN/intN."""

    kind: AtomicKind
    size: int = 0

    def __str__(self) -> str:
        if self.kind is AtomicKind.FIXED_BYTES:
            return f"bytes{self.size}"
        if self.kind is AtomicKind.UINT:
            return f"uint{self.size}"
        if self.kind is AtomicKind.INT:
            return f"int{self.size}"
        return str(self.kind.value)


@dataclass(frozen=True)
class StructRef:
    """A reference to a declared struct type."""

    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class ArrayOf:
    """T[] (length None) or T[k]."""

    element: TypeExpr
    length: int | None = None

    def __str__(self) -> str:
        return f"{self.element}[{'' if self.length is None else self.length}]"


TypeExpr: TypeAlias = Atomic | StructRef | ArrayOf


def _atomic(name: str) -> Atomic | None:
    if name == "address":
        return Atomic(AtomicKind.ADDRESS)
    if name == "bool":
        return Atomic(AtomicKind.BOOL)
    if name == "string":
        return Atomic(AtomicKind.STRING)
    if name == "bytes":
        return Atomic(AtomicKind.BYTES)
    m = re.fullmatch(r"bytes([1-9][0-9]?)", name)
    if m and 1 <= int(m.group(1)) <= 32:
        return Atomic(AtomicKind.FIXED_BYTES, int(m.group(1)))
    m = re.fullmatch(r"(u?)int([1-9][0-9]{0,2})", name)
    if m:
        bits = int(m.group(2))
        if bits % 8 == 0 and 8 <= bits <= 256:
            return Atomic(AtomicKind.UINT if m.group(1) else AtomicKind.INT, bits)
    return None


def _looks_atomic(name: str) -> bool:
    """Names Solidity reserves for elementary types (aliases and bad sizes included)."""
    return bool(
        re.fullmatch(r"(address|bool|string|bytes[0-9]*|u?int[0-9]*|u?fixed[0-9x]*|function)", name)
    )


@dataclass(frozen=True)
class Field:
    name: str
    type: TypeExpr


@dataclass(frozen=True)
class StructType:
    name: str
    fields: tuple[Field, ...]

    def signature(self) -> str:
        return f"{self.name}(" + ",".join(f"{f.type} {f.name}" for f in self.fields) + ")"


# --------------------------------------------------------------------------------------------
# Values


@dataclass(frozen=True)
class StructValue:
    """A struct's values in declared field order."""

    type_name: str
    fields: tuple[tuple[str, Value], ...]

    def __getitem__(self, name: str) -> Value:
        for key, value in self.fields:
            if key == name:
                return value
        raise KeyError(name)

    def get(self, name: str) -> Value | None:
        for key, value in self.fields:
            if key == name:
                return value
        return None


Value: TypeAlias = bool | int | str | bytes | Address | StructValue | tuple["Value", ...]


@dataclass(frozen=True)
class Domain:
    """The EIP712Domain fields present (None when the domain does not declare them)."""

    name: str | None = None
    version: str | None = None
    chain_id: int | None = None
    verifying_contract: Address | None = None
    salt: bytes | None = None


_DOMAIN_FIELDS: tuple[tuple[str, Atomic], ...] = (
    ("name", Atomic(AtomicKind.STRING)),
    ("version", Atomic(AtomicKind.STRING)),
    ("chainId", Atomic(AtomicKind.UINT, 256)),
    ("verifyingContract", Atomic(AtomicKind.ADDRESS)),
    ("salt", Atomic(AtomicKind.FIXED_BYTES, 32)),
)


@dataclass(frozen=True)
class TypedData:
    """Decoded typed data: its struct types, primary type, domain and message (all checked)."""

    types: tuple[StructType, ...]
    primary_type: str
    domain: StructValue
    message: StructValue
    _type_hashes: dict[str, bytes] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def _by_name(self) -> dict[str, StructType]:
        return {t.name: t for t in self.types}

    def struct(self, name: str) -> StructType:
        return self._by_name[name]

    @property
    def domain_fields(self) -> Domain:
        d = self.domain
        vc = d.get("verifyingContract")
        name, version, chain, salt = (
            d.get("name"),
            d.get("version"),
            d.get("chainId"),
            d.get("salt"),
        )
        return Domain(
            name=name if isinstance(name, str) else None,
            version=version if isinstance(version, str) else None,
            chain_id=chain if isinstance(chain, int) and not isinstance(chain, bool) else None,
            verifying_contract=vc if isinstance(vc, Address) else None,
            salt=salt if isinstance(salt, bytes) else None,
        )

    def encode_type(self, name: str) -> str:
        """encodeType: the struct, then every struct it references (transitively), by name."""
        deps = sorted(_dependencies(self._by_name, name) - {name})
        return "".join(self._by_name[n].signature() for n in (name, *deps))

    def type_hash(self, name: str) -> bytes:
        cached = self._type_hashes.get(name)
        if cached is None:
            cached = keccak256(self.encode_type(name).encode("ascii"))
            self._type_hashes[name] = cached
        return cached

    def encode_data(self, value: StructValue) -> bytes:
        """encodeData of a struct value: typeHash, then one word per field."""
        struct = self._by_name[value.type_name]
        words = [self.type_hash(struct.name)]
        for f, (_, v) in zip(struct.fields, value.fields, strict=True):
            words.append(self._word(f.type, v))
        return b"".join(words)

    def hash_struct(self, value: StructValue) -> bytes:
        return keccak256(self.encode_data(value))

    def _word(self, t: TypeExpr, v: Value) -> bytes:
        if isinstance(t, StructRef):
            assert isinstance(v, StructValue)
            return self.hash_struct(v)
        if isinstance(t, ArrayOf):
            assert isinstance(v, tuple)
            return keccak256(b"".join(self._word(t.element, x) for x in v))
        return _atomic_word(t, v)

    @property
    def domain_separator(self) -> bytes:
        return self.hash_struct(self.domain)

    @property
    def message_hash(self) -> bytes:
        return self.hash_struct(self.message)

    @property
    def signing_hash(self) -> bytes:
        """keccak256(0x1901 || domainSeparator || hashStruct(message)): what is signed."""
        return keccak256(b"\x19\x01" + self.domain_separator + self.message_hash)


def _dependencies(types: Mapping[str, StructType], name: str) -> set[str]:
    seen: set[str] = set()
    stack = [name]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        for f in types[current].fields:
            inner = f.type
            while isinstance(inner, ArrayOf):
                inner = inner.element
            if isinstance(inner, StructRef):
                stack.append(inner.name)
    return seen


def _atomic_word(t: Atomic, v: Value) -> bytes:
    k = t.kind
    if k is AtomicKind.ADDRESS:
        assert isinstance(v, Address)
        return bytes(12) + v.raw
    if k is AtomicKind.BOOL:
        assert isinstance(v, bool)
        return int(v).to_bytes(32, "big")
    if k is AtomicKind.STRING:
        assert isinstance(v, str)
        return keccak256(v.encode("utf-8"))
    if k is AtomicKind.BYTES:
        assert isinstance(v, bytes)
        return keccak256(v)
    if k is AtomicKind.FIXED_BYTES:
        assert isinstance(v, bytes)
        return v.ljust(32, b"\x00")
    assert isinstance(v, int) and not isinstance(v, bool)
    return (v % (1 << 256)).to_bytes(32, "big")


# --------------------------------------------------------------------------------------------
# Decoding


def _fail(where: str, reason: str) -> DecodeError:
    return DecodeError(f"{WHAT} {where}" if where else WHAT, reason)


def _refuse_float(text: str) -> Any:
    raise DecodeError(WHAT, f"number {text[:20]!r} is not an integer (floats are refused)")


def _refuse_constant(text: str) -> Any:
    raise DecodeError(WHAT, f"{text} is not JSON")


def decode_typed_data(data: bytes | str) -> TypedData:
    """Decode eth_signTypedData_v4 JSON text into TypedData; DecodeError for anything else."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    if len(raw) > MAX_JSON_BYTES:
        raise _fail("", f"{len(raw)} bytes of JSON is more than {MAX_JSON_BYTES}")
    obj = jsontext.loads(
        raw,
        WHAT,
        max_depth=MAX_DEPTH,
        parse_float=_refuse_float,
        parse_constant=_refuse_constant,
        unique_keys=True,
    )
    return typed_data_from_json(obj)


def typed_data_from_json(obj: object) -> TypedData:
    """Build TypedData from already-parsed JSON (dicts, lists, str, int, bool, None).

    Total over any such object: DecodeError for everything the module docstring lists.
    """
    if not isinstance(obj, dict):
        raise _fail("", "not a JSON object")
    keys = set(obj)
    expected = {"types", "primaryType", "domain", "message"}
    if keys != expected:
        extra, missing = sorted(keys - expected), sorted(expected - keys)
        raise _fail("", f"top-level keys: missing {missing}, unknown {extra}")
    primary = obj["primaryType"]
    if not isinstance(primary, str):
        raise _fail("primaryType", "not a string")
    types = _decode_types(obj["types"])
    if DOMAIN not in types:
        raise _fail("types", "EIP712Domain is not declared")
    _check_domain_type(types[DOMAIN])
    if primary == DOMAIN:
        raise _fail("primaryType", "EIP712Domain as the primary type is refused")
    if primary not in types:
        raise _fail("primaryType", f"{primary!r} is not a declared type")
    used = _dependencies(types, primary) | _dependencies(types, DOMAIN)
    unused = sorted(set(types) - used)
    if unused:
        raise _fail("types", f"declared but never used: {unused}")
    domain = _decode_struct(types, DOMAIN, obj["domain"], "domain", 0)
    message = _decode_struct(types, primary, obj["message"], "message", 0)
    ordered = tuple(types[n] for n in sorted(types))
    return TypedData(ordered, primary, domain, message)


def _decode_types(raw: object) -> dict[str, StructType]:
    if not isinstance(raw, dict):
        raise _fail("types", "not a JSON object")
    if len(raw) > MAX_TYPES:
        raise _fail("types", f"more than {MAX_TYPES} types")
    names = set()
    for name in raw:
        if not _IDENT.fullmatch(name) or _looks_atomic(name):
            raise _fail("types", f"{name!r} is not a valid struct name")
        names.add(name)
    out: dict[str, StructType] = {}
    for name, fields in raw.items():
        where = f"types.{name}"
        if not isinstance(fields, list):
            raise _fail(where, "not a list of fields")
        if len(fields) > MAX_FIELDS:
            raise _fail(where, f"more than {MAX_FIELDS} fields")
        seen: set[str] = set()
        decoded: list[Field] = []
        for i, entry in enumerate(fields):
            if not isinstance(entry, dict) or set(entry) != {"name", "type"}:
                raise _fail(f"{where}[{i}]", 'must be exactly {"name": ..., "type": ...}')
            fname, ftype = entry["name"], entry["type"]
            if not isinstance(fname, str) or not _IDENT.fullmatch(fname):
                raise _fail(f"{where}[{i}]", "field name is not an identifier")
            if fname in seen:
                raise _fail(f"{where}[{i}]", f"field {fname!r} is declared twice")
            seen.add(fname)
            if not isinstance(ftype, str):
                raise _fail(f"{where}.{fname}", "type is not a string")
            decoded.append(Field(fname, _parse_type(ftype, names, f"{where}.{fname}")))
        out[name] = StructType(name, tuple(decoded))
    return out


def _parse_type(text: str, structs: set[str], where: str) -> TypeExpr:
    base_end = text.find("[")
    base = text if base_end < 0 else text[:base_end]
    suffix = "" if base_end < 0 else text[base_end:]
    lengths: list[int | None] = []
    pos = 0
    while pos < len(suffix):
        m = _ARRAY_SUFFIX.match(suffix, pos)
        if m is None:
            raise _fail(where, f"type {text!r}: bad array suffix")
        length = None if m.group(1) is None else int(m.group(1))
        if length is not None and length > MAX_ARRAY_LENGTH:
            raise _fail(where, f"type {text!r}: fixed length above {MAX_ARRAY_LENGTH}")
        lengths.append(length)
        pos = m.end()
    if len(lengths) > MAX_ARRAY_DEPTH:
        raise _fail(where, f"type {text!r}: arrays nested deeper than {MAX_ARRAY_DEPTH}")
    atomic = _atomic(base)
    result: TypeExpr
    if atomic is not None:
        result = atomic
    elif base in structs:
        result = StructRef(base)
    elif _looks_atomic(base) or base in ("fixed", "ufixed", "tuple"):
        raise _fail(where, f"type {base!r} is not an EIP-712 type (aliases and sizes are exact)")
    else:
        raise _fail(where, f"type {base!r} is not declared")
    for length in lengths:
        result = ArrayOf(result, length)
    return result


def _check_domain_type(struct: StructType) -> None:
    names = [f.name for f in struct.fields]
    canonical = [n for n, _ in _DOMAIN_FIELDS]
    allowed = dict(_DOMAIN_FIELDS)
    for f in struct.fields:
        if f.name not in allowed:
            raise _fail("types.EIP712Domain", f"unknown domain field {f.name!r}")
        if f.type != allowed[f.name]:
            raise _fail("types.EIP712Domain", f"{f.name} must have type {allowed[f.name]}")
    if names != [n for n in canonical if n in names]:
        raise _fail(
            "types.EIP712Domain",
            "fields must be in the order name, version, chainId, verifyingContract, salt",
        )


def _decode_struct(
    types: Mapping[str, StructType], name: str, raw: object, where: str, depth: int
) -> StructValue:
    if depth > MAX_DEPTH:
        raise _fail(where, "nested too deeply")
    if not isinstance(raw, dict):
        raise _fail(where, f"a {name} must be a JSON object")
    struct = types[name]
    declared = [f.name for f in struct.fields]
    if set(raw) != set(declared):
        missing = [n for n in declared if n not in raw]
        extra = sorted(set(raw) - set(declared))
        raise _fail(where, f"{name}: missing fields {missing}, unknown fields {extra}")
    values = tuple(
        (f.name, _decode_value(types, f.type, raw[f.name], f"{where}.{f.name}", depth + 1))
        for f in struct.fields
    )
    return StructValue(name, values)


def _decode_value(
    types: Mapping[str, StructType], t: TypeExpr, raw: object, where: str, depth: int
) -> Value:
    if depth > MAX_DEPTH:
        raise _fail(where, "nested too deeply")
    if isinstance(t, StructRef):
        return _decode_struct(types, t.name, raw, where, depth)
    if isinstance(t, ArrayOf):
        if not isinstance(raw, list):
            raise _fail(where, f"a {t} must be a JSON array")
        if t.length is not None and len(raw) != t.length:
            raise _fail(where, f"a {t} needs {t.length} elements, found {len(raw)}")
        return tuple(
            _decode_value(types, t.element, x, f"{where}[{i}]", depth + 1)
            for i, x in enumerate(raw)
        )
    return _decode_atomic(t, raw, where)


def _decode_atomic(t: Atomic, raw: object, where: str) -> Value:
    k = t.kind
    if k is AtomicKind.BOOL:
        if not isinstance(raw, bool):
            raise _fail(where, "a bool must be true or false")
        return raw
    if k is AtomicKind.ADDRESS:
        if not isinstance(raw, str):
            raise _fail(where, "an address must be a string")
        return Address.parse(raw, f"{WHAT} {where}")
    if k is AtomicKind.STRING:
        if not isinstance(raw, str):
            raise _fail(where, "a string must be a JSON string")
        try:
            raw.encode("utf-8")
        except UnicodeEncodeError:
            raise _fail(where, "string is not valid Unicode (lone surrogate)") from None
        return raw
    if k in (AtomicKind.BYTES, AtomicKind.FIXED_BYTES):
        if not isinstance(raw, str) or not _HEXBYTES.fullmatch(raw):
            raise _fail(where, "bytes must be 0x followed by an even number of hex digits")
        value = bytes.fromhex(raw[2:])
        if k is AtomicKind.FIXED_BYTES and len(value) != t.size:
            raise _fail(where, f"bytes{t.size} needs exactly {t.size} bytes, found {len(value)}")
        if len(value) > MAX_JSON_BYTES:
            raise _fail(where, "bytes too long")
        return value
    number = _decode_integer(raw, where)
    if k is AtomicKind.UINT:
        lo, hi = 0, (1 << t.size) - 1
    else:
        lo, hi = -(1 << (t.size - 1)), (1 << (t.size - 1)) - 1
    if not lo <= number <= hi:
        raise _fail(where, f"{number} is out of range for {t}")
    return number


def _decode_integer(raw: object, where: str) -> int:
    if isinstance(raw, bool):
        raise _fail(where, "a number must not be true or false")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str):
        if _DECIMAL.fullmatch(raw):
            return int(raw, 10)
        if _HEXNUM.fullmatch(raw):
            return int(raw[2:], 16)
        raise _fail(where, "a number as text must be decimal or 0x-hex")
    raise _fail(where, "not a number")


# --------------------------------------------------------------------------------------------
# Signing


def sign(typed: TypedData, key: SupportsReveal | bytes) -> EvmSignature:
    """eth_signTypedData_v4: sign the signing hash (RFC 6979, low S, checked by recovery)."""
    return sign_digest(key, typed.signing_hash)


def sign_with_seed(
    typed: TypedData,
    seed: object,
    path: str | Sequence[int],
    *,
    expected_address: Address | None = None,
) -> EvmSignature:
    """`sign` with the BIP-32 key at `path` below `seed` (NotOurs if its address is not
    `expected_address`)."""
    digest = typed.signing_hash
    return with_seed_key(seed, path, expected_address, lambda key: sign_digest(key, digest))


def recover(typed: TypedData, signature: EvmSignature) -> Address | None:
    """The address that signed `typed`, or None if no key recovers."""
    return recover_digest(typed.signing_hash, signature)


def verify(address: Address, typed: TypedData, signature: EvmSignature) -> bool:
    return recover(typed, signature) == address


def iter_fields(value: StructValue, prefix: str = "") -> Iterator[tuple[str, Value]]:
    """(dotted path, atomic value) for every leaf of `value`, in declared order (for display)."""
    for name, v in value.fields:
        path = f"{prefix}{name}"
        yield from _iter_value(path, v)


def _iter_value(path: str, v: Value) -> Iterator[tuple[str, Value]]:
    if isinstance(v, StructValue):
        yield from iter_fields(v, path + ".")
    elif isinstance(v, tuple):
        for i, x in enumerate(v):
            yield from _iter_value(f"{path}[{i}]", x)
    else:
        yield path, v


__all__ = [
    "ArrayOf",
    "Atomic",
    "AtomicKind",
    "Domain",
    "Field",
    "StructRef",
    "StructType",
    "StructValue",
    "TypedData",
    "Value",
    "decode_typed_data",
    "iter_fields",
    "recover",
    "sign",
    "sign_with_seed",
    "typed_data_from_json",
    "verify",
]
