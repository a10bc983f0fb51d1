"""Issue 16's fourth round: the fused input reader decodes exactly what the strict reader does.

`_scan_input` reads an input map, validates its common fields in the same loop, sets the views
validation decoded (and shared empty views for fields the map lacks) and, in version 0, checks
the previous transaction against the outpoint and the witness UTXO there. On valid and mangled
PSBTs (bit flips, splices, truncations; BIP-174/370/371 vectors, Core's 1,000-input P2WPKH
PSBT and PSBTs of every wallet kind) `parse_psbt` and the strict `_parse_psbt(fast=False)`
refuse with the same DecodeError or accept the same PSBT: records, unsigned transaction and
every view of every map.
"""

from __future__ import annotations

import lzma
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.codec.curve import is_point
from coldsign.codec.psbt import (
    IN_BIP32_DERIVATION,
    IN_NON_WITNESS_UTXO,
    IN_PARTIAL_SIG,
    IN_TAP_BIP32_DERIVATION,
    IN_WITNESS_UTXO,
    InputMap,
    Psbt,
    Record,
    _parse_psbt,
    parse_psbt,
    serialize_psbt,
)
from coldsign.errors import DecodeError
from tests.property.test_fast_paths import PSBTS

_FIXTURE = Path(__file__).resolve().parents[2] / "bench" / "fixtures" / "core_p2wpkh_n1000.psbt.xz"
# Core's PSBT cut to its first inputs' worth of bytes is refused; the whole one is the sample of
# the common case (shared previous transactions, witness UTXOs, BIP-32 origins).
_CORE = lzma.decompress(_FIXTURE.read_bytes())
SAMPLES = [*PSBTS, _CORE]


def _views(m: InputMap) -> tuple[object, ...]:
    prev = m.previous_tx
    return (
        m.kind,
        m.records,
        m.witness_utxo,
        None if prev is None else (prev.raw, prev.txid, list(prev.output_offsets)),
        m.bip32_derivations,
        m.tap_bip32_derivations,
        m.partial_sigs,
        m.non_witness_utxo,
        m.is_finalized,
        [m.has(t) for t in (IN_NON_WITNESS_UTXO, IN_WITNESS_UTXO, IN_PARTIAL_SIG)],
        [m.get_key(r.key) for r in m.records],
        [len(m.all(t)) for t in (IN_BIP32_DERIVATION, IN_TAP_BIP32_DERIVATION)],
    )


def _outcome(data: bytes, *, fast: bool) -> tuple[str, object]:
    try:
        psbt: Psbt = parse_psbt(data) if fast else _parse_psbt(data, fast=False)
    except DecodeError as exc:
        return "refused", str(exc)
    try:
        tx: object = psbt.unsigned_tx()
    except DecodeError as exc:  # v2: accepted, but no lock time satisfies every input
        tx = str(exc)
    return "accepted", (
        psbt,
        tx,
        [type(m) for m in psbt.inputs],
        [_views(m) for m in psbt.inputs],
        [(o.bip32_derivations, o.tap_bip32_derivations) for o in psbt.outputs],
    )


def _agree(data: bytes) -> str:
    fast = _outcome(data, fast=True)
    assert fast == _outcome(data, fast=False)
    return fast[0]


@pytest.mark.parametrize("raw", SAMPLES, ids=range(len(SAMPLES)))
def test_every_sample_decodes_alike(raw: bytes) -> None:
    assert _agree(raw) == "accepted"


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(SAMPLES), st.data())
def test_bit_flips_decode_alike(raw: bytes, data: st.DataObject) -> None:
    # Core's PSBT is large: flips are drawn anywhere, so most land in its input maps.
    flips = data.draw(st.lists(st.integers(0, len(raw) * 8 - 1), min_size=1, max_size=4))
    mangled = bytearray(raw)
    for bit in flips:
        mangled[bit // 8] ^= 1 << (bit % 8)
    _agree(bytes(mangled))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SAMPLES), st.integers(0, 10**6), st.binary(max_size=40))
def test_splices_decode_alike(raw: bytes, at: int, junk: bytes) -> None:
    at %= len(raw) + 1
    _agree(raw[:at] + junk + raw[at:])


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(_CORE)))
def test_truncations_of_core_decode_alike(cut: int) -> None:
    _agree(_CORE[:cut])


def test_truncations_of_vectors_decode_alike() -> None:
    for raw in PSBTS[:12]:
        for cut in range(len(raw) + 1):
            _agree(raw[:cut])


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_swapped_records_of_core_decode_alike(data: st.DataObject) -> None:
    # A record copied over another of the same length (another input's origin, witness UTXO,
    # previous transaction): well-formed bytes whose checks across fields must still fail alike.
    raw = bytearray(_CORE)
    size = data.draw(st.sampled_from([31, 34, 24, 8, 4]))
    a = data.draw(st.integers(0, len(raw) - size))
    b = data.draw(st.integers(0, len(raw) - size))
    raw[a : a + size] = _CORE[b : b + size]
    _agree(bytes(raw))


def test_crowded_input_maps_decode_alike() -> None:
    # More records than the fast reader searches through a list: the strict reader's result.
    from coldsign.codec.psbt import Record, serialize_psbt

    psbt = parse_psbt(PSBTS[0])
    extra = [Record.make(0xF0, bytes([n]), b"x") for n in range(20)]
    crowded = psbt.with_maps(
        inputs=[InputMap("input", m.records).with_records(extra) for m in psbt.inputs]
    )
    assert _agree(serialize_psbt(crowded)) == "accepted"


def test_the_common_case_takes_the_fast_reader() -> None:
    # `_parse_psbt(fast=True)` raises _Unusual where it would leave a PSBT to the strict reader.
    fast = _parse_psbt(_CORE, fast=True)
    assert fast == _parse_psbt(_CORE, fast=False)
    assert all(m.tap_bip32_derivations == {} and m.partial_sigs == {} for m in fast.inputs)


def _core_with(index: int, replaced: Record) -> bytes:
    """Core's PSBT with input `index`'s record of `replaced`'s type swapped for `replaced`."""
    psbt = parse_psbt(_CORE)
    inp = psbt.inputs[index]
    records = sorted(
        [r for r in inp.records if r.type != replaced.type] + [replaced], key=lambda r: r.key
    )
    maps = [*psbt.inputs[:index], InputMap("input", tuple(records)), *psbt.inputs[index + 1 :]]
    return serialize_psbt(psbt.with_maps(inputs=maps))


def test_a_shared_previous_tx_is_still_held_to_each_witness_utxo() -> None:
    # Input 5 carries the same previous transaction as inputs 0-9, which the fast reader checks
    # once: an insider's witness UTXO claiming another amount is refused all the same, with the
    # strict reader's reason.
    witness = parse_psbt(_CORE).inputs[5].first(IN_WITNESS_UTXO)
    assert witness is not None
    lied = Record(witness.key, bytes([witness.value[0] ^ 1]) + witness.value[1:], witness.type, b"")
    data = _core_with(5, lied)
    assert _agree(data) == "refused"
    with pytest.raises(DecodeError, match="input 5 PSBT_IN_NON_WITNESS_UTXO: disagrees"):
        parse_psbt(data)


def test_a_key_off_the_curve_is_refused_where_the_origin_is_read() -> None:
    origin = parse_psbt(_CORE).inputs[7].first(IN_BIP32_DERIVATION)
    assert origin is not None
    key = bytearray(origin.keydata)
    while is_point(bytes(key)):
        key[32] = (key[32] + 1) % 256
    off = Record(bytes([IN_BIP32_DERIVATION]) + bytes(key), origin.value, origin.type, bytes(key))
    data = _core_with(7, off)
    assert _agree(data) == "refused"
    with pytest.raises(DecodeError, match=r"input 7 PSBT_IN_BIP32_DERIVATION: .*not on the curve"):
        parse_psbt(data)
