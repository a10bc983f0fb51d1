"""The fast paths of issue 16's second round accept, refuse and compute what the strict paths do.

* `txout_from_bytes` (a PSBT's witness UTXO without a `Reader`) and `parse_txout` followed by
  `expect_end`, on outputs of every script length class, mangled: the same TxOut, or the same
  DecodeError.
* `parse_psbt` checks a previous transaction that several inputs carry once: a PSBT whose
  inputs share one is decoded to the same maps and views as each input alone gives.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.codec.reader import Reader, var_bytes
from coldsign.codec.tx import MAX_MONEY, TxView, parse_txout, txout_from_bytes
from coldsign.errors import DecodeError
from coldsign.keys.sighash import SegwitV0Sighasher


def _strict(data: bytes) -> tuple[str, object]:
    reader = Reader(data, "PSBT_IN_WITNESS_UTXO")
    try:
        out = parse_txout(reader)
        reader.expect_end()
    except DecodeError as exc:
        return "refused", str(exc)
    return "accepted", out


def _fast(data: bytes) -> tuple[str, object]:
    try:
        return "accepted", txout_from_bytes(data, "PSBT_IN_WITNESS_UTXO")
    except DecodeError as exc:
        return "refused", str(exc)


OUTPUTS = [
    (100_000).to_bytes(8, "little") + var_bytes(b"\x00\x14" + bytes(20)),
    (MAX_MONEY).to_bytes(8, "little") + var_bytes(b"\x51\x20" + bytes(32)),
    (0).to_bytes(8, "little") + var_bytes(b""),
    (1).to_bytes(8, "little") + var_bytes(bytes(0xFC)),
    (1).to_bytes(8, "little") + var_bytes(bytes(0xFD)),  # a 3-byte CompactSize length
    (MAX_MONEY + 1).to_bytes(8, "little") + var_bytes(b"\x6a"),
    (-1).to_bytes(8, "little", signed=True) + var_bytes(b"\x6a"),
]


@pytest.mark.parametrize("raw", OUTPUTS)
def test_witness_utxo_agrees_on_every_truncation_and_extension(raw: bytes) -> None:
    for cut in range(len(raw) + 1):
        assert _fast(raw[:cut]) == _strict(raw[:cut])
    assert _fast(raw + b"\x00") == _strict(raw + b"\x00")


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(OUTPUTS), st.data())
def test_witness_utxo_agrees_on_bit_flips(raw: bytes, data: st.DataObject) -> None:
    flips = data.draw(st.lists(st.integers(0, len(raw) * 8 - 1), min_size=1, max_size=4))
    mangled = bytearray(raw)
    for bit in flips:
        mangled[bit // 8] ^= 1 << (bit % 8)
    assert _fast(bytes(mangled)) == _strict(bytes(mangled))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_witness_utxo_agrees_on_any_bytes(data: bytes) -> None:
    assert _fast(data) == _strict(data)


def _core_psbt() -> bytes:
    import lzma
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "bench" / "fixtures" / "core_p2wpkh_n1000.psbt.xz"
    return lzma.decompress(path.read_bytes())


def test_shared_previous_transactions_decode_as_each_alone() -> None:
    from coldsign.codec.psbt import IN_NON_WITNESS_UTXO, parse_psbt
    from coldsign.codec.tx import scan_tx

    psbt = parse_psbt(_core_psbt())
    raws = [m.value(IN_NON_WITNESS_UTXO) for m in psbt.inputs]
    assert len(set(raws)) < len(raws)  # Core's fixture spends several outputs of one funding tx
    for m, raw in zip(psbt.inputs, raws, strict=True):
        assert raw is not None
        alone = scan_tx(raw, "PSBT_IN_NON_WITNESS_UTXO")
        view = m.previous_tx
        assert view is not None
        assert (view.raw, view.txid, list(view.output_offsets)) == (
            alone.raw,
            alone.txid,
            list(alone.output_offsets),
        )


def test_a_bad_shared_previous_transaction_is_named_at_its_first_input() -> None:
    from coldsign.codec.psbt import IN_NON_WITNESS_UTXO, parse_psbt

    data = _core_psbt()
    psbt = parse_psbt(data)
    raw = psbt.inputs[0].value(IN_NON_WITNESS_UTXO)
    assert raw is not None
    sharing = [i for i, m in enumerate(psbt.inputs) if m.value(IN_NON_WITNESS_UTXO) == raw]
    assert len(sharing) > 1
    bad = raw[:-1] + bytes([raw[-1] ^ 1])  # another lock time: the txid no longer matches
    mangled = data.replace(raw, bad)
    with pytest.raises(DecodeError) as caught:
        parse_psbt(mangled)
    assert f"input {sharing[0]} " in str(caught.value)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_output_is_agrees_with_decoding_the_output(data: st.DataObject) -> None:
    from coldsign.codec.tx import TxOut, scan_tx

    psbt_inputs = _shared_views()
    view = data.draw(st.sampled_from(psbt_inputs))
    index = data.draw(st.integers(0, view.output_count - 1))
    real = view.output(index)
    other = data.draw(
        st.one_of(
            st.just(real),
            st.builds(TxOut, st.integers(0, MAX_MONEY), st.just(real.script_pubkey)),
            st.builds(TxOut, st.just(real.amount_sat), st.binary(max_size=40)),
            st.builds(TxOut, st.just(real.amount_sat), st.just(real.script_pubkey[:-1])),
            st.builds(TxOut, st.just(real.amount_sat), st.just(real.script_pubkey + b"\x00")),
        )
    )
    assert view.output_is(index, other) == (real == other)
    assert scan_tx(view.raw).output_is(index, other) == (real == other)


def _shared_views() -> list[TxView]:
    from coldsign.codec.psbt import parse_psbt

    global _VIEWS
    if not _VIEWS:
        psbt = parse_psbt(_core_psbt())
        _VIEWS = [m.previous_tx for m in psbt.inputs[:50] if m.previous_tx is not None]
    return _VIEWS


_VIEWS: list[TxView] = []


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_sighash_all_digest_is_the_hash_of_the_preimage(data: st.DataObject) -> None:
    """`SegwitV0Sighasher.digest`'s SIGHASH_ALL join gives what hashing `preimage` gives, for
    every input of Core's 1,000-input transaction and arbitrary script codes and amounts."""
    from coldsign.codec.psbt import parse_psbt
    from coldsign.codec.tx import sha256d
    from coldsign.keys.sighash import SIGHASH_ALL

    global _HASHER
    if _HASHER is None:
        _HASHER = SegwitV0Sighasher(parse_psbt(_core_psbt()).unsigned_tx())
    hasher = _HASHER
    index = data.draw(st.integers(0, len(hasher.tx.inputs) - 1))
    script_code = data.draw(st.binary(max_size=300))
    amount = data.draw(st.integers(0, MAX_MONEY))
    expected = sha256d(hasher.preimage(index, script_code, amount, SIGHASH_ALL))
    assert hasher.digest(index, script_code, amount, SIGHASH_ALL) == expected
    assert hasher.digest(index, script_code, amount) == expected


_HASHER: SegwitV0Sighasher | None = None


def _tap_keypath_strict(value: bytes) -> tuple[str, object]:
    """The Reader-only form `_parse_tap_keypath` had (and keeps for anything unusual)."""
    import struct

    from coldsign.codec.psbt import KeyPath

    try:
        reader = Reader(value, "PSBT tap key origin")
        n = reader.compact_size()
        leaves = tuple(reader.read(32) for _ in range(n))
        rest = reader.rest()
        path = struct.unpack(f"<{len(rest) // 4 - 1}I", rest[4:])
    except (DecodeError, struct.error) as exc:
        return "refused", type(exc).__name__
    return "accepted", (leaves, KeyPath(rest[:4], path))


def _tap_keypath_fast(value: bytes) -> tuple[str, object]:
    import struct

    from coldsign.codec.psbt import _parse_tap_keypath

    try:
        return "accepted", _parse_tap_keypath(value)
    except (DecodeError, struct.error) as exc:
        return "refused", type(exc).__name__


TAP_ORIGINS = [
    b"\x00" + bytes.fromhex("73c5da0a") + (86 | 1 << 31).to_bytes(4, "little"),
    b"\x00" + bytes(4),
    b"\x02" + bytes(range(64)) + bytes(4) + (7).to_bytes(4, "little") * 3,
]


@pytest.mark.parametrize("raw", TAP_ORIGINS)
def test_tap_key_origin_agrees_on_every_truncation(raw: bytes) -> None:
    for cut in range(len(raw) + 1):
        assert _tap_keypath_fast(raw[:cut]) == _tap_keypath_strict(raw[:cut])


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.binary(max_size=120), st.sampled_from(TAP_ORIGINS)), st.binary(max_size=9))
def test_tap_key_origin_agrees_on_any_bytes(value: bytes, tail: bytes) -> None:
    for data in (value, value + tail, value[:1] + tail + value[1:]):
        assert _tap_keypath_fast(data) == _tap_keypath_strict(data)
