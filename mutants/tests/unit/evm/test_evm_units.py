"""EVM amounts: exact parsing (no floats, no rounding), formatting, chain names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.chains.evm.chains import chain_label, chain_name, known_chain, native_symbol
from coldsign.chains.evm.units import (
    EthUnit,
    format_gwei,
    format_token,
    format_units,
    format_wei,
    parse_eth_amount,
    parse_token_amount,
)
from coldsign.errors import DecodeError

ETH = 10**18
GWEI = 10**9


@pytest.mark.parametrize(
    ("text", "wei"),
    [
        ("1.5eth", 3 * ETH // 2),
        ("1.5 ETH", 3 * ETH // 2),
        ("1.5ether", 3 * ETH // 2),
        ("0.000000000000000001eth", 1),
        ("1.000000000000000000000eth", ETH),  # trailing zeros are exact
        ("30gwei", 30 * GWEI),
        ("30.5Gwei", 30 * GWEI + GWEI // 2),
        ("0.000000001gwei", 1),
        ("1000wei", 1000),
        ("123", 123),
        ("0", 0),
        ("1_000_000", 1_000_000),
        ("  7 wei ", 7),
        (
            "115792089237316195423570985008687907853269984665640564039457584007913129639935",
            2**256 - 1,
        ),
        ("12345678901.123456789012345678eth", 12345678901123456789012345678),
    ],
)
def test_parse_eth_amount(text: str, wei: int) -> None:
    assert parse_eth_amount(text) == wei


@pytest.mark.parametrize(
    "text",
    [
        "",
        "eth",
        "1.5",  # bare numbers are wei: no fractions
        "0.0000000000000000001eth",  # 19 decimals: refused, not rounded
        "0.0000000001gwei",
        "1.5wei",
        "-1eth",
        "+1eth",
        "1e18",
        "1,5eth",
        ".5eth",
        "5.eth",
        "1__0",
        "_1",
        "1 5eth",
        "1.5 btc",
        "1.5 eth eth",
        "nan",
        "inf",
        "١٢٣",  # non-ASCII digits
        "0x10",
        "115792089237316195423570985008687907853269984665640564039457584007913129639936",
        "1" * 101,
    ],
)
def test_parse_eth_amount_refuses(text: str) -> None:
    with pytest.raises(DecodeError):
        parse_eth_amount(text)


def test_bare_unit() -> None:
    assert parse_eth_amount("10", bare_unit=EthUnit.ETH) == 10 * ETH
    assert parse_eth_amount("0.01", bare_unit=EthUnit.ETH) == ETH // 100
    assert parse_eth_amount("200", bare_unit=EthUnit.GWEI) == 200 * GWEI
    assert parse_eth_amount("200wei", bare_unit=EthUnit.GWEI) == 200


@pytest.mark.parametrize(
    ("text", "decimals", "units"),
    [("12.5", 6, 12_500_000), ("250000", 6, 250_000 * 10**6), ("0.000001", 6, 1), ("3", 0, 3)],
)
def test_parse_token_amount(text: str, decimals: int, units: int) -> None:
    assert parse_token_amount(text, decimals) == units


@pytest.mark.parametrize("text", ["0.0000001", "12.5USDC", "-1", "1e6", "", "1.", "3.5x"])
def test_parse_token_amount_refuses(text: str) -> None:
    with pytest.raises(DecodeError):
        parse_token_amount(text, 6)


def test_parse_token_amount_bad_decimals_is_a_caller_bug() -> None:
    for decimals in (-1, 78, True):
        with pytest.raises(ValueError):
            parse_token_amount("1", decimals)
    with pytest.raises(DecodeError):
        parse_token_amount("0.5", 0)


def test_formatting() -> None:
    assert format_wei(3 * ETH // 2) == "1.5 ETH"
    assert format_wei(ETH, "POL") == "1 POL"
    assert format_wei(1) == "0.000000000000000001 ETH"
    assert format_wei(0) == "0 ETH"
    assert format_gwei(30 * GWEI) == "30 gwei"
    assert format_gwei(1) == "0.000000001 gwei"
    assert format_token(12_500_000, 6, "USDC") == "12.5 USDC"
    assert format_token(12_500_000, 6) == "12.5"
    assert format_token(7, 0) == "7"
    digits = str(2**256 - 1)
    assert format_units(2**256 - 1, 18) == f"{digits[:-18]}.{digits[-18:]}"


@settings(max_examples=300, deadline=None)
@given(amount=st.integers(0, 2**256 - 1), decimals=st.integers(0, 77))
def test_format_then_parse_is_exact(amount: int, decimals: int) -> None:
    assert parse_token_amount(format_units(amount, decimals), decimals) == amount


@settings(max_examples=200, deadline=None)
@given(wei=st.integers(0, 2**256 - 1))
def test_wei_format_round_trips_through_eth_parser(wei: int) -> None:
    text = format_wei(wei).replace(" ETH", "eth")
    assert parse_eth_amount(text) == wei
    assert parse_eth_amount(format_gwei(wei).replace(" ", "")) == wei


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=40))
def test_parse_never_raises_anything_but_decode_error(text: str) -> None:
    for parse in (parse_eth_amount, lambda t: parse_token_amount(t, 18)):
        try:
            value = parse(text)
        except DecodeError:
            continue
        assert isinstance(value, int) and 0 <= value < 2**256


def test_chains() -> None:
    assert chain_name(1) == "Ethereum mainnet"
    assert chain_label(11155111) == "Sepolia testnet (chain 11155111)"
    assert chain_name(424242) == "chain 424242"
    assert chain_label(424242) == "chain 424242"
    assert native_symbol(137) == "POL" and native_symbol(56) == "BNB" and native_symbol(5) == "ETH"
    chains = {cid: known_chain(cid) for cid in (1, 11155111, 17000, 137, 42161, 10, 8453, 56)}
    slugs = {cid: c.slug for cid, c in chains.items() if c is not None}
    assert slugs == {
        1: "mainnet",
        11155111: "sepolia",
        17000: "holesky",
        137: "polygon",
        42161: "arbitrum",
        10: "optimism",
        8453: "base",
        56: "bsc",
    }
    assert known_chain(3) is None
