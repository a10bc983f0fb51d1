"""The shipped enrollment, policy-pinning and whitelist-update ceremonies, end to end from their
scripts; each transcript verifies, and a modified one does not."""

from __future__ import annotations

import json
from pathlib import Path

from tests.ceremonies.conftest import SHIPPED, lead_pub, run_ceremony, verify
from tests.cli.guarded.conftest import HOT_WALLET, Setup, whitelist_toml

ADMINS = {"lead": "Lena", "admin-a": "a1", "admin-b": "a2", "operator": "Otto", "witness": "Wanda"}


def tamper_and_check(transcript: Path, needle: str, replacement: str) -> None:
    lines = transcript.read_text().splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if needle in line)
    lines[index] = lines[index].replace(needle, replacement, 1)
    transcript.write_text("".join(lines))
    checked = verify(transcript)
    assert checked.exit_code == 5
    assert f"line {index + 1}" in checked.stderr


def test_role_key_enrollment(custody: Setup, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    transcript = tmp_path / "enroll.jsonl"
    steps = ["preflight", "generate", "check", "read-back", "compare-key", "carry-key", "close"]
    result = run_ceremony(
        custody,
        "role-key-enrollment",
        participants={"lead": "Lena", "holder": "dave", "witness": "Wanda"},
        inputs={"holder": "dave", "key_role": "approver"},
        confirm=dict.fromkeys(steps, True),
        secrets={"holder-passphrase": "pw-dave-long-enough"},
        workdir=work,
        transcript=transcript,
    )
    assert result.exit_code == 0, result.stderr
    assert (work / "dave.key").is_file()
    checked = verify(transcript, lead_pub(custody))
    assert checked.exit_code == 0, checked.stderr
    assert checked.json["complete"] is True
    assert b"pw-dave" not in transcript.read_bytes()
    tamper_and_check(transcript, '"holder=dave"', '"holder=eve"')


def test_policy_pinning(custody: Setup, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    transcript = tmp_path / "pin.jsonl"
    steps = ["preflight", "show", "sign-a", "sign-b", "verify", "carry", "pin", "compare"]
    result = run_ceremony(
        custody,
        SHIPPED / "policy-pinning.toml",
        participants=ADMINS,
        inputs={
            "draft": str(custody.path("policy.toml")),
            "admin_a_key": str(custody.path("a1.key")),
            "admin_b_key": str(custody.path("a2.key")),
        },
        confirm=dict.fromkeys(steps, True),
        secrets={"admin-a-passphrase": "pw-a1", "admin-b-passphrase": "pw-a2"},
        workdir=work,
        transcript=transcript,
        home=tmp_path / "fresh-home",  # a new signer: nothing pinned yet
    )
    assert result.exit_code == 0, result.stderr
    checked = verify(transcript, lead_pub(custody))
    assert checked.exit_code == 0, checked.stderr
    assert checked.json["complete"] is True
    tamper_and_check(transcript, '"policy.signed.json"', '"policy.forged.json"')


def test_whitelist_update(custody: Setup, tmp_path: Path) -> None:
    current = custody.cs("--json", "whitelist", "verify", custody.files["whitelist"])
    assert current.exit_code == 0, current.stderr
    draft = tmp_path / "whitelist.v2.toml"
    draft.write_text(
        whitelist_toml(version=2, previous=current.json["hash"], addresses=(HOT_WALLET,))
    )
    work = tmp_path / "work"
    work.mkdir()
    transcript = tmp_path / "whitelist.jsonl"
    steps = [
        "preflight",
        "sign-a",
        "sign-b",
        "verify",
        "carry",
        "import",
        "compare-version",
        "compare-hash",
    ]
    result = run_ceremony(
        custody,
        "whitelist-update",
        participants=ADMINS,
        inputs={
            "draft": str(draft),
            "policy": str(custody.files["policy"]),
            "admin_a_key": str(custody.path("a1.key")),
            "admin_b_key": str(custody.path("a2.key")),
        },
        confirm=dict.fromkeys(steps, True),
        secrets={"admin-a-passphrase": "pw-a1", "admin-b-passphrase": "pw-a2"},
        workdir=work,
        transcript=transcript,
    )
    assert result.exit_code == 0, result.stderr
    checked = verify(transcript, lead_pub(custody))
    assert checked.exit_code == 0, checked.stderr
    records = [json.loads(line) for line in transcript.read_text().splitlines()]
    versions = [
        r["details"].get("value") for r in records if r["details"].get("step") == "compare-version"
    ]
    assert versions == ["2"]
    tamper_and_check(transcript, '"whitelist_version=2"', '"whitelist_version=3"')
