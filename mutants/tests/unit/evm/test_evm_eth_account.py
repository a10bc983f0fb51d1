"""Differential tests against eth-account (an independent implementation, test dependency only):
our signed raw bytes must equal `Account.sign_transaction`'s, and eth-account must decode ours
to the same sender, chain id, nonce, fields and ERC-20 transfer."""

from __future__ import annotations

from typing import Any

import pytest
import rlp as pyrlp  # type: ignore[import-untyped]
from eth_abi.abi import decode as abi_decode
from eth_account import Account
from eth_account.typed_transactions.typed_transaction import TypedTransaction
from hexbytes import HexBytes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coldsign.chains.evm.address import Address, address_from_public_key
from coldsign.chains.evm.erc20 import decode_transfer, encode_transfer
from coldsign.chains.evm.tx import (
    SECP256K1_N,
    AccessListEntry,
    Eip1559Tx,
    LegacyTx,
    UnsignedTx,
    decode_transaction,
    encode_signed,
    recover_sender,
    sign,
    tx_hash,
)

UINT256 = st.integers(0, 2**256 - 1)
UINT64 = st.integers(0, 2**64 - 1)
ADDRESSES = st.binary(min_size=20, max_size=20).map(Address)
KEYS = st.integers(1, SECP256K1_N - 1).map(lambda k: k.to_bytes(32, "big"))
CHAIN_IDS = st.one_of(
    st.sampled_from([1, 10, 56, 137, 8453, 42161, 11155111]), st.integers(1, 2**64)
)
CALLDATA = st.one_of(
    st.just(b""),
    st.builds(encode_transfer, ADDRESSES, UINT256),
    st.binary(max_size=200),
)
ACCESS_LISTS = st.lists(
    st.builds(
        AccessListEntry,
        address=ADDRESSES,
        storage_keys=st.lists(st.binary(min_size=32, max_size=32), max_size=3).map(tuple),
    ),
    max_size=3,
).map(tuple)


@st.composite
def eip1559_txs(draw: st.DrawFn) -> Eip1559Tx:
    max_fee = draw(UINT256)
    return Eip1559Tx(
        chain_id=draw(CHAIN_IDS),
        nonce=draw(UINT64),
        max_priority_fee_per_gas=draw(st.integers(0, max_fee)),
        max_fee_per_gas=max_fee,
        gas_limit=draw(UINT64),
        to=draw(st.one_of(st.none(), ADDRESSES)),
        value=draw(UINT256),
        data=draw(CALLDATA),
        access_list=draw(ACCESS_LISTS),
    )


@st.composite
def legacy_txs(draw: st.DrawFn) -> LegacyTx:
    return LegacyTx(
        chain_id=draw(CHAIN_IDS),
        nonce=draw(UINT64),
        gas_price=draw(UINT256),
        gas_limit=draw(UINT64),
        to=draw(st.one_of(st.none(), ADDRESSES)),
        value=draw(UINT256),
        data=draw(CALLDATA),
    )


def as_eth_account_dict(tx: UnsignedTx) -> dict[str, Any]:
    d: dict[str, Any] = {
        "chainId": tx.chain_id,
        "nonce": tx.nonce,
        "gas": tx.gas_limit,
        "value": tx.value,
        "data": tx.data,
    }
    if tx.to is not None:
        d["to"] = tx.to.checksummed
    if isinstance(tx, Eip1559Tx):
        d["type"] = 2
        d["maxFeePerGas"] = tx.max_fee_per_gas
        d["maxPriorityFeePerGas"] = tx.max_priority_fee_per_gas
        d["accessList"] = [
            {
                "address": e.address.checksummed,
                "storageKeys": ["0x" + k.hex() for k in e.storage_keys],
            }
            for e in tx.access_list
        ]
    else:
        assert isinstance(tx, LegacyTx)
        d["gasPrice"] = tx.gas_price
    return d


def _check(tx: UnsignedTx, key: bytes) -> None:
    ours = sign(tx, key)
    raw = encode_signed(ours)
    theirs = Account.sign_transaction(as_eth_account_dict(tx), key)
    assert raw == bytes(theirs.raw_transaction)
    assert tx_hash(ours) == bytes(theirs.hash)
    assert (ours.signature.r, ours.signature.s, ours.v) == (theirs.r, theirs.s, theirs.v)
    sender = Account.recover_transaction(raw)
    assert sender == recover_sender(ours).checksummed == Account.from_key(key).address
    assert decode_transaction(raw) == ours


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tx=eip1559_txs(), key=KEYS)
def test_eip1559_signing_matches_eth_account(tx: Eip1559Tx, key: bytes) -> None:
    _check(tx, key)
    decoded = TypedTransaction.from_bytes(HexBytes(encode_signed(sign(tx, key)))).as_dict()
    assert decoded["chainId"] == tx.chain_id and decoded["nonce"] == tx.nonce
    assert decoded["maxFeePerGas"] == tx.max_fee_per_gas and decoded["gas"] == tx.gas_limit
    assert bytes(decoded["data"]) == tx.data and decoded["value"] == tx.value


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tx=legacy_txs(), key=KEYS)
def test_legacy_eip155_signing_matches_eth_account(tx: LegacyTx, key: bytes) -> None:
    _check(tx, key)
    fields = pyrlp.decode(encode_signed(sign(tx, key)))
    assert int.from_bytes(fields[0], "big") == tx.nonce
    v = int.from_bytes(fields[6], "big")
    assert tx.chain_id is not None and (v - 35) // 2 == tx.chain_id


@settings(max_examples=60, deadline=None)
@given(to=ADDRESSES, amount=UINT256, key=KEYS, nonce=UINT64)
def test_erc20_transfer_decoded_by_eth_account_and_eth_abi(
    to: Address, amount: int, key: bytes, nonce: int
) -> None:
    token = Address(bytes.fromhex("a0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"))
    tx = Eip1559Tx(
        chain_id=1,
        nonce=nonce,
        max_priority_fee_per_gas=10**9,
        max_fee_per_gas=5 * 10**10,
        gas_limit=65000,
        to=token,
        value=0,
        data=encode_transfer(to, amount),
    )
    _check(tx, key)
    decoded = TypedTransaction.from_bytes(HexBytes(encode_signed(sign(tx, key)))).as_dict()
    assert bytes(decoded["to"]) == token.raw and decoded["value"] == 0
    data = bytes(decoded["data"])
    assert data[:4] == bytes.fromhex("a9059cbb")
    beneficiary, value = abi_decode(["address", "uint256"], data[4:])
    assert beneficiary == to.lower and value == amount  # eth-abi returns lower case
    assert decode_transfer(data).to == to and decode_transfer(data).amount == amount


@pytest.mark.parametrize("index", range(3))
def test_address_from_key_matches_eth_account(index: int) -> None:
    from coincurve import PrivateKey

    key = (index + 1).to_bytes(32, "big")
    public = PrivateKey(key).public_key
    expected = Account.from_key(key).address
    assert address_from_public_key(public.format(compressed=True)).checksummed == expected
    assert address_from_public_key(public.format(compressed=False)).checksummed == expected
