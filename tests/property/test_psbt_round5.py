"""Issue 16's fourth round, second pass: the decoder's views, the signer's new maps and the shared empty output
map are what the reference code gives.

* `_scan_input` builds `bip32_derivations` while it reads each origin: on valid and mangled
  PSBTs the view equals the view computed from the records by the unshared decoder
  (`_decode_keypath`), and the strict reader's (tests/property/test_psbt_decode_round4.py
  holds the rest of fast == strict).
* `PsbtMap.with_record` looks its key up once and builds the map without the frozen
  `__init__`: it equals the previous implementation (below, as it was) on every sample map and
  any record added (new or existing key, any type, replacing or not), and so do the signed
  PSBTs it makes: `parse_psbt(serialize_psbt(signed)) == signed`, with the bytes the
  record-by-record serialization (`Record.serialize`) gives.
* An output map without records is one shared map (`_EMPTY_OUTPUT`): equal, with equal views,
  to a map of its own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.codec.psbt import (
    _EMPTY_OUTPUT,
    _RANKS,
    _UNKNOWN_RANK,
    IN_BIP32_DERIVATION,
    IN_PARTIAL_SIG,
    MAGIC,
    OUT_BIP32_DERIVATION,
    InputMap,
    OutputMap,
    Psbt,
    PsbtMap,
    Record,
    _decode_keypath,
    _parse_psbt,
    _sort_key,
    parse_psbt,
    serialize_psbt,
)
from coldsign.errors import DecodeError
from tests.property.test_psbt_decode_round4 import SAMPLES

_PARSED = [parse_psbt(raw) for raw in SAMPLES]


def _reference_with_record(m: PsbtMap, rec: Record, *, replace_existing: bool = True) -> PsbtMap:
    """`PsbtMap.with_record` before this round, as it was."""
    i = next((j for j, r in enumerate(m.records) if r.key == rec.key), None)
    if i is not None:
        if not replace_existing:
            return m
        return type(m)(m.kind, (*m.records[:i], rec, *m.records[i + 1 :]))
    ranks = _RANKS[m.kind]
    rank = ranks.get(rec.type, _UNKNOWN_RANK)
    order: tuple[int, bytes] | None = None
    pos = len(m.records)
    for j, other in enumerate(m.records):
        other_rank = ranks.get(other.type, _UNKNOWN_RANK)
        if other_rank < rank:
            continue
        if other_rank == rank:
            order = order or _sort_key(m.kind, rec)
            if _sort_key(m.kind, other) <= order:
                continue
        pos = j
        break
    return type(m)(m.kind, (*m.records[:pos], rec, *m.records[pos:]))


def _reference_serialize(psbt: Psbt) -> bytes:
    """The PSBT serialized record by record (`Record.serialize`), each map ended by 0x00."""
    maps = [psbt.global_map, *psbt.inputs, *psbt.outputs]
    return MAGIC + b"".join(b"".join(r.serialize() for r in m.records) + b"\x00" for m in maps)


def _view(read: Callable[[], object]) -> object:
    # The records added are not validated (a map built in memory): a view may refuse one, and
    # must refuse it alike.
    try:
        return read()
    except Exception as exc:  # noqa: BLE001 - compared, not handled
        return type(exc), str(exc)


def _map_views(m: PsbtMap) -> tuple[object, ...]:
    views: tuple[object, ...] = (
        type(m),
        m.kind,
        m.records,
        [m.get_key(r.key) for r in m.records],
        [m.has(t) for t in range(0x20)],
        [m.value(t) for t in range(0x20)],
    )
    if isinstance(m, InputMap | OutputMap):
        views += (_view(lambda: m.bip32_derivations), _view(lambda: m.tap_bip32_derivations))
    if isinstance(m, InputMap):
        views += (_view(lambda: m.partial_sigs), _view(lambda: m.witness_utxo), m.is_finalized)
    return views


def _records_to_add(data: st.DataObject, m: PsbtMap) -> list[Record]:
    """Records of any kind: new keys of known and unknown types, existing keys with new values."""
    out = []
    for _ in range(data.draw(st.integers(1, 3))):
        if m.records and data.draw(st.booleans()):
            old = data.draw(st.sampled_from(m.records))
            out.append(Record(old.key, data.draw(st.binary(max_size=80)), old.type, old.keydata))
        else:
            type_ = data.draw(st.sampled_from([0, 1, 2, 3, 6, 0x13, 0x16, 0x1F, 0xFC, 0xF0]))
            keydata = data.draw(st.sampled_from([b"", b"\x02" + bytes(32), b"\x03" * 33]))
            out.append(Record.make(type_, keydata, data.draw(st.binary(max_size=80))))
    return out


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(range(len(_PARSED))), st.booleans(), st.data())
def test_with_record_equals_the_reference(which: int, replace_existing: bool, data: st.DataObject):
    psbt = _PARSED[which]
    maps: list[PsbtMap] = [psbt.global_map, *psbt.inputs[:40], *psbt.outputs]
    m = data.draw(st.sampled_from(maps))
    new, ref = m, m
    for rec in _records_to_add(data, m):
        new = new.with_record(rec, replace_existing=replace_existing)
        ref = _reference_with_record(ref, rec, replace_existing=replace_existing)
        assert _map_views(new) == _map_views(ref)
    recs = _records_to_add(data, m)
    batch = m.with_records(recs, replace_existing=replace_existing)
    for rec in recs:
        m = _reference_with_record(m, rec, replace_existing=replace_existing)
    assert _map_views(batch) == _map_views(m)


def _signed(psbt: Psbt, sig: bytes) -> Psbt:
    """A partial signature by every key each input names (as the signer adds them)."""
    inputs = [
        m.with_records(
            [
                Record(bytes([IN_PARTIAL_SIG]) + pk, sig, IN_PARTIAL_SIG, pk)
                for pk in m.bip32_derivations
            ]
        )
        for m in psbt.inputs
    ]
    return psbt.with_maps(inputs=inputs)


@pytest.mark.parametrize("which", range(len(_PARSED)))
def test_signed_psbts_round_trip_with_the_reference_bytes(which: int) -> None:
    psbt = _PARSED[which]
    for sig in (bytes(range(71)) + b"\x01", b"\x30" * 300):  # a one-byte and a 3-byte length
        signed = _signed(psbt, sig)
        raw = serialize_psbt(signed)
        assert raw == _reference_serialize(signed)
        again = parse_psbt(raw)
        assert again == signed
        assert again == _parse_psbt(raw, fast=False)
        assert [_map_views(m) for m in again.inputs] == [_map_views(m) for m in signed.inputs]
        assert [m.partial_sigs for m in again.inputs] == [
            {pk: sig for pk in m.bip32_derivations} for m in psbt.inputs
        ]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SAMPLES), st.data())
def test_origins_equal_the_unshared_decode(raw: bytes, data: st.DataObject) -> None:
    flips = data.draw(st.lists(st.integers(0, len(raw) * 8 - 1), max_size=3))
    mangled = bytearray(raw)
    for bit in flips:
        mangled[bit // 8] ^= 1 << (bit % 8)
    try:
        psbt = parse_psbt(bytes(mangled))
    except DecodeError:
        return
    for m in (*psbt.inputs, *psbt.outputs):
        type_ = IN_BIP32_DERIVATION if isinstance(m, InputMap) else OUT_BIP32_DERIVATION
        wanted = {r.keydata: _decode_keypath(r.value) for r in m.all(type_)}
        assert m.bip32_derivations == wanted
        assert list(m.bip32_derivations) == list(wanted)  # in record order


def test_empty_output_maps_are_one_shared_map() -> None:
    alone = OutputMap("output", ())
    empty = [o for p in _PARSED for o in p.outputs if not o.records]
    assert empty, "the samples hold outputs without records"
    assert all(o is _EMPTY_OUTPUT for o in empty)
    assert _map_views(_EMPTY_OUTPUT) == _map_views(alone)
    # Its views are values: a map built from it is a new map.
    grown = _EMPTY_OUTPUT.with_record(Record.make(0xF0, b"", b"x"))
    assert grown is not _EMPTY_OUTPUT and _EMPTY_OUTPUT.records == ()
