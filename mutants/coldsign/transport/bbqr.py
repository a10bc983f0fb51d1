"""BBQr (Coinkite, BBQr.md): a file split over numbered QR codes, each with an 8-character header.

Header: `B$`, the encoding (`H` upper-case hex, `2` RFC 4648 base32 without padding, `Z` raw
DEFLATE with a 1 KiB window then base32), the file type (`P` PSBT, `T` transaction, `J` JSON,
`C` CBOR, `U` UTF-8 text, `B` binary), the part count and the part index, each two base36 digits.
Every part but the last has the same length and decodes to whole bytes. There is no checksum and
no fountain code: every part is needed, in any order; duplicates are fine.

The joiner is total: any malformed or inconsistent part raises DecodeError naming its header, and
the decompressed size is capped at `MAX_FILE_LEN`.
"""

from __future__ import annotations

import base64
import binascii
import enum
import re
import zlib
from dataclasses import dataclass

from coldsign.errors import DecodeError
from coldsign.transport.fountain import MAX_MESSAGE_LEN

HEADER_LEN = 8
MAX_PARTS = 1295  # "ZZ"
MAX_FILE_LEN = MAX_MESSAGE_LEN
MAX_PART_CHARS = 65_536  # a QR holds at most 4296 alphanumeric characters; be generous, not absurd
_ZLIB_WBITS = -10  # raw DEFLATE, 2^10-byte window (BBQr.md): small enough for Coldcard's RAM

# Alphanumeric characters a QR of each version holds at error-correction level L (ISO/IEC 18004
# capacity tables); index = version.
ALNUM_CAPACITY_L: tuple[int, ...] = (
    0, 25, 47, 77, 114, 154, 195, 224, 279, 335, 395, 468, 535, 619, 667, 758, 854, 938, 1046,
    1153, 1249, 1352, 1460, 1588, 1704, 1853, 1990, 2132, 2223, 2369, 2520, 2677, 2840, 3009,
    3183, 3351, 3537, 3729, 3927, 4087, 4296,
)  # fmt: skip


class Encoding(enum.Enum):
    HEX = "H"
    BASE32 = "2"
    ZLIB = "Z"


class FileType(enum.Enum):
    PSBT = "P"
    TXN = "T"
    JSON = "J"
    CBOR = "C"
    UNICODE = "U"
    BINARY = "B"


_HEADER_RE = re.compile(r"B\$([H2Z])([A-Z])([0-9A-Z]{2})([0-9A-Z]{2})")
_HEX_RE = re.compile(r"[0-9A-F]*")
_B32_RE = re.compile(r"[A-Z2-7]*")
_B32_TAIL_OK = frozenset({0, 2, 4, 5, 7})  # base32 lengths (mod 8) that end on a whole byte


def int2base36(n: int) -> str:
    """Two upper-case base36 digits, 00..ZZ."""
    if not 0 <= n <= MAX_PARTS:
        raise ValueError("base36 value out of range")
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return digits[n // 36] + digits[n % 36]


def base36_to_int(s: str) -> int:
    if len(s) != 2 or not re.fullmatch(r"[0-9A-Z]{2}", s):
        raise ValueError("not two base36 digits")
    return int(s, 36)


def _deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=_ZLIB_WBITS)
    return compressor.compress(data) + compressor.flush()


def _inflate(data: bytes, what: str) -> bytes:
    decompressor = zlib.decompressobj(wbits=_ZLIB_WBITS)
    try:
        out = decompressor.decompress(data, MAX_FILE_LEN + 1)
        if len(out) > MAX_FILE_LEN:
            raise DecodeError(what, f"decompresses to more than {MAX_FILE_LEN} bytes")
        if not decompressor.eof:
            raise DecodeError(what, "compressed data is truncated")
    except zlib.error:
        raise DecodeError(what, "compressed data is corrupt") from None
    if decompressor.unused_data:
        raise DecodeError(what, "bytes after the end of the compressed data")
    return out


def encode_data(data: bytes, encoding: Encoding) -> tuple[Encoding, str, int]:
    """Encoded text, the encoding actually used (Z falls back to 2 when it does not shrink), and
    the split modulus (parts must split on whole bytes: 2 hex or 8 base32 characters)."""
    if encoding is Encoding.HEX:
        return encoding, data.hex().upper(), 2
    if encoding is Encoding.ZLIB:
        compressed = _deflate(data)
        if len(compressed) < len(data):
            data = compressed
        else:
            encoding = Encoding.BASE32
    return encoding, base64.b32encode(data).decode("ascii").rstrip("="), 8


def _parts_needed(version: int, length: int, split_mod: int) -> tuple[int, int]:
    """(parts, characters per part) for `length` encoded characters at QR `version`."""
    capacity = ALNUM_CAPACITY_L[version] - HEADER_LEN
    per_part = capacity - capacity % split_mod
    if length <= capacity:
        return 1, length
    if per_part <= 0:
        return MAX_PARTS + 1, per_part
    need = -(-length // per_part)
    return need, per_part


def find_best_version(
    length: int,
    split_mod: int,
    *,
    min_version: int = 5,
    max_version: int = 40,
    min_split: int = 1,
    max_split: int = MAX_PARTS,
) -> tuple[int, int, int]:
    """(version, parts, chars per part): fewest parts, then the lowest version (BBQr.md)."""
    min_version = min(min_version, max_version)
    if not 1 <= min_version <= max_version <= 40 or not 1 <= min_split <= max_split <= MAX_PARTS:
        raise ValueError("QR version or split bounds out of range")
    best: tuple[int, int, int] | None = None
    for version in range(min_version, max_version + 1):
        count, per_part = _parts_needed(version, length, split_mod)
        if min_split <= count <= max_split and (best is None or count < best[1]):
            best = (version, count, per_part)
    if best is None:
        raise ValueError("data does not fit in the allowed number of QR codes")
    return best


def split(
    data: bytes,
    file_type: FileType,
    encoding: Encoding = Encoding.ZLIB,
    *,
    min_version: int = 5,
    max_version: int = 40,
    min_split: int = 1,
    max_split: int = MAX_PARTS,
) -> tuple[int, list[str]]:
    """Split `data` into BBQr part strings; returns the QR version they fit and the parts.

    Raises ValueError if `data` is empty, too large, or cannot fit the allowed parts.
    """
    if not data:
        raise ValueError("cannot split an empty file")
    if len(data) > MAX_FILE_LEN:
        raise ValueError(f"file larger than {MAX_FILE_LEN} bytes")
    used, text, split_mod = encode_data(data, encoding)
    version, count, per_part = find_best_version(
        len(text),
        split_mod,
        min_version=min_version,
        max_version=max_version,
        min_split=min_split,
        max_split=max_split,
    )
    head = f"B${used.value}{file_type.value}{int2base36(count)}"
    parts = [head + int2base36(i) + text[i * per_part : (i + 1) * per_part] for i in range(count)]
    return version, parts


@dataclass(frozen=True)
class Header:
    """A parsed part header."""

    encoding: Encoding
    file_type: FileType
    total: int
    index: int

    @property
    def text(self) -> str:
        counts = int2base36(self.total) + int2base36(self.index)
        return f"B${self.encoding.value}{self.file_type.value}{counts}"


def parse_header(part: str) -> Header:
    """Validate and parse the 8-character header of one part (DecodeError if malformed)."""
    head = part[:HEADER_LEN]
    match = _HEADER_RE.fullmatch(head)
    if match is None:
        shown = re.sub(r"[^ -~]", "?", head)
        raise DecodeError(f"BBQr part {shown!r}", "header is not B$<encoding><type><total><index>")
    what = f"BBQr part {head}"
    encoding = Encoding(match.group(1))
    try:
        file_type = FileType(match.group(2))
    except ValueError:
        raise DecodeError(what, f"file type {match.group(2)!r} is not one coldsign reads") from None
    total = int(match.group(3), 36)
    index = int(match.group(4), 36)
    if total < 1:
        raise DecodeError(what, "part count is zero")
    if index >= total:
        raise DecodeError(what, f"part index {index} is not below the count {total}")
    return Header(encoding, file_type, total, index)


def looks_like_bbqr(text: str) -> bool:
    return text[:2].upper() == "B$"


class BBQrJoiner:
    """Collects BBQr parts in any order (duplicates allowed) until the file is complete."""

    def __init__(self) -> None:
        self._first: Header | None = None
        self._parts: dict[int, str] = {}
        self._result: bytes | None = None

    @property
    def total(self) -> int:
        return self._first.total if self._first else 0

    @property
    def received(self) -> int:
        return len(self._parts)

    @property
    def progress(self) -> float:
        return len(self._parts) / self._first.total if self._first else 0.0

    @property
    def is_complete(self) -> bool:
        return self._result is not None

    @property
    def file_type(self) -> FileType | None:
        return self._first.file_type if self._first else None

    def result(self) -> tuple[FileType, bytes]:
        if self._result is None or self._first is None:
            raise ValueError("BBQr file not complete")
        return self._first.file_type, self._result

    def add(self, part: str) -> bool:
        """Take one part; True if it was new. DecodeError if it is malformed or does not fit."""
        part = part.strip()
        if len(part) > MAX_PART_CHARS:
            raise DecodeError("BBQr part", f"longer than {MAX_PART_CHARS} characters")
        if looks_like_bbqr(part):
            part = part.upper()  # a keyboard-wedge scanner may have changed the letter case
        header = parse_header(part)
        what = f"BBQr part {header.text}"
        body = part[HEADER_LEN:]
        first = self._first
        if first is not None and (header.encoding, header.file_type, header.total) != (
            first.encoding,
            first.file_type,
            first.total,
        ):
            raise DecodeError(what, f"does not belong with {first.text[:6]}.. scanned before it")
        alphabet = _HEX_RE if header.encoding is Encoding.HEX else _B32_RE
        if not alphabet.fullmatch(body):
            raise DecodeError(what, f"characters outside the {header.encoding.name} alphabet")
        if header.index in self._parts:
            if self._parts[header.index] != body:
                raise DecodeError(what, "differs from an earlier part with the same index")
            return False
        self._check_length(header, body, what)
        if first is None:
            self._first = header
        self._parts[header.index] = body
        if len(self._parts) == header.total:
            self._result = self._join(header)
        return True

    def _check_length(self, header: Header, body: str, what: str) -> None:
        split_mod = 2 if header.encoding is Encoding.HEX else 8
        last = header.index == header.total - 1
        if not body:
            raise DecodeError(what, "empty part")
        if not last and len(body) % split_mod:
            raise DecodeError(what, f"length {len(body)} does not split on whole bytes")
        if header.encoding is Encoding.HEX and len(body) % 2:
            raise DecodeError(what, "odd number of hex digits")
        if header.encoding is not Encoding.HEX and len(body) % 8 not in _B32_TAIL_OK:
            raise DecodeError(what, f"base32 length {len(body)} does not end on a whole byte")
        for index, other in self._parts.items():
            other_last = index == header.total - 1
            if not last and not other_last and len(other) != len(body):
                raise DecodeError(what, f"length {len(body)} differs from part {index}'s")
            if last and not other_last and len(body) > len(other):
                raise DecodeError(what, "last part is longer than the others")
            if other_last and not last and len(self._parts[index]) > len(body):
                raise DecodeError(what, "shorter than the last part")

    def _join(self, header: Header) -> bytes:
        what = f"BBQr file {header.text[:6]}"
        chunks = [self._parts[i] for i in range(header.total)]
        try:
            if header.encoding is Encoding.HEX:
                data = b"".join(bytes.fromhex(chunk) for chunk in chunks)
            else:
                data = b"".join(
                    base64.b32decode(chunk + "=" * (-len(chunk) % 8)) for chunk in chunks
                )
        except (ValueError, binascii.Error):
            raise DecodeError(what, "part data does not decode") from None
        if header.encoding is Encoding.ZLIB:
            data = _inflate(data, what)
        if len(data) > MAX_FILE_LEN:
            raise DecodeError(what, f"larger than {MAX_FILE_LEN} bytes")
        return data


def join(parts: list[str]) -> tuple[FileType, bytes]:
    """Join a complete set of parts (any order, duplicates fine). DecodeError if incomplete."""
    joiner = BBQrJoiner()
    for part in parts:
        if part.strip():
            joiner.add(part)
    if not joiner.is_complete:
        raise DecodeError(
            "BBQr file", f"incomplete: {joiner.received} of {joiner.total or '?'} parts"
        )
    return joiner.result()
