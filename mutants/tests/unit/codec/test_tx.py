"""Transactions: byte-exact round trips of the BIP-143/BIP-341 transactions, txid, weight."""

from __future__ import annotations

import pytest

from coldsign.codec.tx import parse_tx
from coldsign.errors import DecodeError
from tests.conftest import vector

BIP143 = vector("bip143/bip143_examples.json")["examples"]
TXS = [
    (f"{e['section']}-{k}", e[k]) for e in BIP143 for k in ("unsigned_tx", "signed_tx") if k in e
]
TXS.append(
    (
        "bip341-unsigned",
        vector("bip341/wallet-test-vectors.json")["keyPathSpending"][0]["given"]["rawUnsignedTx"],
    )
)
STEPS = {s["role"]: s for s in vector("bip174/bip174_test_vectors.json")["workflow"]["steps"]}


@pytest.mark.parametrize("raw", [t for _, t in TXS], ids=[i for i, _ in TXS])
def test_round_trip(raw: str) -> None:
    tx = parse_tx(bytes.fromhex(raw))
    assert tx.serialize().hex() == raw


def test_txid_wtxid_weight_of_the_bip174_extracted_tx() -> None:
    from embit.transaction import Transaction as EmbitTx

    raw = bytes.fromhex(STEPS["extractor"]["expected_tx_hex"])
    tx = parse_tx(raw)
    theirs = EmbitTx.parse(raw)
    assert tx.txid_hex == theirs.txid().hex()
    assert tx.has_witness
    assert tx.wtxid != tx.txid
    stripped = len(tx.serialize(witness=False))
    assert tx.weight == 3 * stripped + len(raw)
    assert tx.vsize == (tx.weight + 3) // 4


@pytest.mark.parametrize("cut", [1, 5, 10, 41, 60])
def test_truncated_is_a_decode_error(cut: int) -> None:
    raw = bytes.fromhex(STEPS["extractor"]["expected_tx_hex"])
    with pytest.raises(DecodeError):
        parse_tx(raw[:-cut])


def test_trailing_bytes_refused() -> None:
    raw = bytes.fromhex(TXS[0][1])
    with pytest.raises(DecodeError, match="trailing"):
        parse_tx(raw + b"\x00")


def test_segwit_marker_with_empty_witnesses_refused() -> None:
    tx = parse_tx(bytes.fromhex(TXS[0][1]))
    legacy = tx.serialize(witness=False)
    fake = legacy[:4] + b"\x00\x01" + legacy[4:-4] + b"\x00" * len(tx.inputs) + legacy[-4:]
    with pytest.raises(DecodeError):
        parse_tx(fake)
