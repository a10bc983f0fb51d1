"""PSBT codec: every BIP-174/370/371 and Bitcoin Core vector; conversions; BIP-174 roles."""

from __future__ import annotations

import base64

import pytest

from coldsign.codec import psbt as P
from coldsign.codec.psbt import (
    MAX_PSBT_BYTES,
    combine,
    decode_psbt_text,
    determine_locktime,
    encode_psbt,
    extract,
    finalize,
    finalize_complete,
    parse_psbt,
    serialize_psbt,
    to_v0,
    to_v2,
)
from coldsign.errors import DecodeError, PolicyViolation
from tests.conftest import vector

FILES = [
    "bip174/bip174_test_vectors.json",
    "bip370/bip370_test_vectors.json",
    "bip371/bip371_test_vectors.json",
]
CASES = [(f.split("/")[0], c) for f in FILES for c in vector(f)["cases"]]
VALID = [
    (f"{b}-{i}-{c['description']}", c) for i, (b, c) in enumerate(CASES) if c["group"] != "invalid"
]
INVALID = [
    (f"{b}-{i}-{c['description']}", c) for i, (b, c) in enumerate(CASES) if c["group"] == "invalid"
]
CORE = vector("bip174/bitcoin-core_rpc_psbt.json")
STEPS = {s["role"]: s for s in vector("bip174/bip174_test_vectors.json")["workflow"]["steps"]}


def valid_psbts() -> list[bytes]:
    """Every valid PSBT of the vectors (BIP files and Core's list), as binary."""
    out = [bytes.fromhex(c["hex"]) for _, c in VALID]
    out += [base64.b64decode(b) for b in CORE["valid"]]
    return out


@pytest.mark.parametrize("case", [c for _, c in VALID], ids=[i for i, _ in VALID])
def test_valid_round_trips_byte_exactly(case: dict) -> None:
    raw = bytes.fromhex(case["hex"])
    parsed = parse_psbt(raw)
    assert serialize_psbt(parsed) == raw
    assert decode_psbt_text(case["base64"].encode()) == parsed
    assert decode_psbt_text(case["hex"].encode(), "hex") == parsed
    assert encode_psbt(parsed, "base64").decode() == case["base64"]


@pytest.mark.parametrize("case", [c for _, c in INVALID], ids=[i for i, _ in INVALID])
def test_invalid_rejected_naming_the_field(case: dict) -> None:
    with pytest.raises(DecodeError) as err:
        parse_psbt(bytes.fromhex(case["hex"]))
    assert err.value.what.startswith("PSBT")
    assert err.value.exit_code == 3


@pytest.mark.parametrize(
    "text", CORE["valid"], ids=[f"core-valid-{i}" for i in range(len(CORE["valid"]))]
)
def test_core_valid(text: str) -> None:
    parsed = decode_psbt_text(text.encode(), "base64")
    assert serialize_psbt(parsed) == base64.b64decode(text)


@pytest.mark.parametrize(
    "text", CORE["invalid"], ids=[f"core-invalid-{i}" for i in range(len(CORE["invalid"]))]
)
def test_core_invalid(text: str) -> None:
    with pytest.raises(DecodeError):
        decode_psbt_text(text.encode(), "base64")


@pytest.mark.parametrize(
    ("text", "msg"), CORE["invalid_with_msg"], ids=[m for _, m in CORE["invalid_with_msg"]]
)
def test_core_invalid_with_message(text: str, msg: str) -> None:
    with pytest.raises(DecodeError):
        decode_psbt_text(text.encode(), "base64")


def test_error_names_field_and_index() -> None:
    case = next(c for _, c in INVALID if "partial signature" in c["description"])
    with pytest.raises(DecodeError, match="input 0 PSBT_IN_PARTIAL_SIG"):
        parse_psbt(bytes.fromhex(case["hex"]))


TIMELOCK = [c for b, c in CASES if c["group"] == "timelock"]


@pytest.mark.parametrize(
    "case", TIMELOCK, ids=[f"{i}-{c['description']}" for i, c in enumerate(TIMELOCK)]
)
def test_bip370_locktime_determination(case: dict) -> None:
    psbt = parse_psbt(bytes.fromhex(case["hex"]))
    if case.get("expected_locktime_error"):
        with pytest.raises(DecodeError):
            determine_locktime(psbt)
    else:
        assert determine_locktime(psbt) == case["expected_locktime"]
        assert psbt.unsigned_tx().locktime == case["expected_locktime"]


V0 = [(i, c) for i, c in VALID if parse_psbt(bytes.fromhex(c["hex"])).version == 0]
V2 = [
    (i, c)
    for i, c in VALID
    if parse_psbt(bytes.fromhex(c["hex"])).version == 2 and not c.get("expected_locktime_error")
]


@pytest.mark.parametrize("case", [c for _, c in V0], ids=[i for i, _ in V0])
def test_v0_to_v2_and_back(case: dict) -> None:
    raw = bytes.fromhex(case["hex"])
    v0 = parse_psbt(raw)
    if v0.unsigned_tx().version < 2:
        with pytest.raises(DecodeError, match="BIP-370"):
            to_v2(v0)
        return
    v2 = parse_psbt(serialize_psbt(to_v2(v0)))  # the converted PSBT is itself valid
    assert v2.version == 2
    assert v2.unsigned_tx() == v0.unsigned_tx()
    back = to_v0(v2)
    if not v0.global_map.has(P.GLOBAL_VERSION):
        assert serialize_psbt(back) == raw


@pytest.mark.parametrize("case", [c for _, c in V2], ids=[i for i, _ in V2])
def test_v2_to_v0_keeps_the_transaction(case: dict) -> None:
    v2 = parse_psbt(bytes.fromhex(case["hex"]))
    v0 = parse_psbt(serialize_psbt(to_v0(v2)))
    assert v0.version == 0
    assert v0.unsigned_tx() == v2.unsigned_tx()
    assert v0.inputs[0].witness_utxo == v2.inputs[0].witness_utxo


def test_bip174_combiner_finalizer_extractor() -> None:
    signed1 = parse_psbt(bytes.fromhex(STEPS["signer_1"]["expected_psbt"]["hex"]))
    signed2 = parse_psbt(bytes.fromhex(STEPS["signer_2"]["expected_psbt"]["hex"]))
    combined = combine([signed1, signed2])
    assert serialize_psbt(combined).hex() == STEPS["combiner"]["expected_psbt"]["hex"]
    final, missing = finalize(combined)
    assert missing == []
    assert serialize_psbt(final).hex() == STEPS["finalizer"]["expected_psbt"]["hex"]
    assert extract(final).serialize().hex() == STEPS["extractor"]["expected_tx_hex"]


def test_bip174_combiner_with_unknown_keys() -> None:
    step = STEPS["combiner_unknown_keys"]
    a, b = (parse_psbt(bytes.fromhex(x["hex"])) for x in step["inputs"])
    assert serialize_psbt(combine([a, b])).hex() == step["expected_psbt"]["hex"]


def test_core_combiner_finalizer_extractor() -> None:
    for case in CORE["combiner"]:
        merged = combine([decode_psbt_text(t.encode(), "base64") for t in case["combine"]])
        assert encode_psbt(merged, "base64").decode() == case["result"]
    for case in CORE["finalizer"]:
        final = finalize_complete(decode_psbt_text(case["finalize"].encode(), "base64"))
        assert encode_psbt(final, "base64").decode() == case["result"]
    for case in CORE["extractor"]:
        tx = extract(decode_psbt_text(case["extract"].encode(), "base64"))
        assert tx.serialize().hex() == case["result"]


def test_combine_refuses_other_transaction() -> None:
    a = parse_psbt(bytes.fromhex(VALID[0][1]["hex"]))
    b = parse_psbt(bytes.fromhex(STEPS["signer_1"]["expected_psbt"]["hex"]))
    with pytest.raises(PolicyViolation):
        combine([a, b])


def test_finalize_names_incomplete_inputs() -> None:
    updated = parse_psbt(bytes.fromhex(STEPS["updater_sighash_all"]["expected_psbt"]["hex"]))
    with pytest.raises(PolicyViolation, match="input 0") as err:
        finalize_complete(updated)
    assert len(err.value.reasons()) == 2
    with pytest.raises(PolicyViolation):
        extract(updated)


def test_size_cap_checked_before_decoding() -> None:
    huge = b"cHNidP8" + b"A" * (MAX_PSBT_BYTES * 2)
    with pytest.raises(DecodeError, match="limit"):
        decode_psbt_text(huge)
    with pytest.raises(DecodeError, match="limit"):
        parse_psbt(b"psbt\xff" + bytes(MAX_PSBT_BYTES))


@pytest.mark.parametrize(
    ("data", "fmt"), [(b"hello", "auto"), (b"cHNidP8!!", "base64"), (b"70736274fz", "hex")]
)
def test_bad_text(data: bytes, fmt: str) -> None:
    with pytest.raises(DecodeError):
        decode_psbt_text(data, fmt)  # type: ignore[arg-type]


def test_auto_format_and_whitespace() -> None:
    case = VALID[0][1]
    parsed = parse_psbt(bytes.fromhex(case["hex"]))
    wrapped = (
        "\n".join(case["base64"][i : i + 64] for i in range(0, len(case["base64"]), 64)) + "\n"
    )
    assert decode_psbt_text(wrapped.encode()) == parsed
    assert decode_psbt_text(b"  " + case["hex"].upper().encode() + b"\n") == parsed
    assert decode_psbt_text(bytes.fromhex(case["hex"])) == parsed


def test_new_records_inserted_canonically_unknown_last() -> None:
    psbt = parse_psbt(bytes.fromhex(next(c for i, c in VALID if "unknown types" in i)["hex"]))
    inp = psbt.inputs[0]
    unknown = [r for r in inp.records if r.type not in P.INPUT_NAMES]
    assert unknown
    updated = inp.with_record(P.Record.make(P.IN_SIGHASH_TYPE, b"", (1).to_bytes(4, "little")))
    assert updated.records[-len(unknown) :] == tuple(unknown)


@pytest.mark.parametrize("record_type", [P.IN_TAP_KEY_SIG, P.IN_TAP_SCRIPT_SIG])
def test_a_65_byte_schnorr_signature_cannot_end_in_sighash_default(record_type: int) -> None:
    """BIP-341: hash type 0x00 is written as a 64-byte signature; a 65-byte one ending in 0x00
    is invalid (nodes reject the witness), so the decoder refuses it. 0x01 is accepted."""
    psbt = parse_psbt(valid_psbts()[0])
    keydata = b"" if record_type == P.IN_TAP_KEY_SIG else bytes(range(1, 33)) + bytes(32)
    for last, accepted in ((0x01, True), (0x00, False)):
        record = P.Record.make(record_type, keydata, bytes(range(64)) + bytes([last]))
        inputs = (psbt.inputs[0].with_record(record), *psbt.inputs[1:])
        data = serialize_psbt(psbt.with_maps(inputs=inputs))
        if accepted:
            parse_psbt(data)
        else:
            with pytest.raises(DecodeError, match="hash type 0x00"):
                parse_psbt(data)
