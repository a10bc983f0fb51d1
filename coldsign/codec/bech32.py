"""Bech32 and Bech32m (BIP-173, BIP-350) and segwit address encoding.

Decoders are total: malformed input raises `DecodeError` only. Version 0 programs use Bech32,
versions 1 to 16 use Bech32m, as BIP-350 requires.
"""

from __future__ import annotations

import enum
import functools

from coldsign.errors import DecodeError

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_INDEX = {c: i for i, c in enumerate(CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
MAX_LENGTH = 90


class Encoding(enum.Enum):
    BECH32 = 1
    BECH32M = 0x2BC830A3


def _generator_terms(top: int) -> int:
    out = 0
    for i in range(5):
        if (top >> i) & 1:
            out ^= _GENERATOR[i]
    return out


def _two_steps(top: int) -> int:
    chk = top << 20  # the top ten bits of the checksum, the rest zero: two steps of BIP-173
    for _ in range(2):
        chk = ((chk & 0x1FFFFFF) << 5) ^ _generator_terms(chk >> 25)
    return chk


# The checksum is linear over GF(2): the generator terms that the top bits of the checksum
# contribute are XORed once here, for one character (5 bits) and for two (10 bits), rather than
# bit by bit for every character. The same polynomial in a tenth of the steps: addresses are
# encoded for every input of a large PSBT and decoded for every entry of a large whitelist.
_TERMS = tuple(_generator_terms(top) for top in range(32))
_TERMS2 = tuple(_two_steps(top) for top in range(1024))


def _polymod(values: list[int]) -> int:
    chk = 1
    odd = len(values) & 1
    if odd:
        chk = ((chk & 0x1FFFFFF) << 5 ^ values[0]) ^ _TERMS[chk >> 25]
    pairs = iter(values[odd:])
    for first, second in zip(pairs, pairs, strict=True):
        chk = ((chk & 0xFFFFF) << 10 ^ first << 5 ^ second) ^ _TERMS2[chk >> 20]
    return chk


@functools.lru_cache(maxsize=64)
def _hrp_expand(hrp: str) -> tuple[int, ...]:
    # Cached: a wallet has one or two prefixes.
    return (*[ord(c) >> 5 for c in hrp], 0, *[ord(c) & 31 for c in hrp])


def _create_checksum(hrp: str, data: list[int], encoding: Encoding) -> list[int]:
    values = [*_hrp_expand(hrp), *data]
    polymod = _polymod([*values, 0, 0, 0, 0, 0, 0]) ^ encoding.value
    return [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]


# 5-bit values <-> characters, by bytes.translate (one C call per string, not one per value).
_TO_CHARS = bytes(CHARSET, "ascii") + bytes(256 - 32)
_FROM_CHARS = bytes(_INDEX.get(chr(b), 0xFF) for b in range(256))


def encode(hrp: str, data: list[int], encoding: Encoding) -> str:
    """Encode 5-bit values `data` under `hrp` (lower case output)."""
    combined = data + _create_checksum(hrp, data, encoding)
    return hrp + "1" + bytes(combined).translate(_TO_CHARS).decode("ascii")


def decode(text: str, what: str = "bech32 string") -> tuple[str, list[int], Encoding]:
    """Decode to (hrp, 5-bit data without checksum, encoding). Mixed case is refused."""
    if not isinstance(text, str):
        raise DecodeError(what, "not text")
    # Printable ASCII without the space: ord 33..126.
    if not (text.isascii() and text.isprintable()) or " " in text:
        raise DecodeError(what, "contains a character outside printable ASCII")
    if text.lower() != text and text.upper() != text:
        raise DecodeError(what, "mixes upper and lower case")
    if len(text) > MAX_LENGTH:
        raise DecodeError(what, f"longer than {MAX_LENGTH} characters")
    text = text.lower()
    pos = text.rfind("1")
    if pos < 1:
        raise DecodeError(what, "no human-readable part")
    if pos + 7 > len(text):
        raise DecodeError(what, "checksum too short")
    hrp = text[:pos]
    values = text[pos + 1 :].encode("ascii").translate(_FROM_CHARS)
    if values and max(values) == 0xFF:
        bad = values.index(0xFF)
        raise DecodeError(what, f"character {pos + 2 + bad} is not in the bech32 alphabet")
    data = list(values)
    const = _polymod([*_hrp_expand(hrp), *data])
    for encoding in Encoding:
        if const == encoding.value:
            return hrp, data[:-6], encoding
    raise DecodeError(what, "checksum mismatch (mistyped or corrupted)")


def convert_bits(
    data: list[int] | bytes, from_bits: int, to_bits: int, pad: bool
) -> list[int] | None:
    """Regroup bits; None when the input has out-of-range values or invalid padding."""
    if from_bits == 8 and to_bits == 5 and pad and isinstance(data, bytes):
        return _bytes_to_5bit(data)
    acc = 0
    bits = 0
    out: list[int] = []
    maxv = (1 << to_bits) - 1
    for value in data:
        if value < 0 or value >> from_bits:
            return None
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & maxv)
    elif bits >= from_bits or ((acc << (to_bits - bits)) & maxv):
        return None
    return out


def _bytes_to_5bit(data: bytes) -> list[int]:
    """`convert_bits(data, 8, 5, True)` through one integer (bytes in, so values fit)."""
    bits = len(data) * 8
    groups = -(-bits // 5)
    value = int.from_bytes(data, "big") << (groups * 5 - bits)
    return [(value >> shift) & 31 for shift in range(groups * 5 - 5, -1, -5)]


def _5bit_to_bytes(data: list[int]) -> bytes | None:
    """`convert_bits(data, 5, 8, False)` for values already known to be 5-bit: None for a
    leftover of 5 bits or more, or non-zero padding."""
    bits = len(data) * 5
    spare = bits % 8
    if spare >= 5:
        return None
    value = 0
    for v in data:
        value = value << 5 | v
    if value & ((1 << spare) - 1):
        return None
    return (value >> spare).to_bytes(bits // 8, "big")


def decode_segwit(hrp: str, address: str) -> tuple[int, bytes]:
    """Decode a segwit address for `hrp` into (witness version, program); DecodeError otherwise."""
    what = "segwit address"
    got_hrp, data, encoding = decode(address, what)
    if got_hrp != hrp:
        raise DecodeError(what, f"prefix {got_hrp!r} is not {hrp!r} (another network?)")
    if not data:
        raise DecodeError(what, "no witness version")
    version = data[0]
    if version > 16:
        raise DecodeError(what, f"witness version {version} is above 16")
    program = _5bit_to_bytes(data[1:])  # data holds 5-bit values (decode mapped them)
    if program is None:
        raise DecodeError(what, "invalid padding")
    if not 2 <= len(program) <= 40:
        raise DecodeError(what, f"witness program of {len(program)} bytes (must be 2 to 40)")
    if version == 0 and len(program) not in (20, 32):
        raise DecodeError(what, f"version 0 program of {len(program)} bytes (must be 20 or 32)")
    expected = Encoding.BECH32 if version == 0 else Encoding.BECH32M
    if encoding is not expected:
        name = "bech32" if expected is Encoding.BECH32 else "bech32m"
        raise DecodeError(what, f"witness version {version} must use {name}")
    return version, bytes(program)


def encode_segwit(hrp: str, version: int, program: bytes) -> str:
    """Encode a segwit address (Bech32 for v0, Bech32m for v1+). ValueError on a caller bug."""
    if not 0 <= version <= 16 or not 2 <= len(program) <= 40:
        raise ValueError("invalid witness version or program length")
    if version == 0 and len(program) not in (20, 32):
        raise ValueError("invalid version 0 program length")
    encoding = Encoding.BECH32 if version == 0 else Encoding.BECH32M
    return encode(hrp, [version, *_bytes_to_5bit(bytes(program))], encoding)
