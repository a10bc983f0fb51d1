"""BIP-173 / BIP-350 segwit addresses: the BIP-350 valid set and a set of invalid addresses."""

from __future__ import annotations

import pytest

from coldsign.codec import bech32
from coldsign.codec.script import address_from_script, script_from_address
from coldsign.errors import DecodeError
from coldsign.units import Network

VALID = [
    (
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
        "mainnet",
        "0014751e76e8199196d454941c45d1b3a323f1433bd6",
    ),
    (
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
        "testnet",
        "00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262",
    ),
    (
        "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
        "mainnet",
        "5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6",
    ),
    ("BC1SW50QGDZ25J", "mainnet", "6002751e"),
    ("bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", "mainnet", "5210751e76e8199196d454941c45d1b3a323"),
    (
        "tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy",
        "testnet",
        "0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433",
    ),
    (
        "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c",
        "testnet",
        "5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433",
    ),
    (
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
        "mainnet",
        "512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798",
    ),
]


@pytest.mark.parametrize(("address", "network", "spk"), VALID, ids=[v[0][:14] for v in VALID])
def test_valid(address: str, network: str, spk: str) -> None:
    net = Network(network)
    assert script_from_address(address, net).hex() == spk
    assert address_from_script(bytes.fromhex(spk), net) == address.lower()


INVALID = [
    "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut",  # unknown prefix
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",  # v1 with bech32
    "tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf",  # v2 with bech32
    "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL",  # v16 with bech32
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",  # v0 with bech32m
    "tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47",  # v0 with bech32m
    "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4",  # 'o' not in the alphabet
    "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R",  # witness version 17
    "bc1pw5dgrnzv",  # program of 1 byte
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav",  # 41 bytes
    "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P",  # v0 program of 16 bytes
    "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq",  # mixed case
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf",  # padding > 4 bits
    "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j",  # non-zero padding
    "bc1gmk9yu",  # empty data
    "",
    "bc1",
]


@pytest.mark.parametrize("address", INVALID, ids=[f"{i}" for i in range(len(INVALID))])
def test_invalid(address: str) -> None:
    for network in (Network.MAINNET, Network.TESTNET):
        with pytest.raises(DecodeError):
            script_from_address(address, network)


def test_other_network_refused() -> None:
    with pytest.raises(DecodeError, match="mainnet address"):
        script_from_address("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", Network.TESTNET)
    with pytest.raises(DecodeError, match="another network"):
        script_from_address("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", Network.TESTNET)
    regtest = address_from_script(
        bytes.fromhex("0014751e76e8199196d454941c45d1b3a323f1433bd6"), Network.REGTEST
    )
    assert regtest is not None and regtest.startswith("bcrt1q")
    with pytest.raises(DecodeError):
        script_from_address(regtest, Network.TESTNET)


def test_encode_segwit_caller_bugs() -> None:
    with pytest.raises(ValueError):
        bech32.encode_segwit("bc", 0, b"\0" * 21)
    with pytest.raises(ValueError):
        bech32.encode_segwit("bc", 17, b"\0" * 20)
