"""Base58 / Base58Check: round trips, leading zeros, and total decoding."""

from __future__ import annotations

import pytest

from coldsign.codec import base58
from coldsign.errors import DecodeError


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"", ""),
        (b"\0", "1"),
        (b"\0\0\x01", "112"),
        (bytes.fromhex("61"), "2g"),
        (bytes.fromhex("626262"), "a3gV"),
        (b"Hello World!", "2NEpo7TZRRrLZSi2U"),
    ],
)
def test_encode_decode(data: bytes, text: str) -> None:
    assert base58.encode(data) == text
    assert base58.decode(text) == data


def test_check_round_trip_and_genesis_address() -> None:
    payload = bytes.fromhex("0062e907b15cbf27d5425399ebf6f0fb50ebb88f18")
    assert base58.encode_check(payload) == "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
    assert base58.decode_check("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa") == payload


@pytest.mark.parametrize(
    "text",
    [
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",
        "0OIl",
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf",
        "",
        "1111",
        "é",
    ],
)
def test_decode_check_rejects(text: str) -> None:
    with pytest.raises(DecodeError):
        base58.decode_check(text)


def test_overlong_rejected() -> None:
    with pytest.raises(DecodeError, match="longer"):
        base58.decode("2" * 500)
