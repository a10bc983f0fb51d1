"""The policy's message sections (issue 15): parsing, the canonical body, and every refusal
naming its key; the template engine cannot be made to backtrack."""

from __future__ import annotations

import time
from typing import Any

import pytest

from coldsign.codec.message_request import MessageFormat
from coldsign.errors import DecodeError
from coldsign.policy.fields import parse_toml
from coldsign.policy.pattern import compile_pattern
from tests.unit.policy.test_config import EXAMPLE, parse_policy

MESSAGES = EXAMPLE.parent / "policy-messages.toml"


def example() -> dict[str, Any]:
    """The documented policy with the documented message sections appended."""
    return parse_toml(EXAMPLE.read_bytes() + b"\n" + MESSAGES.read_bytes(), "policy")


def test_the_documented_message_sections_parse_and_are_a_fixed_point() -> None:
    policy = parse_policy(example())
    assert [r.name for r in policy.messages] == ["proof-of-reserves", "travel-rule"]
    travel = policy.messages[1]
    assert travel.formats == (MessageFormat.BIP322_SIMPLE, MessageFormat.BIP137)
    assert travel.template.matches("Travel rule: hello") and not travel.template.matches("x")
    por = policy.messages[0]
    assert set(por.formats) == {MessageFormat.BIP137, MessageFormat.BIP322_SIMPLE,
                                MessageFormat.BIP322_FULL, MessageFormat.EIP191}  # fmt: skip
    rule = policy.typed_data[0]
    assert rule.domain.fields() == (
        ("name", "USD Coin"), ("version", "2"), ("chainId", "1"),
        ("verifyingContract", "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"),
    )  # fmt: skip
    assert policy.proofs is not None and policy.proofs.wallets == ("treasury",)
    body = policy.to_body()
    assert parse_policy(body).to_body() == body


def with_section(key: str, value: object) -> dict[str, Any]:
    table = example()
    table[key] = value
    return table


def rule(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {"name": "r", "wallets": ["treasury"], "prefix": "Hi",
                               "approvals": 2}  # fmt: skip
    base.update(changes)
    return {k: v for k, v in base.items() if v is not None}


@pytest.mark.parametrize(
    ("section", "needle"),
    [
        ([rule(wallets=["nobody"])], "'nobody' is not a wallet"),
        ([rule(pattern="x")], "exactly one of prefix and pattern"),
        ([rule(prefix=None)], "exactly one of prefix and pattern"),
        ([rule(prefix=None, pattern="(a")], "unclosed group"),
        ([rule(prefix=None, pattern=r"(a)\1")], "escape \\1 is not supported"),
        ([rule(prefix=None, pattern="(?=a)")], "(?…) groups"),
        ([rule(prefix=None, pattern="a*?")], "a quantifier after a quantifier"),
        ([rule(prefix=None, pattern="a" * 600)], "1 to 512 characters"),
        ([rule(prefix=None, pattern="(a{1000}){1000}")], "more than 2048 states"),
        ([rule(approvals=4)], "more than the 3 approvers"),
        ([rule(formats=["eip712"])], "typed data (eip712) is allowed by [[typed_data]]"),
        ([rule(formats=["eip191"])], "eip191 is for ethereum wallets"),
        ([rule(formats=["smoke-signals"])], "is not one of"),
        ([rule(extra=1)], "unknown key(s) in messages[0]: extra"),
        ([rule(), rule()], "share a name"),
    ],
    ids=[
        "unknown-wallet",
        "prefix-and-pattern",
        "no-template",
        "bad-pattern",
        "backreference",
        "lookahead",
        "lazy",
        "too-long",
        "too-many-states",
        "approvals",
        "eip712-format",
        "format-chain",
        "unknown-format",
        "unknown-key",
        "duplicate-name",
    ],
)
def test_message_rule_refusals(section: object, needle: str) -> None:
    with pytest.raises(DecodeError) as info:
        parse_policy(with_section("messages", section))
    assert needle in str(info.value)


def typed_rule(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {"name": "t", "wallets": ["eth-treasury"],
                               "domain": {"name": "X", "chain_id": 1},
                               "primary_types": ["Order"], "approvals": 2}  # fmt: skip
    base.update(changes)
    return base


@pytest.mark.parametrize(
    ("section", "needle"),
    [
        ([typed_rule(domain={})], "an empty domain"),
        (
            [
                typed_rule(
                    domain={"verifying_contract": "0xa0B86991c6218b36c1d19D4a2e9Eb0cE3606eB48"}
                )
            ],
            "verifying_contract",
        ),
        ([typed_rule(wallets=["treasury"])], "Bitcoin has no contracts"),
        ([typed_rule(domain={"name": "X", "salt": "0x12"})], "bytes32"),
        ([typed_rule(primary_types=["EIP712Domain"])], "not a struct type name"),
        ([typed_rule(primary_types=[])], "non-empty list"),
        (
            [typed_rule(domain={"name": "X", "chainid": 1})],
            "unknown key(s) in typed_data[0].domain",
        ),
    ],
    ids=[
        "empty-domain",
        "bad-checksum",
        "bitcoin-wallet",
        "salt",
        "domain-type",
        "no-types",
        "unknown-domain-key",
    ],
)
def test_typed_data_rule_refusals(section: object, needle: str) -> None:
    table = with_section("typed_data", section)
    del table["messages"]
    if "treasury" in str(section) and "eth-treasury" not in str(section):
        table["typed_data"][0]["domain"] = {"name": "X", "verifying_contract": "0x" + "11" * 20}
    with pytest.raises(DecodeError) as info:
        parse_policy(table)
    assert needle in str(info.value)


def test_proofs_are_for_bitcoin_wallets_and_need_a_template() -> None:
    with pytest.raises(DecodeError, match="for Bitcoin wallets"):
        parse_policy(with_section("proofs", {"wallets": ["eth-treasury"], "prefix": "P",
                                             "approvals": 2}))  # fmt: skip
    with pytest.raises(DecodeError, match="exactly one of prefix and pattern"):
        parse_policy(with_section("proofs", {"wallets": ["treasury"], "approvals": 2}))


@pytest.mark.parametrize("pattern", ["(a+)+b", "(a|a)*b", "(a*)*b", "(.*a){20}b"])
def test_catastrophic_patterns_match_in_linear_time(pattern: str) -> None:
    """Each of these takes Python's backtracking `re` exponential time on 'aaaa…'; the Pike VM
    answers in time linear in the text."""
    compiled = compile_pattern(pattern)
    start = time.perf_counter()
    assert not compiled.fullmatch("a" * 5_000)
    assert time.perf_counter() - start < 5.0
    assert compiled.fullmatch("a" * 30 + "b")


def test_anchors_and_classes_are_ascii() -> None:
    p = compile_pattern(r"^block \d+$")
    assert p.fullmatch("block 123") and not p.fullmatch("block ١٢٣")  # Arabic-Indic digits
    assert compile_pattern(r"a\$").fullmatch("a$")
    assert not compile_pattern("a.b").fullmatch("a\nb")
