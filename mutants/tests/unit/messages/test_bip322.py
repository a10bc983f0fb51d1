"""BIP-322 (v2.0.0): the bips repository's vectors, coldsign's own signatures through the PSBT
signer, proof-of-funds checks, BIP-127 PSBTs where they apply, and mangled input."""

from __future__ import annotations

import base64
import contextlib
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.codec.psbt import (
    GLOBAL_GENERIC_SIGNED_MESSAGE,
    IN_SIGHASH_TYPE,
    IN_WITNESS_UTXO,
    InputMap,
    Psbt,
    Record,
    parse_psbt,
    serialize_psbt,
    to_v0,
    to_v2,
)
from coldsign.codec.script import (
    address_from_script,
    multisig_script,
    p2pkh_script,
    p2sh_script,
    p2tr_script,
    p2wpkh_script,
    p2wsh_script,
    taproot_output_key,
)
from coldsign.codec.tx import OutPoint, Transaction, TxIn, TxOut
from coldsign.errors import DecodeError, PolicyViolation
from coldsign.messages import bip322
from coldsign.messages.bip322 import Format, FundsInput, State
from coldsign.messages.common import decode_address
from coldsign.messages.spendcheck import Template
from coldsign.units import Network
from tests.conftest import vector
from tests.unit.messages.helpers import multisig_records, root_of, single_key_records

BASIC = vector("bip322/basic-test-vectors.json")
GENERATED = vector("bip322/generated-test-vectors.json")
# Time-lock scripts (OP_IF/OP_CSV/OP_CLTV) are beyond coldsign's templates: inconclusive.
UNCHECKED_TYPES = {"p2tr-time-lock", "p2wsh-time-lock"}


def _ids(cases: list[dict[str, object]]) -> list[str]:
    return [f"{c['type']}-{c['message']}" for c in cases]


@pytest.mark.parametrize("case", BASIC["tx_hashes"], ids=lambda c: repr(c["message"]))
def test_message_hash_and_tx_ids(case: dict[str, str]) -> None:
    assert bip322.message_hash(case["message"]).hex() == case["message_hash"]
    challenge, _ = decode_address(case["address"])
    spend = bip322.to_spend(challenge, case["message"])
    assert spend.txid_hex == case["to_spend_tx_hash"]
    assert bip322.to_sign(challenge, case["message"]).txid_hex == case["to_sign_tx_hash"]


def _simple_cases() -> list[tuple[dict[str, object], str]]:
    out = []
    for case in [*BASIC["simple"], *GENERATED["simple"]]:
        for sig in case["bip322_signatures"]:
            out.append((case, sig))
    return out


@pytest.mark.parametrize(("case", "sig"), _simple_cases(), ids=lambda x: str(x)[:40])
def test_simple_vectors_verify(case: dict[str, str], sig: str) -> None:
    result = bip322.verify(case["address"], case["message"], sig)
    assert result.state is State.VALID, result.reasons
    assert result.format is Format.SIMPLE and result.unconditional
    # Unprefixed (the compatibility rule) reads the same witness.
    bare = sig.removeprefix("smp")
    assert bip322.verify(case["address"], case["message"], bare).valid
    assert bip322.verify(case["address"], case["message"], "smp" + bare).valid
    assert not bip322.verify(case["address"], case["message"] + "x", sig).valid


@pytest.mark.parametrize("case", GENERATED["full"], ids=_ids(GENERATED["full"]))
def test_full_vectors(case: dict[str, object]) -> None:
    sig = case["bip322_signatures"][0]
    result = bip322.verify(case["address"], case["message"], sig)
    if case["type"] in UNCHECKED_TYPES:
        assert result.state is State.INCONCLUSIVE, result
        return
    assert result.state is State.VALID, result.reasons
    assert (result.lock_time, result.age) == (case["lock_time"], case["sequence"])
    assert not result.unconditional


@pytest.mark.parametrize("case", GENERATED["proof_of_funds"], ids=_ids(GENERATED["proof_of_funds"]))
def test_proof_of_funds_vectors(case: dict[str, object]) -> None:
    sig = case["bip322_signatures"][0]
    result = bip322.verify(case["address"], case["message"], sig)
    assert result.state is State.VALID, result.reasons
    additional = [i for group in case["additional_inputs"] for i in group]
    assert len(result.inputs) == len(additional)
    assert sorted(i.utxo.script_pubkey.hex() for i in result.inputs) == sorted(
        a["pk_script"] for a in additional
    )
    assert result.total_sat == sum(a["value"] for a in additional)
    # Against a UTXO set: all present -> valid; one missing or with another amount -> invalid.
    utxos = {i.outpoint: i.utxo for i in result.inputs}
    checked = bip322.verify(case["address"], case["message"], sig, utxos=utxos)
    assert checked.valid and all(i.from_utxo_set for i in checked.inputs)
    first = result.inputs[0]
    missing = {k: v for k, v in utxos.items() if k != first.outpoint}
    assert (
        "not in the UTXO set"
        in bip322.verify(case["address"], case["message"], sig, utxos=missing).reasons[0]
    )
    lied = {**utxos, first.outpoint: replace(first.utxo, amount_sat=first.utxo.amount_sat + 1)}
    assert not bip322.verify(case["address"], case["message"], sig, utxos=lied).valid
    assert not bip322.verify(case["address"], case["message"] + "!", sig).valid


@pytest.mark.parametrize(
    "case", [*BASIC["error"], *GENERATED["error"]], ids=lambda c: c["description"]
)
def test_error_vectors_never_verify(case: dict[str, str]) -> None:
    try:
        result = bip322.verify(case["address"], case["message"], case["signature"])
    except DecodeError as exc:
        assert case["error_substr"] in (
            "base64",
            "signature too short",
            "error decoding signature as base64",
            "error parsing signature as full variant",
        )
        assert str(exc)
        return
    assert case["error_substr"] == "invalid signature"
    assert result.state is State.INVALID, result


# ---------------------------------------------------------------------------------------------
# coldsign's own signatures, through the PSBT signer


def _sign(message: str, wif: str, spk: bytes, fmt: Format, **kw: int) -> str:
    root = root_of(wif)
    psbt = bip322.create_psbt(message, spk, records=single_key_records(root, spk), **kw)
    signed = bip322.sign_with_root(psbt, root, aux_rand=lambda: b"\x00" * 32)
    assert signed.inputs_signed == 1
    return bip322.encode_signature(signed.psbt, fmt)


WIF = "L3VFeEujGtevx9w18HD1fhRbCH67Az2dpCymeRE1SoPK6XQtaN2k"


def test_coldsign_reproduces_bitcoin_core_simple_signature() -> None:
    case = BASIC["simple"][1]
    spk, _ = decode_address(case["address"])
    ours = _sign(case["message"], WIF, spk, Format.SIMPLE)
    # Same RFC 6979 + low-R grinding as Bitcoin Core: one of the spec's two signatures.
    assert ours in case["bip322_signatures"]


def _scripts(wif: str) -> dict[str, bytes]:
    pub = root_of(wif).public_key
    return {
        "p2wpkh": p2wpkh_script(pub),
        "p2sh-p2wpkh": p2sh_script(p2wpkh_script(pub)),
        "p2tr": p2tr_script(taproot_output_key(pub[1:])[0]),
        "p2pkh": p2pkh_script(pub),
    }


@pytest.mark.parametrize("kind", ["p2wpkh", "p2sh-p2wpkh", "p2tr", "p2pkh"])
@pytest.mark.parametrize("fmt", [Format.SIMPLE, Format.FULL])
def test_sign_and_verify_roundtrip(kind: str, fmt: Format) -> None:
    spk = _scripts(WIF)[kind]
    address = address_from_script(spk, Network.MAINNET)
    assert address is not None
    if fmt is Format.SIMPLE and kind in ("p2sh-p2wpkh", "p2pkh"):
        with pytest.raises(PolicyViolation, match="simple"):
            _sign("msg", WIF, spk, fmt)
        return
    sig = _sign("msg", WIF, spk, fmt)
    assert sig.startswith(fmt.value)
    result = bip322.verify(address, "msg", sig)
    assert result.state is State.VALID and result.unconditional, result.reasons
    assert not bip322.verify(address, "other", sig).valid


def test_full_with_time_lock() -> None:
    spk = _scripts(WIF)["p2wpkh"]
    address = address_from_script(spk, Network.MAINNET)
    assert address is not None
    sig = _sign("later", WIF, spk, Format.FULL, version=2, lock_time=800_000, sequence=144)
    result = bip322.verify(address, "later", sig)
    assert result.valid and (result.lock_time, result.age) == (800_000, 144)
    assert not result.unconditional


def test_simple_p2sh_p2wpkh_draft_form_verifies() -> None:
    # The draft's (and bip322-js's) simple form for nested segwit: the witness alone.
    spk = _scripts(WIF)["p2sh-p2wpkh"]
    address = address_from_script(spk, Network.MAINNET)
    assert address is not None
    full = bip322.decode_signature(_sign("nested", WIF, spk, Format.FULL))
    assert full.tx is not None
    witness = base64.b64encode(
        bytes([2]) + b"".join(bytes([len(w)]) + w for w in full.tx.inputs[0].witness)
    ).decode()
    result = bip322.verify(address, "nested", "smp" + witness)
    assert result.valid and result.notes


def _multisig_setup(n: int, m: int, wrap: str) -> tuple[list[str], bytes, bytes | None, bytes]:
    wifs = next(c for c in GENERATED["full"] if c["type"] == "p2wsh-multisig-3of3")["private_keys"][
        :n
    ]
    roots = [root_of(w) for w in wifs]
    script = multisig_script(m, [r.public_key for r in roots], sort=True)
    if wrap == "p2wsh":
        return wifs, script, None, p2wsh_script(script)
    if wrap == "p2sh-p2wsh":
        redeem = p2wsh_script(script)
        return wifs, script, redeem, p2sh_script(redeem)
    return wifs, b"", script, p2sh_script(script)


@pytest.mark.parametrize("wrap", ["p2wsh", "p2sh-p2wsh", "p2sh"])
def test_multisig_full_signatures_by_several_signers(wrap: str) -> None:
    from coldsign.codec.psbt import combine

    wifs, witness_script, redeem, spk = _multisig_setup(3, 2, wrap)
    roots = [root_of(w) for w in wifs]
    address = address_from_script(spk, Network.MAINNET)
    assert address is not None
    psbt = bip322.create_psbt(
        "2 of 3", spk, records=multisig_records(roots, witness_script, redeem)
    )
    parts = [bip322.sign_with_root(psbt, roots[i]).psbt for i in (0, 2)]
    sig = bip322.encode_signature(combine(parts), Format.FULL)
    result = bip322.verify(address, "2 of 3", sig)
    assert result.valid, result.reasons
    one = bip322.sign_with_root(psbt, roots[1]).psbt
    with pytest.raises(PolicyViolation):
        bip322.encode_signature(one, Format.FULL)


# ---------------------------------------------------------------------------------------------
# Proof of funds


def _funding(spk: bytes, amount: int, n: int) -> Transaction:
    return Transaction(2, (TxIn(OutPoint(bytes([n]) * 32, 0)),), (TxOut(amount, spk),), 0)


def _proof(
    kinds: list[str], message: str = "Proof of reserves 2026-12-03 block 900000"
) -> tuple[Psbt, str, dict[OutPoint, TxOut]]:
    root = root_of(WIF)
    scripts = _scripts(WIF)
    challenge = scripts["p2wpkh"]
    funds = []
    for n, kind in enumerate(kinds, start=1):
        prev = _funding(scripts[kind], 10_000 * n, n)
        funds.append(
            FundsInput(
                OutPoint(prev.txid, 0),
                prev.outputs[0],
                single_key_records(root, scripts[kind]),
                non_witness_utxo=prev,
            )
        )
    psbt = bip322.create_psbt(
        message, challenge, records=single_key_records(root, challenge), funds=funds
    )
    assert bip322.is_proof_of_funds(psbt) == []
    signed = bip322.sign_with_root(psbt, root, aux_rand=lambda: b"\x01" * 32)
    assert signed.inputs_signed == len(kinds) + 1
    address = address_from_script(challenge, Network.MAINNET)
    assert address is not None
    return (
        psbt,
        bip322.encode_signature(signed.psbt, Format.PROOF_OF_FUNDS),
        {f.outpoint: f.utxo for f in funds},
    )


def test_proof_of_funds_sign_and_verify() -> None:
    psbt, sig, utxos = _proof(["p2wpkh", "p2tr", "p2sh-p2wpkh", "p2pkh"])
    address = address_from_script(_scripts(WIF)["p2wpkh"], Network.MAINNET)
    assert address is not None
    message = "Proof of reserves 2026-12-03 block 900000"
    result = bip322.verify(address, message, sig, utxos=utxos)
    assert result.valid, result.reasons
    assert result.total_sat == 10_000 * (1 + 2 + 3 + 4)
    assert [i.template for i in result.inputs] == [
        Template.P2WPKH,
        Template.P2TR_KEY_PATH,
        Template.P2SH_P2WPKH,
        Template.P2PKH,
    ]
    assert psbt.generic_signed_message == message.encode()
    decoded = bip322.decode_signature(sig)
    assert decoded.psbt is not None and decoded.psbt.generic_signed_message == message.encode()
    assert not bip322.verify(address, message + ".", sig).valid


def test_psbt_global_generic_signed_message_round_trips_v0_and_v2() -> None:
    psbt, _, _ = _proof(["p2wpkh"])
    raw = serialize_psbt(psbt)
    assert serialize_psbt(parse_psbt(raw)) == raw
    # The message record survives a v2 conversion and back (v2 needs tx version 2).
    two = bip322.create_psbt("m", _scripts(WIF)["p2wpkh"], version=2)
    v2 = to_v2(two)
    assert v2.version == 2 and v2.generic_signed_message == b"m"
    assert serialize_psbt(parse_psbt(serialize_psbt(v2))) == serialize_psbt(v2)
    assert to_v0(v2).generic_signed_message == b"m"
    # Key data is not allowed for this field.
    bad = psbt.with_maps(
        global_map=psbt.global_map.with_record(
            Record.make(GLOBAL_GENERIC_SIGNED_MESSAGE, b"\x01", b"m")
        )
    )
    with pytest.raises(DecodeError, match="GENERIC_SIGNED_MESSAGE"):
        parse_psbt(serialize_psbt(bad))


def _with_input0_spending(psbt: Psbt, outpoint: OutPoint) -> Psbt:
    from coldsign.codec.psbt import GLOBAL_UNSIGNED_TX

    tx = psbt.unsigned_tx()
    inputs = (replace(tx.inputs[0], prevout=outpoint), *tx.inputs[1:])
    raw_tx = replace(tx, inputs=inputs).serialize(witness=False)
    g = psbt.global_map.with_record(Record.make(GLOBAL_UNSIGNED_TX, b"", raw_tx))
    # Drop input 0's non-witness UTXO (it would not match the new outpoint).
    first = InputMap("input", tuple(r for r in psbt.inputs[0].records if r.type != 0))
    return parse_psbt(psbt.with_maps(global_map=g, inputs=[first, *psbt.inputs[1:]]).serialize())


def test_checker_refuses_anything_that_could_be_a_spend() -> None:
    psbt, _, utxos = _proof(["p2wpkh"])
    real = next(iter(utxos))
    # Input 0 is a real UTXO: refused with the reason.
    spend = _with_input0_spending(psbt, OutPoint(b"\x07" * 32, 1))
    reasons = bip322.is_proof_of_funds(spend)
    assert any("to_spend outpoint" in r for r in reasons)
    with pytest.raises(PolicyViolation):
        bip322.sign_with_root(spend, root_of(WIF))
    # A second output, a non-zero output, another script: refused.
    for outputs in (
        (TxOut(0, b"\x6a"), TxOut(1000, _scripts(WIF)["p2wpkh"])),
        (TxOut(1, b"\x6a"),),
        (TxOut(0, _scripts(WIF)["p2wpkh"]),),
    ):
        assert any(
            "exactly one output" in r
            for r in bip322.is_proof_of_funds(_with_outputs(psbt, outputs))
        )
    # SIGHASH other than ALL/DEFAULT on a real input: refused.
    inputs = list(psbt.inputs)
    inputs[1] = InputMap(
        "input",
        inputs[1]
        .with_record(Record.make(IN_SIGHASH_TYPE, b"", (0x81).to_bytes(4, "little")))
        .records,
    )
    assert any("sighash" in r for r in bip322.is_proof_of_funds(psbt.with_maps(inputs=inputs)))
    # No message field: not a BIP-322 PSBT.
    bare = psbt.with_maps(global_map=psbt.global_map.without_types([GLOBAL_GENERIC_SIGNED_MESSAGE]))
    assert any("GENERIC_SIGNED_MESSAGE" in r for r in bip322.is_proof_of_funds(bare))
    # A message other than the expected one, a challenge other than expected.
    assert bip322.check_psbt(psbt, message="other")
    assert bip322.check_psbt(psbt, challenge=_scripts(WIF)["p2tr"])
    assert (
        bip322.check_psbt(
            psbt,
            message="Proof of reserves 2026-12-03 block 900000",
            challenge=_scripts(WIF)["p2wpkh"],
        )
        == []
    )
    # The same real UTXO twice.
    twice = _with_extra_input(psbt, real, utxos[real])
    assert any("twice" in r for r in bip322.is_proof_of_funds(twice))


def _with_outputs(psbt: Psbt, outputs: tuple[TxOut, ...]) -> Psbt:
    from coldsign.codec.psbt import GLOBAL_UNSIGNED_TX, OutputMap

    tx = replace(psbt.unsigned_tx(), outputs=outputs)
    g = psbt.global_map.with_record(
        Record.make(GLOBAL_UNSIGNED_TX, b"", tx.serialize(witness=False))
    )
    return psbt.with_maps(global_map=g, outputs=[OutputMap("output", ()) for _ in outputs])


def _with_extra_input(psbt: Psbt, outpoint: OutPoint, utxo: TxOut) -> Psbt:
    from coldsign.codec.psbt import GLOBAL_UNSIGNED_TX

    tx = psbt.unsigned_tx()
    tx = replace(tx, inputs=(*tx.inputs, TxIn(outpoint, b"", 0)))
    g = psbt.global_map.with_record(
        Record.make(GLOBAL_UNSIGNED_TX, b"", tx.serialize(witness=False))
    )
    extra = InputMap("input", (Record.make(IN_WITNESS_UTXO, b"", utxo.serialize()),))
    return psbt.with_maps(global_map=g, inputs=[*psbt.inputs, extra])


# ---------------------------------------------------------------------------------------------
# BIP-127 (bdk-reserves) proofs: a different scheme; what applies is the PSBT codec, the
# per-input signature check, and the refusal to treat them as BIP-322 proofs of funds.

BIP127 = vector("bip127/bdk-reserves_vectors.json")


def test_bip127_psbts_parse_round_trip_and_are_not_bip322() -> None:
    for key in ("unsigned_proof_psbt_base64", "signed_proof_psbt_base64"):
        raw = base64.b64decode(BIP127[key])
        psbt = parse_psbt(raw)
        assert serialize_psbt(psbt) == raw
        reasons = bip322.is_proof_of_funds(psbt)
        assert any("GENERIC_SIGNED_MESSAGE" in r for r in reasons)
        assert any("exactly one output" in r for r in reasons)


def test_bip127_signed_input_checks_with_spendcheck() -> None:
    from coldsign.codec.psbt import extract
    from coldsign.messages.spendcheck import InputChecker

    psbt = parse_psbt(base64.b64decode(BIP127["signed_proof_psbt_base64"]))
    tx = extract(psbt)
    spent = [psbt.spent_output(i) for i in range(2)]
    assert all(s is not None for s in spent)
    check = InputChecker(tx, [s for s in spent if s is not None]).check(1)
    assert check.state is State.VALID and check.template is Template.P2WPKH
    # The "invalid_signature" mutation: witness [bad DER sig + ALL] with no key.
    bad = bytes.fromhex(BIP127["invalid_signature_der_hex"]) + b"\x01"
    mutated = replace(tx, inputs=(tx.inputs[0], replace(tx.inputs[1], witness=(bad,))))
    assert (
        InputChecker(mutated, [s for s in spent if s is not None]).check(1).state is State.INVALID
    )
    # "missing_signature": no witness at all.
    empty = replace(tx, inputs=(tx.inputs[0], replace(tx.inputs[1], witness=())))
    assert InputChecker(empty, [s for s in spent if s is not None]).check(1).state is State.INVALID


# ---------------------------------------------------------------------------------------------
# Mangled input raises only DecodeError, and never verifies


ALL_SIGS = [s for c in _simple_cases() for s in [c[1]]] + [
    c["bip322_signatures"][0] for c in [*GENERATED["full"], *GENERATED["proof_of_funds"]]
]


@settings(max_examples=300, deadline=None)
@given(pick=st.integers(0), cut=st.integers(0), flip=st.integers(0), bit=st.integers(0, 7))
def test_mangled_signatures_raise_only_decode_error(
    pick: int, cut: int, flip: int, bit: int
) -> None:
    sig = ALL_SIGS[pick % len(ALL_SIGS)]
    prefix = sig[:3] if sig[:3] in ("smp", "ful", "pof") else ""
    body = bytearray(base64.b64decode(sig[len(prefix) :]))
    body = body[: max(1, cut % (len(body) + 1))]
    body[flip % len(body)] ^= 1 << bit
    text = prefix + base64.b64encode(bytes(body)).decode()
    with contextlib.suppress(DecodeError):
        bip322.decode_signature(text)
        for case in GENERATED["error"][:2] + BASIC["simple"][:1]:
            result = bip322.verify(case["address"], case["message"], text)
            assert result.state is not State.VALID or text == sig


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_arbitrary_text_raises_only_decode_error(text: str) -> None:
    with contextlib.suppress(DecodeError):
        bip322.verify("bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l", "", text)


_POF_RAW = serialize_psbt(_proof(["p2wpkh", "p2tr", "p2pkh"])[0])


@settings(max_examples=300, deadline=None)
@given(cut=st.integers(0), flip=st.integers(0), bit=st.integers(0, 7))
def test_mangled_psbts_checker_raises_only_decode_error(cut: int, flip: int, bit: int) -> None:
    data = bytearray(_POF_RAW[: max(6, cut % (len(_POF_RAW) + 1))])
    data[flip % len(data)] ^= 1 << bit
    with contextlib.suppress(DecodeError):
        psbt = parse_psbt(bytes(data))
        reasons = bip322.check_psbt(psbt)
        assert isinstance(reasons, list)
        if not reasons:  # still a safe message PSBT: input 0 is still the to_spend outpoint
            challenge = bip322._input0_challenge(psbt.inputs[0])
            assert isinstance(challenge, bytes)
            message = psbt.generic_signed_message
            assert message is not None
            spend = bip322.to_spend(challenge, message)
            assert psbt.unsigned_tx().inputs[0].prevout == OutPoint(spend.txid, 0)
