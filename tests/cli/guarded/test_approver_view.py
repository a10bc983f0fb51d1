"""What initiators and approvers see before the signer does (issue 13, items 6, 9 and 11), through
the installed CLI.

- 9: an approver reads "waiting for approvals (n of m); every other check passes", sees other
  failures listed, and no "not yet" names once the quorum is met;
- 11: `payload build` warns with the signer's own words; `payload approve` refuses the initiator
  (exit 4) before any passphrase is asked;
- 6: `payload sign` refuses a signer home that others can read (exit 7).
"""

from __future__ import annotations

import os

from tests.cli.guarded.conftest import HOT_WALLET, NOT_WHITELISTED, Setup
from tests.conftest import run_cli


def show(setup: Setup, payload: object, *extra: str) -> tuple[str, dict[str, object]]:
    args = ("payload", "show", str(payload), "--policy", str(setup.files["policy"]),
            "--whitelist", str(setup.files["whitelist"]))  # fmt: skip
    env = {**os.environ, "COLUMNS": "200"}
    screen = run_cli("--home", str(setup.home), *args, env=env).stderr
    data = run_cli("--home", str(setup.home), "--json", *args).json
    return screen, data


def test_an_approver_waits_for_approvals_and_is_told_of_every_other_failure(setup: Setup) -> None:
    payload = setup.build(f"{HOT_WALLET}:0.05", wid="wd-wait")
    screen, data = show(setup, payload)
    assert "waiting for approvals (0 of 2); every other check passes" in screen
    assert "the signer would refuse" not in screen
    assert data["approvals"]["missing"] == ["alice", "bob", "carol"]  # type: ignore[index]

    approved = setup.approved(payload, "alice", "bob")
    screen, data = show(setup, approved)
    assert "approvals: 2 valid of 2 required — valid: " in screen
    assert "not yet" not in screen and data["approvals"]["missing"] == []  # type: ignore[index]
    assert "policy verdict: every check passes" in screen

    mixed = setup.build(f"{NOT_WHITELISTED}:0.01", wid="wd-mixed")
    screen, _ = show(setup, mixed)
    assert "policy verdict: the signer would refuse" in screen
    assert "destination is not on the whitelist" in screen
    assert "approvals: 0 valid of the 2 required" not in screen  # the approver's own step


def test_build_warns_with_the_signers_words(setup: Setup) -> None:
    out = setup.root / "warned.payload"
    result = setup.cs(
        "payload", "build", "--wallet", setup.descriptor, "--utxos", setup.path("utxos.json"),
        "--prev-txs", setup.path("utxos.prev"), "--fee-rate", "5", "--id", "wd-warn",
        "--initiator", "ivan", "--policy", setup.files["policy"],
        "--whitelist", setup.files["whitelist"], "--to", f"{NOT_WHITELISTED}:0.01", "-o", out,
    )  # fmt: skip
    assert result.exit_code == 0 and out.exists()
    warning = f"warning: the signer would refuse: output 0 ({NOT_WHITELISTED}): destination is not"
    assert warning in result.stderr
    assert "approvals" not in result.stderr.split("warning:", 1)[1]  # not yet approved: no warning


def test_the_initiator_may_not_approve_and_is_told_before_the_passphrase(setup: Setup) -> None:
    payload = setup.root / "by-alice.payload"
    built = setup.cs(
        "payload", "build", "--wallet", setup.descriptor, "--utxos", setup.path("utxos.json"),
        "--prev-txs", setup.path("utxos.prev"), "--fee-rate", "5", "--id", "wd-self",
        "--initiator", "alice", "--policy", setup.files["policy"],
        "--whitelist", setup.files["whitelist"], "--to", f"{HOT_WALLET}:0.01", "-o", payload,
    )  # fmt: skip
    assert built.exit_code == 0, built.stderr
    refused = run_cli(
        "--home",
        str(setup.home),
        "--json",
        "payload",
        "approve",
        str(payload),
        "--key",
        str(setup.path("alice.key")),
        "--policy",
        str(setup.files["policy"]),
        "--whitelist",
        str(setup.files["whitelist"]),
        "-o",
        str(setup.root / "x"),
    )  # fmt: skip  (no --yes and no passphrase fd: a prompt would fail differently)
    assert refused.exit_code == 4, refused.stderr
    (reason,) = refused.json["error"]["reasons"]
    assert reason["code"] == "approval.self_approval" and reason["approver"] == "alice"
    assert "passphrase" not in refused.stderr.lower()
    assert not (setup.root / "x").exists()


def test_signing_refuses_a_home_others_can_read(setup: Setup) -> None:
    approved = setup.approved(setup.build(f"{HOT_WALLET}:0.01", wid="wd-open"), "alice", "bob")
    before = (setup.home / "audit.jsonl").read_bytes()
    setup.home.chmod(0o755)
    try:
        result, out = setup.sign(approved)
    finally:
        setup.home.chmod(0o700)
    assert result.exit_code == 7 and "must be 0700" in result.stderr
    assert not out.exists() and (setup.home / "audit.jsonl").read_bytes() == before
