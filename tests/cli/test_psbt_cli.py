"""`coldsign psbt show|combine|finalize|convert`: exit codes, stdout/stderr split, --json."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest

from coldsign.codec.psbt import extract, finalize, parse_psbt
from coldsign.keys.signer import sign_psbt
from tests.conftest import run_cli, vector
from tests.psbt_fixtures import build_psbt, seed_of

SEEDS = [seed_of("a"), seed_of("b"), seed_of("c")]


@pytest.fixture
def multisig(tmp_path: Path) -> tuple[Path, Path, Path, str]:
    built = build_psbt("wsh-sortedmulti", SEEDS, 2, change_index=1)
    unsigned = tmp_path / "unsigned.psbt"
    unsigned.write_bytes(built.psbt.serialize())
    a, b = tmp_path / "a.psbt", tmp_path / "b.psbt"
    a.write_bytes(base64.b64encode(sign_psbt(built.psbt, SEEDS[0]).psbt.serialize()))
    b.write_text(sign_psbt(built.psbt, SEEDS[1]).psbt.serialize().hex())
    return unsigned, a, b, built.descriptor


def test_show_json_marks_change(multisig: tuple[Path, Path, Path, str]) -> None:
    unsigned, _, _, descriptor = multisig
    result = run_cli(
        "--json", "psbt", "show", str(unsigned), "--descriptor", descriptor, "--network", "testnet"
    )
    assert result.exit_code == 0, result.stderr
    data = result.json
    assert data["txid"] == parse_psbt(unsigned.read_bytes()).txid
    assert [o["change"] for o in data["outputs"]] == [False, True]
    assert data["fee"] == {"value": "0.00001", "unit": "BTC", "base_units": "1000"}
    assert data["vsize"] > 0 and data["fee_rate"]["unit"] == "sat/vB"
    assert data["outputs"][1]["amount"]["unit"] == "BTC"
    assert data["outputs"][0]["address"].startswith("tb1")
    assert "outputs (2):" in result.stderr  # the review goes to stderr


def test_show_without_descriptor_has_no_change(multisig: tuple[Path, Path, Path, str]) -> None:
    result = run_cli("--json", "psbt", "show", str(multisig[0]), "--network", "testnet")
    assert result.exit_code == 0
    assert not any(o["change"] for o in result.json["outputs"])


def test_combine_then_finalize(multisig: tuple[Path, Path, Path, str], tmp_path: Path) -> None:
    _, a, b, _ = multisig
    out = tmp_path / "combined.psbt"
    result = run_cli("psbt", "combine", str(a), str(b), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert hashlib.sha256(out.read_bytes()).hexdigest() in result.stderr
    final = run_cli("--json", "psbt", "finalize", str(out), "-o", str(tmp_path / "final.psbt"))
    assert final.exit_code == 0, final.stderr
    combined = parse_psbt(out.read_bytes())
    assert final.json["hex"] == extract(finalize(combined)[0]).serialize().hex()
    again = run_cli("psbt", "combine", str(a), str(b), "-o", str(out))
    assert again.exit_code == 7  # never overwrites


def test_finalize_incomplete_exits_4_naming_inputs(multisig: tuple[Path, Path, Path, str]) -> None:
    result = run_cli("psbt", "finalize", str(multisig[1]))
    assert result.exit_code == 4
    assert "input 0" in result.stderr and "input 1" in result.stderr
    assert result.stdout == ""


def test_convert_round_trip(multisig: tuple[Path, Path, Path, str], tmp_path: Path) -> None:
    unsigned = multisig[0]
    v2 = run_cli("psbt", "convert", str(unsigned), "--to", "v2", "-o", str(tmp_path / "v2.psbt"))
    assert v2.exit_code == 0, v2.stderr
    assert parse_psbt(base64.b64decode((tmp_path / "v2.psbt").read_bytes())).version == 2
    back = run_cli("psbt", "convert", str(tmp_path / "v2.psbt"), "--to", "v0")
    assert back.exit_code == 0
    assert base64.b64decode(back.stdout.strip()) == unsigned.read_bytes()
    as_hex = run_cli("psbt", "convert", str(unsigned), "--to", "hex")
    assert bytes.fromhex(as_hex.stdout.strip()) == unsigned.read_bytes()
    binary = run_cli("psbt", "convert", str(tmp_path / "v2.psbt"), "--to", "binary")
    assert binary.exit_code == 2


@pytest.mark.parametrize(
    "case",
    [c for c in vector("bip174/bip174_test_vectors.json")["cases"] if c["group"] == "invalid"][:5],
    ids=lambda c: c["description"][:40],
)
def test_invalid_psbt_exits_3(case: dict, tmp_path: Path) -> None:
    path = tmp_path / "bad.psbt"
    path.write_text(case["base64"])
    result = run_cli("--json", "psbt", "show", str(path))
    assert result.exit_code == 3
    assert result.json["error"]["kind"] == "malformed"


# --------------------------------------------------------------------------- files, names, --qr


def _digest_line(verb: str, path: Path) -> str:
    data = path.read_bytes()
    return f"{verb} {path}: {len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}"


def test_combine_beside_input_then_finalize_to_directory(
    multisig: tuple[Path, Path, Path, str], tmp_path: Path
) -> None:
    """Coldcard names: NAME-combined.psbt beside the first input, NAME-final.txn in -o DIR."""
    _, a, b, _ = multisig
    part = a.rename(tmp_path / "payroll-part.psbt")
    result = run_cli("psbt", "combine", str(part), str(b))
    assert result.exit_code == 0, result.stderr
    combined = tmp_path / "payroll-combined.psbt"
    assert parse_psbt(combined.read_bytes()).txid == parse_psbt(bytes.fromhex(b.read_text())).txid
    assert _digest_line("read", part) in result.stderr and _digest_line("read", b) in result.stderr
    assert _digest_line("wrote", combined) in result.stderr
    outdir = tmp_path / "usb"
    outdir.mkdir()
    final = run_cli("--json", "psbt", "finalize", str(combined), "-o", str(outdir))
    assert final.exit_code == 0, final.stderr
    txn = outdir / "payroll-final.txn"
    expected = extract(finalize(parse_psbt(combined.read_bytes()))[0]).serialize().hex()
    assert txn.read_text() == expected == final.json["hex"]  # hex, no newline, as Coldcard
    assert (
        final.json["file"] == str(txn)
        and final.json["sha256"] == hashlib.sha256(expected.encode()).hexdigest()
    )
    assert _digest_line("wrote", txn) in final.stderr
    again = run_cli("psbt", "finalize", str(combined), "-o", str(outdir))
    assert again.exit_code == 7 and "exists" in again.stderr
    assert run_cli("psbt", "finalize", str(combined), "-o", str(outdir), "--force").exit_code == 0


def test_combine_a_file_with_a_scanned_psbt(
    multisig: tuple[Path, Path, Path, str], tmp_path: Path
) -> None:
    _, a, b, _ = multisig
    parts = run_cli("qr", "show", str(b), "--text", "--density", "low").stdout.split()
    assert len(parts) > 1
    outdir = tmp_path / "out"
    outdir.mkdir()
    result = run_cli(
        "--json", "psbt", "combine", str(a), "--qr-from", "-", "-o", str(outdir),
        input="\n".join(parts),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    combined = outdir / "a-combined.psbt"
    assert result.json["file"] == str(combined)
    final = run_cli("psbt", "finalize", str(combined))
    assert final.exit_code == 0, final.stderr  # both signatures made it in


def test_finalize_scanned_psbt_names_by_txid(
    multisig: tuple[Path, Path, Path, str], tmp_path: Path
) -> None:
    _, a, b, _ = multisig
    combined = tmp_path / "c.psbt"
    assert run_cli("psbt", "combine", str(a), str(b), "-o", str(combined)).exit_code == 0
    frames = tmp_path / "frames"
    shown = run_cli("psbt", "convert", str(combined), "--to", "binary", "--qr-dir", str(frames))
    assert shown.exit_code == 0, shown.stderr
    result = run_cli("--json", "psbt", "finalize", "--qr-from", str(frames), "-o", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    txid = parse_psbt(combined.read_bytes()).txid
    assert result.json["file"] == str(tmp_path / f"psbt-{txid[:8]}-final.txn")


def test_convert_to_directory_uses_target_as_stage(
    multisig: tuple[Path, Path, Path, str], tmp_path: Path
) -> None:
    unsigned = multisig[0]
    result = run_cli("psbt", "convert", str(unsigned), "--to", "v2", "-o", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    out = tmp_path / "unsigned-v2.psbt"
    assert parse_psbt(base64.b64decode(out.read_bytes())).version == 2
    assert _digest_line("wrote", out) in result.stderr


def test_finalize_refuses_a_bip322_message_psbt(tmp_path: Path) -> None:
    """A signed BIP-322 to_sign PSBT is a message signature, never a transaction to broadcast."""
    from coldsign.messages import bip322
    from coldsign.messages.common import decode_address
    from tests.unit.messages.helpers import root_of, single_key_records

    root = root_of("L3VFeEujGtevx9w18HD1fhRbCH67Az2dpCymeRE1SoPK6XQtaN2k")
    spk, _ = decode_address("bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l")
    unsigned = bip322.create_psbt("Hello World", spk, records=single_key_records(root, spk))
    signed = bip322.sign_with_root(unsigned, root, aux_rand=lambda: b"\x00" * 32).psbt
    path = tmp_path / "message.psbt"
    path.write_bytes(base64.b64encode(signed.serialize()))
    result = run_cli("psbt", "finalize", str(path))
    assert result.exit_code == 2, result.output
    assert "BIP-322 message" in result.stderr and "message export" in result.stderr
    assert result.stdout == ""
