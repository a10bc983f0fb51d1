"""`service.messages` (issue 15): a request for a policy wallet's address through its chain
module, the request inside a message payload, and a signed payload's signature read back (and
verified again) — on the documented example policy, signed with the seed of its wallets."""

from __future__ import annotations

import base64
from dataclasses import replace

import pytest

from coldsign import chains
from coldsign.chains.evm.address import Address
from coldsign.codec.message_request import MessageFormat, MessageRequest
from coldsign.codec.payload import Payload
from coldsign.errors import AuthenticationError, PolicyViolation, UsageError
from coldsign.messages import bip137, eip191
from coldsign.messages.evmsig import EvmSignature
from coldsign.service.messages import decoded_request, message_request, message_signature
from tests.unit.policy.test_message_checks import (
    BTC,
    ETH,
    POLICY,
    SNAPSHOT,
    TRAVEL,
    payload_of,
    request,
)
from tests.unit.service.test_signing import seed

ETH_PATH = (0x8000002C, 0x8000003C, 0x80000000, 0, 0)  # m/44'/60'/0'/0/0
BTC_PATH = (0x80000054, 0x80000001, 0x80000000, 0, 0)  # m/84'/1'/0'/0/0


def test_an_evm_request_names_the_wallet_s_checksummed_address_and_path() -> None:
    got = message_request(POLICY, MessageFormat.EIP191, ETH.lower(), None, b"hi",
                          network=None, chain_id=1)  # fmt: skip
    assert got == (MessageRequest(MessageFormat.EIP191, ETH, ETH_PATH, b"hi"), None, 1)


def test_an_evm_request_needs_a_chain_id_and_no_network() -> None:
    with pytest.raises(UsageError, match="need --chain-id"):
        message_request(POLICY, MessageFormat.EIP191, ETH, None, b"hi", network=None,
                        chain_id=None)  # fmt: skip
    with pytest.raises(UsageError, match="not --network"):
        message_request(POLICY, MessageFormat.EIP191, ETH, None, b"hi", network="testnet",
                        chain_id=1)  # fmt: skip


def test_a_bitcoin_request_finds_the_path_or_takes_the_one_given() -> None:
    found = message_request(POLICY, MessageFormat.BIP137, BTC, None, b"hi", network=None,
                            chain_id=None)  # fmt: skip
    assert found == (MessageRequest(MessageFormat.BIP137, BTC, BTC_PATH, b"hi"), "testnet", None)
    given = message_request(POLICY, MessageFormat.BIP322_SIMPLE, BTC, "m/84'/1'/0'/0/7", b"x",
                            network="signet", chain_id=None)  # fmt: skip
    assert given == (
        MessageRequest(MessageFormat.BIP322_SIMPLE, BTC, (*BTC_PATH[:4], 7), b"x"),
        "signet",
        None,
    )
    with pytest.raises(UsageError, match="--chain-id is for EVM formats"):
        message_request(POLICY, MessageFormat.BIP137, BTC, None, b"hi", network=None, chain_id=1)


@pytest.mark.parametrize("fmt", [MessageFormat.BIP137, MessageFormat.EIP712])
def test_decoded_request_is_the_request_the_payload_carries(fmt: MessageFormat) -> None:
    text = TRAVEL if fmt is MessageFormat.BIP137 else '{"not": "decoded here"}'
    req = request(fmt, text)
    assert decoded_request(payload_of(req)) == req


@pytest.mark.parametrize("kind", ["withdrawal", "proof"])
def test_decoded_request_refuses_another_kind_of_payload(kind: str) -> None:
    with pytest.raises(UsageError) as info:
        decoded_request(payload_of(request(MessageFormat.BIP137, TRAVEL), kind=kind))
    assert str(info.value) == f"this is a {kind} payload, not a message payload"


def signed(payload: Payload) -> Payload:
    module = chains.module(payload.chain)
    return module.sign(payload, module.decode(payload), seed(), POLICY).payload


def test_an_evm_signature_is_read_back_and_recovers_to_the_address() -> None:
    req = request(MessageFormat.EIP191, SNAPSHOT)
    payload = signed(payload_of(req))
    got_request, raw, text = message_signature(payload)
    assert got_request == req
    assert raw == payload.signed_transaction and len(raw) == 65
    assert text == "0x" + raw.hex()
    assert eip191.verify(Address.parse(ETH), SNAPSHOT.encode(), EvmSignature.from_bytes(raw))


def test_a_bip137_signature_is_read_back_as_wallets_write_it() -> None:
    req = request(MessageFormat.BIP137, TRAVEL)
    payload = signed(payload_of(req))
    got_request, raw, text = message_signature(payload)
    assert got_request == req
    assert len(raw) == 65 and base64.b64decode(text) == raw
    assert bip137.verify(BTC, TRAVEL.encode(), text)


def test_an_unsigned_or_tampered_payload_has_no_signature() -> None:
    payload = payload_of(request(MessageFormat.EIP191, SNAPSHOT))
    with pytest.raises(PolicyViolation, match="not signed yet"):
        message_signature(payload)
    sig = signed(payload).signed_transaction
    assert sig is not None
    other = replace(payload, transaction=payload_of(request(MessageFormat.EIP191, "x")).transaction,
                    signed_transaction=sig)  # fmt: skip
    with pytest.raises(AuthenticationError, match="does not recover"):
        message_signature(other)


def test_a_withdrawal_payload_has_no_message_signature() -> None:
    payload = signed(payload_of(request(MessageFormat.EIP191, SNAPSHOT)))
    with pytest.raises(UsageError, match="not a message payload"):
        message_signature(replace(payload, kind="withdrawal"))
