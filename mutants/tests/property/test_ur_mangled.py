"""Mangled UR parts and hostile fountain parts raise only DecodeError (or decode correctly)."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coldsign.errors import DecodeError
from coldsign.transport import bytewords, ur
from coldsign.transport.formats import MultipartCollector, encode_for_qr
from coldsign.transport.fountain import FountainDecoder, Part, make_message

MESSAGE = make_message(700)
ENCODER = ur.UREncoder(ur.UR("bytes", ur.wrap_bytes(MESSAGE)), 60)
PARTS = [ENCODER.next_part() for _ in range(30)]
SINGLE = ur.encode(ur.UR("crypto-psbt", ur.wrap_bytes(b"psbt\xff" + bytes(20))))
SAMPLES = [*PARTS, SINGLE, *encode_for_qr(b"csgn\xff" + MESSAGE, "payload", "ur", 100)]
ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:/- _$"
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _mangle(text: str, data: st.DataObject) -> str:
    ops = data.draw(
        st.lists(st.sampled_from(["cut", "flip", "insert", "delete", "case"]), max_size=3)
    )
    for op in ops:
        pos = data.draw(st.integers(0, max(0, len(text) - 1)))
        if op == "cut":
            text = text[:pos]
        elif op == "flip" and text:
            text = text[:pos] + data.draw(st.sampled_from(ALPHABET)) + text[pos + 1 :]
        elif op == "insert":
            text = text[:pos] + data.draw(st.text(ALPHABET, max_size=4)) + text[pos:]
        elif op == "delete":
            text = text[:pos] + text[pos + 2 :]
        else:
            text = text.swapcase()
    return text


@SETTINGS
@given(data=st.data())
def test_mangled_parts_only_decode_error(data: st.DataObject) -> None:
    picks = data.draw(st.lists(st.sampled_from(SAMPLES), min_size=1, max_size=8))
    decoder = ur.URDecoder()
    collector = MultipartCollector(
        expect=data.draw(st.sampled_from([None, "psbt", "payload", "bytes"]))
    )
    for text in picks:
        mangled = _mangle(text, data)
        with contextlib.suppress(DecodeError):
            decoder.receive(mangled)
        with contextlib.suppress(DecodeError):
            collector.add(mangled)
    if decoder.is_complete and decoder.type == "bytes":
        # Whatever completed passed the CRC-32 checks: it must be the real message.
        assert ur.unwrap_bytes(decoder.result().cbor) == MESSAGE


@SETTINGS
@given(text=st.text(max_size=200))
def test_arbitrary_text_only_decode_error(text: str) -> None:
    with contextlib.suppress(DecodeError):
        ur.URDecoder().receive(text)
    with contextlib.suppress(DecodeError):
        MultipartCollector().add(text)


@SETTINGS
@given(
    body=st.binary(max_size=120),
    seq=st.tuples(st.integers(1, 2**32 + 5), st.integers(1, 2**32 + 5)),
)
def test_valid_bytewords_arbitrary_cbor(body: bytes, seq: tuple[int, int]) -> None:
    # Valid Bytewords (so the CRC passes) around arbitrary bytes reaches the CBOR and fountain code.
    words = bytewords.encode(body)
    for text in (f"ur:bytes/{words}", f"ur:bytes/{seq[0]}-{seq[1]}/{words}"):
        with contextlib.suppress(DecodeError):
            ur.URDecoder().receive(text)
        with contextlib.suppress(DecodeError):
            MultipartCollector().add(text)


@SETTINGS
@given(
    parts=st.lists(
        st.builds(
            Part,
            seq_num=st.integers(0, 2**32 - 1),
            seq_len=st.one_of(st.integers(1, 12), st.integers(0, 2**32 - 1)),
            message_len=st.one_of(st.integers(0, 200), st.integers(0, 2**64 - 1)),
            checksum=st.sampled_from([0, 1, 0xFFFFFFFF]),
            data=st.binary(max_size=40),
        ),
        min_size=1,
        max_size=25,
    )
)
def test_hostile_fountain_parts(parts: list[Part]) -> None:
    decoder = FountainDecoder()
    for part in parts:
        with contextlib.suppress(DecodeError):
            decoder.receive(part)
        with contextlib.suppress(DecodeError):
            ur.URDecoder().receive(
                f"ur:bytes/{part.seq_num}-{part.seq_len}/" + bytewords.encode(part.to_cbor())
            )
    if decoder.is_complete:
        assert len(decoder.result()) == decoder.message_len


@settings(max_examples=60, deadline=None)
@given(data=st.binary(min_size=1, max_size=3000), fragment=st.integers(10, 400), seed=st.randoms())
def test_roundtrip_any_order(data: bytes, fragment: int, seed: object) -> None:
    import random

    rnd = seed if isinstance(seed, random.Random) else random.Random(0)
    encoder = ur.UREncoder(ur.UR("bytes", ur.wrap_bytes(data)), fragment)
    parts = [encoder.next_part() for _ in range(3 * encoder.seq_len + 5)]
    rnd.shuffle(parts)
    decoder = ur.URDecoder()
    for part in parts:
        decoder.receive(part.upper())
        if decoder.is_complete:
            break
    if encoder.is_single_part or decoder.is_complete:
        assert ur.unwrap_bytes(decoder.result().cbor) == data
