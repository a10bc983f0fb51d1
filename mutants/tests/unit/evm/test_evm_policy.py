"""`coldsign.chains.evm.module.evm_analysis`: what leaves, to whom, at what fee, every refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from coldsign import chains
from coldsign.chains.evm.address import Address
from coldsign.chains.evm.erc20 import CallKind, encode_transfer
from coldsign.chains.evm.module import EvmReview, EvmTx, evm_analysis
from coldsign.chains.evm.tx import (
    AccessListEntry,
    AccessListTx,
    Eip1559Tx,
    LegacyTx,
    encode_unsigned,
)
from coldsign.policy.config import Policy, parse_policy
from coldsign.policy.fields import parse_toml

EXAMPLE = Path(__file__).parents[3] / "docs" / "examples" / "policy.toml"
SENDER = Address.parse("0x9858EfFD232B4033E47d90003D41EC34EcaEda94")
USDC = Address.parse("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48")
TO = Address.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")


@pytest.fixture(scope="module")
def policy() -> Policy:
    return parse_policy(parse_toml(EXAMPLE.read_bytes(), "policy"), chains.SPECS)


def evm_facts(chain_id: int, sender: Address | None, tx: object, policy: Policy) -> tuple:
    analysis = evm_analysis(EvmTx(tx, sender, chain_id), policy)  # type: ignore[arg-type]
    facts = analysis.facts
    asset = policy.asset_for("ethereum", facts.scope, facts.contract)
    assert isinstance(analysis.review, EvmReview)
    return facts, asset, analysis.review.summary


def type2(**changes: object) -> Eip1559Tx:
    fields: dict[str, object] = dict(
        chain_id=1, nonce=4, max_priority_fee_per_gas=10**9, max_fee_per_gas=30 * 10**9,
        gas_limit=60_000, to=USDC, value=0, data=encode_transfer(TO, 2_500_000),
    )  # fmt: skip
    fields.update(changes)
    return Eip1559Tx(**fields)  # type: ignore[arg-type]


def test_erc20_transfer_facts(policy: Policy) -> None:
    facts, asset, summary = evm_facts(1, SENDER, type2(), policy)
    assert facts.refusals == ()
    assert asset is not None and asset.symbol == "USDC" and asset.ledger_key == "USDC@ethereum:1"
    [out] = facts.outputs
    assert (out.address, out.amount, out.lookup_key) == (TO.checksummed, 2_500_000, TO.lower)
    assert facts.fee == 60_000 * 30 * 10**9 and facts.fee_per_gas == 30 * 10**9
    assert facts.spends == (f"ethereum:1:{SENDER.lower}:nonce:4",)
    assert facts.from_wallet == "eth-treasury" and facts.contract == USDC.checksummed
    assert facts.tx_material[:20] == SENDER.raw
    assert summary is not None and summary.call is CallKind.ERC20_TRANSFER
    assert summary.beneficiary == TO and summary.to == USDC


def test_native_transfer_facts(policy: Policy) -> None:
    facts, asset, _ = evm_facts(1, SENDER, type2(to=TO, value=10**18, data=b""), policy)
    assert facts.refusals == () and asset is not None and asset.symbol == "ETH"
    assert [(o.address, o.amount) for o in facts.outputs] == [(TO.checksummed, 10**18)]


@pytest.mark.parametrize(
    ("chain_id", "sender", "tx", "reason"),
    [
        (1, SENDER, type2(chain_id=5), "the payload says 1, the transaction says 5"),
        (1, TO, type2(), f"sender: {TO.checksummed} is not a wallet of the policy"),
        (1, None, type2(), "sender: the payload does not name the sending account"),
        (1, SENDER, type2(to=None), "contract creation"),
        (1, SENDER, type2(access_list=(AccessListEntry(address=USDC),)), "access list"),
        (
            1,
            SENDER,
            AccessListTx(
                chain_id=1,
                nonce=1,
                gas_price=1,
                gas_limit=60_000,
                to=USDC,
                value=0,
                data=encode_transfer(TO, 1),
            ),
            "type 1 (EIP-2930) is not supported",
        ),
        (
            1,
            SENDER,
            LegacyTx(chain_id=None, nonce=1, gas_price=1, gas_limit=21_000, to=TO, value=1),
            "without EIP-155 replay protection",
        ),
        (1, SENDER, type2(data=bytes.fromhex("23b872dd") + bytes(96)), "transferFrom()"),
        (1, SENDER, type2(data=bytes.fromhex("deadbeef")), "unknown selector"),
        (1, SENDER, type2(value=1), "must send 0 ETH"),
    ],
    ids=[
        "chain-id-mismatch",
        "foreign-sender",
        "no-sender",
        "creation",
        "access-list",
        "type-1",
        "pre-eip155",
        "transfer-from",
        "unknown-selector",
        "value-on-token",
    ],
)
def test_refusals_name_the_reason(
    policy: Policy, chain_id: int, sender: Address | None, tx: object, reason: str
) -> None:
    facts, _, _ = evm_facts(chain_id, sender, tx, policy)  # type: ignore[arg-type]
    assert any(reason in r.message for r in facts.refusals), facts.refusals


def test_verify_signed_requires_the_same_transaction_and_sender() -> None:
    from coldsign.chains.evm.tx import encode_signed, sign, verify_signed
    from coldsign.errors import AuthenticationError

    key = bytes(31) + b"\x01"  # private key 1: address 0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf
    signer = Address.parse("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf")
    tx = type2()
    raw = encode_signed(sign(tx, key))
    assert verify_signed(raw, encode_unsigned(tx), signer).tx == tx
    for unsigned, sender, reason in [
        (encode_unsigned(type2(nonce=5)), signer, "not the payload's unsigned transaction"),
        (encode_unsigned(tx), SENDER, "not signed by the payload's sender"),
        (encode_unsigned(tx), None, "names no sender"),
    ]:
        with pytest.raises(AuthenticationError, match=reason):
            verify_signed(raw, unsigned, sender)
