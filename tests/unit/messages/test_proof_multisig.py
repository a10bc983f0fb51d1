"""A proof of reserves over a 2-of-3 multisig wallet, through the Bitcoin chain module: each
cosigner signs the proof PSBT in turn, the copies are combined, and the `pof` proof verifies
against the UTXO set (every input's witness checked by python-bitcointx's interpreter too)."""

from __future__ import annotations

from dataclasses import replace

from coldsign import chains
from coldsign.chains.bitcoin.build import _derivation_records, _locate
from coldsign.chains.bitcoin.wallet import Wallet
from coldsign.codec import psbt as P
from coldsign.codec.payload import Payload
from coldsign.codec.script import address_from_script
from coldsign.codec.tx import OutPoint
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from coldsign.messages import bip322
from coldsign.policy.config import parse_policy
from coldsign.policy.fields import parse_toml
from coldsign.units import Network
from tests.cli.guarded.conftest import COSIGNER_MNEMONICS, funding_txs, multisig_descriptor

KEY = "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"  # G
KEY2 = "02c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee5"  # 2G
MESSAGE = (
    "Proof of reserves snapshot 2026-12-31T00:00:00Z bitcoin testnet hash " + "0" * 64 + " block 7"
)


def policy(descriptor: str) -> object:
    text = f"""
version = 1
[admins]
threshold = 1
members = [{{ name = "a", key = "{KEY}" }}]
[approvers]
members = [{{ name = "b", key = "{KEY2}" }}]
[[wallets]]
name = "vault"
chain = "bitcoin"
network = "testnet"
descriptor = "{descriptor}"
[[assets]]
symbol = "BTC"
chain = "bitcoin"
network = "testnet"
max_fee = "0.001"
tiers = [{{ above = "0", approvals = 1 }}]
[proofs]
wallets = ["vault"]
prefix = "Proof of reserves snapshot "
approvals = 1
"""
    return parse_policy(parse_toml(text.encode(), "policy"), chains.SPECS)


def test_multisig_cosigners_sign_a_proof_in_turn_and_it_verifies() -> None:
    from tests.unit.messages.test_bitcoin_peers import _interpreter_check

    descriptor = multisig_descriptor()
    wallet = Wallet.from_descriptor(descriptor, Network.TESTNET)
    kinds = (P.IN_BIP32_DERIVATION, P.IN_TAP_BIP32_DERIVATION, P.IN_TAP_INTERNAL_KEY,
             P.IN_REDEEM_SCRIPT, P.IN_WITNESS_SCRIPT)  # fmt: skip
    txs = funding_txs(descriptor, ["1.5", "0.25"], "vault")
    funds = []
    for tx in txs:
        derived = _locate(wallet, tx.outputs[0].script_pubkey, None)
        assert derived is not None
        funds.append(bip322.FundsInput(OutPoint(tx.txid, 0), tx.outputs[0],
                                       tuple(_derivation_records(derived, *kinds)),
                                       non_witness_utxo=tx))  # fmt: skip
    challenge = wallet.derive_at((0, 0))
    psbt = bip322.create_psbt(MESSAGE, challenge.script_pubkey,
                              records=_derivation_records(challenge, *kinds), funds=funds)  # fmt: skip
    payload = Payload(chain="bitcoin", network="testnet", withdrawal_id="por", created=0,
                      expires=1, initiator="i", policy_hash=bytes(32), whitelist_hash=bytes(32),
                      transaction=psbt.serialize(), kind="proof")  # fmt: skip
    module = chains.module("bitcoin")
    rules = policy(descriptor)
    tx = module.decode(payload)
    facts = module.analyze(payload, tx, rules).facts  # type: ignore[arg-type]
    assert facts.refusals == ()
    assert facts.message is not None and facts.message.wallet == "vault"
    assert facts.spends == () and facts.outputs == ()
    copies = []
    for words in COSIGNER_MNEMONICS[:2]:
        seed = seed_from_mnemonic(mnemonic_from_text(words), None)
        try:
            signed = module.sign(payload, tx, seed, rules)  # type: ignore[arg-type]
        finally:
            seed.wipe()
        assert signed.inputs_signed == 3
        copies.append(signed.payload)
    one_only = P.parse_psbt(copies[0].transaction)
    assert P.finalize(one_only)[1]  # one signature of two: cannot be finalized
    merged = replace(payload, transaction=module.combine(copies))
    text = bip322.encode_signature(P.parse_psbt(merged.transaction), bip322.Format.PROOF_OF_FUNDS)
    address = address_from_script(challenge.script_pubkey, Network.TESTNET)
    assert address is not None
    utxos = {OutPoint(t.txid, 0): t.outputs[0] for t in txs}
    result = bip322.verify(address, MESSAGE, text, network=Network.TESTNET, utxos=utxos)
    assert result.unconditional and result.total_sat == 175_000_000
    final = bip322.decode_signature(text).psbt
    assert final is not None
    spent = [final.spent_output(i) for i in range(len(final.inputs))]
    assert _interpreter_check(P.extract(final), [o for o in spent if o is not None]) == 3
