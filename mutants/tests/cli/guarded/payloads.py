"""Approved payloads made in process through the signing service (fast), for the tests that then
race, crash or tamper with real `coldsign payload sign` processes."""

from __future__ import annotations

from collections.abc import Callable
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
from coldsign.codec.psbt import Psbt
from coldsign.keys.rolekey import open_role_key
from coldsign.keys.secrets import Passphrase
from coldsign.policy.checks import Trusted
from coldsign.policy.documents import DocumentKind
from coldsign.policy.trust import manifest_from_bytes, policy_from_bytes
from coldsign.service.payloads import (
    NewPayload,
    approve,
    initiate,
    judge,
    new_payload,
    trusted_documents,
)
from coldsign.units import Network
from tests.cli.guarded.conftest import Setup, write_funding


def trusted(setup: Setup, now: int) -> Trusted:
    """The documents in `setup.files` (policy, whitelist, and a denylist if there is one)."""
    deny = setup.files.get("denylist")
    return trusted_documents(
        policy_from_bytes(setup.files["policy"].read_bytes(), chains.SPECS),
        manifest_from_bytes(
            setup.files["whitelist"].read_bytes(), DocumentKind.WHITELIST, chains.SPECS
        ),
        manifest_from_bytes(deny.read_bytes(), DocumentKind.DENYLIST, chains.SPECS)
        if deny
        else None,
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
    edit: Callable[[Psbt], Psbt] | None = None,
    initiator: str = "ivan",
    initiator_key: str | None = None,
    memo: str = "",
    replaces: str | None = None,
    fee_rate: str = "2",
    extra_to: tuple[str, ...] = (),
) -> Path:
    """A payload for `wid` sending `to` (ADDRESS:BTC, and `extra_to`) from fresh UTXOs of
    `funding` (or reusing `tag`'s), its PSBT changed by `edit` (an insider's tampering, before
    anyone approves), initiated (signed by `initiator_key`'s role key when given) and approved by
    `approvers`, written to ROOT/WID.approved."""
    name = f"fund-{wid}"
    write_funding(setup.root, name, setup.descriptor, list(funding), tag or wid)
    wallet = Wallet.from_descriptor(setup.descriptor, Network.TESTNET)
    utxos = parse_utxos(setup.path(f"{name}.json").read_bytes(), wallet)
    previous = parse_previous_txs(setup.path(f"{name}.prev").read_bytes())
    recipients = [parse_recipient(r, Network.TESTNET) for r in (to, *extra_to)]
    psbt = build_psbt(
        wallet, utxos, recipients, fee_rate=Decimal(fee_rate), change_index=0, previous=previous,
    )  # fmt: skip
    if edit is not None:
        psbt = edit(psbt)
    documents = trusted(setup, now)
    payload = new_payload(
        NewPayload(
            chain="bitcoin", transaction=psbt.serialize(), withdrawal_id=wid, initiator=initiator,
            created=now, lifetime_seconds=86_400, network="testnet", expected_head=expected_head,
            memo=memo, replaces=replaces,
        ),
        documents,
    )  # fmt: skip
    if initiator_key is not None:
        key = open_role_key(setup.path(f"{initiator_key}.key").read_bytes(),
                            Passphrase(f"pw-{initiator_key}"))  # fmt: skip
        payload = initiate(payload, key, documents, now=now)
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
