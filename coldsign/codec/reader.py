"""One bounds-checked cursor over untrusted bytes; every binary codec reads only through it."""

from __future__ import annotations

from coldsign.errors import DecodeError

_MIN_CANONICAL = {2: 0xFD, 4: 0x1_0000, 8: 0x1_0000_0000}
_WIDTH = {0xFD: 2, 0xFE: 4, 0xFF: 8}


class Reader:
    """Read fixed-size fields, CompactSize integers and length-prefixed strings from `data`.

    Any attempt to read past the end, or a non-canonical CompactSize, raises `DecodeError` naming
    `what` (the object being decoded) and the byte offset.
    """

    __slots__ = ("_data", "_pos", "what")

    def __init__(self, data: bytes | bytearray | memoryview, what: str) -> None:
        self._data = bytes(data)
        self._pos = 0
        self.what = what

    @property
    def pos(self) -> int:
        return self._pos

    @property
    def remaining(self) -> int:
        return len(self._data) - self._pos

    def at_end(self) -> bool:
        return self._pos >= len(self._data)

    def error(self, reason: str, *, offset: int | None = None) -> DecodeError:
        return DecodeError(self.what, reason, offset=self._pos if offset is None else offset)

    def read(self, n: int) -> bytes:
        left = len(self._data) - self._pos
        if not 0 <= n <= left:
            raise self.error(f"need {n} bytes, {left} left")
        chunk = self._data[self._pos : self._pos + n]
        self._pos += n
        return chunk

    def peek(self, n: int) -> bytes:
        """The next `n` bytes without consuming them (fewer at the end)."""
        return self._data[self._pos : self._pos + n]

    def u8(self) -> int:
        return self.read(1)[0]

    def u16le(self) -> int:
        return int.from_bytes(self.read(2), "little")

    def u32le(self) -> int:
        return int.from_bytes(self.read(4), "little")

    def i32le(self) -> int:
        return int.from_bytes(self.read(4), "little", signed=True)

    def u64le(self) -> int:
        return int.from_bytes(self.read(8), "little")

    def i64le(self) -> int:
        return int.from_bytes(self.read(8), "little", signed=True)

    def compact_size(self) -> int:
        """Bitcoin's CompactSize; non-minimal encodings are refused."""
        start = self._pos
        first = self.u8()
        if first < 0xFD:
            return first
        width = _WIDTH[first]
        value = int.from_bytes(self.read(width), "little")
        if value < _MIN_CANONICAL[width]:
            raise self.error("non-canonical CompactSize", offset=start)
        return value

    def var_bytes(self) -> bytes:
        """A CompactSize length followed by that many bytes."""
        start = self._pos
        n = self.compact_size()
        if n > self.remaining:
            raise self.error(f"length {n} exceeds the {self.remaining} bytes left", offset=start)
        return self.read(n)

    def rest(self) -> bytes:
        return self.read(self.remaining)

    def expect_end(self) -> None:
        if not self.at_end():
            raise self.error(f"{self.remaining} trailing bytes")


# The one-byte CompactSizes (0 to 0xFC), made once: the hot serializers (PSBT records, the
# approval material) index it for every short length rather than call `compact_size`.
ONE_BYTE_SIZES = tuple(bytes([n]) for n in range(0xFD))


def compact_size(n: int) -> bytes:
    """Serialize `n` as a minimal CompactSize."""
    if n < 0:
        raise ValueError("CompactSize must be non-negative")
    if n < 0xFD:
        return ONE_BYTE_SIZES[n]
    if n <= 0xFFFF:
        return b"\xfd" + n.to_bytes(2, "little")
    if n <= 0xFFFF_FFFF:
        return b"\xfe" + n.to_bytes(4, "little")
    return b"\xff" + n.to_bytes(8, "little")


def var_bytes(data: bytes) -> bytes:
    """`data` prefixed with its CompactSize length."""
    return compact_size(len(data)) + data
