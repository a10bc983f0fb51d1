"""The signer: BIP-174 signer 1 byte for byte; all four script types checked by embit; refusals."""

from __future__ import annotations

import dataclasses

import pytest

from coldsign.codec import psbt as P
from coldsign.codec.bip32 import parse_path
from coldsign.codec.psbt import Psbt, Record, combine, extract, finalize, parse_psbt, serialize_psbt
from coldsign.errors import DecodeError, NotOurs, PolicyViolation
from coldsign.keys.hd import parse_extended_key
from coldsign.keys.signer import (
    InputStatus,
    SpendKind,
    sign_psbt,
    sign_psbt_with_root,
    verify_input_signatures,
)
from tests.conftest import vector
from tests.psbt_fixtures import build_psbt, seed_of

STEPS = {s["role"]: s for s in vector("bip174/bip174_test_vectors.json")["workflow"]["steps"]}
MASTER = vector("bip174/bip174_test_vectors.json")["workflow"]["master_key"]["extended_private_key"]
AUX = lambda: b"\x42" * 32  # noqa: E731


def embit_check(psbt: Psbt) -> str | None:
    """Verify every signature with embit's own sighash code and finalize with embit; raw tx hex.

    embit 0.8 keeps PSBT_IN_TAP_KEY_SIG as an unknown record and does not finalize taproot, so for
    P2TR only the signatures are checked by embit (None is returned).
    """
    from embit import ec
    from embit.finalizer import finalize_psbt
    from embit.psbt import PSBT

    theirs = PSBT.parse(serialize_psbt(psbt))
    taproot = False
    for i, inp in enumerate(theirs.inputs):
        sig = inp.unknown.get(b"\x13")
        if sig is not None:
            taproot = True
            digest = theirs.sighash(i, sighash=sig[64] if len(sig) == 65 else 0)
            output_key = ec.PublicKey.from_xonly(inp.utxo.script_pubkey.data[2:])
            assert output_key.schnorr_verify(ec.SchnorrSig.parse(sig[:64]), digest), f"input {i}"
        for pub, sig in inp.partial_sigs.items():
            digest = theirs.sighash(i, sighash=sig[-1])
            assert pub.verify(ec.Signature.parse(sig[:-1]), digest), f"input {i}"
            assert len(sig) <= 71  # low R (and low S): at most 70 bytes of DER
    if taproot:
        return None
    tx = finalize_psbt(theirs)
    assert tx is not None, "embit could not finalize"
    return tx.serialize().hex()


def test_bip174_signer_1_byte_for_byte() -> None:
    root = parse_extended_key(MASTER)
    updated = parse_psbt(bytes.fromhex(STEPS["updater_sighash_all"]["expected_psbt"]["hex"]))
    paths = [parse_path(k["path"]) for k in STEPS["signer_1"]["keys"]]
    result = sign_psbt_with_root(updated, root, only_paths=paths)  # type: ignore[arg-type]
    assert serialize_psbt(result.psbt).hex() == STEPS["signer_1"]["expected_psbt"]["hex"]
    assert [r.kind for r in result.inputs] == [
        SpendKind.P2SH_MULTISIG,
        SpendKind.P2SH_P2WSH_MULTISIG,
    ]
    # and the whole workflow from our own signatures to the spec's network transaction
    paths2 = [parse_path(k["path"]) for k in STEPS["signer_2"]["keys"]]
    second = sign_psbt_with_root(updated, root, only_paths=paths2)  # type: ignore[arg-type]
    final, missing = finalize(combine([result.psbt, second.psbt]))
    assert missing == []
    assert verify_input_signatures(combine([result.psbt, second.psbt])) == []
    # signer 2 of the spec did not use RFC 6979, so its signatures differ from ours; the witness
    # layout of our finalized PSBT is the spec's
    spec_final = parse_psbt(bytes.fromhex(STEPS["finalizer"]["expected_psbt"]["hex"]))
    assert [len(m.final_script_witness or ()) for m in final.inputs] == [
        len(m.final_script_witness or ()) for m in spec_final.inputs
    ]


@pytest.mark.parametrize("kind", ["wpkh", "sh-wpkh", "tr"])
@pytest.mark.parametrize("nwu", [False, True], ids=["witness-utxo", "non-witness-utxo"])
def test_single_sig_signed_psbt_verified_and_finalized_by_embit(kind: str, nwu: bool) -> None:
    seed = seed_of("alice")
    built = build_psbt(kind, [seed], 3, non_witness_utxo=nwu)
    result = sign_psbt(built.psbt, seed, aux_rand=AUX)
    assert result.inputs_signed == 3
    assert all(r.status is InputStatus.SIGNED for r in result.inputs)
    theirs = embit_check(result.psbt)
    tx = extract(finalize(result.psbt)[0])
    if theirs is None:  # taproot: the witness is the key-path signature alone
        assert [i.witness for i in tx.inputs] == [(m.tap_key_sig,) for m in result.psbt.inputs]
    else:
        assert tx.serialize().hex() == theirs
    segwit_v0 = kind != "tr"
    assert any("non_witness_utxo" in w for w in result.warnings) is (segwit_v0 and not nwu)


def test_two_of_three_p2wsh_two_signers_combine_finalize() -> None:
    seeds = [seed_of("a"), seed_of("b"), seed_of("c")]
    built = build_psbt("wsh-sortedmulti", seeds, 2, non_witness_utxo=True)
    first = sign_psbt(built.psbt, seeds[0])
    third = sign_psbt(parse_psbt(serialize_psbt(built.psbt)), seeds[2])
    assert all(len(r.pubkeys) == 1 for r in first.inputs)
    assert finalize(first.psbt)[1] == [0, 1]  # one signature is not enough
    combined = combine([first.psbt, third.psbt])
    theirs = embit_check(combined)
    assert extract(finalize(combined)[0]).serialize().hex() == theirs


def test_unsorted_multi_is_signed_too() -> None:
    seeds = [seed_of("a"), seed_of("b"), seed_of("c")]
    built = build_psbt("wsh-multi", seeds, 1)
    signed = combine([sign_psbt(built.psbt, seeds[1]).psbt, sign_psbt(built.psbt, seeds[0]).psbt])
    embit_check(signed)


def test_ecdsa_is_deterministic_and_taproot_uses_aux() -> None:
    seed = seed_of("alice")
    wpkh = build_psbt("wpkh", [seed], 1).psbt
    assert sign_psbt(wpkh, seed).psbt == sign_psbt(wpkh, seed).psbt
    tr = build_psbt("tr", [seed], 1).psbt
    a = sign_psbt(tr, seed, aux_rand=lambda: b"\x01" * 32).psbt
    b = sign_psbt(tr, seed, aux_rand=lambda: b"\x02" * 32).psbt
    assert a.inputs[0].tap_key_sig != b.inputs[0].tap_key_sig


def test_foreign_seed_is_not_ours() -> None:
    built = build_psbt("wpkh", [seed_of("alice")], 2)
    with pytest.raises(NotOurs) as err:
        sign_psbt(built.psbt, seed_of("mallory"))
    assert err.value.exit_code == 8


def _set_input(psbt: Psbt, index: int, rec: Record) -> Psbt:
    inputs = list(psbt.inputs)
    inputs[index] = P.InputMap("input", inputs[index].with_record(rec).records)
    return parse_psbt(serialize_psbt(psbt.with_maps(inputs=inputs)))


@pytest.mark.parametrize("kind", ["wpkh", "tr"])
@pytest.mark.parametrize("sighash", [0x02, 0x03, 0x81, 0x83])
def test_other_sighash_types_refused_naming_the_input(kind: str, sighash: int) -> None:
    seed = seed_of("alice")
    built = build_psbt(kind, [seed], 2)
    psbt = _set_input(
        built.psbt, 1, Record.make(P.IN_SIGHASH_TYPE, b"", sighash.to_bytes(4, "little"))
    )
    with pytest.raises(PolicyViolation, match="input 1: sighash type") as err:
        sign_psbt(psbt, seed)
    assert err.value.exit_code == 4


def test_explicit_sighash_all_accepted_for_taproot() -> None:
    seed = seed_of("alice")
    psbt = _set_input(
        build_psbt("tr", [seed], 1).psbt, 0, Record.make(P.IN_SIGHASH_TYPE, b"", b"\x01\0\0\0")
    )
    signed = sign_psbt(psbt, seed).psbt
    assert signed.inputs[0].tap_key_sig is not None and len(signed.inputs[0].tap_key_sig) == 65
    embit_check(signed)


def test_require_non_witness_utxo() -> None:
    seed = seed_of("alice")
    built = build_psbt("wpkh", [seed], 2)
    with pytest.raises(PolicyViolation, match="non_witness_utxo") as err:
        sign_psbt(built.psbt, seed, require_non_witness_utxo=True)
    assert len(err.value.reasons()) == 2
    full = build_psbt("wpkh", [seed], 2, non_witness_utxo=True)
    assert sign_psbt(full.psbt, seed, require_non_witness_utxo=True).inputs_signed == 2


def test_witness_utxo_contradicting_non_witness_utxo_refused() -> None:
    seed = seed_of("alice")
    built = build_psbt("wpkh", [seed], 1, non_witness_utxo=True)
    real = built.psbt.inputs[0].witness_utxo
    assert real is not None
    fake = dataclasses.replace(real, amount_sat=real.amount_sat * 10)
    record = Record.make(P.IN_WITNESS_UTXO, b"", fake.serialize())
    # The decoder refuses such a PSBT (exit 3); the signer refuses it again if one is built in
    # memory without the decoder, so neither layer relies on the other.
    with pytest.raises(DecodeError, match="disagrees with the witness UTXO"):
        _set_input(built.psbt, 0, record)
    inputs = list(built.psbt.inputs)
    inputs[0] = P.InputMap("input", inputs[0].with_record(record).records)
    with pytest.raises(PolicyViolation, match="contradicts"):
        sign_psbt(built.psbt.with_maps(inputs=inputs), seed)


def test_lying_derivation_is_not_signed() -> None:
    """A PSBT that claims our fingerprint for a key we do not derive there gets no signature."""
    seed = seed_of("alice")
    built = build_psbt("wpkh", [seed], 2)
    inp = built.psbt.inputs[0]
    ((pubkey, _),) = inp.bip32_derivations.items()
    other = built.psbt.inputs[1].bip32_derivations
    ((_, other_origin),) = other.items()
    records = [r for r in inp.records if r.type != P.IN_BIP32_DERIVATION]
    records.append(Record.make(P.IN_BIP32_DERIVATION, pubkey, other_origin.serialize()))
    inputs = [
        P.InputMap("input", P.PsbtMap("input").with_records(records).records),
        built.psbt.inputs[1],
    ]
    psbt = built.psbt.with_maps(inputs=inputs)
    result = sign_psbt(psbt, seed)
    assert [r.status for r in result.inputs] == [InputStatus.NOT_OURS, InputStatus.SIGNED]
    assert any("derives another key" in w for w in result.warnings)


def test_finalized_inputs_are_left_alone() -> None:
    seed = seed_of("alice")
    signed = sign_psbt(build_psbt("wpkh", [seed], 1).psbt, seed).psbt
    final = finalize(signed)[0]
    with pytest.raises(NotOurs):
        sign_psbt(final, seed)
