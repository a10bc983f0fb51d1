"""Mangled PSBTs (truncated, bit-flipped, spliced) raise DecodeError and nothing else."""

from __future__ import annotations

import base64
import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from coldsign.codec.psbt import decode_psbt_text, parse_psbt, serialize_psbt
from coldsign.errors import DecodeError
from tests.conftest import vector

FILES = [
    "bip174/bip174_test_vectors.json",
    "bip370/bip370_test_vectors.json",
    "bip371/bip371_test_vectors.json",
]
VALID = [
    bytes.fromhex(c["hex"]) for f in FILES for c in vector(f)["cases"] if c["group"] != "invalid"
]
VALID += [base64.b64decode(t) for t in vector("bip174/bitcoin-core_rpc_psbt.json")["valid"]]


def _decodes_or_decode_error(data: bytes) -> None:
    try:
        psbt = parse_psbt(data)
    except DecodeError:
        return
    assert serialize_psbt(psbt) == data  # whatever is accepted round-trips exactly
    psbt.unsigned_tx()  # and its transaction can be assembled (or raises DecodeError)


def test_every_truncation() -> None:
    for raw in VALID:
        for cut in range(len(raw)):
            try:
                parse_psbt(raw[:cut])
            except DecodeError:
                continue
            raise AssertionError(f"truncated PSBT ({cut} of {len(raw)} bytes) was accepted")


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(VALID), st.data())
def test_bit_flips(raw: bytes, data: st.DataObject) -> None:
    flips = data.draw(st.lists(st.integers(0, len(raw) * 8 - 1), min_size=1, max_size=4))
    mangled = bytearray(raw)
    for bit in flips:
        mangled[bit // 8] ^= 1 << (bit % 8)
    with contextlib.suppress(DecodeError):
        _decodes_or_decode_error(bytes(mangled))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(VALID), st.integers(0, 10_000), st.binary(max_size=40))
def test_spliced_bytes(raw: bytes, at: int, junk: bytes) -> None:
    at %= len(raw) + 1
    with contextlib.suppress(DecodeError):
        _decodes_or_decode_error(raw[:at] + junk + raw[at:])


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_text(data: bytes) -> None:
    for fmt in ("auto", "base64", "hex", "binary"):
        with contextlib.suppress(DecodeError):
            decode_psbt_text(data, fmt)  # type: ignore[arg-type]
