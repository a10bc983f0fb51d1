"""Issue 16's memory round: what holds less memory decodes and encodes exactly what it did.

* `_parse_keypath` shares a decoded prefix (fingerprint and parent steps) between key origins:
  any origin, alone, after others with its prefix, or after the prefix table filled, is the
  KeyPath a full decode gives (and serializes back to its bytes).
* `parse_psbt` keeps one object for a previous transaction that several inputs carry: the
  records hold equal bytes (the same object), the views and the round trip are unchanged, and
  mangled PSBTs still raise only DecodeError.
* `serialize_psbt` (one buffer of the final size, no join) and `serialize_payload` (one copy
  of the transaction) give the bytes of the plain joins they replace.
"""

from __future__ import annotations

import lzma
import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.codec import psbt as psbt_mod
from coldsign.codec.bip32 import MAX_DEPTH
from coldsign.codec.payload import MAGIC as PAYLOAD_MAGIC
from coldsign.codec.payload import parse_payload, payload_parts, serialize_payload
from coldsign.codec.psbt import (
    IN_NON_WITNESS_UTXO,
    MAGIC,
    KeyPath,
    Psbt,
    _decode_keypath,
    _parse_keypath,
    parse_psbt,
    serialize_psbt,
)
from coldsign.codec.reader import var_bytes
from coldsign.errors import DecodeError

_FIXTURE = Path(__file__).resolve().parents[2] / "bench" / "fixtures" / "core_p2wpkh_n1000.psbt.xz"


def _core_psbt() -> bytes:
    return lzma.decompress(_FIXTURE.read_bytes())


def _full_decode(value: bytes) -> KeyPath:
    """The decoder's former form: one struct over every index."""
    return KeyPath(value[:4], struct.unpack(f"<{len(value) // 4 - 1}I", value[4:]))


_STEPS = st.integers(0, 2**32 - 1)
_ORIGIN = st.tuples(st.binary(min_size=4, max_size=4), st.lists(_STEPS, max_size=MAX_DEPTH + 2))


def _encode(fingerprint: bytes, path: list[int]) -> bytes:
    return fingerprint + b"".join(i.to_bytes(4, "little") for i in path)


@settings(max_examples=400, deadline=None)
@given(_ORIGIN, st.lists(_STEPS, min_size=1, max_size=6))
def test_shared_prefix_origins_decode_as_alone(
    origin: tuple[bytes, list[int]], lasts: list[int]
) -> None:
    fingerprint, path = origin
    for last in lasts:  # siblings: the first fills the prefix table, the others read it
        value = _encode(fingerprint, [*path, last])
        got = _parse_keypath(value)
        assert got == _full_decode(value) == _decode_keypath(value)
        assert got.serialize() == value
        assert all(type(i) is int for i in got.path)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(min_size=4, max_size=4), min_size=1, max_size=4), _ORIGIN)
def test_cosigners_on_one_path_share_it_and_decode_as_alone(
    fingerprints: list[bytes], origin: tuple[bytes, list[int]]
) -> None:
    _, path = origin
    if not path:
        return  # a bare fingerprint has no prefix to share
    got = [_parse_keypath(_encode(fp, path)) for fp in fingerprints]
    for fp, keypath in zip(fingerprints, got, strict=True):
        assert keypath == _full_decode(_encode(fp, path))
    assert all(k.path is got[0].path for k in got)  # one tuple for the input's cosigners


def test_a_full_prefix_table_is_emptied_never_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(psbt_mod, "_MAX_KEYPATH_HEADS", 3)
    monkeypatch.setattr(psbt_mod, "_KEYPATH_HEADS", {})
    fp = bytes.fromhex("73c5da0a")
    for account in range(10):
        for index in (0, 1, 2**31 + 5):
            value = _encode(fp, [84 | 1 << 31, 1 << 31, account | 1 << 31, 0, index])
            assert _parse_keypath(value) == _full_decode(value)
            assert len(psbt_mod._KEYPATH_HEADS) <= 3


@pytest.mark.parametrize("value", [b"", b"\x01\x02\x03", bytes(4), bytes(5), bytes(9), bytes(11)])
def test_short_and_ragged_origins_behave_as_before(value: bytes) -> None:
    def outcome(f: object) -> object:
        try:
            return f(value)  # type: ignore[operator]
        except struct.error:
            return "struct.error"

    assert outcome(_parse_keypath) == outcome(_full_decode)


def test_inputs_sharing_a_previous_transaction_hold_one_copy() -> None:
    data = _core_psbt()
    psbt = parse_psbt(data)
    first_of: dict[bytes, bytes] = {}
    for m in psbt.inputs:
        raw = m.value(IN_NON_WITNESS_UTXO)
        assert raw is not None
        assert raw is first_of.setdefault(raw, raw)  # equal bytes are one object
        view = m.previous_tx
        assert view is not None and view.raw is raw
    assert len(first_of) < len(psbt.inputs)  # Core's fixture shares funding transactions
    assert serialize_psbt(psbt) == data
    # The strict reader (taken for anything unusual) gives the same maps.
    strict = psbt_mod._parse_psbt(data, fast=False)
    assert strict.inputs == psbt.inputs and serialize_psbt(strict) == data


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_mangled_psbts_with_shared_previous_transactions_raise_only_decode_error(
    data: st.DataObject,
) -> None:
    raw = _SMALL_SHARED
    flips = data.draw(st.lists(st.integers(0, len(raw) * 8 - 1), min_size=1, max_size=3))
    mangled = bytearray(raw)
    for bit in flips:
        mangled[bit // 8] ^= 1 << (bit % 8)
    cut = data.draw(st.integers(0, len(raw)))
    for candidate in (bytes(mangled), bytes(mangled[:cut])):
        try:
            parsed = parse_psbt(candidate)
        except DecodeError:
            continue
        assert serialize_psbt(parsed) == candidate


def _first_inputs_sharing(data: bytes, n: int) -> bytes:
    """A PSBT of Core's first `n` inputs (several spend one funding transaction) and its
    outputs, made by dropping the other maps from the unsigned transaction and the PSBT."""
    from coldsign.codec.psbt import GLOBAL_UNSIGNED_TX, Record
    from coldsign.codec.tx import Transaction

    psbt = parse_psbt(data)
    tx = psbt.unsigned_tx()
    small_tx = Transaction(tx.version, tx.inputs[:n], tx.outputs, tx.locktime)
    gmap = psbt.global_map.with_record(
        Record.make(GLOBAL_UNSIGNED_TX, b"", small_tx.serialize(witness=False))
    )
    return Psbt(psbt.version, gmap, psbt.inputs[:n], psbt.outputs).serialize()


_SMALL_SHARED = _first_inputs_sharing(_core_psbt(), 12)


def _joined(psbt: Psbt) -> bytes:
    """The serialization as one join over every part (the form serialize_psbt replaced)."""
    parts = [MAGIC]
    psbt.global_map.serialize_into(parts)
    for m in (*psbt.inputs, *psbt.outputs):
        m.serialize_into(parts)
    return b"".join(parts)


def test_buffered_serialization_is_the_join() -> None:
    small = parse_psbt(_SMALL_SHARED)
    assert len({m.value(IN_NON_WITNESS_UTXO) for m in small.inputs}) < len(small.inputs)
    big = parse_psbt(_core_psbt())  # some 16,000 parts
    for psbt in (small, big):
        assert serialize_psbt(psbt) == _joined(psbt)


def test_payload_serialization_is_the_plain_join() -> None:
    from coldsign.codec.payload import Payload

    base = Payload(
        chain="bitcoin",
        withdrawal_id="w-1",
        created=1,
        expires=2,
        initiator="ops",
        policy_hash=bytes(32),
        whitelist_hash=bytes(32),
        transaction=_core_psbt(),  # a value longer than 0xFFFF: a 5-byte CompactSize
        memo="m" * 300,  # a 3-byte CompactSize
        unknown=((b"\x7f", b"x"),),
    )
    encoded = serialize_payload(base)
    assert parse_payload(encoded) == base
    parts = payload_parts(base)
    assert b"".join(parts) == encoded
    assert any(part is base.transaction for part in parts)  # streamed, not copied
    records = [
        (bytes([0x00]), (1).to_bytes(4, "little")),
        (bytes([0x01]), b"bitcoin"),
        (bytes([0x04]), b"w-1"),
        (bytes([0x05]), (1).to_bytes(8, "little")),
        (bytes([0x06]), (2).to_bytes(8, "little")),
        (bytes([0x07]), b"ops"),
        (bytes([0x08]), b"m" * 300),
        (bytes([0x09]), bytes(32)),
        (bytes([0x0A]), bytes(32)),
        (bytes([0x10]), base.transaction),
        (b"\x7f", b"x"),
    ]
    assert encoded == PAYLOAD_MAGIC + b"".join(var_bytes(k) + var_bytes(v) for k, v in records)
