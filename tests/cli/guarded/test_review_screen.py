"""Review screens an operator can read at any terminal width, in units they count in (issue 13,
items 6, 7 and 8), through the installed CLI.

- 7: rendered at 80 and 200 columns, no line is wider than the terminal, and no amount (with its
  unit), address, txid or digest is split across lines;
- 8: amounts in BTC and sat, fee rates in sat/vB, EVM gas in gwei, refusal reasons with units;
  the JSON gives every amount as {value, unit, base_units};
- 6: the signer's review shows the clock (UTC and local).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.cli.guarded.conftest import HOT_WALLET, NOT_WHITELISTED, OTHER_WHITELISTED, Setup
from tests.cli.guarded.test_evm import build as build_evm
from tests.cli.guarded.test_evm import evm, evm_base  # noqa: F401 - fixtures
from tests.conftest import Result, run_cli

MEMO = "rebalance to the exchange hot wallet after the quarterly audit " * 3


def shown_at(setup: Setup, payload: Path, columns: int, *extra: str) -> Result:
    env = {**os.environ, "COLUMNS": str(columns)}
    return run_cli("--home", str(setup.home), *extra, "payload", "show", str(payload), env=env)


def review_lines(stderr: str) -> list[str]:
    """The screen without the `read FILE: … sha256 …` line the transport prints first."""
    return [line for line in stderr.splitlines() if not line.startswith("read ")]


def atoms_of(data: dict[str, Any]) -> list[str]:
    """What must never be split: each destination's address and amount, the txid, the digest."""
    out = [data["digest"]]
    if data["txid"]:
        out.append(data["txid"])
    for d in data["destinations"]:
        out.append(d["address"])
        amount = d["amount"]
        text = f"{amount['value']} {amount['unit']}"
        if amount["unit"] == "BTC":
            text += f" ({int(amount['base_units']):,} sat)"
        out.append(text)
    return out


@pytest.mark.parametrize("columns", [80, 200])
def test_the_review_fits_the_terminal_and_splits_no_atom(setup: Setup, columns: int) -> None:
    payload = setup.build(
        f"{HOT_WALLET}:0.05", f"{OTHER_WHITELISTED}:0.0123", f"{NOT_WHITELISTED}:0.001",
        wid="wd-wide", extra=("--memo", MEMO),
    )  # fmt: skip
    data = run_cli("--home", str(setup.home), "--json", "payload", "show", str(payload)).json
    result = shown_at(setup, payload, columns)
    assert result.exit_code == 0, result.stderr
    lines = review_lines(result.stderr)
    assert all(len(line) <= columns for line in lines), max(lines, key=len)
    for atom in atoms_of(data):
        assert any(atom in line for line in lines), (columns, atom)
    # The memo wraps between words: all of it is there, in order.
    assert " ".join(MEMO.split()) in " ".join(" ".join(lines).split())
    if columns == 80:
        assert "destinations (4):" in lines  # the table does not fit: one block per output
    else:
        assert any(line.startswith("┌") for line in lines)  # the table fits whole
    # Every refusal reason is on the screen, its amounts with units.
    assert "destination is not on the whitelist" in " ".join(" ".join(lines).split())


def test_units_in_the_screen_the_reasons_and_the_json(setup: Setup) -> None:
    payload = setup.build(f"{HOT_WALLET}:0.6", wid="wd-big", fee_rate="120")
    data = run_cli("--home", str(setup.home), "--json", "payload", "show", str(payload)).json
    assert data["amount"]["unit"] == "BTC" and data["amount"]["base_units"].isdigit()
    assert data["fee"]["unit"] == "BTC" and data["fee_rate"]["unit"] == "sat/vB"
    assert data["destinations"][0]["amount"] == {
        "value": "0.6", "unit": "BTC", "base_units": "60000000"
    }  # fmt: skip
    details = data["chain_details"]
    assert details["fee"] == data["fee"] and details["fee_rate"]["unit"] == "sat/vB"
    assert details["inputs"][0]["amount"]["unit"] == "BTC"
    assert not [k for k in _keys(data) if k.endswith(("_sat", "_wei"))]
    reasons = {r["code"]: r for r in data["reasons"]}
    assert reasons["limit.per_tx"]["field"] == "amount"
    assert (
        " BTC (outputs plus fee) exceeds the per-transaction cap of 0.5 BTC"
        in (reasons["limit.per_tx"]["message"])
    )
    assert "sat/vB exceeds the cap of 100 sat/vB" in reasons["fee.rate"]["message"]
    screen = shown_at(setup, payload, 200).stderr
    assert "initiated by ivan (name only)" in screen  # the policy lists no initiator keys
    assert data["initiator_authenticated"] is False
    assert "0.6 BTC (60,000,000 sat)" in screen
    fee = data["fee"]
    assert f"fee: {fee['value']} BTC ({int(fee['base_units']):,} sat) at " in screen
    assert "sat/vB" in screen


def _keys(value: object) -> list[str]:
    if isinstance(value, dict):
        return [k for k, v in value.items() for k in [k, *_keys(v)]]
    if isinstance(value, list):
        return [k for v in value for k in _keys(v)]
    return []


@pytest.mark.parametrize("columns", [80, 200])
def test_the_evm_review_fits_and_names_gwei(evm: Setup, columns: int) -> None:  # noqa: F811
    payload = build_evm(evm, "usdc-width")
    data = run_cli("--home", str(evm.home), "--json", "payload", "show", str(payload)).json
    result = shown_at(evm, payload, columns)
    lines = review_lines(result.stderr)
    assert all(len(line) <= columns for line in lines), max(lines, key=len)
    for atom in atoms_of(data):
        assert any(atom in line for line in lines), (columns, atom)
    assert "1500.25 USDC" in result.stderr and "40 gwei" in result.stderr
    assert data["chain_details"]["max_fee_per_gas"]["unit"] == "gwei"
    assert "(outputs to others)" in result.stderr  # the token's fee is paid in ETH, not USDC


def test_the_signers_review_shows_the_clock(setup: Setup) -> None:
    payload = setup.approved(setup.build(f"{HOT_WALLET}:0.01", wid="wd-clock"), "alice", "bob")
    env = {**os.environ, "COLUMNS": "80", "TZ": "Asia/Kolkata"}
    from tests.conftest import secret_fd

    fd = secret_fd("abandon " * 11 + "about")
    try:
        result = run_cli(
            "--home", str(setup.home), "--yes", "payload", "sign", str(payload),
            "--mnemonic-fd", str(fd), "--no-passphrase", "-o", str(setup.root / "clock.signed"),
            pass_fds=(fd,), env=env,
        )  # fmt: skip
    finally:
        os.close(fd)
    assert result.exit_code == 0, result.stderr
    clock = [line for line in result.stderr.splitlines() if line.startswith("clock:")]
    assert len(clock) == 1 and " UTC (" in clock[0] and "IST local)" in clock[0]


def test_a_bip21_amount_has_the_one_json_form(setup: Setup) -> None:
    rows = run_cli("--json", "wallet", "addresses", setup.descriptor, "--network", "testnet",
                   "--count", "1").json  # fmt: skip
    uri = f"bitcoin:{rows[0]['address']}?amount=0.0125"
    found = run_cli("--home", str(setup.home), "--json", "wallet", "verify-address", uri)
    assert found.exit_code == 0, found.stderr
    assert found.json["amount"] == {"value": "0.0125", "unit": "BTC", "base_units": "1250000"}
