"""EIP-55 addresses (the ERC-55 test cases), strict parsing, keys to addresses, Keccak-256."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.chains.evm.address import (
    Address,
    address_from_public_key,
    is_checksum_address,
    to_checksum_address,
)
from coldsign.chains.evm.hashing import keccak256
from coldsign.chains.evm.keys import evm_address_of
from coldsign.errors import DecodeError

EIP55 = json.loads(
    (Path(__file__).parents[2] / "vectors" / "ethereum" / "eip55_checksum.json").read_text()
)
CASES = [(group, a) for group, addrs in EIP55["groups"].items() for a in addrs]


@pytest.mark.parametrize(("group", "text"), CASES, ids=[f"{g}-{a[:8]}" for g, a in CASES])
def test_eip55_vectors(group: str, text: str) -> None:
    address = Address.parse(text)
    assert address.checksummed == text
    assert to_checksum_address(address.raw) == text
    assert is_checksum_address(text)
    # Case-insensitive forms without a checksum are accepted and mean the same address.
    assert Address.parse("0x" + text[2:].lower()) == address
    assert Address.parse("0x" + text[2:].upper()) == address


NORMAL = EIP55["groups"]["Normal"]


def _flip_case(text: str, index: int) -> str:
    c = text[index]
    return text[:index] + (c.lower() if c.isupper() else c.upper()) + text[index + 1 :]


@pytest.mark.parametrize("text", NORMAL)
def test_wrong_checksum_refused(text: str) -> None:
    letters = [i for i in range(2, 42) if text[i].isalpha()]
    for i in letters:
        wrong = _flip_case(text, i)
        if wrong[2:] in (wrong[2:].lower(), wrong[2:].upper()):
            continue  # flipping the only odd letter makes it all one case: no checksum to check
        with pytest.raises(DecodeError, match="checksum"):
            Address.parse(wrong)
        assert not is_checksum_address(wrong)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "0x",
        "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg",
        " 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\n",
        "0x５aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",
    ],
)
def test_malformed_refused(text: str) -> None:
    with pytest.raises(DecodeError):
        Address.parse(text)


def test_address_needs_20_bytes() -> None:
    with pytest.raises(ValueError):
        Address(b"\x00" * 19)


def test_keccak256_known_values() -> None:
    empty = "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert keccak256(b"").hex() == empty
    # The ERC-20 selector is keccak("transfer(address,uint256)")[:4]: Keccak, not SHA3-256.
    assert keccak256(b"transfer(address,uint256)")[:4].hex() == "a9059cbb"


def test_address_from_eip155_example_key() -> None:
    from coincurve import PrivateKey

    public = PrivateKey(b"\x46" * 32).public_key
    expected = "0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F"
    assert evm_address_of(public.format(compressed=True)) == expected
    assert evm_address_of(public.format(compressed=False)) == expected


@pytest.mark.parametrize("bad", [b"", b"\x02" + b"\xff" * 32, b"\x04" + b"\x00" * 64, b"\x02" * 34])
def test_bad_public_keys_refused(bad: bytes) -> None:
    with pytest.raises(DecodeError):
        address_from_public_key(bad)


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(min_size=20, max_size=20))
def test_checksum_matches_eth_utils(raw: bytes) -> None:
    from eth_utils.address import to_checksum_address as theirs

    text = to_checksum_address(raw)
    assert text == theirs(raw)
    assert Address.parse(text).raw == raw
