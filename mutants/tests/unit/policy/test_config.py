"""Policy TOML: strict parsing, canonical fixed point, tiers (default deny)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coldsign import chains
from coldsign.errors import DecodeError
from coldsign.policy.config import Policy
from coldsign.policy.config import parse_policy as parse_with_specs
from coldsign.policy.fields import parse_toml

EXAMPLE = Path(__file__).parents[3] / "docs" / "examples" / "policy.toml"


def parse_policy(table: object) -> Policy:
    return parse_with_specs(table, chains.SPECS)


def example() -> dict:
    return parse_toml(EXAMPLE.read_bytes(), "policy")


def test_documented_example_parses() -> None:
    policy = parse_policy(example())
    assert policy.admin_threshold == 2
    assert [m.name for m in policy.approvers] == ["alice", "bob", "carol"]
    btc = policy.asset_for("bitcoin", "testnet")
    assert btc is not None
    assert btc.max_per_tx == 50_000_000
    assert btc.velocity is not None and btc.velocity.period_seconds == 86_400
    assert btc.max_fee == 50_000 and btc.max_fee_rate == 100 and btc.max_fee_share_bp == 200


def test_canonical_body_is_a_fixed_point() -> None:
    body = parse_policy(example()).to_body()
    assert parse_policy(body).to_body() == body


@pytest.mark.parametrize(
    ("amount", "approvals"),
    [(0, 2), (1, 2), (10_000_000, 2), (10_000_001, 3), (50_000_000, 3)],
    ids=["zero-consolidation", "one-sat", "at-threshold", "above-threshold", "at-cap"],
)
def test_tiers(amount: int, approvals: int) -> None:
    btc = parse_policy(example()).asset_for("bitcoin", "testnet")
    assert btc is not None and btc.required_approvals(amount) == approvals


def mutate(path: list, value: object) -> dict:
    table = example()
    node = table
    for key in path[:-1]:
        node = node[key]
    if value is DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return table


DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (["surprise"], 1, "unknown key"),
        (["assets", 0, "max_per_tx"], 0.5, "floats are refused"),
        (["assets", 0, "max_per_tx"], "0.123456789", "more than 8 decimal places"),
        (["admins", "threshold"], 4, "more than the 3 admins"),
        (["admins", "members", 0, "key"], "02" + "00" * 32, "not a point"),
        (["assets", 0, "tiers"], [], "at least one tier"),
        (["assets", 0, "tiers", 0, "approvals"], 4, "more than the 3 approvers"),
        (["wallets", 0, "descriptor"], "wpkh(nonsense)", "descriptor"),
        (["wallets", 0, "network"], "moonnet", "network"),
        (["version"], DELETE, "version is required"),
        (["approval_lifetime"], "tomorrow", "duration"),
        (["wallets", 0, "extra"], True, "unknown key"),
    ],
    ids=[
        "unknown-top-key",
        "float-amount",
        "too-precise",
        "threshold-too-high",
        "bad-key",
        "no-tiers",
        "tier-too-many-approvals",
        "bad-descriptor",
        "bad-network",
        "no-version",
        "bad-duration",
        "unknown-wallet-key",
    ],
)
def test_invalid_policies_name_the_problem(path: list, value: object, message: str) -> None:
    with pytest.raises(DecodeError) as info:
        parse_policy(mutate(path, value))
    assert message in str(info.value)


def test_two_members_with_one_xonly_key_are_refused() -> None:
    table = example()
    key = table["approvers"]["members"][0]["key"]
    flipped = ("03" if key.startswith("02") else "02") + key[2:]
    table["approvers"]["members"][1]["key"] = flipped
    with pytest.raises(DecodeError, match="share a key"):
        parse_policy(table)
