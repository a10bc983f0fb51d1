"""Base58 and Base58Check (the encoding of legacy addresses, WIF and BIP-32 extended keys).

Decoders are total: any malformed text raises `DecodeError`, never `ValueError` or `IndexError`.
"""

from __future__ import annotations

import hashlib

from coldsign.errors import DecodeError

ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_INDEX = {c: i for i, c in enumerate(ALPHABET)}
# Generous cap: the longest thing we decode is an 82-byte extended key (111 characters).
MAX_TEXT = 200


def _checksum(payload: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]


def encode(data: bytes) -> str:
    """Plain Base58: leading zero bytes become leading '1's."""
    zeros = len(data) - len(data.lstrip(b"\0"))
    number = int.from_bytes(data, "big")
    out: list[str] = []
    while number:
        number, rem = divmod(number, 58)
        out.append(ALPHABET[rem])
    return "1" * zeros + "".join(reversed(out))


def decode(text: str, what: str = "base58 string") -> bytes:
    """Plain Base58 decode; raises DecodeError naming the first bad character's position."""
    if not isinstance(text, str):
        raise DecodeError(what, "not text")
    if len(text) > MAX_TEXT:
        raise DecodeError(what, f"longer than {MAX_TEXT} characters")
    number = 0
    for pos, char in enumerate(text):
        digit = _INDEX.get(char)
        if digit is None:
            raise DecodeError(what, f"character {pos + 1} is not in the base58 alphabet")
        number = number * 58 + digit
    zeros = len(text) - len(text.lstrip("1"))
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * zeros + body


def encode_check(payload: bytes) -> str:
    """Base58Check: payload followed by the first four bytes of its double SHA-256."""
    return encode(payload + _checksum(payload))


def decode_check(text: str, what: str = "base58check string") -> bytes:
    """Base58Check decode; raises DecodeError on a bad character, short input or bad checksum."""
    raw = decode(text, what)
    if len(raw) < 5:
        raise DecodeError(what, "too short for a checksum")
    payload, check = raw[:-4], raw[-4:]
    if _checksum(payload) != check:
        raise DecodeError(what, "checksum mismatch (mistyped or corrupted)")
    return payload
