"""Recursive Length Prefix (RLP) encoding, Ethereum yellow paper appendix B.

The decoder is total and strict: it accepts only the canonical encoding of an item (the one
`encode` produces), so every accepted input round-trips byte for byte. Refused, with
`DecodeError` only: truncation, trailing bytes, lengths in long form that fit the short form,
lengths with leading zero bytes, and a single byte below 0x80 wrapped as a one-byte string.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias, Union

from coldsign.codec.reader import Reader
from coldsign.errors import DecodeError

# An RLP item is a byte string or a list of items. Decoding yields bytes and lists only.
RlpItem: TypeAlias = Union[bytes, list["RlpItem"]]  # noqa: UP007 - a recursive alias needs Union
Encodable: TypeAlias = Union[bytes, int, Sequence["Encodable"]]  # noqa: UP007

# Nesting deeper than any Ethereum transaction needs (access lists nest 3 deep) is refused
# before Python's recursion limit could turn a crafted input into a RecursionError.
MAX_DEPTH = 16


def _length_prefix(length: int, short_base: int) -> bytes:
    if length <= 55:
        return bytes([short_base + length])
    size = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([short_base + 55 + len(size)]) + size


def encode_uint(value: int) -> bytes:
    """The big-endian bytes of a non-negative integer with no leading zeros (0 -> b"")."""
    if value < 0:
        raise ValueError("RLP integers are non-negative")
    return value.to_bytes((value.bit_length() + 7) // 8, "big")


def encode(item: Encodable) -> bytes:
    """The canonical RLP encoding of bytes, a non-negative int (as its minimal big-endian
    bytes), or a (nested) sequence of those. Raises ValueError/TypeError for anything else."""
    if isinstance(item, bool):
        raise TypeError("RLP does not encode booleans")
    if isinstance(item, int):
        item = encode_uint(item)
    if isinstance(item, bytes | bytearray | memoryview):
        data = bytes(item)
        if len(data) == 1 and data[0] < 0x80:
            return data
        return _length_prefix(len(data), 0x80) + data
    if isinstance(item, str):
        raise TypeError("RLP encodes bytes, not str")
    payload = b"".join(encode(child) for child in item)
    return _length_prefix(len(payload), 0xC0) + payload


def _read_length(r: Reader, prefix: int, base: int, start: int) -> int:
    """The payload length announced by `prefix` (short or long form), canonical only."""
    short = prefix - base
    if short <= 55:
        return short
    size = short - 55
    raw = r.read(size)
    if raw[0] == 0:
        raise r.error("length has a leading zero byte", offset=start)
    length = int.from_bytes(raw, "big")
    if length <= 55:
        raise r.error("long-form length for a payload that fits the short form", offset=start)
    return length


def _decode_item(r: Reader, depth: int) -> RlpItem:
    start = r.pos
    prefix = r.u8()
    if prefix < 0x80:
        return bytes([prefix])
    if prefix < 0xC0:
        length = _read_length(r, prefix, 0x80, start)
        if length > r.remaining:
            raise r.error(f"string of {length} bytes with {r.remaining} left", offset=start)
        data = r.read(length)
        if length == 1 and data[0] < 0x80:
            raise r.error("single byte below 0x80 encoded as a string", offset=start)
        return data
    if depth >= MAX_DEPTH:
        raise r.error(f"lists nested deeper than {MAX_DEPTH}", offset=start)
    length = _read_length(r, prefix, 0xC0, start)
    if length > r.remaining:
        raise r.error(f"list of {length} bytes with {r.remaining} left", offset=start)
    end = r.pos + length
    items: list[RlpItem] = []
    while r.pos < end:
        items.append(_decode_item(r, depth + 1))
    if r.pos != end:
        raise r.error("an item runs past the end of its list", offset=start)
    return items


def decode(data: bytes, what: str = "RLP") -> RlpItem:
    """Decode exactly one canonical RLP item spanning all of `data`; DecodeError otherwise."""
    r = Reader(data, what)
    item = _decode_item(r, 0)
    r.expect_end()
    return item


def as_list(item: RlpItem, what: str, length: int | None = None) -> list[RlpItem]:
    """`item` as a list (of exactly `length` items if given); DecodeError otherwise."""
    if not isinstance(item, list):
        raise DecodeError(what, "expected a list, found a string")
    if length is not None and len(item) != length:
        raise DecodeError(what, f"expected {length} items, found {len(item)}")
    return item


def as_bytes(item: RlpItem, what: str, *, size: int | None = None) -> bytes:
    """`item` as a byte string (of exactly `size` bytes if given); DecodeError otherwise."""
    if not isinstance(item, bytes):
        raise DecodeError(what, "expected a string, found a list")
    if size is not None and len(item) != size:
        raise DecodeError(what, f"expected {size} bytes, found {len(item)}")
    return item


def as_uint(item: RlpItem, what: str, *, max_bytes: int = 32) -> int:
    """`item` as a canonical unsigned integer: no leading zero byte (zero is the empty string),
    at most `max_bytes` long; DecodeError otherwise."""
    data = as_bytes(item, what)
    if len(data) > max_bytes:
        raise DecodeError(what, f"integer of {len(data)} bytes exceeds {max_bytes}")
    if data[:1] == b"\x00":
        raise DecodeError(what, "integer has a leading zero byte")
    return int.from_bytes(data, "big")
