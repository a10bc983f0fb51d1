"""Every refusal the guarded-signer issue lists: exit code, the reason named, nothing written,
and the refusal audited. Driven through the installed CLI."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest

from coldsign.codec.payload import parse_payload, serialize_payload
from coldsign.keys.rolekey import open_role_key
from coldsign.keys.secrets import Passphrase
from coldsign.policy.approval import make_approval
from tests.cli.guarded.conftest import (
    HOT_WALLET,
    MNEMONIC,
    NOT_WHITELISTED,
    OTHER_WHITELISTED,
    Setup,
    pubs_of,
    sign_doc,
    whitelist_toml,
    write_funding,
)


def refused(setup: Setup, payload: Path, code: int, *needles: str) -> None:
    """Signing `payload` fails with `code`, names every needle, writes nothing, and is audited."""
    result, out = setup.sign(payload)
    assert result.exit_code == code, result.stderr
    for needle in needles:
        assert needle in result.stderr, f"{needle!r} not in {result.stderr}"
    assert not out.exists()
    records = [json.loads(line) for line in (setup.home / "audit.jsonl").read_text().splitlines()]
    assert records[-1]["decision"] == "refused"
    assert setup.cs("audit", "verify").exit_code == 0


def with_extra_approval(
    setup: Setup,
    payload: Path,
    who: str,
    digest_from: Path | None = None,
    approved_at: int | None = None,
    flip_prefix: bool = False,
) -> Path:
    """Add `who`'s approval made with the Python API (for approvals the CLI would never make)."""
    source = digest_from or payload
    show = setup.cs("--json", "payload", "show", source)
    digest = bytes.fromhex(show.json["digest"])
    key = open_role_key((setup.root / f"{who}.key").read_bytes(), Passphrase(f"pw-{who}"))
    approval = make_approval(
        key, digest, approved_at if approved_at is not None else int(time.time())
    )
    if flip_prefix:
        approval = replace(
            approval, public_key=bytes([approval.public_key[0] ^ 1]) + approval.public_key[1:]
        )
    p = parse_payload(payload.read_bytes()).with_approval(approval)
    out = setup.new_name(f"{payload.name}.+{who}")
    out.write_bytes(serialize_payload(p))
    return out


def test_too_few_approvals(setup: Setup) -> None:
    payload = setup.approved(setup.build(f"{HOT_WALLET}:0.05", wid="few"), "alice")
    refused(setup, payload, 4, "approvals: 1 valid of the 2 required")


def test_approval_by_a_key_outside_the_policy(setup: Setup) -> None:
    payload = setup.approved(setup.build(f"{HOT_WALLET}:0.05", wid="outsider"), "alice")
    refused(
        setup, with_extra_approval(setup, payload, "mallory"), 5, "not an approver in the policy"
    )


def test_approver_cli_refuses_an_outsider_key(setup: Setup) -> None:
    payload = setup.build(f"{HOT_WALLET}:0.05", wid="outsider-cli")
    result = setup.cs(
        "payload",
        "approve",
        payload,
        "--key",
        setup.path("mallory.key"),
        "--policy",
        setup.files["policy"],
        "--whitelist",
        setup.files["whitelist"],
        "-o",
        setup.path("x"),
        secrets={"--passphrase-fd": "pw-mallory"},
    )
    assert result.exit_code == 5 and "not an approver" in result.stderr
    assert not setup.path("x").exists()


def test_the_same_approver_twice_counts_once(setup: Setup) -> None:
    payload = setup.approved(setup.build(f"{HOT_WALLET}:0.05", wid="twice"), "alice")
    # 02||x and 03||x are one BIP-340 signer: the same signature verifies under both records.
    doubled = with_extra_approval(setup, payload, "alice", flip_prefix=True)
    assert len(parse_payload(doubled.read_bytes()).approvals) == 2
    refused(setup, doubled, 4, "alice already approved; counted once", "1 valid of the 2")


def test_an_approval_for_a_different_withdrawal(setup: Setup) -> None:
    payload = setup.approved(setup.build(f"{HOT_WALLET}:0.05", wid="this-one"), "alice")
    other = setup.build(f"{HOT_WALLET}:0.05", wid="another-one")
    refused(
        setup,
        with_extra_approval(setup, payload, "bob", digest_from=other),
        5,
        "does not match this withdrawal's approval digest",
    )


@pytest.mark.parametrize("change", ["amount", "destination"])
def test_transaction_changed_after_approval(setup: Setup, change: str) -> None:
    original = setup.approved(setup.build(f"{HOT_WALLET}:0.05", wid="changed"), "alice", "bob")
    recipient = f"{HOT_WALLET}:0.06" if change == "amount" else f"{OTHER_WHITELISTED}:0.05"
    altered_tx = parse_payload(setup.build(recipient, wid="changed").read_bytes()).transaction
    tampered = replace(parse_payload(original.read_bytes()), transaction=altered_tx)
    out = setup.new_name("tampered")
    out.write_bytes(serialize_payload(tampered))
    refused(setup, out, 5, "(alice): signature does not match", "(bob): signature does not match")


def test_destination_not_whitelisted(setup: Setup) -> None:
    payload = setup.approved(setup.build(f"{NOT_WHITELISTED}:0.05", wid="not-wl"), "alice", "bob")
    refused(setup, payload, 4, f"output 0 ({NOT_WHITELISTED}): destination is not on the whitelist")


def test_change_that_does_not_derive_from_our_descriptor(setup: Setup) -> None:
    """The change output's script is swapped while its BIP-32 metadata still claims our path."""
    from coldsign.codec.psbt import parse_psbt
    from coldsign.codec.script import script_from_address
    from coldsign.codec.tx import TxOut
    from coldsign.units import Network

    payload = setup.build(f"{HOT_WALLET}:0.05", wid="fake-change")
    p = parse_payload(payload.read_bytes())
    psbt = parse_psbt(p.transaction)
    tx = psbt.unsigned_tx()
    foreign = script_from_address(NOT_WHITELISTED, Network.TESTNET)
    outputs = (tx.outputs[0], TxOut(tx.outputs[1].amount_sat, foreign))
    from coldsign.codec.psbt import GLOBAL_UNSIGNED_TX, Record

    new_tx = replace(tx, outputs=outputs)
    g = psbt.global_map.with_record(
        Record.make(GLOBAL_UNSIGNED_TX, b"", new_tx.serialize(witness=False))
    )
    forged = replace(p, transaction=psbt.with_maps(global_map=g).serialize())
    out = setup.new_name("forged")
    out.write_bytes(serialize_payload(forged))
    approved = setup.approved(out, "alice", "bob")
    refused(
        setup, approved, 4, f"output 1 ({NOT_WHITELISTED}): destination is not on the whitelist"
    )


def test_fee_above_the_cap(setup: Setup) -> None:
    payload = setup.approved(
        setup.build(f"{HOT_WALLET}:0.05", wid="fee", fee_rate="150"), "alice", "bob"
    )
    refused(setup, payload, 4, "fee rate", "exceeds the cap of 100")


def test_amount_above_the_per_transaction_cap(setup: Setup) -> None:
    payload = setup.approved(setup.build(f"{HOT_WALLET}:0.6", wid="big"), "alice", "bob", "carol")
    # The fee leaves the wallet too: it counts toward the cap (issue 12.2).
    refused(setup, payload, 4, "(outputs plus fee) exceeds the per-transaction cap of 0.5 BTC")


def test_a_run_of_withdrawals_exceeds_the_velocity_limit(setup: Setup) -> None:
    for name in ("a", "b", "c"):
        write_funding(setup.root, f"utxos-{name}", setup.descriptor, ["0.45"], f"{name}1")
    for wid, utxos in (("v1", "utxos-a.json"), ("v2", "utxos-b.json")):
        p = setup.approved(
            setup.build(f"{HOT_WALLET}:0.4", wid=wid, utxos=utxos), "alice", "bob", "carol"
        )
        assert setup.sign(p)[0].exit_code == 0
    third = setup.approved(
        setup.build(f"{HOT_WALLET}:0.4", wid="v3", utxos="utxos-c.json"), "alice", "bob", "carol"
    )
    refused(
        setup,
        third,
        4,
        "velocity (BTC@bitcoin:testnet): 0.8000",
        "already signed in the period plus 0.4000",
        "exceeds 1.0 BTC",
    )


def test_reused_withdrawal_id_with_different_content(setup: Setup) -> None:
    first = setup.approved(setup.build(f"{HOT_WALLET}:0.05", wid="dup"), "alice", "bob")
    assert setup.sign(first)[0].exit_code == 0
    second = setup.approved(setup.build(f"{HOT_WALLET}:0.06", wid="dup"), "alice", "bob")
    refused(setup, second, 4, "withdrawal id 'dup' was already signed with different content")


def test_expired_approval(setup: Setup) -> None:
    payload = setup.approved(setup.build(f"{HOT_WALLET}:0.05", wid="old"), "alice")
    old = with_extra_approval(setup, payload, "bob", approved_at=int(time.time()) - 2 * 86400)
    refused(setup, old, 4, "(bob): expired")


def test_every_reason_is_listed_at_once(setup: Setup) -> None:
    payload = setup.approved(
        setup.build(f"{NOT_WHITELISTED}:0.6", f"{HOT_WALLET}:0.01", wid="many", fee_rate="150"),
        "alice",
    )
    refused(
        setup,
        payload,
        4,
        "not on the whitelist",
        "per-transaction cap",
        "fee rate",
        "1 valid of the 3",
    )


# --- documents -------------------------------------------------------------------------------


def import_whitelist(setup: Setup, toml: str, *admins: str) -> object:
    source = setup.new_name("wl.toml")
    source.write_text(toml)
    signed = sign_doc(setup, source, setup.new_name("wl.signed"), "whitelist", *admins)
    return setup.cs("whitelist", "import", signed)


def test_whitelist_signed_below_quorum(setup: Setup) -> None:
    result = import_whitelist(setup, whitelist_toml(version=2), "a1")
    assert result.exit_code == 5 and "1 valid admin signature(s) of the 2" in result.stderr


def accepted_hash(setup: Setup, signed: Path) -> str:
    result = setup.cs("--json", "whitelist", "verify", signed)
    assert result.exit_code == 0, result.stderr
    return str(result.json["hash"])


def test_older_whitelist_version_is_refused(setup: Setup) -> None:
    v1 = accepted_hash(setup, setup.files["whitelist"])
    assert (
        import_whitelist(setup, whitelist_toml(version=3, previous=v1), "a1", "a2").exit_code == 0
    )
    result = import_whitelist(setup, whitelist_toml(version=2, previous=v1), "a1", "a2")
    assert result.exit_code == 5 and "rollback refused" in result.stderr


def test_whitelist_that_does_not_name_the_accepted_one_is_refused(setup: Setup) -> None:
    """A newer version signed beside the accepted chain (a fork) is not taken silently."""
    result = import_whitelist(setup, whitelist_toml(version=2, previous="00" * 32), "a1", "a2")
    assert result.exit_code == 5
    assert "whitelist `previous` is not the hash of the accepted version 1" in result.stderr


def test_expired_whitelist_is_refused(setup: Setup) -> None:
    result = import_whitelist(
        setup, whitelist_toml(version=4, expires="2020-01-01T00:00:00Z"), "a1", "a2"
    )
    assert result.exit_code == 5 and "whitelist expired" in result.stderr


def test_payload_bound_to_a_superseded_whitelist_is_refused(setup: Setup) -> None:
    payload = setup.approved(setup.build(f"{HOT_WALLET}:0.05", wid="stale-wl"), "alice", "bob")
    v1 = accepted_hash(setup, setup.files["whitelist"])
    assert (
        import_whitelist(setup, whitelist_toml(version=2, previous=v1), "a2", "a3").exit_code == 0
    )
    refused(setup, payload, 5, "whitelist_hash")


def test_policy_not_signed_by_the_pinned_quorum(setup: Setup) -> None:
    """A v2 whose new admins sign it, but only one admin of the pinned v1 does."""
    from tests.cli.guarded.conftest import policy_toml

    pubs = pubs_of(setup)
    pinned = json.loads(setup.files["policy"].read_text())["hash"]
    pubs_v2 = {**pubs, "a2": pubs["mallory"]}  # a takeover attempt
    source = setup.new_name("p2.toml")
    source.write_text(policy_toml(pubs_v2, setup.descriptor, version=2, previous=pinned))
    signed = setup.new_name("p2.signed")
    r = setup.cs(
        "policy",
        "sign",
        source,
        "--key",
        setup.path("a1.key"),
        "-o",
        signed,
        secrets={"--passphrase-fd": "pw-a1"},
    )
    assert r.exit_code == 0
    # forge: the doc claims a second admin signature by a key that is not a v1 admin
    result = setup.cs("policy", "pin", signed)
    assert result.exit_code == 5, result.stderr
    assert "admin signature" in result.stderr


def test_policy_rotation_signed_by_the_pinned_quorum_is_accepted_and_rollback_refused(
    setup: Setup,
) -> None:
    from tests.cli.guarded.conftest import policy_toml

    pubs = pubs_of(setup)
    pinned = json.loads(setup.files["policy"].read_text())["hash"]
    source = setup.new_name("p2.toml")
    source.write_text(
        policy_toml(pubs, setup.descriptor, version=2, previous=pinned, max_per_tx="0.4")
    )
    signed = sign_doc(setup, source, setup.new_name("p2.signed"), "policy", "a2", "a3")
    assert setup.cs("policy", "pin", signed).exit_code == 0
    back = setup.cs("policy", "pin", setup.files["policy"])
    assert back.exit_code == 5 and "rollback refused" in back.stderr


def test_tampered_audit_log_is_detected(setup: Setup) -> None:
    payload = setup.approved(setup.build(f"{HOT_WALLET}:0.05", wid="audited"), "alice", "bob")
    assert setup.sign(payload)[0].exit_code == 0
    setup.sign(
        setup.approved(setup.build(f"{NOT_WHITELISTED}:0.05", wid="audited-2"), "alice", "bob")
    )
    log = setup.home / "audit.jsonl"
    lines = log.read_text().splitlines()
    at = next(i for i, line in enumerate(lines) if '"decision":"signed"' in line)
    lines[at] = lines[at].replace('"signed"', '"refused"')
    log.write_text("\n".join(lines) + "\n")
    result = setup.cs("audit", "verify")
    assert result.exit_code == 5 and f"record {at} " in result.stderr


def test_an_existing_output_stops_sign_before_anything_is_signed_or_audited(setup: Setup) -> None:
    payload = setup.approved(setup.build(f"{HOT_WALLET}:0.05", wid="exists"), "alice", "bob")
    out = setup.path("already-there.signed")
    out.write_bytes(b"keep me")
    r = setup.cs("payload", "sign", payload, "--no-passphrase", "-o", out,
                 secrets={"--mnemonic-fd": MNEMONIC})  # fmt: skip
    assert r.exit_code == 7 and "nothing was signed" in r.stderr
    assert out.read_bytes() == b"keep me"
    assert "signed" not in setup.cs("--json", "audit", "show").stdout
