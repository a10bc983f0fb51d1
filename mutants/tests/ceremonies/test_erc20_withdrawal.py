"""The shipped ERC-20 withdrawal ceremony, end to end from a script on the EVM custody set-up of
the guarded-signer tests (reused, not copied); the raw transaction is decoded by eth-account."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ceremonies.conftest import lead_pub, run_ceremony, verify
from tests.cli.guarded.conftest import MNEMONIC, Setup
from tests.cli.guarded.test_evm import (
    BENEFICIARY,
    SENDER,
    STRANGER,
    USDC,
    evm_base,  # noqa: F401 - the module-scoped EVM custody fixture, used by `evm_custody`
)
from tests.conftest import Result

PEOPLE = {
    "lead": "Lena",
    "initiator": "ivan",
    "approver-a": "alice",
    "approver-b": "bob",
    "operator": "Otto",
    "witness": "Wanda",
}
CONFIRM_STEPS = [
    "preflight",
    "build",
    "review",
    "note-digest",
    "approve-a",
    "approve-b",
    "combine",
    "carry-approved",
    "compare-approved",
    "sign",
    "compare-digest",
    "audit-head",
    "carry-signed",
    "finalize",
    "close",
]
SECRETS = {
    "approver-a-passphrase": "pw-alice",
    "approver-b-passphrase": "pw-bob",
    "seed-words": MNEMONIC,
}


@pytest.fixture
def evm_custody(evm_base: Setup, ceremony_base: Setup, tmp_path: Path) -> Iterator[Setup]:  # noqa: F811
    """A private copy of the EVM set-up, with the ceremony lead's key beside it."""
    root = tmp_path / "custody"
    shutil.copytree(evm_base.root, root)
    for name in ("lead.key", "lead.pub"):
        shutil.copy(ceremony_base.root / name, root / name)
    yield Setup(
        root,
        evm_base.descriptor,
        root / "home",
        {k: root / v.name for k, v in evm_base.files.items()},
    )


def run_erc20(
    custody: Setup, tmp_path: Path, wid: str = "cer-usdc-1", **inputs: str
) -> tuple[Result, Path, Path]:
    work = tmp_path / "work"
    work.mkdir()
    transcript = tmp_path / "erc20.jsonl"
    answers = {
        "policy": str(custody.files["policy"]),
        "whitelist": str(custody.files["whitelist"]),
        "chain_id": "1",
        "from_path": "m/44'/60'/0'/0/0",
        "beneficiary": BENEFICIARY,
        "token": "USDC",
        "amount": "1500.25",
        "nonce": "7",
        "gas_limit": "65000",
        "max_fee": "40gwei",
        "priority_fee": "1.5gwei",
        "withdrawal_id": wid,
        "initiator": "ivan",
        "approver_a_key": str(custody.path("alice.key")),
        "approver_b_key": str(custody.path("bob.key")),
    } | inputs
    result = run_ceremony(
        custody,
        "erc20-withdrawal",
        participants=PEOPLE,
        inputs=answers,
        confirm=dict.fromkeys(CONFIRM_STEPS, True),
        secrets=SECRETS,
        workdir=work,
        transcript=transcript,
    )
    return result, work, transcript


def details(transcript: Path, step: str) -> dict[str, Any]:
    lines = [json.loads(x) for x in transcript.read_text().splitlines()]
    return next(r["details"] for r in lines if r["details"].get("step") == step)


def test_erc20_withdrawal_runs_verifies_and_decodes(evm_custody: Setup, tmp_path: Path) -> None:
    from eth_account import Account
    from eth_account.typed_transactions import TypedTransaction  # type: ignore[attr-defined]
    from hexbytes import HexBytes

    result, work, transcript = run_erc20(evm_custody, tmp_path)
    assert result.exit_code == 0, result.stderr
    checked = verify(transcript, lead_pub(evm_custody))
    assert checked.exit_code == 0, checked.stderr
    assert checked.json["complete"] is True and checked.json["steps_done"] == 30

    raw_text = (work / "withdrawal.tx").read_text().strip()
    assert raw_text.startswith("0x")
    assert f"raw_tx={raw_text}" in details(transcript, "finalize")["captured"]
    raw = bytes.fromhex(raw_text.removeprefix("0x"))
    assert Account.recover_transaction(raw) == SENDER
    fields = TypedTransaction.from_bytes(HexBytes(raw)).as_dict()
    assert fields["chainId"] == 1 and fields["nonce"] == 7 and fields["value"] == 0
    assert fields["gas"] == 65000 and fields["maxFeePerGas"] == 40 * 10**9
    assert fields["maxPriorityFeePerGas"] == 15 * 10**8
    assert bytes(fields["to"]).hex() == USDC.lower().removeprefix("0x")
    data = bytes(fields["data"])
    assert data[:4] == bytes.fromhex("a9059cbb")  # transfer(address,uint256)
    assert data[16:36].hex() == BENEFICIARY.lower().removeprefix("0x")
    assert int.from_bytes(data[36:68], "big") == 1_500_250_000

    digest = details(transcript, "compare-digest")
    assert digest["value"] == digest["against_value"]
    carried = [details(transcript, s)["file"] for s in ("carry-approved", "carry-signed")]
    assert carried == ["withdrawal.approved", "withdrawal.signed"]
    for path in [p for p in tmp_path.rglob("*") if p.is_file()]:
        data = path.read_bytes()
        for needle in (MNEMONIC, " ".join(MNEMONIC.split()[:6]), "pw-alice", "pw-bob", "pw-lead"):
            assert needle.encode() not in data, f"{path} holds a secret"


def test_erc20_to_a_stranger_is_refused_by_the_signer(evm_custody: Setup, tmp_path: Path) -> None:
    result, work, transcript = run_erc20(evm_custody, tmp_path, beneficiary=STRANGER)
    assert result.exit_code == 4, result.stderr
    assert not (work / "withdrawal.signed").exists()
    checked = verify(transcript, lead_pub(evm_custody))
    assert checked.exit_code == 0, checked.stderr
    assert checked.json["complete"] is False and checked.json["failed_step"] == "sign"
