"""Script templates, classification, BIP-67 sorting, multisig parsing and BIP-341 output keys."""

from __future__ import annotations

from typing import Any

import pytest

from coldsign.codec.script import (
    ScriptType,
    address_from_script,
    classify,
    hash160,
    multisig_script,
    p2pkh_script,
    p2sh_script,
    p2tr_script,
    p2wpkh_script,
    p2wsh_script,
    parse_multisig,
    push_data,
    script_from_address,
    tagged_hash,
    taproot_output_key,
)
from coldsign.units import Network
from tests.conftest import vector

KEY = bytes.fromhex("0330d54fd0dd420a6e5f8d3624f5f3482cae350f79d5f0753bf5beef9c2d91af3c")


def test_classify_templates() -> None:
    assert classify(p2pkh_script(KEY)) is ScriptType.P2PKH
    assert classify(p2sh_script(b"\x51")) is ScriptType.P2SH
    assert classify(p2wpkh_script(KEY)) is ScriptType.P2WPKH
    assert classify(p2wsh_script(b"\x51")) is ScriptType.P2WSH
    assert classify(p2tr_script(KEY[1:])) is ScriptType.P2TR
    assert classify(b"\x6a\x04test") is ScriptType.OP_RETURN
    assert classify(b"") is ScriptType.UNKNOWN
    assert classify(bytes.fromhex("5210751e76e8199196d454941c45d1b3a323")) is ScriptType.UNKNOWN
    assert address_from_script(b"\x6a\x04test", Network.MAINNET) is None


def test_legacy_addresses() -> None:
    assert script_from_address("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", Network.MAINNET).hex() == (
        "76a91462e907b15cbf27d5425399ebf6f0fb50ebb88f1888ac"
    )
    spk = script_from_address("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", Network.MAINNET)
    assert spk.hex() == "a914b472a266d0bd89c13706a4132ccfb16f7c3b9fcb87"
    assert address_from_script(spk, Network.MAINNET) == "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"


def _bip67() -> list[Any]:
    return [
        pytest.param(v, id=v["title"].split(" (")[0].replace(" ", "-"))
        for v in vector("bip67/bip67_test_vectors.json")["vectors"]
    ]


@pytest.mark.parametrize("case", _bip67())
def test_bip67(case: dict[str, Any]) -> None:
    keys = [bytes.fromhex(k) for k in case["list"]]
    script = multisig_script(2, keys, sort=True)
    assert script.hex() == case["script"]
    assert address_from_script(p2sh_script(script), Network.MAINNET) == case["address"]
    parsed = parse_multisig(script)
    assert parsed is not None and parsed[0] == 2
    assert [k.hex() for k in parsed[1]] == case["sorted"]


def test_parse_multisig_rejects_non_standard() -> None:
    good = multisig_script(1, [KEY], sort=False)
    assert parse_multisig(good) == (1, [KEY])
    assert parse_multisig(good[:-1]) is None
    assert parse_multisig(good + b"\x00") is None
    assert parse_multisig(b"\x52" + good[1:]) is None  # m > n
    assert parse_multisig(b"") is None


def _taproot_cases() -> list[Any]:
    return [
        pytest.param(c, id=f"spk-{i}")
        for i, c in enumerate(vector("bip341/wallet-test-vectors.json")["scriptPubKey"])
    ]


@pytest.mark.parametrize("case", _taproot_cases())
def test_bip341_output_key(case: dict[str, Any]) -> None:
    internal = bytes.fromhex(case["given"]["internalPubkey"])
    root_hex = case["intermediary"]["merkleRoot"]
    root = bytes.fromhex(root_hex) if root_hex else None
    output, parity = taproot_output_key(internal, root)
    assert output.hex() == case["intermediary"]["tweakedPubkey"]
    assert parity in (0, 1)
    assert p2tr_script(output).hex() == case["expected"]["scriptPubKey"]
    assert (
        address_from_script(p2tr_script(output), Network.MAINNET)
        == case["expected"]["bip350Address"]
    )
    assert tagged_hash("TapTweak", internal + (root or b"")).hex() == case["intermediary"]["tweak"]


def test_hash160() -> None:
    assert hash160(b"").hex() == "b472a266d0bd89c13706a4132ccfb16f7c3b9fcb"


@pytest.mark.parametrize(
    ("length", "prefix"),
    [
        (0, b"\x00"),  # OP_0: the empty push
        (1, b"\x01"),  # data, even a byte OP_1..OP_16 could stand for (Core's `<<` does not)
        (75, b"\x4b"),
        (76, b"\x4c\x4c"),  # OP_PUSHDATA1 from 76 bytes
        (255, b"\x4c\xff"),
        (256, b"\x4d\x00\x01"),  # OP_PUSHDATA2, little-endian: a 275-byte 8-key redeem script
        (65_535, b"\x4d\xff\xff"),
        (65_536, b"\x4e\x00\x00\x01\x00"),  # OP_PUSHDATA4
    ],
)
def test_push_data_writes_the_shortest_push_opcode_for_its_length(
    length: int, prefix: bytes
) -> None:
    data = bytes([0x05]) * length
    assert push_data(data) == prefix + data
