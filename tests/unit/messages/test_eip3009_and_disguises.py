"""EIP-3009 authorizations (USDC's transfer by signature) are value-moving; typed data that
hides a value-moving shape under another name is flagged. Hashes checked with eth-account."""

from __future__ import annotations

import json

import pytest

from coldsign.errors import DecodeError
from coldsign.messages.eip712 import decode_typed_data
from coldsign.messages.value_moving import IntentKind, Role, classify, disguises

USDC = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
FROM = "0x9858EfFD232B4033E47d90003D41EC34EcaEda94"
TO = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
FIELDS = [("from", "address"), ("to", "address"), ("value", "uint256"),
          ("validAfter", "uint256"), ("validBefore", "uint256"), ("nonce", "bytes32")]  # fmt: skip


def doc(primary: str, fields: list[tuple[str, str]], message: dict[str, object],
        extra: dict[str, list[tuple[str, str]]] | None = None) -> dict[str, object]:  # fmt: skip
    types = {
        "EIP712Domain": [{"name": "name", "type": "string"}, {"name": "version", "type": "string"},
                         {"name": "chainId", "type": "uint256"},
                         {"name": "verifyingContract", "type": "address"}],
        primary: [{"name": n, "type": t} for n, t in fields],
    }  # fmt: skip
    for name, more in (extra or {}).items():
        types[name] = [{"name": n, "type": t} for n, t in more]
    domain = {"name": "USD Coin", "version": "2", "chainId": 1, "verifyingContract": USDC}
    return {"types": types, "primaryType": primary, "domain": domain, "message": message}


MESSAGE = {"from": FROM, "to": TO, "value": "2500000", "validAfter": 0,
           "validBefore": 1900000000, "nonce": "0x" + "ab" * 32}  # fmt: skip


@pytest.mark.parametrize("primary", ["TransferWithAuthorization", "ReceiveWithAuthorization"])
def test_eip3009_is_a_transfer_of_its_value_to_its_recipient(primary: str) -> None:
    from eth_account.messages import encode_typed_data

    data = doc(primary, FIELDS, MESSAGE)
    typed = decode_typed_data(json.dumps(data))
    signable = encode_typed_data(full_message=data)
    from eth_utils import keccak

    assert typed.signing_hash == keccak(
        b"\x19" + signable.version + signable.header + signable.body
    )
    vm = classify(typed)
    assert vm is not None
    assert vm.kind in (IntentKind.EIP3009_TRANSFER, IntentKind.EIP3009_RECEIVE)
    assert vm.owner is not None and vm.owner.checksummed == FROM
    (move,) = vm.movements
    assert move.role is Role.TRANSFER and move.amount == 2_500_000
    assert move.counterparty is not None and move.counterparty.checksummed == TO
    assert vm.deadline == 1900000000 and vm.nonce == int("ab" * 32, 16)
    assert disguises(typed) == ()


def test_eip3009_of_another_shape_is_a_decode_error() -> None:
    bad = [*FIELDS[:-1], ("nonce", "uint256")]
    message = dict(MESSAGE, nonce=5)
    with pytest.raises(DecodeError, match="unknown shape"):
        classify(decode_typed_data(json.dumps(doc("TransferWithAuthorization", bad, message))))


def test_a_renamed_authorization_is_flagged_as_a_disguise() -> None:
    typed = decode_typed_data(json.dumps(doc("Memo", FIELDS, MESSAGE)))
    assert classify(typed) is None
    assert disguises(typed) == ("struct Memo has exactly the fields of TransferWithAuthorization",)


def test_an_embedded_value_moving_struct_is_flagged() -> None:
    data = doc("Note", [("text", "string"), ("d", "PermitDetails")],
               {"text": "hi", "d": {"token": USDC, "amount": "1", "expiration": 0, "nonce": 0}},
               {"PermitDetails": [("token", "address"), ("amount", "uint160"),
                                  ("expiration", "uint48"), ("nonce", "uint48")]})  # fmt: skip
    assert disguises(decode_typed_data(json.dumps(data))) == (
        "it contains PermitDetails, a struct of value-moving typed data",
    )


def test_innocent_typed_data_is_not_flagged() -> None:
    data = doc("Login", [("user", "string"), ("nonce", "uint256")], {"user": "a", "nonce": 1})
    assert disguises(decode_typed_data(json.dumps(data))) == ()
