"""BIP-143 worked examples and BIP-341 wallet vectors, through the precomputing hashers."""

from __future__ import annotations

import pytest

from coldsign.codec.reader import Reader
from coldsign.codec.tx import TxOut, parse_tx
from coldsign.keys.sighash import SegwitV0Sighasher, TaprootSighasher, legacy_digest
from tests.conftest import vector

BIP143 = [e for e in vector("bip143/bip143_examples.json")["examples"] if "unsigned_tx" in e]
CASES = [(e, s) for e in BIP143 for s in e["sighashes"]]
IDS = [
    f"{e['section']}-in{s['input_index']}-{s.get('label', s['preimage_fields']['nHashType'])}"
    for e, s in CASES
]
KEYPATH = vector("bip341/wallet-test-vectors.json")["keyPathSpending"][0]


@pytest.mark.parametrize(("example", "sig"), CASES, ids=IDS)
def test_bip143_preimage_and_sighash(example: dict, sig: dict) -> None:
    tx = parse_tx(bytes.fromhex(example["unsigned_tx"]))
    fields = sig["preimage_fields"]
    script_code = Reader(bytes.fromhex(fields["scriptCode"]), "scriptCode").var_bytes()
    amount = int.from_bytes(bytes.fromhex(fields["amount"]), "little")
    hash_type = int.from_bytes(bytes.fromhex(fields["nHashType"]), "little")
    hasher = SegwitV0Sighasher(tx)
    assert (
        hasher.preimage(sig["input_index"], script_code, amount, hash_type).hex() == sig["preimage"]
    )
    digest = hasher.digest(sig["input_index"], script_code, amount, hash_type)
    assert digest.hex() == sig["sighash"]
    if "public_key" in sig:
        from coincurve import PublicKey

        der = bytes.fromhex(sig["signature"])[:-1]
        # The No-FindAndDelete signature has a high S, which libsecp256k1 refuses by design.
        high_s = example["section"] == "No FindAndDelete"
        assert (
            PublicKey(bytes.fromhex(sig["public_key"])).verify(der, digest, hasher=None)
            is not high_s
        )


def _taproot_hasher() -> TaprootSighasher:
    given = KEYPATH["given"]
    tx = parse_tx(bytes.fromhex(given["rawUnsignedTx"]))
    spent = [TxOut(u["amountSats"], bytes.fromhex(u["scriptPubKey"])) for u in given["utxosSpent"]]
    return TaprootSighasher(tx, spent)


def test_bip341_precomputed_hashes() -> None:
    h = _taproot_hasher()
    want = KEYPATH["intermediary"]
    assert h.sha_amounts.hex() == want["hashAmounts"]
    assert h.sha_outputs.hex() == want["hashOutputs"]
    assert h.sha_prevouts.hex() == want["hashPrevouts"]
    assert h.sha_scriptpubkeys.hex() == want["hashScriptPubkeys"]
    assert h.sha_sequences.hex() == want["hashSequences"]


@pytest.mark.parametrize(
    "case", KEYPATH["inputSpending"], ids=lambda c: f"input{c['given']['txinIndex']}"
)
def test_bip341_sigmsg_sighash_and_witness(case: dict) -> None:
    from coincurve import PublicKeyXOnly

    h = _taproot_hasher()
    index, hash_type = case["given"]["txinIndex"], case["given"]["hashType"]
    assert (b"\x00" + h.sigmsg(index, hash_type)).hex() == case["intermediary"]["sigMsg"]
    digest = h.digest(index, hash_type)
    assert digest.hex() == case["intermediary"]["sigHash"]
    sig = bytes.fromhex(case["expected"]["witness"][0])
    output_key = h.spent[index].script_pubkey[2:]
    assert PublicKeyXOnly(output_key).verify(sig[:64], digest)


def test_legacy_digest_only_sighash_all() -> None:
    tx = parse_tx(bytes.fromhex(BIP143[0]["unsigned_tx"]))
    assert len(legacy_digest(tx, 0, b"\x51")) == 32
    with pytest.raises(ValueError):
        legacy_digest(tx, 0, b"\x51", 2)


def test_taproot_rejects_undefined_hash_type() -> None:
    with pytest.raises(ValueError):
        _taproot_hasher().digest(0, 0x04)
