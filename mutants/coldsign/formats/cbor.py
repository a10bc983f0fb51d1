"""A strict, total CBOR (RFC 8949) decoder for the subset UR registry types use, and its encoder.

Why not `cbor2.loads`: cbor2 turns well-known tags into Python objects (tag 37 into a `uuid.UUID`,
2/3 into integers, 28/29 into shared references that can build cyclic structures), and the hook
that would turn that off has no stable signature across its 5.x and 6.x releases. The registry
needs the opposite: every tag kept as a number next to its value. So decoding walks the bytes
through the bounds-checked Reader: definite lengths only, minimal (canonical) heads, no floats
or simple values other than false/true/null, map keys that are integers or text and never
repeat, bounded nesting, and no trailing bytes. Anything else raises DecodeError.

Encoding goes through cbor2 (loaded lazily), which writes the same minimal heads; the tests
check that this decoder reads back exactly what cbor2 wrote.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias, Union

from coldsign.codec.reader import Reader
from coldsign.errors import DecodeError

MAX_DEPTH = 24
MAX_INPUT = 1 << 20  # no registry object we read comes near a megabyte

Key: TypeAlias = int | str
Value: TypeAlias = Union[int, bytes, str, bool, list["Value"], dict[Key, "Value"], "Tagged", None]


@dataclass(frozen=True)
class Tagged:
    """A CBOR tag number with the item it tags (kept as data, never interpreted here)."""

    tag: int
    value: Value


_MIN_FOR_WIDTH = {24: 24, 25: 0x100, 26: 0x1_0000, 27: 0x1_0000_0000}
_WIDTH = {24: 1, 25: 2, 26: 4, 27: 8}


def _head(reader: Reader) -> tuple[int, int]:
    """(major type, argument) of the next item; minimal encodings only, definite lengths only."""
    start = reader.pos
    first = reader.u8()
    major, info = first >> 5, first & 0x1F
    if info < 24:
        return major, info
    if info in _WIDTH:
        value = int.from_bytes(reader.read(_WIDTH[info]), "big")
        if value < _MIN_FOR_WIDTH[info]:
            raise reader.error("non-canonical (longer than needed) integer or length", offset=start)
        return major, value
    if info == 31:
        raise reader.error("indefinite-length items are not accepted", offset=start)
    raise reader.error(f"reserved additional information {info}", offset=start)


def _item(reader: Reader, depth: int) -> Value:
    if depth > MAX_DEPTH:
        raise reader.error(f"nested deeper than {MAX_DEPTH} levels")
    start = reader.pos
    major, arg = _head(reader)
    if major == 0:
        return arg
    if major == 1:
        return -1 - arg
    if major == 2:
        return reader.read(_length(reader, arg, start))
    if major == 3:
        raw = reader.read(_length(reader, arg, start))
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise reader.error("text string is not UTF-8", offset=start) from None
    if major == 4:
        count = _length(reader, arg, start)  # every item takes at least one byte
        return [_item(reader, depth + 1) for _ in range(count)]
    if major == 5:
        count = _length(reader, arg * 2, start) // 2
        out: dict[Key, Value] = {}
        for _ in range(count):
            key_at = reader.pos
            key = _item(reader, depth + 1)
            if isinstance(key, bool) or not isinstance(key, int | str):
                raise reader.error("map key is not an integer or text", offset=key_at)
            if key in out:
                raise reader.error(f"map key {key!r} appears twice", offset=key_at)
            out[key] = _item(reader, depth + 1)
        return out
    if major == 6:
        return Tagged(arg, _item(reader, depth + 1))
    # major 7: only false, true and null carry meaning in the registry types we read.
    simple = {20: False, 21: True, 22: None}
    if arg in simple and reader.pos - start == 1:
        return simple[arg]
    raise reader.error("floats, undefined and other simple values are not accepted", offset=start)


def _length(reader: Reader, n: int, start: int) -> int:
    if n > reader.remaining:
        raise reader.error(f"length {n} exceeds the {reader.remaining} bytes left", offset=start)
    return n


def loads(data: bytes, what: str) -> Value:
    """Decode exactly one CBOR item from `data`; DecodeError naming `what` for anything else."""
    if len(data) > MAX_INPUT:
        raise DecodeError(what, f"longer than {MAX_INPUT} bytes")
    reader = Reader(data, what)
    value = _item(reader, 0)
    reader.expect_end()
    return value


def dumps(value: Value) -> bytes:
    """Encode `value` (maps in insertion order, minimal heads) with cbor2.

    ValueError for a value outside the subset (a caller bug: floats, sets, ...).
    """
    import cbor2

    def convert(item: Value) -> object:
        if isinstance(item, Tagged):
            return cbor2.CBORTag(item.tag, convert(item.value))
        if isinstance(item, list):
            return [convert(x) for x in item]
        if isinstance(item, dict):
            return {k: convert(v) for k, v in item.items()}
        if item is None or isinstance(item, bool | int | bytes | str):
            return item
        raise ValueError(f"cannot encode {type(item).__name__} as registry CBOR")

    return bytes(cbor2.dumps(convert(value)))
