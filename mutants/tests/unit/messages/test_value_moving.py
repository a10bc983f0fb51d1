"""Value-moving typed data: each known shape, renamed or reshaped fields, Safe calldata."""

from __future__ import annotations

import contextlib
import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.chains.evm.address import Address
from coldsign.chains.evm.erc20 import encode_transfer
from coldsign.errors import DecodeError
from coldsign.messages import eip712
from coldsign.messages.value_moving import (
    MAX_UINT256,
    AssetKind,
    IntentKind,
    Role,
    classify,
)
from tests.unit.messages import evm_fixtures as fx


def _td(data: dict[str, Any]) -> eip712.TypedData:
    return eip712.decode_typed_data(json.dumps(data))


A = Address.parse


def test_erc2612_permit() -> None:
    vm = classify(_td(fx.permit()))
    assert vm is not None and vm.kind is IntentKind.ERC2612_PERMIT
    assert vm.contract == A(fx.TOKEN) and vm.owner == A(fx.OWNER) and vm.chain_id == 1
    (move,) = vm.movements
    assert move.asset.kind is AssetKind.ERC20 and move.asset.contract == A(fx.TOKEN)
    assert (move.amount, move.counterparty, move.role) == (10**9, A(fx.SPENDER), Role.ALLOWANCE)
    assert (vm.deadline, vm.nonce, vm.unknowns) == (1767225600, 0, ())


def test_dai_and_erc4494_permits() -> None:
    dai = fx.permit()
    dai["types"]["Permit"] = [
        {"name": "holder", "type": "address"},
        {"name": "spender", "type": "address"},
        {"name": "nonce", "type": "uint256"},
        {"name": "expiry", "type": "uint256"},
        {"name": "allowed", "type": "bool"},
    ]
    dai["message"] = {
        "holder": fx.OWNER,
        "spender": fx.SPENDER,
        "nonce": 1,
        "expiry": 0,
        "allowed": True,
    }
    vm = classify(_td(dai))
    assert vm is not None and vm.kind is IntentKind.DAI_PERMIT
    assert vm.movements[0].amount == MAX_UINT256 and vm.deadline is None
    nft = fx.permit()
    nft["types"]["Permit"] = [
        {"name": "spender", "type": "address"},
        {"name": "tokenId", "type": "uint256"},
        {"name": "nonce", "type": "uint256"},
        {"name": "deadline", "type": "uint256"},
    ]
    nft["message"] = {"spender": fx.SPENDER, "tokenId": 42, "nonce": 0, "deadline": 5}
    vm = classify(_td(nft))
    assert vm is not None and vm.kind is IntentKind.ERC4494_PERMIT
    assert vm.movements[0].asset.token_id == 42


def test_permit2_single_and_batch() -> None:
    vm = classify(_td(fx.permit2_single()))
    assert vm is not None and vm.kind is IntentKind.PERMIT2_SINGLE
    (move,) = vm.movements
    assert move.amount == 2**160 - 1 and move.counterparty == A(fx.SPENDER)
    assert (move.expiration, move.nonce, vm.nonce, vm.deadline) == (1767225600, 3, 3, 1764633600)
    assert vm.contract == A(fx.PERMIT2)
    vm = classify(_td(fx.permit2_batch()))
    assert vm is not None and vm.kind is IntentKind.PERMIT2_BATCH
    assert [m.amount for m in vm.movements] == [2**160 - 1, 5000] and vm.nonce is None


@pytest.mark.parametrize(
    ("witness", "batch", "kind"),
    [
        (False, False, IntentKind.PERMIT2_TRANSFER_FROM),
        (True, False, IntentKind.PERMIT2_WITNESS_TRANSFER_FROM),
        (False, True, IntentKind.PERMIT2_BATCH_TRANSFER_FROM),
        (True, True, IntentKind.PERMIT2_BATCH_WITNESS_TRANSFER_FROM),
    ],
)
def test_permit2_transfers(witness: bool, batch: bool, kind: IntentKind) -> None:
    vm = classify(_td(fx.permit2_transfer_from(witness=witness, batch=batch)))
    assert vm is not None and vm.kind is kind
    (move,) = vm.movements
    assert (move.amount, move.role, vm.nonce) == (2_500_000, Role.TRANSFER, 77)


def _safe(**over: Any) -> dict[str, Any]:
    fields = {
        "to": fx.TOKEN,
        "value": 0,
        "data": "0x",
        "operation": 0,
        "safeTxGas": 0,
        "baseGas": 0,
        "gasPrice": 0,
        "gasToken": "0x" + "00" * 20,
        "refundReceiver": "0x" + "00" * 20,
        "nonce": 7,
    }
    fields.update(over)
    return fx.safe_typed_data("0x111CEEee040739fD91D29C34C33E6B3E112F2177", 1, fields)


def test_safe_erc20_transfer_and_native_value() -> None:
    data = "0x" + encode_transfer(A(fx.SPENDER), 123).hex()
    vm = classify(_td(_safe(data=data, value=5)))
    assert vm is not None and vm.kind is IntentKind.SAFE_TX and vm.unknowns == ()
    native, token = vm.movements
    assert (
        native.asset.kind is AssetKind.NATIVE
        and native.amount == 5
        and native.counterparty == A(fx.TOKEN)
    )
    assert token.asset.contract == A(fx.TOKEN) and (token.amount, token.counterparty) == (
        123,
        A(fx.SPENDER),
    )
    assert vm.nonce == 7 and vm.safe_call is not None and vm.safe_call.operation == 0


def test_safe_unknowns() -> None:
    vm = classify(_td(_safe(data="0xdeadbeef", operation=1)))
    assert vm is not None and len(vm.unknowns) == 2
    vm = classify(_td(_safe(gasPrice=10)))
    assert vm is not None
    (refund,) = vm.movements
    assert refund.role is Role.REFUND and refund.amount is None and refund.counterparty is None
    assert len(vm.unknowns) == 2
    vm = classify(_td(_safe(gasPrice=10, safeTxGas=100, baseGas=5, refundReceiver=fx.OWNER)))
    assert vm is not None and vm.movements[0].amount == 1050 and vm.unknowns == ()
    with pytest.raises(DecodeError, match="operation"):
        classify(_td(_safe(operation=2)))


@pytest.mark.parametrize(
    ("label", "data", "_"), fx.safe_cases(), ids=[c[0] for c in fx.safe_cases()]
)
def test_safe_vectors_classify_or_refuse(label: str, data: dict[str, Any], _: str) -> None:
    td = _td(data)
    if data["message"]["operation"] not in (0, 1):
        with pytest.raises(DecodeError):
            classify(td)
        return
    vm = classify(td)
    assert vm is not None and vm.kind is IntentKind.SAFE_TX


def test_seaport_order() -> None:
    vm = classify(_td(fx.seaport_order()))
    assert vm is not None and vm.kind is IntentKind.SEAPORT_ORDER
    (offer,) = vm.movements
    assert offer.role is Role.OFFER and offer.counterparty is None and offer.amount == 5_000_000
    nft, fee = vm.receipts
    assert (
        nft.asset.kind is AssetKind.ERC721
        and nft.asset.token_id == 1234
        and nft.counterparty == A(fx.OWNER)
    )
    assert fee.amount == 125_000 and vm.deadline == 1767225600 and vm.owner == A(fx.OWNER)
    bad = fx.seaport_order()
    bad["message"]["offer"][0]["itemType"] = 6
    with pytest.raises(DecodeError, match="item type"):
        classify(_td(bad))


def test_unknown_primary_type_is_not_value_moving() -> None:
    assert classify(_td(fx.ether_mail())) is None


RESHAPED = {
    "permit with an extra field": (
        fx.permit,
        ["types", "Permit"],
        lambda f: [*f, {"name": "memo", "type": "string"}],
        ["message", "memo"],
        "x",
    ),
    "permit with a renamed field": (
        fx.permit,
        ["types", "Permit", 1, "name"],
        lambda _: "delegate",
        None,
        None,
    ),
    "permit2 with uint256 amount": (
        fx.permit2_single,
        ["types", "PermitDetails", 1, "type"],
        lambda _: "uint256",
        None,
        None,
    ),
    "safe without nonce": (
        lambda: _safe(),
        ["types", "SafeTx"],
        lambda f: f[:-1],
        ["message", "nonce"],
        None,
    ),
}


@pytest.mark.parametrize("name", list(RESHAPED))
def test_known_names_with_other_shapes_are_refused(name: str) -> None:
    make, path, change, vpath, value = RESHAPED[name]
    data = make()
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = change(copy.deepcopy(target[path[-1]]))
    if vpath is not None:
        msg = data["message"]
        if value is None:
            del msg[vpath[-1]]
        else:
            msg[vpath[-1]] = value
    if name == "permit with a renamed field":
        data["message"]["delegate"] = data["message"].pop("spender")
    with pytest.raises(DecodeError):
        classify(_td(data))


def test_bulk_order_refused() -> None:
    data = fx.seaport_order()
    data["types"]["BulkOrder"] = [{"name": "tree", "type": "OrderComponents[2]"}]
    data["primaryType"] = "BulkOrder"
    data["message"] = {"tree": [data["message"], data["message"]]}
    with pytest.raises(DecodeError, match="BulkOrder"):
        classify(_td(data))


def test_permit_without_verifying_contract_refused() -> None:
    data = fx.permit()
    data["types"]["EIP712Domain"] = data["types"]["EIP712Domain"][:3]
    del data["domain"]["verifyingContract"]
    with pytest.raises(DecodeError, match="verifyingContract"):
        classify(_td(data))


SAMPLES = [
    fx.permit(),
    fx.permit2_single(),
    fx.permit2_batch(),
    fx.permit2_transfer_from(True, True),
    fx.seaport_order(),
    _safe(),
]


@settings(max_examples=200, deadline=None)
@given(
    pick=st.integers(0), pos=st.integers(0), char=st.characters(min_codepoint=32, max_codepoint=126)
)
def test_mangled_value_moving_data_raises_only_decode_error(pick: int, pos: int, char: str) -> None:
    text = json.dumps(SAMPLES[pick % len(SAMPLES)])
    i = pos % len(text)
    text = text[:i] + char + text[i + 1 :]
    with contextlib.suppress(DecodeError):
        classify(eip712.decode_typed_data(text))
