"""The guarded signer's happy paths through the installed CLI (issue 4 "Must show")."""

from __future__ import annotations

from embit.psbt import PSBT as EmbitPsbt
from embit.transaction import Transaction as EmbitTx

from coldsign.codec.payload import parse_payload
from tests.cli.guarded.conftest import HOT_WALLET, Setup


def test_p2wpkh_withdrawal_signs_finalizes_and_is_audited(setup: Setup) -> None:
    payload = setup.build(f"{HOT_WALLET}:0.05", wid="wd-happy")
    approved = setup.approved(payload, "alice", "bob")
    result, signed = setup.sign(approved)
    assert result.exit_code == 0, result.stderr
    final = setup.cs("--json", "payload", "finalize", signed)
    assert final.exit_code == 0, final.stderr
    raw = bytes.fromhex(final.json["raw_tx"])
    tx = EmbitTx.parse(raw)  # an independent parser reads our transaction
    assert tx.vout[0].value == 5_000_000
    assert all(len(vin.witness.items) == 2 for vin in tx.vin)
    audit = setup.cs("--json", "audit", "verify")
    assert audit.exit_code == 0, audit.stderr
    exported = setup.new_name("export.psbt")
    assert setup.cs("payload", "export", signed, "-o", exported).exit_code == 0
    assert EmbitPsbt.parse(exported.read_bytes()).tx.txid() == tx.txid()


def test_signing_the_same_content_again_is_harmless_and_not_counted_twice(setup: Setup) -> None:
    payload = setup.approved(setup.build(f"{HOT_WALLET}:0.05", wid="wd-again"), "alice", "bob")
    first, out_1 = setup.sign(payload)
    second, out_2 = setup.sign(payload)
    assert first.exit_code == second.exit_code == 0, first.stderr + second.stderr
    records = setup.cs("--json", "audit", "show").json
    signed = [r for r in records if r["event"] == "sign" and r["decision"] == "signed"]
    assert [r["withdrawal_id"] for r in signed] == ["wd-again", "wd-again"]
    assert [r["details"]["re_release"] for r in signed] == [False, True]
    # The same deterministic signatures; only the signer's audit head differs.
    first_p, second_p = (parse_payload(o.read_bytes()) for o in (out_1, out_2))
    assert first_p.transaction == second_p.transaction
    assert first_p.signer_head != second_p.signer_head


def test_review_shows_the_same_digest_on_the_approver_and_the_signer(setup: Setup) -> None:
    payload = setup.build(f"{HOT_WALLET}:0.05", wid="wd-digest")
    approver = setup.cs(
        "--json",
        "payload",
        "show",
        payload,
        "--policy",
        setup.files["policy"],
        "--whitelist",
        setup.files["whitelist"],
        home=setup.root / "no-home",
    )
    signer = setup.cs("--json", "payload", "show", payload)
    assert approver.exit_code == signer.exit_code == 0, approver.stderr + signer.stderr
    assert approver.json["digest"] == signer.json["digest"]
    assert approver.json["digest_words"] == signer.json["digest_words"]
    assert len(approver.json["digest_words"]) == 12
    assert approver.json["approvals"]["missing"] == ["alice", "bob", "carol"]
    destinations = approver.json["destinations"]
    assert destinations[0]["label"] == "Exchange 0" and not destinations[0]["change"]
    assert destinations[1]["change"] is True


def test_import_wraps_a_psbt_from_another_wallet(setup: Setup) -> None:
    """A PSBT exported to (and back from) another wallet is wrapped with the same approval digest."""
    built = setup.build(f"{HOT_WALLET}:0.05", wid="wd-import")
    exported = setup.new_name("exported.psbt")
    assert setup.cs("payload", "export", built, "--format", "base64", "-o", exported).exit_code == 0
    imported = setup.new_name("imported.payload")
    result = setup.cs(
        "payload",
        "import",
        exported,
        "--id",
        "wd-import",
        "--initiator",
        "ivan",
        "--policy",
        setup.files["policy"],
        "--whitelist",
        setup.files["whitelist"],
        "-o",
        imported,
    )
    assert result.exit_code == 0, result.stderr
    shown = setup.cs("--json", "payload", "show", imported)
    assert shown.exit_code == 0, shown.stderr
    assert shown.json["verdict"] == "refuse"  # no approvals yet
    assert shown.json["destinations"][0]["label"] == "Exchange 0"
