"""The txid a PSBT will have once finalized: predicted before signing where the scriptSigs are
known, and equal to the extracted transaction's txid after finalization."""

from __future__ import annotations

import pytest

from coldsign.codec.final_txid import final_script_sig, final_txid
from coldsign.codec.psbt import extract, finalize_complete, parse_psbt
from coldsign.keys.signer import sign_psbt
from tests.conftest import vector
from tests.psbt_fixtures import build_psbt, seed_of

STEPS = {s["role"]: s for s in vector("bip174/bip174_test_vectors.json")["workflow"]["steps"]}


def _psbt(role: str):  # type: ignore[no-untyped-def]
    import base64

    return parse_psbt(base64.b64decode(STEPS[role]["expected_psbt"]["base64"]))


def test_bip174_finalized_psbt_gives_the_extracted_txid() -> None:
    finalized = _psbt("finalizer")
    result = final_txid(finalized)
    tx_hex = STEPS["extractor"]["expected_tx_hex"]
    from coldsign.codec.tx import parse_tx

    assert result.txid == parse_tx(bytes.fromhex(tx_hex)).txid_hex
    assert result.txid == extract(finalized).txid_hex


def test_bip174_updater_psbt_waits_for_its_legacy_input_only() -> None:
    updated = _psbt("updater")
    result = final_txid(updated)
    assert result.txid is None and result.pending == (0,)  # P2SH multisig: signatures in scriptSig
    # The P2SH-P2WSH input's scriptSig is known from its redeem script: the finalizer's.
    assert final_script_sig(updated, 1) == _psbt("finalizer").inputs[1].final_script_sig
    assert "not known" in result.describe()


@pytest.mark.parametrize("kind", ["wpkh", "tr", "sh-wpkh", "wsh-sortedmulti"])
def test_prediction_before_signing_matches_the_signed_transaction(kind: str) -> None:
    seeds = [seed_of(f"final-txid-{kind}-{i}") for i in range(3)]
    built = build_psbt(kind, seeds if "multi" in kind else seeds[:1])
    predicted = final_txid(built.psbt)
    assert predicted.known
    assert predicted.same_as_unsigned == (kind != "sh-wpkh")  # wrapped segwit adds a scriptSig
    signed = built.psbt
    for seed in seeds[: 2 if "multi" in kind else 1]:
        signed = sign_psbt(signed, seed).psbt
    assert extract(finalize_complete(signed)).txid_hex == predicted.txid
