"""Benchmark: checking a withdrawal with 1,000 outputs against a 100,000-entry whitelist and 5
approvals (issue 4), against signing the same PSBT alone, measured in the same run.

Prints times and the ratio check/sign. No assertions: run it with `make bench` or directly.
"""

from __future__ import annotations

import hashlib
import statistics
import time
from datetime import UTC, datetime

from coldsign.withdrawal import decode_withdrawal, review, tx_material

from coldsign.chains.bitcoin.build import Recipient, Utxo, build_psbt
from coldsign.chains.bitcoin.wallet import Wallet
from coldsign.codec.payload import Payload
from coldsign.codec.script import address_from_script, p2wpkh_script
from coldsign.keys.rolekey import Role, generate_role_key
from coldsign.keys.seed import mnemonic_from_text, seed_from_mnemonic
from coldsign.keys.signer import sign_psbt
from coldsign.policy.approval import make_approval
from coldsign.policy.checks import Trusted
from coldsign.policy.config import AssetRule, Chain, Policy, Tier, WalletRule
from coldsign.policy.documents import DocumentKind, Member
from coldsign.policy.manifest import ListEntry, Manifest
from coldsign.units import Network

MNEMONIC = "abandon " * 11 + "about"
OUTPUTS, WHITELIST, APPROVALS, INPUTS = 1_000, 100_000, 5, 20


def main() -> None:
    seed = seed_from_mnemonic(mnemonic_from_text(MNEMONIC), None)
    from coldsign.codec.bip32 import parse_path
    from coldsign.keys.hd import ExtendedPrivateKey

    account = ExtendedPrivateKey.from_seed(seed, Network.TESTNET).derive(parse_path("m/84'/1'/0'"))
    descriptor = f"wpkh([{seed.fingerprint}/84h/1h/0h]{account.public().to_string()}/<0;1>/*)"
    wallet = Wallet.from_descriptor(descriptor, Network.TESTNET)

    started = time.perf_counter()
    scripts = [p2wpkh_script(b"\x02" + hashlib.sha256(i.to_bytes(4, "big")).digest()) for i in range(WHITELIST)]
    entries = tuple(
        ListEntry(Chain.BITCOIN, address_from_script(s, Network.TESTNET) or "", f"dest {i}", s.hex(),
                  network=Network.TESTNET)
        for i, s in enumerate(scripts)
    )
    whitelist = Manifest(DocumentKind.WHITELIST, 1, "", datetime(2099, 1, 1, tzinfo=UTC), entries)
    setup_s = time.perf_counter() - started

    utxos = [
        Utxo(hashlib.sha256(bytes([i])).digest(), 0, 10_000_000, d.script_pubkey, d)
        for i, d in ((i, wallet.derive_at((0, i))) for i in range(INPUTS))
    ]
    recipients = [Recipient(scripts[i * 97], 1_000) for i in range(OUTPUTS)]
    psbt = build_psbt(wallet, utxos, recipients, fee_rate=__import__("decimal").Decimal(2), change_index=0)

    approvers = [generate_role_key(Role.APPROVER, f"approver{i}") for i in range(APPROVALS)]
    asset = AssetRule("BTC", Chain.BITCOIN, 8, (Tier(0, APPROVALS),), network=Network.TESTNET)
    policy = Policy(1, "", None, 86_400, False, 1, (Member("admin", approvers[0].public_key),),
                    tuple(Member(k.name, k.public_key) for k in approvers),
                    (WalletRule("w", Chain.BITCOIN, network=Network.TESTNET, descriptor=descriptor),), (asset,))
    trusted = Trusted(policy, "11" * 32, whitelist, "22" * 32, None, None)
    now = int(time.time())
    payload = Payload("bitcoin", "bench", now, now + 3600, "initiator", bytes.fromhex("11" * 32),
                      bytes.fromhex("22" * 32), psbt.serialize(), network="testnet")
    from coldsign.policy.approval import approval_digest

    digest = approval_digest(payload, tx_material(decode_withdrawal(payload)))
    for key in approvers:
        payload = payload.with_approval(make_approval(key, digest, now))

    def check() -> None:
        verdict, _ = review(decode_withdrawal(payload), trusted, now=now, spent_in_window=0,
                            previous_digest_for_id=None)
        assert verdict.ok, verdict.reasons()

    def sign() -> None:
        sign_psbt(psbt, seed)

    check_times = [timed(check) for _ in range(5)]
    sign_times = [timed(sign) for _ in range(5)]
    c, s = statistics.median(check_times), statistics.median(sign_times)
    print(f"whitelist of {WHITELIST:,} entries built in {setup_s:.2f} s (once, at import)")
    print(f"policy check: {OUTPUTS:,} outputs, {APPROVALS} approvals, {INPUTS} inputs: {c * 1000:8.1f} ms")
    print(f"signing alone ({INPUTS} P2WPKH inputs, same PSBT):          {s * 1000:8.1f} ms")
    print(f"ratio check/sign: {c / s:.2f}")


def timed(fn: object) -> float:
    started = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
