"""The shipped key-generation and recovery-and-resharing ceremonies, end to end from their
scripts: shares only ever on pipes and in RAM (searched for in every file the run left behind),
the watch-only descriptor exported as a file and as QR frames, fingerprints compared."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from tests.ceremonies.conftest import lead_pub, run_ceremony, verify
from tests.cli.guarded.conftest import Setup
from tests.conftest import Result, run_cli

KEYGEN_STEPS = [
    "preflight",
    "split",
    "combine",
    "compare-fingerprint",
    "descriptor",
    "compare-descriptor-fingerprint",
    "evm-address",
    "carry-descriptor-usb",
    "carry-evm-address-usb",
    "carry-descriptor-qr",
    "compare-descriptor",
    "compare-evm-address",
    "close",
]
RESHARE_STEPS = [
    "preflight",
    "combine-old",
    "compare-record",
    "reshare",
    "combine-new",
    "compare-fingerprints",
    "new-shares-held",
    "close",
]
RESHARE_PEOPLE = {
    "lead": "Lena",
    "operator": "Otto",
    "old-custodians": "Carla",
    "new-custodians": "Nina",
    "witness": "Wanda",
}


def records(transcript: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in transcript.read_text().splitlines()]


def step_details(transcript: Path, step: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [
        r["details"] for r in records(transcript) if r["details"].get("step") == step
    ]
    assert len(found) == 1, step
    return found[0]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_with_output_pipe(
    custody: Setup, tmp_path: Path, ceremony: str, output: str, **kwargs: Any
) -> tuple[Result, list[str], Path, Path]:
    """Run `ceremony` with its produced secret `output` forwarded to a pipe; return the lines."""
    work = tmp_path / "work"
    work.mkdir()
    transcript = tmp_path / f"{ceremony}.jsonl"
    read_end, write_end = os.pipe()
    try:
        result = run_ceremony(
            custody,
            ceremony,
            workdir=work,
            transcript=transcript,
            extra_fds={output: write_end},
            **kwargs,
        )
    finally:
        os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        lines = [s for s in pipe.read().decode().split("\n") if s.strip()]
    return result, lines, work, transcript


def assert_nowhere_on_disk(root: Path, secrets: list[str]) -> None:
    """No file under `root` holds any of `secrets`, nor the first five words of one."""
    needles = [s.encode() for s in secrets] + [" ".join(s.split()[:5]).encode() for s in secrets]
    files = [p for p in root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".jsonl" for p in files)
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"{path} holds a share"


def test_key_generation_exports_the_descriptor_and_keeps_shares_off_disk(
    custody: Setup, tmp_path: Path
) -> None:
    result, shares, work, transcript = run_with_output_pipe(
        custody,
        tmp_path,
        "key-generation",
        "shares",
        participants={
            "lead": "Lena",
            "operator": "Otto",
            "custodians": "Carla",
            "witness": "Wanda",
        },
        inputs={"network": "testnet"},
        confirm=dict.fromkeys(KEYGEN_STEPS, True),
        secrets={},
    )
    assert result.exit_code == 0, result.stderr
    assert len(shares) == 3
    checked = verify(transcript, lead_pub(custody))
    assert checked.exit_code == 0, checked.stderr
    assert (
        checked.json["complete"] is True and checked.json["steps_done"] == len(KEYGEN_STEPS) + 1
    )  # + the network input

    # The descriptor: exported once, as the captured text and a newline, hash recorded.
    exported = work / "wallet.descriptor"
    text = exported.read_text()
    assert text.startswith("wpkh([") and text.endswith("\n") and "tpub" in text
    made = step_details(transcript, "descriptor")
    assert made["export_files"] == ["wallet.descriptor"]
    assert made["export_variables"] == ["descriptor"]
    assert made["export_sha256"] == [sha256(exported)]
    assert made["export_sizes"] == [len(text.encode())]
    assert f"descriptor={text.strip()}" in made["captured"]
    assert step_details(transcript, "carry-descriptor-usb")["sha256"] == sha256(exported)

    # The QR route: PNG frames written next to it, each hashed; they scan back to the same file.
    qr = step_details(transcript, "carry-descriptor-qr")
    frames = work / "wallet.descriptor.qr"
    assert qr["via"] == "qr" and qr["sha256"] == sha256(exported)
    assert qr["qr_frames_dir"] == "wallet.descriptor.qr"
    assert qr["qr_frames"] == sorted(p.name for p in frames.iterdir())
    assert qr["qr_frame_sha256"] == [sha256(frames / n) for n in qr["qr_frames"]]
    scanned = tmp_path / "scanned.descriptor"
    back = run_cli("qr", "scan", "--dir", str(frames), "--kind", "bytes", "-o", str(scanned))
    assert back.exit_code == 0, back.stderr
    assert scanned.read_bytes() == exported.read_bytes()

    # The compare steps saw the same wallet: split, combine and the descriptor agree.
    fingerprint = step_details(transcript, "compare-fingerprint")["value"]
    assert step_details(transcript, "compare-descriptor-fingerprint")["value"] == fingerprint
    assert step_details(transcript, "compare-descriptor")["value"] == sha256(exported)
    assert_nowhere_on_disk(tmp_path, shares)


def test_export_never_overwrites(custody: Setup, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / "wallet.descriptor").write_text("someone else's file\n")
    transcript = tmp_path / "keygen.jsonl"
    result = run_ceremony(
        custody,
        "key-generation",
        participants={
            "lead": "Lena",
            "operator": "Otto",
            "custodians": "Carla",
            "witness": "Wanda",
        },
        inputs={"network": "testnet"},
        confirm=dict.fromkeys(KEYGEN_STEPS, True),
        secrets={},
        workdir=work,
        transcript=transcript,
    )
    assert result.exit_code == 7, result.stderr
    assert (work / "wallet.descriptor").read_text() == "someone else's file\n"
    checked = verify(transcript, lead_pub(custody))
    assert checked.exit_code == 0, checked.stderr
    assert checked.json["failed_step"] == "descriptor"


def split_old_set(tmp_path: Path) -> tuple[list[str], str]:
    """A fresh 2-of-3 set made by `seed split --generate`, handed over on a pipe."""
    read_end, write_end = os.pipe()
    try:
        made = run_cli(
            "--home", str(tmp_path / "split-home"), "--json", "seed", "split", "--generate",
            "--threshold", "2", "--shares", "3", "--share-out-fd", str(write_end),
            pass_fds=(write_end,),
        )  # fmt: skip
    finally:
        os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        shares = [s for s in pipe.read().decode().split("\n") if s.strip()]
    assert made.exit_code == 0, made.stderr
    assert len(shares) == 3
    return shares, made.json["fingerprint"]


def run_reshare(
    custody: Setup,
    tmp_path: Path,
    old_quorum: list[str],
    recorded: str,
    *,
    threshold: str = "3",
    count: str = "5",
) -> tuple[Result, list[str], Path, Path]:
    return run_with_output_pipe(
        custody,
        tmp_path,
        "recovery-and-resharing",
        "new-shares",
        participants=RESHARE_PEOPLE,
        inputs={"recorded_fingerprint": recorded, "threshold": threshold, "share_count": count},
        confirm=dict.fromkeys(RESHARE_STEPS, True),
        secrets={"old-shares": "\n".join(old_quorum) + "\n"},
    )


def test_recovery_and_resharing_end_to_end(custody: Setup, tmp_path: Path) -> None:
    old_shares, fingerprint = split_old_set(tmp_path)
    quorum = [old_shares[0], old_shares[2]]  # custodian 2 has left
    result, new_shares, _, transcript = run_reshare(custody, tmp_path, quorum, fingerprint)
    assert result.exit_code == 0, result.stderr
    assert len(new_shares) == 5 and not set(new_shares) & set(old_shares)
    checked = verify(transcript, lead_pub(custody))
    assert checked.exit_code == 0, checked.stderr
    assert checked.json["complete"] is True and checked.json["steps_done"] == 11

    old = step_details(transcript, "compare-record")
    assert old["value"] == old["against_value"] == fingerprint
    same = step_details(transcript, "compare-fingerprints")
    assert same["value"] == same["against_value"] == fingerprint
    assert same["confirmed_by"] == "witness=Wanda" and same["shown_by"] == "operator=Otto"
    reshared = step_details(transcript, "reshare")
    assert f"reshare_new_fingerprint={fingerprint}" in reshared["captured"]
    assert reshared["secret_fds"] == ["--share-fd=old-shares"]
    assert reshared["secret_outputs"] == ["--share-out-fd=new-shares"]

    # Any 3 of the new 5 rebuild the same wallet, outside the ceremony too.
    combined = combine(tmp_path, [new_shares[4], new_shares[1], new_shares[2]])
    assert combined.exit_code == 0, combined.stderr
    assert combined.json["fingerprint"] == fingerprint
    assert_nowhere_on_disk(tmp_path, old_shares + new_shares)


def test_recovery_with_the_wrong_wallet_on_record_stops(custody: Setup, tmp_path: Path) -> None:
    old_shares, fingerprint = split_old_set(tmp_path)
    other = "00000000" if fingerprint != "00000000" else "11111111"
    result, new_shares, _, transcript = run_reshare(custody, tmp_path, old_shares[:2], other)
    assert result.exit_code == 5, result.stderr
    assert new_shares == []  # nothing was reshared
    checked = verify(transcript, lead_pub(custody))
    assert checked.exit_code == 0, checked.stderr
    assert checked.json["complete"] is False and checked.json["failed_step"] == "compare-record"
    refused = run_cli("ceremony", "verify", str(transcript), "--require-complete")
    assert refused.exit_code == 4
    assert "did not complete" in refused.stderr and "compare-record" in refused.stderr
    assert_nowhere_on_disk(tmp_path, old_shares)


def combine(tmp_path: Path, shares: list[str]) -> Result:
    from tests.conftest import secret_fd

    fd = secret_fd("\n".join(shares) + "\n")
    try:
        return run_cli(
            "--home", str(tmp_path / "check-home"), "--json", "seed", "combine",
            "--no-passphrase", "--share-fd", str(fd), pass_fds=(fd,),
        )  # fmt: skip
    finally:
        os.close(fd)
