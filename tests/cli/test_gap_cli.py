"""`--qr` on every command that reads or writes a PSBT, policy or manifest (coldsign.cli.gap).

Frames are real PNG/GIF images rendered by the commands and decoded by pyzbar; digests are checked
against hashlib; names against Coldcard's `NAME-signed.psbt` / `NAME-final.txn` conventions.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.cli.gap import QrSource, export_name, output_path, stem_of
from coldsign.codec.psbt import parse_psbt, to_v2
from coldsign.errors import UsageError
from tests.cli.guarded.conftest import policy_toml, whitelist_toml, wpkh_descriptor, write_keys
from tests.conftest import Result, run_cli, secret_fd, vector_path

PSBT_FILE = vector_path("bbqr/data") / "1in100out.psbt"  # 4 KB binary PSBT
PSBT = PSBT_FILE.read_bytes()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def digest(verb: str, name: str | Path, data: bytes) -> str:
    return f"{verb} {name}: {len(data)} bytes, sha256 {sha(data)}"


def frames_in(directory: Path) -> list[Path]:
    return sorted(directory.glob("frame-*.png"))


# --------------------------------------------------------------------------- naming (pure)


@pytest.mark.parametrize(
    ("stem", "stage", "ext", "name"),
    [
        ("payroll", "signed", "psbt", "payroll-signed.psbt"),
        ("payroll", "final", "txn", "payroll-final.txn"),
        ("payroll", "part", "psbt", "payroll-part.psbt"),
        ("policy-v3", "signed", "json", "policy-v3-signed.json"),
    ],
    ids=["signed-psbt", "final-txn", "part-psbt", "signed-json"],
)
def test_export_name_follows_coldcard(stem: str, stage: str, ext: str, name: str) -> None:
    assert export_name(stem, stage, ext) == name  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("stem", "stage", "ext"),
    [("a/b", "signed", "psbt"), ("", "signed", "psbt"), (".hidden", "signed", "psbt"),
     ("tx", "approved", "psbt"), ("tx", "signed", "ps.bt")],
    ids=["slash", "empty", "dotfile", "unknown-stage", "bad-ext"],
)  # fmt: skip
def test_export_name_refuses_non_names(stem: str, stage: str, ext: str) -> None:
    with pytest.raises(ValueError):
        export_name(stem, stage, ext)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("payroll.psbt", "payroll"),
        ("payroll-part.psbt", "payroll"),
        ("payroll-signed-combined.psbt", "payroll"),
        ("payroll.psbt.b64", "payroll"),
        ("policy.signed", "policy"),
        ("my tx (1).psbt", "my_tx__1_"),
        ("-signed.psbt", "signed"),
        ("..", "fallback"),
    ],
    ids=[
        "plain",
        "part",
        "two-stages",
        "two-exts",
        "odd-ext",
        "unsafe-chars",
        "only-stage",
        "dots",
    ],
)
def test_stem_of_strips_extensions_and_stages(name: str, stem: str) -> None:
    assert stem_of(Path("/some/dir") / name, "fallback") == stem


@settings(max_examples=300, deadline=None)
@given(name=st.text(min_size=1, max_size=40))
def test_any_file_name_gives_a_safe_export_name(name: str) -> None:
    """Whatever the input file is called, the export name is one plain file name."""
    stem = stem_of(Path("/usb") / name.replace("/", "_"), "fallback")
    exported = export_name(stem, "signed", "psbt")
    assert "/" not in exported and exported[0] not in ".-" and exported.endswith("-signed.psbt")


def test_stem_of_scanned_input_uses_fallback() -> None:
    assert stem_of(None, "psbt-1234abcd") == "psbt-1234abcd"


def test_output_path_rules(tmp_path: Path) -> None:
    src = tmp_path / "in" / "payroll-part.psbt"
    file_out = tmp_path / "x.psbt"
    assert output_path(file_out, source=src, fallback="f", stage="final", ext="txn") == file_out
    assert output_path(tmp_path, source=src, fallback="f", stage="final", ext="txn") == (
        tmp_path / "payroll-final.txn"
    )
    assert output_path(None, source=src, fallback="f", stage="combined", ext="psbt") is None
    beside = output_path(None, source=src, fallback="f", stage="combined", ext="psbt",
                         beside_input=True)  # fmt: skip
    assert beside == tmp_path / "in" / "payroll-combined.psbt"
    scanned = output_path(None, source=None, fallback="f", stage="combined", ext="psbt",
                          beside_input=True)  # fmt: skip
    assert scanned == Path(".") / "f-combined.psbt"


def test_qr_source_from_options(tmp_path: Path) -> None:
    image = tmp_path / "a.png"
    image.write_bytes(b"x")
    assert QrSource.from_options([]).camera
    assert QrSource.from_options([], device=2).describe() == "camera 2"
    assert QrSource.from_options(["-"]).stdin
    assert QrSource.from_options([str(tmp_path)]).directory == tmp_path
    assert QrSource.from_options([str(image), str(image)]).images == (image, image)
    for bad in (["-", str(image)], [str(tmp_path), str(image)], [str(tmp_path / "missing")]):
        with pytest.raises(UsageError):
            QrSource.from_options(bad)


# --------------------------------------------------------------------------- PSBTs by QR


@pytest.mark.parametrize(
    ("fmt", "density"),
    [("ur", "low"), ("bbqr", "medium"), ("base64", "high")],
    ids=["ur-multiframe", "bbqr", "base64-parts"],
)
def test_psbt_round_trip_through_png_frames(tmp_path: Path, fmt: str, density: str) -> None:
    frames = tmp_path / "frames"
    shown = run_cli(
        "--json", "psbt", "convert", str(PSBT_FILE), "--to", "binary",
        "--qr-dir", str(frames), "--qr-format", fmt, "--qr-density", density,
    )  # fmt: skip
    assert shown.exit_code == 0, shown.stderr
    assert digest("read", PSBT_FILE, PSBT) in shown.stderr
    qr = shown.json["qr"]
    assert qr["format"] == fmt and qr["kind"] == "psbt" and qr["sha256"] == sha(PSBT)
    assert [Path(f) for f in qr["files"]] == frames_in(frames)
    if fmt == "ur":
        assert qr["fragments"] > 40 and qr["frames"] == 2 * qr["fragments"]
    out = tmp_path / "scanned.psbt"
    scanned = run_cli("psbt", "convert", "--qr-from", str(frames), "--to", "binary", "-o", str(out))
    assert scanned.exit_code == 0, scanned.stderr
    assert out.read_bytes() == PSBT
    assert f"scanned psbt: {len(PSBT)} bytes, sha256 {sha(PSBT)}" in scanned.stderr
    assert digest("wrote", out, PSBT) in scanned.stderr


def test_ur_frames_with_lost_frames_still_complete(tmp_path: Path) -> None:
    """Fountain frames after the pure ones replace the ones a camera missed."""
    frames = tmp_path / "frames"
    shown = run_cli("psbt", "convert", str(PSBT_FILE), "--to", "v2", "--qr-dir", str(frames),
                    "--qr-density", "high")  # fmt: skip
    assert shown.exit_code == 0, shown.stderr
    files = frames_in(frames)
    for lost in files[1:6:2]:  # three of the pure fragments
        lost.unlink()
    result = run_cli("--json", "psbt", "show", "--qr-from", str(frames), "--network", "mainnet")
    assert result.exit_code == 0, result.stderr
    assert result.json["psbt_version"] == 2
    assert result.json["txid"] == to_v2(parse_psbt(PSBT)).txid


def test_stdin_ur_lines_keyboard_wedge() -> None:
    parts = run_cli("qr", "show", str(PSBT_FILE), "--text", "--density", "low").stdout.split()
    assert len(parts) > 40
    result = run_cli(
        "--json", "psbt", "show", "--qr-from", "-", "--network", "mainnet",
        input="\n".join(reversed(parts)) + "\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.json["txid"] == parse_psbt(PSBT).txid
    assert f"scanned psbt: {len(PSBT)} bytes, sha256 {sha(PSBT)}" in result.stderr


def test_json_qr_parts_scan_back() -> None:
    """With --json and --qr on a terminal-less run, the parts are in the result, not drawn."""
    shown = run_cli("--json", "psbt", "convert", str(PSBT_FILE), "--to", "base64", "--qr")
    assert shown.exit_code == 0, shown.stderr
    parts = shown.json["qr"]["parts"]
    assert parts[0].startswith("UR:CRYPTO-PSBT/")
    again = run_cli(
        "--json", "psbt", "show", "--qr-from", "-", "--network", "mainnet", input="\n".join(parts)
    )
    assert again.exit_code == 0, again.stderr
    assert again.json["txid"] == parse_psbt(PSBT).txid


def test_text_qr_on_a_pipe_prints_frames_then_result(tmp_path: Path) -> None:
    out = tmp_path / "v2.psbt"
    result = run_cli("psbt", "convert", str(PSBT_FILE), "--to", "v2", "-o", str(out), "--qr")
    assert result.exit_code == 0, result.stderr
    assert "█" in result.stdout and result.stdout.rstrip().endswith(f"wrote {out}")
    assert digest("wrote", out, out.read_bytes()) in result.stderr


# --------------------------------------------------------------------------- refusals


def test_usage_errors() -> None:
    both = run_cli("psbt", "show", str(PSBT_FILE), "--qr")
    assert both.exit_code == 2 and "not both" in both.stderr
    neither = run_cli("psbt", "show")
    assert neither.exit_code == 2 and "--qr" in neither.stderr
    from_and_file = run_cli("psbt", "convert", str(PSBT_FILE), "--to", "v2", "--qr-from", "-")
    assert from_and_file.exit_code == 2
    tuning_alone = run_cli("psbt", "convert", str(PSBT_FILE), "--to", "v2", "--qr-format", "bbqr")
    assert tuning_alone.exit_code == 2 and "needs --qr" in tuning_alone.stderr
    bad_density = run_cli("psbt", "convert", str(PSBT_FILE), "--to", "v2", "--qr",
                          "--qr-density", "huge")  # fmt: skip
    assert bad_density.exit_code == 2
    missing = run_cli("psbt", "show", "--qr-from", "/nonexistent/frames")
    assert missing.exit_code == 2


def test_garbage_on_stdin_exits_3_naming_the_part() -> None:
    result = run_cli("--json", "psbt", "show", "--qr-from", "-", input="ur:crypto-psbt/oops\n")
    assert result.exit_code == 3
    assert "QR part 1" in result.json["error"]["message"]


def test_qr_frames_never_overwrite(tmp_path: Path) -> None:
    frames = tmp_path / "frames"
    args = ("psbt", "convert", str(PSBT_FILE), "--to", "v2", "--qr-dir", str(frames))
    assert run_cli(*args).exit_code == 0
    again = run_cli(*args)
    assert again.exit_code == 7 and "frame files" in again.stderr
    assert run_cli(*args, "--force").exit_code == 0


# --------------------------------------------------------------------------- policy and manifests


def _cs(home: Path, *args: str | Path, passphrase: str | None = None, **kw: str) -> Result:
    argv = ["--home", str(home), "--yes", *[str(a) for a in args]]
    fds: tuple[int, ...] = ()
    if passphrase is not None:
        fd = secret_fd(passphrase)
        fds = (fd,)
        argv += ["--passphrase-fd", str(fd)]
    try:
        return run_cli(*argv, pass_fds=fds, **kw)  # type: ignore[arg-type]
    finally:
        import os

        for fd in fds:
            os.close(fd)


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Admin keys, a policy TOML and a whitelist TOML (nothing signed yet)."""
    root = tmp_path_factory.mktemp("gapdocs")
    pubs = write_keys(root)
    (root / "policy.toml").write_text(policy_toml(pubs, wpkh_descriptor()))
    (root / "whitelist.toml").write_text(whitelist_toml())
    return root


def test_policy_and_whitelist_ceremony_over_qr(docs: Path, tmp_path: Path) -> None:
    root = tmp_path / "ceremony"
    shutil.copytree(docs, root)
    home = root / "home"
    key = {a: root / f"{a}.key" for a in ("a1", "a2", "a3")}

    # Admin 1 signs the TOML from a file and shows the result as PNG frames (and keeps a copy).
    f1 = root / "f1"
    first = root / "policy-1.json"
    r = _cs(home, "policy", "sign", root / "policy.toml", "--key", key["a1"], "-o", first,
            "--qr-dir", f1, "--qr-density", "low", passphrase="pw-a1")  # fmt: skip
    assert r.exit_code == 0, r.stderr
    toml = (root / "policy.toml").read_bytes()
    assert digest("read", root / "policy.toml", toml) in r.stderr
    assert digest("wrote", first, first.read_bytes()) in r.stderr
    assert len(frames_in(f1)) > 2

    # Admin 2 scans those frames; -o DIR gives a Coldcard-style name (scanned: policy-vN stem).
    outdir = root / "signed"
    outdir.mkdir()
    r = _cs(home, "--json", "policy", "sign", "--qr-from", f1, "--key", key["a2"], "-o", outdir,
            passphrase="pw-a2")  # fmt: skip
    assert r.exit_code == 0, r.stderr
    signed = outdir / "policy-v1-signed.json"
    assert r.json["file"] == str(signed) and r.json["signatures"] == 2
    assert r.json["sha256"] == sha(signed.read_bytes()) and r.json["size"] == signed.stat().st_size
    assert f"scanned payload: {len(first.read_bytes())} bytes" in r.stderr
    # The same again never overwrites; --force does.
    args = ("policy", "sign", first, "--key", key["a2"], "-o", signed)
    assert _cs(home, *args, passphrase="pw-a2").exit_code == 7
    assert _cs(home, *args, "--force", passphrase="pw-a2").exit_code == 0

    # The signer pins the policy from a GIF shown by `qr show`, and verifies it by keyboard wedge.
    gif = root / "policy.gif"
    r = run_cli("qr", "show", str(signed), "--kind", "payload", "--gif", str(gif))
    assert r.exit_code == 0, r.stderr
    r = _cs(home, "--json", "policy", "pin", "--qr-from", gif)
    assert r.exit_code == 0, r.stderr
    assert r.json["result"] == "pinned"
    parts = run_cli("qr", "show", str(signed), "--text", "--density", "low").stdout.split()
    r = _cs(home, "--json", "policy", "verify", "--qr-from", "-", input="\n".join(parts))
    assert r.exit_code == 0, r.stderr
    assert r.json["signers"] == ["a1", "a2"]

    # Whitelist: a1 signs from a file, a3 scans it (BBQr frames) and shows the result as QR parts.
    w1 = root / "w1.json"
    r = _cs(home, "whitelist", "sign", root / "whitelist.toml", "--key", key["a1"], "-o", w1,
            "--qr-dir", root / "wf", "--qr-format", "bbqr", passphrase="pw-a1")  # fmt: skip
    assert r.exit_code == 0, r.stderr
    r = _cs(home, "--json", "whitelist", "sign", "--qr-from", root / "wf", "--key", key["a3"],
            "--qr", passphrase="pw-a3")  # fmt: skip
    assert r.exit_code == 0, r.stderr
    assert "file" not in r.json and r.json["signatures"] == 2
    parts = r.json["qr"]["parts"]
    assert parts and r.json["qr"]["kind"] == "payload"
    r = _cs(home, "--json", "whitelist", "verify", "--qr-from", "-", input="\n".join(parts))
    assert r.exit_code == 0, r.stderr
    r = _cs(home, "--json", "whitelist", "import", "--qr-from", "-", input="\n".join(parts))
    assert r.exit_code == 0, r.stderr
    assert r.json["result"] == "imported"
    r = _cs(home, "--json", "whitelist", "show", "--qr-from", "-", input="\n".join(parts))
    assert r.exit_code == 0 and r.json["hash"]

    # A manifest where a PSBT is expected, and a PSBT where a policy is expected: exit 3.
    wrong = run_cli("--json", "psbt", "show", "--qr-from", "-", input="\n".join(parts))
    assert wrong.exit_code == 3
    assert "payload" in wrong.json["error"]["message"] and "psbt" in wrong.json["error"]["message"]
    psbt_parts = run_cli("qr", "show", str(PSBT_FILE), "--text").stdout.split()
    wrong = _cs(home, "--json", "policy", "verify", "--qr-from", "-", input="\n".join(psbt_parts))
    assert wrong.exit_code == 3
    assert "is a psbt, not a policy" in wrong.json["error"]["message"]


def test_document_sign_needs_an_output(docs: Path, tmp_path: Path) -> None:
    r = _cs(tmp_path / "home", "policy", "sign", docs / "policy.toml", "--key", docs / "a1.key")
    assert r.exit_code == 2 and "-o" in r.stderr


def test_manifest_verify_prints_policy_digest(docs: Path, tmp_path: Path) -> None:
    """--policy is read through the same path: its digest is printed too."""
    pol = tmp_path / "p.json"
    r = _cs(tmp_path / "h", "policy", "sign", docs / "policy.toml", "--key", docs / "a1.key",
            "-o", pol, passphrase="pw-a1")  # fmt: skip
    assert r.exit_code == 0, r.stderr
    r = _cs(tmp_path / "h", "whitelist", "verify", docs / "whitelist.toml", "--policy", pol)
    assert r.exit_code == 5  # one admin signature is not the policy's quorum
    assert digest("read", pol, pol.read_bytes()) in r.stderr
    assert json.loads(pol.read_text())["signatures"]  # signed documents are JSON
