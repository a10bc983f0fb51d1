"""`--qr` on the payload commands: a whole withdrawal crosses the gap as real PNG QR frames
(written by one command, scanned with pyzbar by the next), every read and write prints size and
SHA-256, and exports follow Coldcard's names."""

from __future__ import annotations

import hashlib
from pathlib import Path

from coldsign.codec.payload import parse_payload
from tests.cli.guarded.conftest import HOT_WALLET, MNEMONIC, Setup


def digest_line(verb: str, path: Path) -> str:
    data = path.read_bytes()
    return f"{verb} {path}: {len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}"


def test_withdrawal_crosses_the_gap_as_qr_frames(setup: Setup) -> None:
    s = setup
    built = s.root / "built-frames"
    r = s.cs(
        "payload", "build", "--wallet", s.descriptor, "--utxos", s.path("utxos.json"),
        "--prev-txs", s.path("utxos.prev"),
        "--to", f"{HOT_WALLET}:0.05", "--fee-rate", "5", "--id", "qr-1", "--initiator", "ivan",
        "--policy", s.files["policy"], "--whitelist", s.files["whitelist"], "--qr-dir", built,
    )  # fmt: skip
    assert r.exit_code == 0, r.stderr
    assert sorted(p.suffix for p in built.iterdir()) == [".png"] * len(list(built.iterdir()))

    approvals = []
    for who in ("alice", "bob"):
        out = s.path(f"qr-1.{who}")
        r = s.cs(
            "payload", "approve", "--qr-from", built, "--key", s.path(f"{who}.key"),
            "--policy", s.files["policy"], "--whitelist", s.files["whitelist"], "-o", out,
            secrets={"--passphrase-fd": f"pw-{who}"},
        )  # fmt: skip
        assert r.exit_code == 0, r.stderr
        assert "scanned payload" in r.stderr and digest_line("wrote", out) in r.stderr
        approvals.append(out)
    approved = s.path("qr-1.approved")
    r = s.cs("payload", "combine", *approvals, "-o", approved)
    assert r.exit_code == 0, r.stderr
    assert all(digest_line("read", a) in r.stderr for a in approvals)

    # The offline signer scans nothing from disk it did not get by QR: the approved payload is
    # shown as frames, scanned by `sign`, and the signed payload shown as frames again.
    to_signer, from_signer = s.root / "to-signer", s.root / "from-signer"
    assert (
        s.cs("payload", "show", approved, "--qr-dir", to_signer).exit_code == 2
    )  # show reads only
    r = s.cs("qr", "show", approved, "--png-dir", to_signer)
    assert r.exit_code == 0, r.stderr
    r = s.cs(
        "payload", "sign", "--qr-from", to_signer, "--no-passphrase", "--qr-dir", from_signer,
        secrets={"--mnemonic-fd": MNEMONIC},
    )  # fmt: skip
    assert r.exit_code == 0, r.stderr

    finals = s.root / "finals"
    finals.mkdir()
    r = s.cs("--json", "payload", "finalize", "--qr-from", from_signer, "-o", finals)
    assert r.exit_code == 0, r.stderr
    txn = finals / "withdrawal-qr-1-final.txn"
    assert txn.read_text() == r.json["raw_tx"]
    assert r.json["sha256"] == hashlib.sha256(txn.read_bytes()).hexdigest()


def test_export_uses_coldcard_names(setup: Setup) -> None:
    s = setup
    payload = s.build(f"{HOT_WALLET}:0.05", wid="names-1")
    exports = s.root / "sd-card"
    exports.mkdir()
    r = s.cs("payload", "export", payload, "-o", exports)
    assert r.exit_code == 0, r.stderr
    result, signed = s.sign(s.approved(payload, "alice", "bob"))
    assert result.exit_code == 0, result.stderr
    r = s.cs("payload", "export", signed, "-o", exports)
    assert r.exit_code == 0, r.stderr
    # NAME is the input's name without its last extension ("names-1.payload-1" -> "names-1").
    assert payload.name == "names-1.payload-1"
    assert signed.name == "names-1.payload-1.approved-4.signed-5"
    assert sorted(p.name for p in exports.iterdir()) == [
        "names-1-part.psbt",
        "names-1.payload-1.approved-4-signed.psbt",
    ]
    again = s.cs("payload", "export", payload, "-o", exports)
    assert again.exit_code == 7  # never overwritten without --force
    assert parse_payload(payload.read_bytes()).chain == "bitcoin"


def test_sign_needs_somewhere_to_put_the_result(setup: Setup) -> None:
    payload = setup.approved(setup.build(f"{HOT_WALLET}:0.05", wid="nowhere"), "alice", "bob")
    r = setup.cs("payload", "sign", payload, "--no-passphrase", secrets={"--mnemonic-fd": MNEMONIC})
    assert r.exit_code == 2 and "give -o FILE or --qr" in r.stderr


def test_import_scans_a_psbt_from_qr_frames(setup: Setup) -> None:
    s = setup
    built = s.build(f"{HOT_WALLET}:0.05", wid="imp-src")
    psbt = s.path("wallet.psbt")
    assert s.cs("payload", "export", built, "-o", psbt).exit_code == 0
    frames = s.root / "psbt-frames"
    assert s.cs("qr", "show", psbt, "--png-dir", frames).exit_code == 0
    out = s.path("imported.payload")
    r = s.cs(
        "payload", "import", "--qr-from", frames, "--id", "imp-1", "--initiator", "ivan",
        "--policy", s.files["policy"], "--whitelist", s.files["whitelist"], "-o", out,
    )  # fmt: skip
    assert r.exit_code == 0, r.stderr
    assert "scanned psbt" in r.stderr
    assert (
        parse_payload(out.read_bytes()).transaction == parse_payload(built.read_bytes()).transaction
    )
