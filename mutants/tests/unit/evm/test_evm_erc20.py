"""ERC-20 transfer calldata: strict decoding, classification, eth-abi cross-checks."""

from __future__ import annotations

import pytest
from eth_abi.abi import decode as abi_decode
from eth_abi.abi import encode as abi_encode
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.chains.evm.address import Address
from coldsign.chains.evm.erc20 import (
    SELECTOR_APPROVE,
    SELECTOR_TRANSFER,
    SELECTOR_TRANSFER_FROM,
    CallKind,
    Erc20Transfer,
    classify_calldata,
    decode_transfer,
    encode_transfer,
)
from coldsign.chains.evm.hashing import keccak256
from coldsign.errors import DecodeError

BOB = Address.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
GOOD = encode_transfer(BOB, 12_500_000)


@pytest.mark.parametrize(
    ("selector", "signature"),
    [
        (SELECTOR_TRANSFER, "transfer(address,uint256)"),
        (SELECTOR_APPROVE, "approve(address,uint256)"),
        (SELECTOR_TRANSFER_FROM, "transferFrom(address,address,uint256)"),
    ],
)
def test_selectors_are_keccak_of_signatures(selector: bytes, signature: str) -> None:
    assert selector == keccak256(signature.encode())[:4]


def test_known_calldata() -> None:
    expected = (
        "a9059cbb"
        "0000000000000000000000005aaeb6053f3e94c9b9a09f33669435e7ef1beaed"
        "0000000000000000000000000000000000000000000000000000000000bebc20"
    )
    assert GOOD.hex() == expected
    assert decode_transfer(GOOD) == Erc20Transfer(BOB, 12_500_000)
    assert classify_calldata(GOOD) is CallKind.ERC20_TRANSFER


BAD = {
    "extra-byte": GOOD + b"\x00",
    "extra-word": GOOD + bytes(32),
    "short-byte": GOOD[:-1],
    "selector-only": SELECTOR_TRANSFER,
    "dirty-address-padding": GOOD[:4] + b"\x01" + GOOD[5:],
    "dirty-padding-last": GOOD[:15] + b"\x01" + GOOD[16:],
    "approve": SELECTOR_APPROVE + GOOD[4:],
    "transfer-from": SELECTOR_TRANSFER_FROM + bytes(12) + BOB.raw + GOOD[4:],
    "empty": b"",
    "three-bytes": GOOD[:3],
}


@pytest.mark.parametrize("data", BAD.values(), ids=BAD.keys())
def test_decode_transfer_is_strict(data: bytes) -> None:
    with pytest.raises(DecodeError):
        decode_transfer(data)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", CallKind.NONE),
        (GOOD, CallKind.ERC20_TRANSFER),
        (BAD["extra-byte"], CallKind.UNKNOWN),
        (BAD["dirty-address-padding"], CallKind.UNKNOWN),
        (BAD["short-byte"], CallKind.UNKNOWN),
        (BAD["approve"], CallKind.ERC20_APPROVE),
        (BAD["transfer-from"], CallKind.ERC20_TRANSFER_FROM),
        (b"\xa9", CallKind.UNKNOWN),
        (b"\xa9\x05\x9c", CallKind.UNKNOWN),
        (b"\x00", CallKind.UNKNOWN),
        (bytes.fromhex("deadbeef") + GOOD[4:], CallKind.UNKNOWN),
    ],
    ids=lambda x: x.value if isinstance(x, CallKind) else None,
)
def test_classify(data: bytes, kind: CallKind) -> None:
    assert classify_calldata(data) is kind


def test_encode_refuses_out_of_range() -> None:
    for amount in (-1, 2**256):
        with pytest.raises(ValueError):
            encode_transfer(BOB, amount)


ADDRESSES = st.binary(min_size=20, max_size=20).map(Address)
UINT256 = st.integers(0, 2**256 - 1)


@settings(max_examples=200, deadline=None)
@given(to=ADDRESSES, amount=UINT256)
def test_matches_eth_abi(to: Address, amount: int) -> None:
    ours = encode_transfer(to, amount)
    assert ours == SELECTOR_TRANSFER + abi_encode(["address", "uint256"], [to.lower, amount])
    addr, value = abi_decode(["address", "uint256"], ours[4:])
    assert (addr, value) == (to.lower, amount)
    assert decode_transfer(ours) == Erc20Transfer(to, amount)


@settings(max_examples=300, deadline=None)
@given(data=st.one_of(st.binary(max_size=100), st.binary(max_size=64).map(lambda b: GOOD[:4] + b)))
def test_classify_agrees_with_decode(data: bytes) -> None:
    kind = classify_calldata(data)
    try:
        decoded = decode_transfer(data)
    except DecodeError:
        assert kind is not CallKind.ERC20_TRANSFER
    else:
        assert kind is CallKind.ERC20_TRANSFER
        assert encode_transfer(decoded.to, decoded.amount) == data
