"""`require_previous_tx`: a Bitcoin asset may demand that segwit v0 inputs prove their amount
with the full previous transaction (non_witness_utxo), closing CVE-2020-14199's fee attack."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from coldsign import chains
from coldsign.codec.payload import Payload
from coldsign.policy.config import Policy, WalletRule, parse_policy
from coldsign.policy.fields import parse_toml
from coldsign.service.withdrawal import decode_withdrawal
from tests.psbt_fixtures import NETWORK, build_psbt, seed_of

EXAMPLE = Path(__file__).parents[3] / "docs" / "examples" / "policy.toml"
SEED = seed_of("alice")


def policy_for(descriptor: str, *, require: bool) -> Policy:
    base = parse_policy(parse_toml(EXAMPLE.read_bytes(), "policy"), chains.SPECS)
    btc = next(a for a in base.assets if a.chain == "bitcoin")
    wallet = WalletRule("t", "bitcoin", network=NETWORK, descriptor=descriptor)
    body = dict(btc.scope_rule.body)
    body.update(network=NETWORK.value, require_previous_tx=require)
    scope = replace(
        btc.scope_rule, network=NETWORK, require_previous_tx=require, body=tuple(body.items())
    )
    return replace(base, wallets=(wallet,), assets=(replace(btc, scope_rule=scope),), transfers=())


def refusals(kind: str, *, non_witness: bool, require: bool) -> tuple[str, ...]:
    built = build_psbt(kind, [SEED], 2, non_witness_utxo=non_witness)
    payload = Payload(
        chain="bitcoin", network=NETWORK.value, withdrawal_id="w", created=0, expires=1,
        initiator="i", policy_hash=bytes(32), whitelist_hash=bytes(32),
        transaction=built.psbt.serialize(),
    )  # fmt: skip
    w = decode_withdrawal(payload)
    facts = w.module.analyze(payload, w.tx, policy_for(built.descriptor, require=require)).facts
    return tuple(r.message for r in facts.refusals)


@pytest.mark.parametrize("kind", ["wpkh", "sh-wpkh"])
def test_required_and_missing_is_refused_per_input(kind: str) -> None:
    found = refusals(kind, non_witness=False, require=True)
    assert [r.split(":")[0] for r in found] == ["input 0", "input 1"]
    assert all("non_witness_utxo" in r for r in found)


@pytest.mark.parametrize(
    ("kind", "non_witness", "require"),
    [("wpkh", True, True), ("wpkh", False, False), ("tr", False, True)],
)
def test_otherwise_no_refusal(kind: str, non_witness: bool, require: bool) -> None:
    assert refusals(kind, non_witness=non_witness, require=require) == ()


def test_the_switch_round_trips_through_the_signed_body() -> None:
    policy = policy_for(build_psbt("wpkh", [SEED], 1).descriptor, require=True)
    assert parse_policy(policy.to_body(), chains.SPECS).assets[0].require_previous_tx is True
