"""Approved payloads made in process through the signing service (fast), for the tests that then
race, crash or tamper with real `coldsign payload sign` processes."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from coldsign import chains
from coldsign.chains.bitcoin.build import (
    build_psbt,
    parse_previous_txs,
    parse_recipient,
    parse_utxos,
)
from coldsign.chains.bitcoin.wallet import Wallet
from coldsign.codec.payload import serialize_payload
from coldsign.keys.rolekey import open_role_key
from coldsign.keys.secrets import Passphrase
from coldsign.policy.checks import Trusted
from coldsign.policy.documents import DocumentKind
from coldsign.policy.trust import manifest_from_bytes, policy_from_bytes
from coldsign.service.payloads import NewPayload, approve, judge, new_payload, trusted_documents
from coldsign.units import Network
from tests.cli.guarded.conftest import Setup, write_funding


def trusted(setup: Setup, now: int) -> Trusted:
    return trusted_documents(
        policy_from_bytes(setup.files["policy"].read_bytes(), chains.SPECS),
        manifest_from_bytes(
            setup.files["whitelist"].read_bytes(), DocumentKind.WHITELIST, chains.SPECS
        ),
        None,
        now=now,
    )


def approved_payload(
    setup: Setup,
    wid: str,
    to: str,
    *,
    funding: tuple[str, ...] = ("0.05",),
    approvers: tuple[str, ...] = ("alice", "bob"),
    now: int,
    tag: str | None = None,
    expected_head: bytes | None = None,
) -> Path:
    """A payload for `wid` sending `to` (ADDRESS:BTC) from fresh UTXOs of `funding`, approved by
    `approvers`, written to ROOT/WID.approved."""
    name = f"fund-{wid}"
    write_funding(setup.root, name, setup.descriptor, list(funding), tag or wid)
    wallet = Wallet.from_descriptor(setup.descriptor, Network.TESTNET)
    utxos = parse_utxos(setup.path(f"{name}.json").read_bytes(), wallet)
    previous = parse_previous_txs(setup.path(f"{name}.prev").read_bytes())
    psbt = build_psbt(
        wallet, utxos, [parse_recipient(to, Network.TESTNET)],
        fee_rate=Decimal(2), change_index=0, previous=previous,
    )  # fmt: skip
    documents = trusted(setup, now)
    payload = new_payload(
        NewPayload(
            chain="bitcoin", transaction=psbt.serialize(), withdrawal_id=wid, initiator="ivan",
            created=now, lifetime_seconds=86_400, network="testnet", expected_head=expected_head,
        ),
        documents,
    )  # fmt: skip
    for who in approvers:
        key = open_role_key(setup.path(f"{who}.key").read_bytes(), Passphrase(f"pw-{who}"))
        payload = approve(judge(payload, documents, now=now), key)
    out = setup.path(f"{wid}.approved")
    out.write_bytes(serialize_payload(payload))
    return out


def sign_args(setup: Setup, payload: Path, out: Path, mnemonic_fd: int) -> list[str]:
    """argv (after `python -m coldsign`) of a scripted signing run reading the seed from an fd."""
    return [
        "--home", str(setup.home), "--yes", "payload", "sign", str(payload), "--no-passphrase",
        "--mnemonic-fd", str(mnemonic_fd), "-o", str(out),
    ]  # fmt: skip
