"""Change goes to the next unused change index (issue 13.12), through the installed CLI: read
from the payloads the online side built, the UTXO list, and copies of the signer's audit log."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.cli.guarded.conftest import HOT_WALLET, MNEMONIC, Setup, spk_at
from tests.conftest import Result, run_cli


def build(setup: Setup, out: Path, wid: str, *extra: str, utxos: str = "utxos") -> Result:
    return setup.cs(
        "payload", "build", "--wallet", setup.descriptor, "--utxos", setup.path(f"{utxos}.json"),
        "--prev-txs", setup.path(f"{utxos}.prev"), "--fee-rate", "5", "--id", wid,
        "--initiator", "ivan", "--policy", setup.files["policy"],
        "--whitelist", setup.files["whitelist"], "--to", f"{HOT_WALLET}:0.01", "-o", out, *extra,
    )  # fmt: skip


def change_index(setup: Setup, payload: Path) -> int:
    data = setup.cs("--json", "payload", "show", payload).json
    outputs = data["chain_details"]["outputs"]
    (change,) = [o for o in outputs if o["change"]]
    assert change["branch"] == 1 and change["script_pubkey"] == spk_at(
        setup.descriptor, 1, change["address_index"]
    )
    return int(change["address_index"])


def test_each_build_takes_the_next_unused_index(setup: Setup) -> None:
    folder = setup.root / "withdrawals"
    folder.mkdir()
    first = build(setup, folder / "a.payload", "wd-a")
    assert first.exit_code == 0, first.stderr
    assert "change index 0, the next unused" in first.stderr
    second = build(setup, folder / "b.payload", "wd-b")  # reads a.payload beside it
    assert "change index 1, the next unused" in second.stderr
    assert [change_index(setup, folder / n) for n in ("a.payload", "b.payload")] == [0, 1]
    # Elsewhere, with the folder named: still the next one.
    third = build(setup, setup.root / "c.payload", "wd-c", "--used-from", str(folder))
    assert change_index(setup, setup.root / "c.payload") == 2, third.stderr
    # An explicit index that is already used is taken, with a warning.
    again = build(setup, setup.root / "d.payload", "wd-d", "--change-index", "1",
                  "--used-from", str(folder))  # fmt: skip
    assert again.exit_code == 0 and "change index 1 is already used" in again.stderr


def test_the_signers_audit_log_names_the_change_it_signed(setup: Setup) -> None:
    elsewhere = setup.root / "built-elsewhere"
    elsewhere.mkdir()
    assert build(setup, elsewhere / "p", "wd-s", "--change-index", "6").exit_code == 0
    approved = setup.approved(elsewhere / "p", "alice", "bob")
    signed, _ = setup.sign(approved, MNEMONIC)
    assert signed.exit_code == 0, signed.stderr
    shutil.rmtree(elsewhere)
    for path in setup.root.glob("p.*"):  # the approved and signed copies
        path.unlink()
    # A copy of the signer's log, as the home keeps it, and as `audit show --json` prints it.
    log_copy = setup.root / "signer-audit.jsonl"
    shutil.copy(setup.home / "audit.jsonl", log_copy)
    shown = run_cli("--home", str(setup.home), "--json", "audit", "show")
    (setup.root / "signer-audit.json").write_text(shown.stdout)
    last = json.loads(shown.stdout)[-1]
    assert last["decision"] == "signed" and len(last["details"]["change"]) == 1
    for name in ("signer-audit.jsonl", "signer-audit.json"):
        clean = setup.root / f"clean-{name}"
        clean.mkdir()
        result = build(setup, clean / f"{name}.payload", f"wd-{name}", "--used-from",
                       str(setup.root / name))  # fmt: skip
        assert "signer audit logs" in result.stderr, result.stderr
        assert change_index(setup, clean / f"{name}.payload") == 7


def test_a_coin_on_the_change_branch_marks_its_index_used(setup: Setup) -> None:
    from tests.cli.guarded.conftest import funding_txs

    txs = funding_txs(setup.descriptor, ["0.2"], "cc")
    change_spk = spk_at(setup.descriptor, 1, 11)
    from coldsign.codec.tx import Transaction, TxOut

    tx = Transaction(2, txs[0].inputs, (TxOut(20_000_000, bytes.fromhex(change_spk)),), 0)
    (setup.root / "change-coin.json").write_text(json.dumps(
        [{"txid": tx.txid_hex, "vout": 0, "amount": 0.2, "scriptPubKey": change_spk}]
    ))  # fmt: skip
    (setup.root / "change-coin.prev").write_text(tx.serialize().hex() + "\n")
    folder = setup.root / "fresh"
    folder.mkdir()
    result = build(setup, folder / "p", "wd-coin", utxos="change-coin")
    assert result.exit_code == 0, result.stderr
    assert change_index(setup, folder / "p") == 12
