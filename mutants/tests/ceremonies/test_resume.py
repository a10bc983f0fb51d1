"""`ceremony run --resume`: an incomplete key generation continued from its signed transcript,
going back to the step that produced the shares when a remaining step needs them (secrets are
never kept between runs), and refused when the transcript is complete, tampered with, signed by
another lead, or made from another definition."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from coldsign.keys.rolekey import Role, generate_role_key, seal_role_key
from coldsign.keys.secrets import Passphrase
from tests.ceremonies.conftest import LEAD_PASSPHRASE, lead_pub, run_ceremony, verify
from tests.ceremonies.test_seed_ceremonies import KEYGEN_STEPS
from tests.cli.guarded.conftest import FAST_KDF, Setup
from tests.conftest import Result

PEOPLE = {"lead": "Lena", "operator": "Otto", "custodians": "Carla, Cleo, Chen", "witness": "Wanda"}


def keygen(
    custody: Setup, tmp_path: Path, transcript: str, *, confirm: dict[str, bool] | None = None,
    resume: Path | None = None,
) -> tuple[Result, list[str]]:  # fmt: skip
    """A scripted key generation in tmp_path/work; the shares it hands out come back."""
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    read_end, write_end = os.pipe()
    try:
        result = run_ceremony(
            custody, "key-generation", participants=PEOPLE, inputs={"network": "Testnet"},
            confirm={**dict.fromkeys(KEYGEN_STEPS, True), **(confirm or {})}, secrets={},
            workdir=work, transcript=tmp_path / transcript, extra_fds={"shares": write_end},
            extra_args=("--resume", str(resume)) if resume else (),
        )  # fmt: skip
    finally:
        os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        shares = [s for s in pipe.read().decode().split("\n") if s.strip()]
    return result, shares


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_resume_redoes_the_step_whose_secrets_are_needed(custody: Setup, tmp_path: Path) -> None:
    stopped, first_shares = keygen(custody, tmp_path, "first.jsonl", confirm={"evm-address": False})
    assert stopped.exit_code == 6, stopped.stderr
    assert "--resume" in stopped.stderr and stopped.stderr.count("did not confirm") == 1
    first = tmp_path / "first.jsonl"
    assert verify(first).json["failed_step"] == "evm-address"

    # The EVM address needs the shares, which are gone: the run must go back to the split, and
    # the descriptor step would then write wallet.descriptor again. Refused, saying why.
    refused, _ = keygen(custody, tmp_path, "refused.jsonl", resume=first)
    assert refused.exit_code == 2, refused.stderr
    assert "wallet.descriptor" in refused.stderr and "move them" in refused.stderr
    assert not (tmp_path / "refused.jsonl").exists()

    shutil.move(tmp_path / "work" / "wallet.descriptor", tmp_path / "void.descriptor")
    resumed, new_shares = keygen(custody, tmp_path, "second.jsonl", resume=first)
    assert resumed.exit_code == 0, resumed.stderr
    assert "are void: destroy them" in resumed.stderr
    assert len(new_shares) == 3 and not set(new_shares) & set(first_shares)
    second = tmp_path / "second.jsonl"
    checked = verify(second, lead_pub(custody))
    assert checked.exit_code == 0, checked.stderr
    assert checked.json["complete"] and checked.json["resumes"] == verify(first).json["signed_hash"]
    lines = records(second)
    assert lines[0]["details"]["resume_at"] == "split"
    assert [r["decision"] for r in lines[1:-2]] == ["carried"] + ["done"] * 13
    assert lines[1]["details"]["carried_from"] == records(first)[1]["hash"]


def test_resume_continues_where_no_secret_is_needed(custody: Setup, tmp_path: Path) -> None:
    stopped, _ = keygen(custody, tmp_path, "first.jsonl", confirm={"compare-evm-address": False})
    assert stopped.exit_code == 6
    first = tmp_path / "first.jsonl"
    resumed, shares = keygen(custody, tmp_path, "second.jsonl", resume=first)
    assert resumed.exit_code == 0, resumed.stderr
    assert shares == []  # nothing was split again
    lines = records(tmp_path / "second.jsonl")
    assert lines[0]["details"]["resume_at"] == "compare-evm-address"
    assert [r["decision"] for r in lines[1:-2]].count("carried") == 12
    # The resumed run completed: resuming it again is refused.
    again, _ = keygen(custody, tmp_path, "third.jsonl", resume=tmp_path / "second.jsonl")
    assert again.exit_code == 2 and "nothing to resume" in again.stderr


def test_resume_refuses_a_tampered_or_foreign_transcript(custody: Setup, tmp_path: Path) -> None:
    stopped, _ = keygen(custody, tmp_path, "first.jsonl", confirm={"compare-evm-address": False})
    assert stopped.exit_code == 6
    first = tmp_path / "first.jsonl"

    # A file a completed step recorded has changed since: exit 5, naming it.
    exported = tmp_path / "work" / "wallet.evm-address"
    original = exported.read_bytes()
    exported.write_text("0x0000000000000000000000000000000000000000\n")
    changed, _ = keygen(custody, tmp_path, "changed.jsonl", resume=first)
    assert changed.exit_code == 5 and "wallet.evm-address changed" in changed.stderr
    exported.write_bytes(original)

    # An edited record breaks the chain (exit 5) before anything is asked or written.
    lines = first.read_text().splitlines(keepends=True)
    edited = tmp_path / "edited.jsonl"
    edited.write_text("".join(lines).replace('"testnet"', '"mainnet"'))
    tampered, _ = keygen(custody, tmp_path, "t.jsonl", resume=edited)
    assert tampered.exit_code == 5 and not (tmp_path / "t.jsonl").exists()

    # Another lead key: exit 5.
    other = generate_role_key(Role.CEREMONY_LEAD, "olga")
    shutil.copy(custody.root / "lead.key", tmp_path / "lena.key")
    (custody.root / "lead.key").write_bytes(
        seal_role_key(other, Passphrase(LEAD_PASSPHRASE), kdf_n=FAST_KDF)
    )
    foreign, _ = keygen(custody, tmp_path, "f.jsonl", resume=first)
    assert foreign.exit_code == 5 and "expected lead key" in foreign.stderr
