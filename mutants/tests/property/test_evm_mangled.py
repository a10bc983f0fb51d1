"""Mangled EVM input raises DecodeError and nothing else; whatever still decodes re-encodes to
exactly the same bytes (the decoders accept canonical encodings only)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.chains.evm import rlp
from coldsign.chains.evm.address import Address
from coldsign.chains.evm.erc20 import CallKind, classify_calldata, decode_transfer, encode_transfer
from coldsign.chains.evm.tx import (
    decode_transaction,
    decode_unsigned,
    encode_signed,
    encode_unsigned,
)
from coldsign.errors import DecodeError

ETH = Path(__file__).resolve().parents[1] / "vectors" / "ethereum"


def _hex(text: str) -> bytes:
    return bytes.fromhex(text.removeprefix("0x"))


def _raw_vectors() -> list[bytes]:
    account = json.loads((ETH / "eth_account_transactions.json").read_text())
    vitalik = json.loads((ETH / "ethereumjs_ttTransactionTestEip155VitaliksTests.json").read_text())
    ejs = json.loads((ETH / "ethereumjs_eip1559.json").read_text())
    raws = [_hex(v["signed"]) for v in account["eth_test_transactions"]]
    raws += [_hex(v["expected_raw_tx"]) for v in account["sign_transaction_cases"]]
    raws += [_hex(v["rlp"]) for v in vitalik]
    raws += [rlp.as_bytes(rlp.decode(_hex(v["signedTransactionRLP"])), "w") for v in ejs]
    return raws


SIGNED = _raw_vectors()
UNSIGNED = [encode_unsigned(decode_transaction(raw).tx) for raw in SIGNED]
TRANSFER = encode_transfer(Address(b"\x11" * 20), 10**6)


@st.composite
def mangled(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(["cut", "flip", "insert", "delete", "set", "append"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "cut":
            del data[pos:]
        elif op == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=4))
        elif op == "delete" and data:
            del data[pos]
        elif op == "set" and data:
            data[pos] = draw(st.integers(0, 255))
        else:
            data += draw(st.binary(min_size=1, max_size=4))
    return bytes(data)


# Structurally plausible input: the right number of fields (mostly) behind a type byte, each
# field usually well-formed and sometimes hostile, so the per-field checks see every case.
UINTS = st.one_of(st.integers(0, 2**64 - 1), st.integers(0, 2**257)).map(rlp.encode_uint)
LEAF = st.one_of(
    UINTS,
    UINTS,
    st.binary(max_size=34),
    st.sampled_from([b"", b"\x00", b"\x01", b"\x02", b"\x1b", b"\x25", b"\x11" * 20, b"\xff" * 32]),
)
ENTRY = st.lists(
    st.one_of(
        st.binary(min_size=20, max_size=20),
        st.lists(st.binary(min_size=31, max_size=33), max_size=2),
        LEAF,
    ),
    min_size=1,
    max_size=3,
)
ACCESS = st.one_of(st.lists(ENTRY, max_size=2), LEAF)
FIELD_COUNTS = {b"": [6, 9, 8, 10], b"\x01": [8, 11, 10], b"\x02": [9, 12, 11, 13]}
ACCESS_INDEX = {b"\x01": 7, b"\x02": 8}
TO_INDEX = {b"": 3, b"\x01": 4, b"\x02": 5}
TO = st.one_of(st.just(b""), st.binary(min_size=20, max_size=20), LEAF)


@st.composite
def field_soup(draw: st.DrawFn) -> bytes:
    prefix = draw(st.sampled_from([b"", b"\x01", b"\x02"]))
    count = draw(st.sampled_from(FIELD_COUNTS[prefix]))
    fields: list[Any] = [draw(LEAF) for _ in range(count)]
    fields[TO_INDEX[prefix]] = draw(TO)
    if prefix in ACCESS_INDEX and count > ACCESS_INDEX[prefix]:
        fields[ACCESS_INDEX[prefix]] = draw(ACCESS)
    if draw(st.integers(0, 9)) == 0:
        fields[draw(st.integers(0, count - 1))] = draw(st.lists(LEAF, max_size=2))
    return prefix + rlp.encode(fields)


FIELD_SOUP = field_soup()


def _decodes_canonically(raw: bytes) -> None:
    try:
        signed = decode_transaction(raw)
    except DecodeError:
        pass
    else:
        assert encode_signed(signed) == raw
    try:
        unsigned = decode_unsigned(raw)
    except DecodeError:
        pass
    else:
        assert encode_unsigned(unsigned) == raw


@settings(max_examples=500, deadline=None)
@given(raw=mangled(SIGNED + UNSIGNED))
def test_mangled_transactions_only_decode_error(raw: bytes) -> None:
    _decodes_canonically(raw)


@settings(max_examples=400, deadline=None)
@given(raw=FIELD_SOUP)
def test_random_field_lists_only_decode_error(raw: bytes) -> None:
    _decodes_canonically(raw)


@settings(max_examples=300, deadline=None)
@given(raw=st.one_of(st.binary(max_size=200), mangled(SIGNED)))
def test_rlp_only_decode_error(raw: bytes) -> None:
    try:
        item: Any = rlp.decode(raw)
    except DecodeError:
        return
    assert rlp.encode(item) == raw


@settings(max_examples=300, deadline=None)
@given(data=st.one_of(st.binary(max_size=100), mangled([TRANSFER])))
def test_calldata_only_decode_error(data: bytes) -> None:
    kind = classify_calldata(data)
    try:
        transfer = decode_transfer(data)
    except DecodeError:
        assert kind is not CallKind.ERC20_TRANSFER
        return
    assert kind is CallKind.ERC20_TRANSFER
    assert encode_transfer(transfer.to, transfer.amount) == data


CHECKSUMMED = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"


@st.composite
def mangled_text(draw: st.DrawFn) -> str:
    chars = list(CHECKSUMMED)
    for _ in range(draw(st.integers(1, 3))):
        pos = draw(st.integers(0, len(chars) - 1))
        op = draw(st.sampled_from(["swapcase", "replace", "delete", "insert"]))
        if op == "swapcase":
            chars[pos] = chars[pos].swapcase()
        elif op == "replace":
            chars[pos] = draw(st.characters())
        elif op == "delete":
            del chars[pos]
        else:
            chars.insert(pos, draw(st.characters()))
    return "".join(chars)


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(st.text(max_size=50), mangled_text()))
def test_addresses_only_decode_error(text: str) -> None:
    try:
        address = Address.parse(text)
    except DecodeError:
        return
    digits = text[2:]
    # Accepted: the exact checksum form, or a single-case form of the same address.
    assert text == address.checksummed or digits in (digits.lower(), digits.upper())
    assert address.raw == bytes.fromhex(digits)
