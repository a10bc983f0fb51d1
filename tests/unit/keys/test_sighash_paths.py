"""BIP-341 / BIP-342 digests beyond the key-path wallet vectors: every hash type with and without
an annex, and script-path (tapleaf) digests with and without a code separator position, each
compared with embit's independent implementation, on the BIP-341 wallet vector transaction.
And the refusals of the sighashers, word for word."""

from __future__ import annotations

import hashlib

import pytest
from embit import compact, hashes
from embit.script import Script
from embit.transaction import Transaction as EmbitTx

from coldsign.codec.tx import TxOut, parse_tx
from coldsign.keys.sighash import TaprootSighasher, legacy_digest
from tests.conftest import vector

GIVEN = vector("bip341/wallet-test-vectors.json")["keyPathSpending"][0]["given"]
TX_HEX = GIVEN["rawUnsignedTx"]
SPENT = [TxOut(u["amountSats"], bytes.fromhex(u["scriptPubKey"])) for u in GIVEN["utxosSpent"]]
LEAF_SCRIPT = bytes.fromhex("20" + "11" * 32 + "ac")  # <32-byte key> OP_CHECKSIG
ANNEX = b"\x50" + b"annex data"  # BIP-341: an annex starts with 0x50


def hasher() -> TaprootSighasher:
    return TaprootSighasher(parse_tx(bytes.fromhex(TX_HEX)), SPENT)


def theirs(
    index: int, hash_type: int, *, annex: bytes | None, leaf: bool, codesep: int | None
) -> bytes:
    tx = EmbitTx.parse(bytes.fromhex(TX_HEX))
    return bytes(
        tx.sighash_taproot(
            index,
            [Script(o.script_pubkey) for o in SPENT],
            [o.amount_sat for o in SPENT],
            sighash=hash_type,
            ext_flag=1 if leaf else 0,
            annex=annex,
            script=Script(LEAF_SCRIPT) if leaf else None,
            codeseparator_pos=codesep,
        )
    )


def leaf_hash() -> bytes:
    return bytes(
        hashes.tagged_hash("TapLeaf", b"\xc0" + compact.to_bytes(len(LEAF_SCRIPT)) + LEAF_SCRIPT)
    )


# embit's sighash_taproot is not BIP-341 for ANYONECANPAY (it hashes the whole txin) nor for
# SIGHASH_SINGLE (it hashes the output itself, not its SHA256): those types are checked by the
# BIP-341 wallet vectors (test_sighash.py) and the layout tests below.
HASH_TYPES = [0x00, 0x01, 0x02]


@pytest.mark.parametrize("hash_type", HASH_TYPES)
@pytest.mark.parametrize("annex", [None, ANNEX], ids=["no-annex", "annex"])
def test_key_path_digest_matches_embit(hash_type: int, annex: bytes | None) -> None:
    for index in (0, 3):
        ours = hasher().digest(index, hash_type, annex=annex)
        assert ours == theirs(index, hash_type, annex=annex, leaf=False, codesep=None)


@pytest.mark.parametrize("hash_type", HASH_TYPES)
@pytest.mark.parametrize("annex", [None, ANNEX], ids=["no-annex", "annex"])
def test_script_path_digest_matches_embit(hash_type: int, annex: bytes | None) -> None:
    h = hasher()
    for index in (1, 2):
        # BIP-342 defaults: key_version 0, no code separator executed (0xffffffff)
        ours = h.digest(index, hash_type, annex=annex, leaf_hash=leaf_hash())
        assert ours == theirs(index, hash_type, annex=annex, leaf=True, codesep=None)
        ours = h.digest(index, hash_type, annex=annex, leaf_hash=leaf_hash(), codesep_pos=7)
        assert ours == theirs(index, hash_type, annex=annex, leaf=True, codesep=7)


def test_script_path_sigmsg_layout() -> None:
    """BIP-342's extension, read off the message: leaf hash, key_version, codesep_pos (LE)."""
    h = hasher()
    msg = h.sigmsg(1, 0x01, leaf_hash=leaf_hash(), key_version=0, codesep_pos=0x01020304)
    assert msg[-37:] == leaf_hash() + b"\x00" + bytes([4, 3, 2, 1])
    base = h.sigmsg(1, 0x01)
    common = base[:-5]  # everything before spend_type and the input index
    assert msg.startswith(common) and base[len(common)] == 0
    assert msg[len(common)] == 2  # spend_type: ext_flag * 2
    with_annex = h.sigmsg(1, 0x01, annex=ANNEX, leaf_hash=leaf_hash())
    assert with_annex[len(common)] == 3  # ext_flag * 2 + annex present
    assert (
        with_annex[len(common) + 5 : len(common) + 37]
        == hashlib.sha256(compact.to_bytes(len(ANNEX)) + ANNEX).digest()
    )


def test_single_commits_to_the_hash_of_its_output() -> None:
    h = hasher()
    for annex in (None, ANNEX):
        msg = h.sigmsg(1, 0x03, annex=annex)
        assert msg.endswith(hashlib.sha256(h.tx.outputs[1].serialize()).digest())


def test_anyonecanpay_commits_to_this_input_alone() -> None:
    h = hasher()
    index = 4
    txin = h.tx.inputs[index]
    msg = h.sigmsg(index, 0x81)
    spent = SPENT[index]
    tail = (
        txin.prevout.serialize()
        + spent.amount_sat.to_bytes(8, "little")
        + compact.to_bytes(len(spent.script_pubkey))
        + spent.script_pubkey
        + txin.sequence.to_bytes(4, "little")
    )
    assert msg.endswith(tail) and txin.sequence != int.from_bytes(
        txin.sequence.to_bytes(4, "little"), "big"
    )
    assert len(msg) == 1 + 4 + 4 + 32 + 1 + len(tail)


def test_refusals_word_for_word() -> None:
    h = hasher()
    with pytest.raises(ValueError, match=r"^invalid taproot sighash type 0x04$"):
        h.sigmsg(0, 0x04)
    n_out = len(h.tx.outputs)
    assert len(h.tx.inputs) > n_out
    h.digest(n_out - 1, 0x03)
    with pytest.raises(ValueError, match=r"^SIGHASH_SINGLE without a matching output$"):
        h.digest(n_out, 0x03)
    with pytest.raises(ValueError, match=r"^need one spent output per input$"):
        TaprootSighasher(h.tx, SPENT[:-1])
    with pytest.raises(ValueError, match=r"^legacy sighash: only SIGHASH_ALL is supported$"):
        legacy_digest(h.tx, 0, b"\x51", 0x02)


def test_key_version_reaches_the_message() -> None:
    """BIP-342: key_version 0 by default; a caller's other value is hashed as given."""
    h = hasher()
    assert h.sigmsg(1, 0x01, leaf_hash=leaf_hash())[-5] == 0
    msg = h.sigmsg(1, 0x01, leaf_hash=leaf_hash(), key_version=1)
    assert msg[-5] == 1
    tagged = bytes(hashes.tagged_hash("TapSighash", b"\x00" + msg))
    assert h.digest(1, 0x01, leaf_hash=leaf_hash(), key_version=1) == tagged
