# ruff: noqa: F811 - `messages_base` is a pytest fixture imported from messages_setup
"""The shipped proof-of-reserves ceremony, end to end from a script on the message custody set-up
(its policy has a [proofs] section); the exported proof's inputs are checked by python-bitcointx,
and a snapshot with a message outside [proofs] is refused by the signer."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ceremonies.conftest import lead_pub, run_ceremony, verify
from tests.cli.guarded.conftest import MNEMONIC, Setup, write_funding
from tests.cli.guarded.messages_setup import messages_base  # noqa: F401
from tests.conftest import Result

PEOPLE = {"lead": "Lena", "initiator": "ivan", "approver-a": "alice", "approver-b": "bob",
          "operator": "Otto", "witness": "Wanda"}  # fmt: skip
CONFIRM_STEPS = ["preflight", "build", "review", "note-digest", "approve-a", "approve-b",
                 "combine", "carry-approved", "compare-approved", "sign", "compare-digest",
                 "audit-head", "carry-signed", "export", "verify", "close"]  # fmt: skip
SECRETS = {"approver-a-passphrase": "pw-alice", "approver-b-passphrase": "pw-bob",
           "seed-words": MNEMONIC}  # fmt: skip
BLOCK = "0000000000000000000" + "7" * 45


@pytest.fixture
def por_custody(messages_base: Setup, ceremony_base: Setup, tmp_path: Path) -> Iterator[Setup]:
    root = tmp_path / "custody"
    shutil.copytree(messages_base.root, root)
    for name in ("lead.key", "lead.pub"):
        shutil.copy(ceremony_base.root / name, root / name)
    setup = Setup(root, messages_base.descriptor, root / "home",
                  {k: root / v.name for k, v in messages_base.files.items()})  # fmt: skip
    write_funding(root, "reserves", setup.descriptor, ["0.4", "0.35"], "cer-por")
    yield setup


def run_por(custody: Setup, tmp_path: Path, **inputs: str) -> tuple[Result, Path, Path]:
    work = tmp_path / "work"
    work.mkdir()
    transcript = tmp_path / "por.jsonl"
    answers = {
        "policy": str(custody.files["policy"]),
        "whitelist": str(custody.files["whitelist"]),
        "wallet": "treasury",
        "utxos": str(custody.path("reserves.json")),
        "prev_txs": str(custody.path("reserves.prev")),
        "date": "2026-12-31T00:00:00Z",
        "height": "4100000",
        "block_hash": BLOCK,
        "proof_id": "cer-por-1",
        "initiator": "ivan",
        "approver_a_key": str(custody.path("alice.key")),
        "approver_b_key": str(custody.path("bob.key")),
    } | inputs
    result = run_ceremony(custody, "proof-of-reserves", participants=PEOPLE, inputs=answers,
                          confirm=dict.fromkeys(CONFIRM_STEPS, True), secrets=SECRETS,
                          workdir=work, transcript=transcript)  # fmt: skip
    return result, work, transcript


def details(transcript: Path, step: str) -> dict[str, object]:
    lines = [json.loads(x) for x in transcript.read_text().splitlines()]
    found: dict[str, object] = next(r["details"] for r in lines if r["details"].get("step") == step)
    return found


def test_proof_of_reserves_ceremony_runs_and_verifies(por_custody: Setup, tmp_path: Path) -> None:
    from coldsign.codec.psbt import extract
    from coldsign.messages import bip322
    from tests.unit.messages.test_bitcoin_peers import _interpreter_check

    result, work, transcript = run_por(por_custody, tmp_path)
    assert result.exit_code == 0, result.stderr
    checked = verify(transcript, lead_pub(por_custody))
    assert checked.exit_code == 0, checked.stderr
    assert checked.json["complete"] is True
    assert "total_btc=0.75" in str(details(transcript, "verify")["captured"])
    digest = details(transcript, "compare-digest")
    assert digest["value"] == digest["against_value"]
    proof = json.loads((work / "proof.json").read_text())
    assert proof["message"].endswith(f"hash {BLOCK} block 4100000")
    psbt = bip322.decode_signature(proof["signature"]).psbt
    assert psbt is not None
    spent = [psbt.spent_output(i) for i in range(len(psbt.inputs))]
    assert _interpreter_check(extract(psbt), [o for o in spent if o is not None]) == 3
    for path in [p for p in tmp_path.rglob("*") if p.is_file()]:
        for needle in (MNEMONIC, "pw-alice", "pw-bob", "pw-lead"):
            assert needle.encode() not in path.read_bytes(), f"{path} holds a secret"


def test_a_wallet_the_proofs_rule_does_not_name_is_refused_by_the_signer(
    por_custody: Setup, tmp_path: Path
) -> None:
    """The EVM wallet cannot be proven as a Bitcoin wallet: the build stops (exit 2) before
    anything crosses the gap; the transcript says where."""
    result, work, transcript = run_por(por_custody, tmp_path, wallet="eth-treasury")
    assert result.exit_code == 2, result.stderr
    assert not (work / "proof.payload").exists()
    checked = verify(transcript, lead_pub(por_custody))
    assert checked.exit_code == 0 and checked.json["failed_step"] == "build"
