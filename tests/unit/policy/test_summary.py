"""Spend analysis: change only by re-derivation, every satoshi in one bucket, warnings, vsize."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.chains.bitcoin.summary import analyze, estimate_vsize
from coldsign.chains.bitcoin.wallet import Wallet
from coldsign.codec import psbt as P
from coldsign.codec.psbt import Record, extract, finalize
from coldsign.codec.tx import Transaction, TxOut
from coldsign.keys.signer import sign_psbt
from coldsign.messages.spendcheck import parse_pushes, push
from tests.psbt_fixtures import FOREIGN_SPK, LEGACY, NETWORK, build_psbt, seed_of
from tests.unit.policy.test_bitcoin_facts import spliced

SEED = seed_of("alice")


@pytest.mark.parametrize("kind", ["wpkh", "sh-wpkh", "tr"])
def test_change_is_recognised_and_buckets_add_up(kind: str) -> None:
    built = build_psbt(kind, [SEED], 3, amount=100_000, send=120_000, fee=2_000, change_index=5)
    s = analyze(built.psbt, built.wallet)
    assert all(i.ours for i in s.inputs)
    assert [o.change for o in s.outputs] == [False, True]
    assert (s.outputs[1].branch, s.outputs[1].address_index) == (1, 5)
    assert s.external_sat == 120_000 and s.change_sat == 178_000 and s.fee_sat == 2_000
    assert s.input_total_sat == s.external_sat + s.change_sat + s.fee_sat
    assert s.outputs[0].address is not None and s.outputs[0].address.startswith("tb1")


@pytest.mark.parametrize(
    ("kind", "keys"),
    [
        ("wpkh", 1),
        ("sh-wpkh", 1),
        ("tr", 1),
        ("wsh-sortedmulti", 3),
        ("sh-wsh-sortedmulti", 3),
        ("pkh", 1),
        ("sh-sortedmulti", 3),
        ("sh-sortedmulti", 8),  # a 275-byte redeem script: pushed with OP_PUSHDATA2
    ],
)
def test_vsize_estimate_covers_the_signed_transaction(kind: str, keys: int) -> None:
    """The estimate behind the fee rate (and the policy's per-vbyte cap): never below the
    signed transaction's size, and above it only by the worst-case signatures (72 bytes with
    the sighash byte against the 71 of a low-R one: a quarter vbyte each in a witness, a vbyte
    in a scriptSig, whose length may then need a longer CompactSize). Finalized inputs are
    counted as they are."""
    seeds = [SEED, *(seed_of(label) for label in "bcdefgh"[: keys - 1])]
    built = build_psbt(kind, seeds, 3, non_witness_utxo=kind in LEGACY)
    signed = sign_psbt(built.psbt, seeds[0]).psbt
    if "multi" in kind:
        from coldsign.codec.psbt import combine

        signed = combine([signed, sign_psbt(built.psbt, seeds[1]).psbt])
    finalized = finalize(signed)[0]
    actual = extract(finalized).vsize
    estimate = estimate_vsize(built.psbt)
    signatures = 3 * (2 if "multi" in kind else 1)
    # In a scriptSig a byte a signature, and 2 for its length when the worst case crosses 253
    # bytes (a 3-byte CompactSize: P2SH 2-of-3's 254 against the signed 252).
    slack = signatures + 2 * 3 if kind in LEGACY else (signatures + 3) // 4
    assert actual <= estimate <= actual + slack
    assert estimate_vsize(finalized) == actual
    # The analysis's own count (it classifies each input once) agrees on a finalized PSBT.
    assert analyze(finalized, Wallet.from_descriptor(built.descriptor, NETWORK)).vsize == actual
    # Exactly: the signed transaction with each ECDSA signature at the worst case's 72 bytes.
    assert estimate == _worst_case(extract(finalized)).vsize


def test_a_taproot_signature_with_an_explicit_sighash_is_a_byte_longer() -> None:
    """BIP-341: a signature under SIGHASH_DEFAULT is 64 bytes and under any explicit type
    (SIGHASH_ALL here, which the policy allows) 65 with the type appended. Schnorr
    signatures have one size, so the estimate is the signed size exactly."""
    built = build_psbt("tr", [SEED], 4)
    inputs = tuple(
        m.with_record(Record.make(P.IN_SIGHASH_TYPE, b"", (1).to_bytes(4, "little")))
        for m in built.psbt.inputs
    )
    psbt = P.parse_psbt(built.psbt.with_maps(inputs=inputs).serialize())
    finalized = finalize(sign_psbt(psbt, SEED).psbt)[0]
    signed = extract(finalized)
    assert [len(txin.witness[0]) for txin in signed.inputs] == [65] * 4
    assert estimate_vsize(psbt) == signed.vsize == estimate_vsize(built.psbt) + 1


def test_a_legacy_input_beside_a_segwit_one_carries_an_empty_witness() -> None:
    """BIP-144: once any input has a witness, every input has a stack, a legacy input's the
    empty one (one byte)."""
    legacy = build_psbt("pkh", [SEED], 1, non_witness_utxo=True)
    segwit = build_psbt("wpkh", [SEED], 1)
    psbt = spliced(
        [(legacy.psbt, 0), (segwit.psbt, 0)], [TxOut(150_000, FOREIGN_SPK)], [P.OutputMap("output")]
    )
    finalized = finalize(sign_psbt(psbt, SEED).psbt)[0]
    signed = extract(finalized)
    assert [len(txin.witness) for txin in signed.inputs] == [0, 2]
    assert estimate_vsize(finalized) == signed.vsize
    assert estimate_vsize(psbt) == _worst_case(signed).vsize


def test_a_redeem_script_past_65535_bytes_is_estimated_not_crashed_on() -> None:
    """A P2SH input's redeem script is the PSBT's to choose (matching a foreign output it made
    up): at 70,000 bytes its push takes OP_PUSHDATA4, where the estimate's former encoder
    raised OverflowError. The size is unknown (no multisig) and said so."""
    from coldsign.codec.script import p2sh_script

    built = build_psbt("wpkh", [SEED], 1)
    redeem = b"\x51" * 70_000
    spent = TxOut(100_000, p2sh_script(redeem))
    inp = (
        built.psbt.inputs[0]
        .without_types([P.IN_WITNESS_UTXO, P.IN_BIP32_DERIVATION])
        .with_record(Record.make(P.IN_WITNESS_UTXO, b"", spent.serialize()))
        .with_record(Record.make(P.IN_REDEEM_SCRIPT, b"", redeem))
    )
    psbt = P.parse_psbt(built.psbt.with_maps(inputs=(inp,)).serialize())
    assert estimate_vsize(psbt) == estimate_vsize(built.psbt)  # counted as a P2WPKH input
    summary = analyze(psbt, Wallet.from_descriptor(built.descriptor, NETWORK))
    assert "input 0: size after signing unknown; estimated as P2WPKH" in summary.warnings


def test_analysis_needs_a_wallet() -> None:
    with pytest.raises(ValueError, match=r"^analyze needs at least one wallet$"):
        analyze(build_psbt("wpkh", [SEED], 1).psbt, [])


def _is_ecdsa_signature(item: bytes) -> bool:
    """A DER signature and its sighash byte (BIP-66): 0x30, the length of what follows but the
    sighash byte."""
    return len(item) >= 9 and item[0] == 0x30 and item[1] == len(item) - 3


def _worst_case(tx: Transaction) -> Transaction:
    """`tx` with every ECDSA signature, in a witness or pushed by a scriptSig, made 72 bytes
    (what a fee estimate must assume before signing: a high R or S is one byte longer)."""

    def widened(item: bytes) -> bytes:
        return b"\x30" + bytes([69]) + bytes(70) if _is_ecdsa_signature(item) else item

    inputs = []
    for txin in tx.inputs:
        pushes = parse_pushes(txin.script_sig)  # push-only, as a finalized scriptSig is
        assert pushes is not None
        script_sig = b"".join(push(widened(data)) for data in pushes)
        witness = tuple(widened(item) for item in txin.witness)
        inputs.append(replace(txin, script_sig=script_sig, witness=witness))
    return replace(tx, inputs=tuple(inputs))


def test_metadata_alone_does_not_make_change() -> None:
    """An output carrying our derivation path but another script is external."""
    built = build_psbt("wpkh", [SEED], 1, change_index=2)
    tx = built.psbt.unsigned_tx()
    change_map = built.psbt.outputs[1]
    # swap the change script for a foreign one but keep our derivation metadata
    outputs = (tx.outputs[0], TxOut(tx.outputs[1].amount_sat, FOREIGN_SPK))
    fake_tx = tx.__class__(tx.version, tx.inputs, outputs, tx.locktime)
    g = built.psbt.global_map.with_record(
        Record.make(P.GLOBAL_UNSIGNED_TX, b"", fake_tx.serialize())
    )
    psbt = P.parse_psbt(
        built.psbt.with_maps(global_map=g, outputs=[built.psbt.outputs[0], change_map]).serialize()
    )
    s = analyze(psbt, built.wallet)
    assert [o.change for o in s.outputs] == [False, False]
    assert s.change_sat == 0


def test_foreign_wallet_sees_nothing_as_ours() -> None:
    built = build_psbt("wpkh", [SEED], 2)
    other = build_psbt("wpkh", [seed_of("bob")], 1).wallet
    s = analyze(built.psbt, other)
    assert not any(i.ours for i in s.inputs) and not any(o.change for o in s.outputs)
    assert any("do not belong" in w for w in s.warnings)


def test_warnings_op_return_dust_unusual_index_absurd_fee() -> None:
    extra = (TxOut(0, b"\x6a\x04test"), TxOut(100, FOREIGN_SPK))
    built = build_psbt(
        "wpkh",
        [SEED],
        2,
        amount=10_000_000,
        send=1_000,
        fee=9_000_000,
        change_index=50_000,
        extra_outputs=extra,
    )
    s = analyze(built.psbt, built.wallet)
    text = " | ".join(s.warnings)
    assert "OP_RETURN" in text
    assert "output 2: 100 sat is dust" in text
    assert "unusual index 50000" in text
    assert "fee" in text and "absurd" in text
    assert "non_witness_utxo" in text


def test_missing_utxo_makes_fee_unknown() -> None:
    built = build_psbt("wpkh", [SEED], 2)
    bare = P.InputMap("input", built.psbt.inputs[0].without_types([P.IN_WITNESS_UTXO]).records)
    psbt = built.psbt.with_maps(inputs=[bare, built.psbt.inputs[1]])
    s = analyze(psbt, built.wallet)
    assert s.fee_sat is None and s.fee_rate is None and s.input_total_sat is None
    assert s.inputs[0].amount_sat is None and not s.inputs[0].ours
    assert any("input 0: no UTXO data" in w for w in s.warnings)


def test_json_shape() -> None:
    built = build_psbt("tr", [SEED], 1)
    data = analyze(built.psbt, built.wallet).to_json()
    assert set(data) >= {"txid", "fee_sat", "vsize", "inputs", "outputs", "warnings"}
    assert set(data["outputs"][0]) >= {"address", "amount_sat", "change"}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(1, 4),
    st.integers(1_000, 5_000_000),
    st.integers(0, 100),
    st.integers(0, 10_000),
    st.one_of(st.none(), st.integers(0, 30)),
)
def test_every_satoshi_in_one_bucket(
    n: int, amount: int, send_pct: int, fee: int, change: int | None
) -> None:
    total = n * amount
    fee = min(fee, total)
    send = (total - fee) * send_pct // 100
    if change is None:
        send = total - fee
    built = build_psbt("wpkh", [SEED], n, amount=amount, send=send, fee=fee, change_index=change)
    s = analyze(built.psbt, built.wallet)
    assert s.input_total_sat == total
    assert s.external_sat + s.change_sat + (s.fee_sat or 0) == total
    assert s.fee_sat == fee


@pytest.mark.parametrize(
    ("kind", "non_witness", "proven"),
    [("wpkh", False, False), ("wpkh", True, True), ("sh-wpkh", False, False), ("tr", False, True)],
)
def test_amount_proven_only_with_the_previous_tx_or_taproot(
    kind: str, non_witness: bool, proven: bool
) -> None:
    built = build_psbt(kind, [SEED], 2, non_witness_utxo=non_witness)
    assert [i.amount_proven for i in analyze(built.psbt, built.wallet).inputs] == [proven] * 2


def test_witness_utxo_that_contradicts_the_previous_tx_is_refused() -> None:
    from coldsign.errors import DecodeError

    built = build_psbt("wpkh", [SEED], 2, non_witness_utxo=True)
    spent = built.psbt.spent_output(0)
    assert spent is not None
    lie = TxOut(spent.amount_sat + 1, spent.script_pubkey)
    first = P.InputMap(
        "input",
        built.psbt.inputs[0]
        .with_record(Record.make(P.IN_WITNESS_UTXO, b"", lie.serialize()))
        .records,
    )
    data = built.psbt.with_maps(inputs=[first, built.psbt.inputs[1]]).serialize()
    with pytest.raises(DecodeError, match="disagrees with the witness UTXO"):
        P.parse_psbt(data)
