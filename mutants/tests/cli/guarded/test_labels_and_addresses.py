"""BIP-329 labels from a real withdrawal, and verify-address against the pinned policy's wallets."""

from __future__ import annotations

import json

from coldsign.codec.descriptor import parse_descriptor
from coldsign.units import Network
from tests.cli.guarded.conftest import HOT_WALLET, OTHER_WHITELISTED, Setup, sign_doc


def test_labels_export_then_import(setup: Setup) -> None:
    payload = setup.approved(setup.build(f"{HOT_WALLET}:0.05", wid="wd-labels"), "alice", "bob")
    result, signed = setup.sign(payload)
    assert result.exit_code == 0, result.stderr
    final = setup.cs("--json", "payload", "finalize", signed)
    assert final.exit_code == 0, final.stderr
    out = setup.path("labels.jsonl")
    exported = setup.cs("labels", "export", signed, "--whitelist", setup.files["whitelist"],
                        "--policy", setup.files["policy"], "-o", out)  # fmt: skip
    assert exported.exit_code == 0, exported.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    addr = {r["ref"]: r["label"] for r in records if r["type"] == "addr"}
    assert addr == {HOT_WALLET: "Exchange 0", OTHER_WHITELISTED: "Exchange 1"}
    from embit.transaction import Transaction as EmbitTx

    tx = EmbitTx.parse(bytes.fromhex(final.json["raw_tx"]))
    txid = tx.txid().hex()
    assert {"type": "tx", "ref": txid, "label": "withdrawal wd-labels"} in records
    outputs = {r["ref"]: r for r in records if r["type"] == "output"}
    assert outputs[f"{txid}:0"]["label"] == "Exchange 0 (withdrawal wd-labels)"
    assert outputs[f"{txid}:1"] == {
        "type": "output", "ref": f"{txid}:1", "label": "change of withdrawal wd-labels",
        "spendable": True,
    }  # fmt: skip
    shown = setup.cs("--json", "labels", "import", out)
    assert shown.exit_code == 0, shown.stderr
    assert shown.json["labels"] == records
    out.write_text(out.read_text() + '{"type": "tx", "ref": "nope"}\n')
    assert setup.cs("labels", "import", out).exit_code == 3


def test_labels_export_refuses_a_whitelist_below_the_admin_quorum(setup: Setup) -> None:
    one_admin = sign_doc(setup, setup.path("whitelist.toml"), setup.path("whitelist.one"),
                         "whitelist", "a1")  # fmt: skip
    result = setup.cs(
        "labels", "export", "--whitelist", one_admin, "--policy", setup.files["policy"]
    )
    assert result.exit_code == 5, result.stderr


def test_verify_address_searches_the_pinned_policys_wallets(setup: Setup) -> None:
    change = parse_descriptor(setup.descriptor).derive(7, 1).address(Network.TESTNET)
    found = setup.cs("--json", "wallet", "verify-address", change)
    assert found.exit_code == 0, found.stderr
    assert (found.json["wallet"], found.json["branch"], found.json["index"]) == (
        "treasury",
        "change",
        7,
    )
    stranger = setup.cs("wallet", "verify-address", HOT_WALLET)
    assert stranger.exit_code == 4 and "not ours" in stranger.stderr


def test_finalized_transaction_goes_over_qr_as_bbqr_type_t(setup: Setup) -> None:
    from coldsign.transport import bbqr

    payload = setup.approved(setup.build(f"{HOT_WALLET}:0.05", wid="wd-txn-qr"), "alice", "bob")
    result, signed = setup.sign(payload)
    assert result.exit_code == 0, result.stderr
    final = setup.cs("--json", "payload", "finalize", signed, "--qr", "--qr-format", "bbqr")
    assert final.exit_code == 0, final.stderr
    file_type, data = bbqr.join(final.json["qr"]["parts"])
    assert file_type is bbqr.FileType.TXN
    assert data == bytes.fromhex(final.json["raw_tx"])  # binary, not the hex text
