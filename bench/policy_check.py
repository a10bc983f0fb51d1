"""Benchmark: the policy check of a 1,000-output withdrawal against a 100,000-entry whitelist,
against signing the same transaction, measured in the same run (issue 16: at most 10%).

The withdrawal spends 20 P2WPKH inputs (with their previous transactions) to 1,000 whitelisted
destinations plus change, and carries 5 approvals. Timed in process, median of `--repeat` runs:

* whitelist load: what the signer home does with the signed 100,000-entry whitelist on every
  run (decode, canonical form, every address checked for its network, admin signatures);
* evaluate: `coldsign.policy.checks.evaluate` alone (approvals, whitelist and denylist for every
  output, caps, fees, replay, velocity), given the chain's facts;
* review: what `payload sign` runs before it reads the seed: decode the PSBT, re-derive inputs
  and change, draw the facts (every output classified, its address for the review) and evaluate;
* signing: `sign_psbt` of the same PSBT (keys derived from the seed, signatures verified).

Prints times and the ratios to signing. No assertions.

    .venv/bin/python bench/policy_check.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coldsign import chains
from coldsign.chains.bitcoin.build import Recipient, Utxo, build_psbt
from coldsign.chains.bitcoin.wallet import Wallet
from coldsign.codec.bip32 import parse_path
from coldsign.codec.payload import Payload
from coldsign.codec.psbt import parse_psbt
from coldsign.codec.script import address_from_script, p2wpkh_script
from coldsign.codec.tx import OutPoint, Transaction, TxIn, TxOut
from coldsign.keys.hd import ExtendedPrivateKey
from coldsign.keys.rolekey import Role, generate_role_key, schnorr_sign
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from coldsign.keys.signer import sign_psbt
from coldsign.policy.approval import make_approval
from coldsign.policy.checks import EmptyLedger, Trusted, evaluate
from coldsign.policy.documents import DocumentKind, DocumentSignature, SignedDocument
from coldsign.policy.trust import (
    load_manifest_document,
    policy_from_bytes,
    verify_manifest,
)
from coldsign.service.withdrawal import decode_withdrawal, review
from coldsign.units import Network

MNEMONIC = "abandon " * 11 + "about"  # BIP-39's public test mnemonic
OUTPUTS, WHITELIST, APPROVALS, INPUTS = 1_000, 100_000, 5, 20
PAID_SAT = 10_000  # to each destination
# Each UTXO holds a twentieth of the payments plus a share of the fee and change, so coin
# selection (largest first) needs all 20 of them.
UTXO_SAT = (OUTPUTS * PAID_SAT) // INPUTS + 10_000
NETWORK = Network.TESTNET


def median_seconds(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    started = time.perf_counter()
    seed = seed_from_mnemonic(mnemonic_from_text(MNEMONIC), None)
    account = ExtendedPrivateKey.from_seed(seed, NETWORK).derive(parse_path("m/84h/1h/0h"))
    descriptor = f"wpkh([{seed.fingerprint}/84h/1h/0h]{account.public().to_string()}/<0;1>/*)"
    wallet = Wallet.from_descriptor(descriptor, NETWORK)
    admins = [generate_role_key(Role.ADMIN, f"admin{i}") for i in range(2)]
    approvers = [generate_role_key(Role.APPROVER, f"approver{i}") for i in range(APPROVALS)]

    def members(keys: list[object]) -> str:
        return ", ".join(
            f'{{ name = "{k.name}", key = "{k.public_key.hex()}" }}'  # type: ignore[attr-defined]
            for k in keys
        )

    policy = policy_from_bytes(
        f"""version = 1
previous = ""
approval_lifetime = "24h"
[admins]
threshold = 2
members = [ {members(admins)} ]
[approvers]
members = [ {members(approvers)} ]
[[wallets]]
name = "w"
chain = "bitcoin"
network = "testnet"
descriptor = "{descriptor}"
[[assets]]
symbol = "BTC"
chain = "bitcoin"
network = "testnet"
max_fee = "0.1"
tiers = [ {{ above = "0", approvals = {APPROVALS} }} ]
""".encode(),
        chains.SPECS,
    )

    # The whitelist: 100,000 P2WPKH destinations, signed by the admin quorum, as the signer
    # home stores it (its JSON document).
    scripts = [
        p2wpkh_script(b"\x02" + hashlib.sha256(i.to_bytes(4, "big")).digest())
        for i in range(WHITELIST)
    ]
    expires = (datetime.now(UTC) + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    body: dict[str, object] = {
        "version": 1,
        "previous": "",
        "expires": expires,
        "entries": [
            {
                "chain": "bitcoin",
                "network": "testnet",
                "address": address_from_script(s, NETWORK),
                "label": f"dest {i}",
            }
            for i, s in enumerate(scripts)
        ],
    }
    document = SignedDocument(DocumentKind.WHITELIST, body, ())
    for admin in admins:
        signature = schnorr_sign(admin, document.message())
        document = document.with_signature(
            DocumentSignature(admin.name, admin.public_key, signature)
        )
    whitelist_json = document.serialize()

    def load_whitelist() -> object:
        doc = load_manifest_document(whitelist_json, DocumentKind.WHITELIST, chains.SPECS)
        verify_manifest(doc, policy.policy, now=int(time.time()))
        return doc

    whitelist = load_manifest_document(whitelist_json, DocumentKind.WHITELIST, chains.SPECS)
    trusted = Trusted(
        policy.policy, policy.document.hash, whitelist.manifest, whitelist.document.hash, None,
        None,
    )  # fmt: skip

    # The withdrawal: 20 inputs (each with its previous transaction), 1,000 outputs to
    # destinations spread over the whitelist, change.
    utxos, previous = [], {}
    for i in range(INPUTS):
        derived = wallet.derive_at((0, i))
        funding = Transaction(
            2,
            (TxIn(OutPoint(hashlib.sha256(bytes([i])).digest(), 0)),),
            (TxOut(UTXO_SAT, derived.script_pubkey),),
            0,
        )
        previous[funding.txid] = funding
        utxos.append(Utxo(funding.txid, 0, UTXO_SAT, derived.script_pubkey, derived))
    recipients = [Recipient(scripts[i * 97], PAID_SAT) for i in range(OUTPUTS)]
    psbt = build_psbt(
        wallet, utxos, recipients, fee_rate=Decimal(2), change_index=0, previous=previous
    )
    now = int(time.time())
    payload = Payload(
        "bitcoin", "bench", now, now + 3600, "initiator", bytes.fromhex(trusted.policy_hash),
        bytes.fromhex(whitelist.document.hash), psbt.serialize(), network=NETWORK.value,
    )  # fmt: skip
    first = review(decode_withdrawal(payload), trusted, EmptyLedger(), now=now)
    for key in approvers:
        payload = payload.with_approval(make_approval(key, first.verdict.digest, now))
    setup = time.perf_counter() - started

    w = decode_withdrawal(payload)
    assert len(psbt.inputs) == INPUTS and len(psbt.outputs) == OUTPUTS + 1  # and change
    facts = w.module.analyze(w.payload, w.tx, trusted.policy).facts
    checked = review(w, trusted, EmptyLedger(), now=now)
    assert checked.verdict.ok, checked.verdict.reasons()

    def check_review() -> None:
        rv = review(decode_withdrawal(payload), trusted, EmptyLedger(), now=now)
        assert rv.verdict.ok

    def check_evaluate() -> None:
        assert evaluate(payload, facts, trusted, EmptyLedger(), now=now).ok

    parsed = parse_psbt(payload.transaction)

    def sign() -> None:
        sign_psbt(parsed, seed)

    r = args.repeat
    t_load = median_seconds(max(1, r // 2), load_whitelist)
    t_review = median_seconds(r, check_review)
    t_evaluate = median_seconds(r, check_evaluate)
    t_sign = median_seconds(r, sign)
    print(f"set-up (keys, {WHITELIST:,}-entry whitelist, PSBT, approvals): {setup:.1f} s")
    print(f"withdrawal: {INPUTS} P2WPKH inputs, {OUTPUTS:,} outputs, {APPROVALS} approvals")
    print(f"median of {r} runs ({max(1, r // 2)} for the whitelist load)\n")
    print(f"  signing alone (seed -> {INPUTS} verified signatures) {t_sign * 1000:9.1f} ms")
    for label, seconds in (
        ("evaluate (policy/checks.evaluate)", t_evaluate),
        ("review (decode, analysis, evaluate)", t_review),
        (f"whitelist load ({WHITELIST:,} entries)", t_load),
    ):
        ratio = seconds / t_sign
        print(f"  {label:<41} {seconds * 1000:9.1f} ms = {ratio:6.2f}x signing ({ratio:.0%})")
    print("\ngoal (issue 16): the policy check at most 10% of signing the same transaction")


if __name__ == "__main__":
    main()
