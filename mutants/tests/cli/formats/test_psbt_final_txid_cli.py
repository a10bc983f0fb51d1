"""`psbt show` names the final txid next to the unsigned one."""

from __future__ import annotations

import base64
from pathlib import Path

from coldsign.codec.psbt import extract, finalize_complete
from coldsign.keys.signer import sign_psbt
from tests.conftest import run_cli, vector
from tests.psbt_fixtures import build_psbt, seed_of


def test_wrapped_segwit_shows_the_final_txid_it_will_have(tmp_path: Path) -> None:
    seed = seed_of("show-final-txid")
    built = build_psbt("sh-wpkh", [seed])
    path = tmp_path / "unsigned.psbt"
    path.write_bytes(built.psbt.serialize())
    result = run_cli("--json", "psbt", "show", str(path), "--network", "testnet")
    assert result.exit_code == 0, result.stderr
    data = result.json
    final = extract(finalize_complete(sign_psbt(built.psbt, seed).psbt)).txid_hex
    assert data["final_txid"] == final != data["unsigned_txid"] == data["txid"]
    assert "unsigned txid" in result.stderr and f"final txid: {final}" in result.stderr


def test_legacy_input_leaves_the_final_txid_unknown(tmp_path: Path) -> None:
    step = next(
        s for s in vector("bip174/bip174_test_vectors.json")["workflow"]["steps"]
        if s["role"] == "updater"
    )  # fmt: skip
    path = tmp_path / "updater.psbt"
    path.write_bytes(base64.b64decode(step["expected_psbt"]["base64"]))
    result = run_cli("psbt", "show", str(path), "--network", "testnet")
    assert result.exit_code == 0, result.stderr
    assert "final_txid unknown" in result.stdout
    assert "not known until input(s) 0 are finalized" in result.stderr


def test_qr_show_kind_tx_sends_a_final_txn_file_as_binary_bbqr_t(tmp_path: Path) -> None:
    from coldsign.transport import bbqr

    step = next(
        s for s in vector("bip174/bip174_test_vectors.json")["workflow"]["steps"]
        if s["role"] == "extractor"
    )  # fmt: skip
    txn = tmp_path / "wd-final.txn"
    txn.write_text(step["expected_tx_hex"])  # Coldcard's -final.txn: hex, no newline
    result = run_cli("qr", "show", str(txn), "--kind", "tx", "--format", "bbqr", "--text")
    assert result.exit_code == 0, result.stderr
    assert bbqr.join(result.stdout.split()) == (
        bbqr.FileType.TXN,
        bytes.fromhex(step["expected_tx_hex"]),
    )
